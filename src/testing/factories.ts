import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { calls, jurisdictions, orgs, people, programs, projects, sections } from '../db/tables/index.js';
import { systemActor } from '../domains/audit/audit.service.js';
import { totpAt } from '../domains/auth/totp.js';
import { usccCheckCharacter } from '../domains/orgs/uscc.js';
import { idNumberCheckCharacter } from '../domains/people/id-number.js';
import { createUser } from '../domains/users/users.service.js';
import type { Role } from '../shared/roles.js';
import * as clock from '../shared/clock.js';

/** Factories build what a test needs and create missing parents; no test relies on the demo city. */
export const testPassword = 'Test-Passw0rd!';

export function validUscc(): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '91321181';
  for (const byte of randomBytes(9)) body += alphabet[byte % 31];
  return body + usccCheckCharacter(body)!;
}

/** A 身份证号 that passes GB 11643: born in the 1980s, a random serial. */
export function validIdNumber(): string {
  const [a = 0, b = 0, c = 0, d = 0] = randomBytes(4);
  const first17 = `321181198${a % 10}${String((b % 12) + 1).padStart(2, '0')}${String((c % 28) + 1).padStart(2, '0')}${String(
    d * 4 + (a % 4),
  )
    .padStart(3, '0')
    .slice(-3)}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** A person of the organisation's registry, with an ID number unless told otherwise. */
export async function makePerson(db: Db, orgId: number, o: Partial<typeof people.$inferInsert> = {}) {
  const [person] = await db
    .insert(people)
    .values({
      name: `测试${randomBytes(2).toString('hex')}`,
      orgId,
      idNumber: validIdNumber(),
      title: '高级工程师',
      degree: '硕士',
      ...o,
    })
    .returning();
  return person!;
}

export async function ensureJurisdiction(
  db: Db,
  code = 'town-a',
  kind: 'town' | 'zone' | 'street' | 'department' = 'town',
) {
  await db
    .insert(jurisdictions)
    .values({ code, name: `测试${code}镇`, kind })
    .onConflictDoNothing();
  return code;
}

export async function ensureSection(db: Db, code = 'agriculture') {
  await db
    .insert(sections)
    .values({ code, name: `测试科室${code}` })
    .onConflictDoNothing();
  return code;
}

export async function makeOrg(db: Db, o: Partial<typeof orgs.$inferInsert> = {}) {
  const jurisdictionCode = await ensureJurisdiction(db, o.jurisdictionCode ?? 'town-a');
  const [org] = await db
    .insert(orgs)
    .values({
      name: `测试单位${randomBytes(3).toString('hex')}有限公司`,
      uscc: validUscc(),
      type: 'enterprise',
      ...o,
      jurisdictionCode,
    })
    .returning();
  return org!;
}

export interface MadeUser {
  id: number;
  username: string;
  password: string;
  role: Role;
  orgId: number | null;
  jurisdictionCode: string | null;
  totp(): string;
}

/** An account of the role, bound as the role needs: an applicant gets an org, a liaison town-a, staff a section. */
export async function makeUser(
  db: Db,
  role: Role,
  o: { username?: string; orgId?: number; jurisdictionCode?: string; sectionCode?: string } = {},
): Promise<MadeUser> {
  const username = o.username ?? `${role}-${randomBytes(3).toString('hex')}`;
  let orgId = o.orgId;
  if (role === 'applicant' && !orgId) orgId = (await makeOrg(db, { jurisdictionCode: o.jurisdictionCode })).id;
  const jurisdictionCode =
    role === 'liaison' || role === 'expert' ? await ensureJurisdiction(db, o.jurisdictionCode ?? 'town-a') : undefined;
  const sectionCode = role === 'staff' ? await ensureSection(db, o.sectionCode) : undefined;
  const created = await db.transaction((tx) =>
    createUser(tx, systemActor, {
      username,
      displayName: username,
      role,
      password: testPassword,
      orgId,
      jurisdictionCode,
      sectionCode,
    }),
  );
  const secret = created.totpSecret;
  return {
    id: created.id,
    username,
    password: testPassword,
    role,
    orgId: created.orgId,
    jurisdictionCode: created.jurisdictionCode,
    totp: () => (secret ? totpAt(secret, Date.now()) : ''),
  };
}

export async function orgById(db: Db, id: number) {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, id));
  return row;
}

/** A program of the given level, run by `sectionCode` (created if missing). */
export async function makeProgram(
  db: Db,
  o: {
    level?: 'national' | 'provincial' | 'prefecture' | 'city';
    category?: (typeof programs.$inferInsert)['category'];
    sectionCode?: string;
  } = {},
) {
  const sectionCode = await ensureSection(db, o.sectionCode ?? 'agriculture');
  const [program] = await db
    .insert(programs)
    .values({
      name: `测试计划${randomBytes(2).toString('hex')}`,
      level: o.level ?? 'city',
      category: o.category ?? 'agriculture',
      sectionCode,
      planTypes: ['指令性计划', '指导性计划'],
    })
    .returning();
  return program!;
}

/** A call open now (unless `closed`), with its program created when not given. */
export async function makeCall(
  db: Db,
  o: Partial<typeof calls.$inferInsert> & {
    level?: 'national' | 'provincial' | 'prefecture' | 'city';
    closed?: boolean;
    sectionCode?: string;
  } = {},
) {
  const { level, closed, sectionCode, ...rest } = o;
  const programId = rest.programId ?? (await makeProgram(db, { level, sectionCode })).id;
  const day = 24 * 3600 * 1000;
  const [call] = await db
    .insert(calls)
    .values({
      title: `测试申报通知${randomBytes(2).toString('hex')}`,
      year: 2026,
      opensAt: new Date(clock.now().getTime() - 10 * day),
      closesAt: new Date(clock.now().getTime() + (closed ? -1 : 10) * day),
      criteria: [
        { key: 'innovation', name: '创新性', max: 40 },
        { key: 'feasibility', name: '可行性', max: 60 },
      ],
      ...rest,
      programId,
    })
    .returning();
  return call!;
}

/** A project of `orgId` in `callId`, put straight into `state` (for tests of what follows from it). */
export async function makeProject(
  db: Db,
  o: {
    callId: number;
    orgId: number;
    state?: (typeof projects.$inferInsert)['state'];
    title?: string;
    approvedFen?: number;
    leaderName?: string;
  },
) {
  const [project] = await db
    .insert(projects)
    .values({
      callId: o.callId,
      orgId: o.orgId,
      title: o.title ?? '测试项目',
      state: o.state ?? 'draft',
      requestedFen: 10_000_000,
      approvedFen: o.approvedFen ?? null,
      leaderName: o.leaderName ?? null,
    })
    .returning();
  return project!;
}
