import { and, desc, eq, gte, inArray, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import {
  applicationFingerprints,
  calls,
  duplicateFlags,
  orgs,
  people,
  projects,
  users,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import {
  bandsOf,
  estimatedSimilarity,
  jaccard,
  overlappingPassages,
  type Passage,
  shinglesOf,
  signatureOf,
} from '../applications/dedupe.js';
import { paragraphsOf } from '../applications/render.js';
import type { StoredApplication } from '../applications/schema.js';
import { findProject } from './projects.service.js';

/** 查重 looks back this many years, and at the same year's other calls. */
export const lookBackYears = 5;
/** Applications sharing at least half their text are flagged: two of one domain written in its stock phrases share a third or more. */
export const similarThreshold = 0.5;
/** Too little text to say anything: a short-form application of a title and a sentence. */
const minShingles = 20;
/** States an application counts in for 多头申报: sent, whatever came of it since, except withdrawn. */
const notCounted = ['draft', 'withdrawn'] as const;

/**
 * The applications of the last five years sharing a band with this fingerprint, narrowed by their estimated
 * similarity: the part of 查重 that must stay fast among a province's million applications.
 */
export async function likelySimilar(
  tx: DbOrTx,
  probe: { projectId: number; year: number; signature: number[]; bands: number[] },
) {
  const candidates = await tx
    .select({ projectId: applicationFingerprints.projectId, signature: applicationFingerprints.signature })
    .from(applicationFingerprints)
    .where(
      and(
        sql`${applicationFingerprints.bands} && ${sql.param(probe.bands)}::bigint[]`,
        gte(applicationFingerprints.year, probe.year - lookBackYears),
        ne(applicationFingerprints.projectId, probe.projectId),
      ),
    );
  // The estimate narrows a band's chance matches; the exact comparison of the texts decides.
  return candidates
    .map((c) => ({ id: c.projectId, estimate: estimatedSimilarity(probe.signature, c.signature) }))
    .filter((c) => c.estimate >= similarThreshold - 0.15)
    .sort((a, b) => b.estimate - a.estimate)
    .slice(0, 20);
}

/**
 * What 查重 reads of an application: its title, its narratives and its call's extra text. Milestones, targets
 * and budget notes are left out: they are written in the same stock phrases everywhere, and would make every
 * application look like every other.
 */
export function dedupeParagraphs(title: string, application: StoredApplication | null, formData: unknown): string[] {
  const a = application ?? {};
  const extra = Object.values((formData ?? {}) as Record<string, unknown>).filter(
    (v): v is string => typeof v === 'string' && v.length >= 8,
  );
  return [title, ...Object.values(a.texts ?? {}).flatMap((html) => paragraphsOf(html ?? '')), ...extra].filter(Boolean);
}

interface SimilarApplication {
  similarity: number;
  passages: Passage[];
  /** People of this application's team who are also on the other's. */
  team: number[];
  /** The two budget tables are the same, category by category and source by source. */
  sameBudget: boolean;
}

/** Two budget tables alike to the fen, in any order of lines; an empty table matches nothing. */
function sameBudget(a: StoredApplication, b: StoredApplication | null): boolean {
  const key = (lines: StoredApplication['budget']) =>
    (lines ?? [])
      .map((l) => `${l.category}:${l.fiscal}:${l.self}:${l.other}`)
      .sort()
      .join('|');
  return Boolean(a.budget?.length) && key(a.budget) === key(b?.budget);
}

type Role = 'leader' | 'member';
interface PersonInBoth {
  personId: number;
  name: string;
  here: Role;
  there: Role;
}
type SharedTeam = Map<number, { kind: 'same_leader' | 'same_member'; people: PersonInBoth[] }>;

/** A pair is kept once, lower id first, whichever of the two was submitted last. */
const ordered = (a: number, b: number): [number, number] => (a < b ? [a, b] : [b, a]);

interface Submitted {
  id: number;
  title: string;
  application: unknown;
  formData: unknown;
  teamPersonIds?: number[];
  leaderPersonId: number | null;
}

/**
 * Run on every submission: keeps the application's fingerprint, flags the applications of the last five years
 * whose text it largely shares (with the passages side by side), and every application of the same year
 * that a person of its team also leads or works on (多头申报). Flags no longer true after a revision go,
 * unless staff already judged them.
 */
export async function checkDuplicates(tx: DbOrTx, row: Submitted, year: number): Promise<void> {
  const paragraphs = dedupeParagraphs(row.title, row.application as StoredApplication | null, row.formData);
  const shingles = shinglesOf(paragraphs.join('\n'));
  const similar = new Map<number, SimilarApplication>();
  if (shingles.size >= minShingles) {
    const signature = signatureOf(shingles);
    const bands = bandsOf(signature);
    await tx
      .insert(applicationFingerprints)
      .values({ projectId: row.id, year, signature, bands })
      .onConflictDoUpdate({
        target: applicationFingerprints.projectId,
        set: { year, signature, bands, updatedAt: sql`now()` },
      });
    const likely = await likelySimilar(tx, { projectId: row.id, year, signature, bands });
    const others = likely.length
      ? await tx
          .select({
            id: projects.id,
            title: projects.title,
            application: projects.application,
            formData: projects.formData,
            team: projects.teamPersonIds,
          })
          .from(projects)
          .where(
            inArray(
              projects.id,
              likely.map((c) => c.id),
            ),
          )
      : [];
    const mine = (row.application ?? {}) as StoredApplication;
    for (const other of others) {
      const theirs = dedupeParagraphs(other.title, other.application as StoredApplication | null, other.formData);
      const similarity = jaccard(shingles, shinglesOf(theirs.join('\n')));
      if (similarity < similarThreshold) continue;
      // Beside the text: the people both name, whatever the year, and a budget table copied line for line.
      const team = (row.teamPersonIds ?? []).filter((id) => other.team.includes(id));
      similar.set(other.id, {
        similarity,
        passages: overlappingPassages(paragraphs, theirs),
        team,
        sameBudget: sameBudget(mine, other.application as StoredApplication),
      });
    }
  }
  const shared = await sharedPeople(tx, row, year);
  await replaceFlags(tx, row.id, similar, shared);
}

async function namesOf(tx: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, unique))
    : [];
  return new Map(rows.map((p) => [p.id, p.name]));
}

async function sharedPeople(tx: DbOrTx, row: Submitted, year: number) {
  const team = row.teamPersonIds ?? [];
  if (!team.length) return new Map() as SharedTeam;
  const others = await tx
    .select({ id: projects.id, leaderPersonId: projects.leaderPersonId, team: projects.teamPersonIds })
    .from(projects)
    .innerJoin(calls, eq(calls.id, projects.callId))
    .where(
      and(
        eq(calls.year, year),
        ne(projects.id, row.id),
        sql`${projects.teamPersonIds} && ${sql.param(team)}::integer[]`,
        notInArray(projects.state, [...notCounted]),
      ),
    );
  const names = await namesOf(
    tx,
    others.flatMap((o) => o.team.filter((p) => team.includes(p))),
  );
  const role = (personId: number, leader: number | null): Role => (personId === leader ? 'leader' : 'member');
  const result: SharedTeam = new Map();
  for (const other of others) {
    const common = other.team.filter((p) => team.includes(p));
    const list = common.map((personId) => ({
      personId,
      name: names.get(personId) ?? '',
      here: role(personId, row.leaderPersonId),
      there: role(personId, other.leaderPersonId),
    }));
    const kind = list.some((p) => p.here === 'leader' && p.there === 'leader') ? 'same_leader' : 'same_member';
    result.set(other.id, { kind, people: list });
  }
  return result;
}

async function replaceFlags(
  tx: DbOrTx,
  projectId: number,
  similar: Map<number, SimilarApplication>,
  shared: SharedTeam,
) {
  // Flags of this application not judged yet are recomputed whole; judged ones stay as staff left them.
  await tx
    .delete(duplicateFlags)
    .where(
      and(
        or(eq(duplicateFlags.projectId, projectId), eq(duplicateFlags.otherProjectId, projectId)),
        sql`${duplicateFlags.judgement} IS NULL`,
      ),
    );
  const rows: (typeof duplicateFlags.$inferInsert)[] = [];
  const names = await namesOf(
    tx,
    [...similar.values()].flatMap((s) => s.team),
  );
  for (const [otherId, s] of similar) {
    const [low, high] = ordered(projectId, otherId);
    // Passages are kept as the lower id's sentence beside the higher's.
    const passages =
      low === projectId
        ? s.passages
        : s.passages.map((p) => ({ mine: p.theirs, theirs: p.mine, similarity: p.similarity }));
    const people = s.team.map((personId) => ({ personId, name: names.get(personId) ?? '' }));
    rows.push({
      projectId: low,
      otherProjectId: high,
      kind: 'similar',
      similarityPermille: Math.round(s.similarity * 1000),
      details: { passages, sharedTeam: people, sameBudget: s.sameBudget },
    });
  }
  for (const [otherId, s] of shared) {
    const [low, high] = ordered(projectId, otherId);
    const people = low === projectId ? s.people : s.people.map((p) => ({ ...p, here: p.there, there: p.here }));
    rows.push({ projectId: low, otherProjectId: high, kind: s.kind, similarityPermille: 1000, details: { people } });
  }
  if (rows.length) await tx.insert(duplicateFlags).values(rows).onConflictDoNothing();
}

/** 查重结果 of one application, as staff read them: the other application, how alike, and the evidence. */
export async function duplicatesOf(db: DbOrTx, user: SessionUser, projectId: number) {
  await findProject(db, user, projectId);
  const flags = await db
    .select({
      id: duplicateFlags.id,
      projectId: duplicateFlags.projectId,
      otherProjectId: duplicateFlags.otherProjectId,
      kind: duplicateFlags.kind,
      similarityPermille: duplicateFlags.similarityPermille,
      details: duplicateFlags.details,
      judgement: duplicateFlags.judgement,
      judgementNote: duplicateFlags.judgementNote,
      judgedBy: users.displayName,
      judgedAt: duplicateFlags.judgedAt,
      createdAt: duplicateFlags.createdAt,
    })
    .from(duplicateFlags)
    .leftJoin(users, eq(users.id, duplicateFlags.judgedBy))
    .where(or(eq(duplicateFlags.projectId, projectId), eq(duplicateFlags.otherProjectId, projectId)))
    .orderBy(desc(duplicateFlags.similarityPermille), desc(duplicateFlags.id));
  const otherIds = flags.map((f) => (f.projectId === projectId ? f.otherProjectId : f.projectId));
  const others = otherIds.length
    ? await db
        .select({
          id: projects.id,
          title: projects.title,
          applicationNo: projects.applicationNo,
          code: projects.code,
          state: projects.state,
          orgName: orgs.name,
          callTitle: calls.title,
          year: calls.year,
        })
        .from(projects)
        .innerJoin(calls, eq(calls.id, projects.callId))
        .innerJoin(orgs, eq(orgs.id, projects.orgId))
        .where(inArray(projects.id, otherIds))
    : [];
  return {
    items: flags.map((f) => {
      const mine = f.projectId === projectId;
      const details = f.details as {
        passages?: Passage[];
        people?: PersonInBoth[];
        sharedTeam?: { personId: number; name: string }[];
        sameBudget?: boolean;
      };
      return {
        id: f.id,
        kind: f.kind,
        similarity: f.similarityPermille / 1000,
        other: others.find((o) => o.id === (mine ? f.otherProjectId : f.projectId))!,
        passages: (details.passages ?? []).map((p) =>
          mine ? p : { mine: p.theirs, theirs: p.mine, similarity: p.similarity },
        ),
        people: (details.people ?? []).map((p) => (mine ? p : { ...p, here: p.there, there: p.here })),
        sharedTeam: details.sharedTeam ?? [],
        sameBudget: details.sameBudget ?? false,
        judgement: f.judgement,
        judgementNote: f.judgementNote,
        judgedBy: f.judgedBy,
        judgedAt: f.judgedAt,
      };
    }),
  };
}

/** 查重意见: staff judge a flag — not a duplicate, a duplicate, or several applications the rules allow. */
export async function judgeDuplicate(
  db: Db,
  user: SessionUser,
  actor: Actor,
  projectId: number,
  flagId: number,
  body: { judgement: 'not_duplicate' | 'duplicate' | 'multiple_allowed'; note?: string | null },
) {
  await findProject(db, user, projectId);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(duplicateFlags)
      .where(
        and(
          eq(duplicateFlags.id, flagId),
          or(eq(duplicateFlags.projectId, projectId), eq(duplicateFlags.otherProjectId, projectId)),
        ),
      )
      .for('update');
    if (!before) throw new AppError('NOT_FOUND');
    const [after] = await tx
      .update(duplicateFlags)
      .set({ judgement: body.judgement, judgementNote: body.note ?? null, judgedBy: user.id, judgedAt: sql`now()` })
      .where(eq(duplicateFlags.id, flagId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'project.duplicate_judged',
      entityType: 'project',
      entityId: projectId,
      before: { flag: flagId, judgement: before.judgement, note: before.judgementNote },
      after: { flag: flagId, judgement: after!.judgement, note: after!.judgementNote },
    });
    return { id: flagId, judgement: after!.judgement!, judgementNote: after!.judgementNote };
  });
}
