import { and, asc, eq, inArray } from 'drizzle-orm';
import { type DbOrTx, together } from '../../db/client.js';
import { jurisdictions, sections, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';

export type UnitKind = 'jurisdiction' | 'section' | 'staff';
/** How units are grouped for sums and rankings: towns with towns, departments with departments … */
export type UnitGroup = 'town' | 'zone' | 'street' | 'department' | 'section' | 'staff';

export interface UnitRef {
  unitKind: string;
  jurisdictionCode: string | null;
  sectionCode: string | null;
  userId: number | null;
}

export interface Unit {
  name: string;
  nameEn: string | null;
  code: string;
  group: UnitGroup;
}

/** The names and groups of the units of some letters, in three queries whatever their number. */
export async function unitsOf(db: DbOrTx, refs: UnitRef[]): Promise<(ref: UnitRef) => Unit> {
  const codes = [...new Set(refs.map((r) => r.jurisdictionCode).filter((c): c is string => Boolean(c)))];
  const sectionCodes = [...new Set(refs.map((r) => r.sectionCode).filter((c): c is string => Boolean(c)))];
  const userIds = [...new Set(refs.map((r) => r.userId).filter((c): c is number => c !== null))];
  const [places, bureauSections, people] = await together(db, [
    async () =>
      codes.length
        ? db
            .select({
              code: jurisdictions.code,
              name: jurisdictions.name,
              nameEn: jurisdictions.nameEn,
              kind: jurisdictions.kind,
            })
            .from(jurisdictions)
            .where(inArray(jurisdictions.code, codes))
        : [],
    async () =>
      sectionCodes.length
        ? db
            .select({ code: sections.code, name: sections.name, nameEn: sections.nameEn })
            .from(sections)
            .where(inArray(sections.code, sectionCodes))
        : [],
    async () =>
      userIds.length
        ? db
            .select({ id: users.id, name: users.displayName, section: users.sectionCode })
            .from(users)
            .where(inArray(users.id, userIds))
        : [],
  ]);
  const placeBy = new Map(places.map((p) => [p.code, p]));
  const sectionBy = new Map(bureauSections.map((s) => [s.code, s]));
  const personBy = new Map(people.map((p) => [p.id, p]));
  return (ref) => {
    if (ref.unitKind === 'jurisdiction') {
      const place = placeBy.get(ref.jurisdictionCode!);
      return {
        name: place?.name ?? ref.jurisdictionCode!,
        nameEn: place?.nameEn ?? null,
        code: ref.jurisdictionCode!,
        group: (place?.kind ?? 'town') as UnitGroup,
      };
    }
    if (ref.unitKind === 'section')
      return {
        name: sectionBy.get(ref.sectionCode!)?.name ?? ref.sectionCode!,
        nameEn: sectionBy.get(ref.sectionCode!)?.nameEn ?? null,
        code: ref.sectionCode!,
        group: 'section',
      };
    return {
      name: personBy.get(ref.userId!)?.name ?? String(ref.userId),
      nameEn: null,
      code: String(ref.userId),
      group: 'staff',
    };
  };
}

/** The letters a user answers for: a liaison its jurisdiction's, staff its section's and its own. */
export function answersFor(user: SessionUser, ref: UnitRef): boolean {
  if (user.role === 'liaison') return ref.unitKind === 'jurisdiction' && ref.jurisdictionCode === user.jurisdictionCode;
  if (user.role === 'staff')
    return (
      (ref.unitKind === 'section' && ref.sectionCode === user.sectionCode) ||
      (ref.unitKind === 'staff' && ref.userId === user.id)
    );
  return false;
}

/** The bureau's own people, who may carry an internal letter: active staff and leaders, by section. */
export async function bureauPeople(db: DbOrTx) {
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role, sectionCode: users.sectionCode })
    .from(users)
    .where(and(inArray(users.role, ['staff', 'leader']), eq(users.active, true)))
    .orderBy(asc(users.sectionCode), asc(users.displayName));
  return { items: rows };
}
