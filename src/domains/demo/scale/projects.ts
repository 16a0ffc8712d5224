import type { Loader } from './loader.js';
import type { Population } from './orgs.js';
import type { ScaleCounts } from './plan.js';
import { categories, crops, healthTopics, products, projectEndings } from './words.js';

const levels = [
  { level: 'national', prefix: '国家', doc: '国科发计', weight: 0.06, rejected: 0.6 },
  { level: 'provincial', prefix: '江苏省', doc: '苏科计', weight: 0.24, rejected: 0.5 },
  { level: 'prefecture', prefix: '镇江市', doc: '镇科计', weight: 0.3, rejected: 0.4 },
  { level: 'city', prefix: '江川市', doc: '江科发', weight: 0.4, rejected: 0.3 },
] as const;

const categoryPlans: Record<string, { name: string; section: string; weight: number }> = {
  agriculture: { name: '农业科技', section: 'agriculture', weight: 0.22 },
  social_development: { name: '社会发展科技', section: 'social', weight: 0.12 },
  industry: { name: '工业科技支撑', section: 'hightech', weight: 0.24 },
  talent: { name: '创新创业人才', section: 'talent', weight: 0.08 },
  platform: { name: '创新载体建设', section: 'hightech', weight: 0.06 },
  ip: { name: '知识产权', section: 'ip', weight: 0.1 },
  soft_science: { name: '软科学研究', section: 'planning', weight: 0.06 },
  cooperation: { name: '产学研合作', section: 'talent', weight: 0.12 },
};

interface CallPlan {
  id: number;
  year: number;
  level: string;
  category: string;
  opensAt: string;
  docNo: string;
  projects: number;
}

/** Splits `total` by weights into whole numbers that add up exactly (largest remainders). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let i = 0, left = total - counts.reduce((a, b) => a + b, 0); i < left; i++)
    counts[order[i % order.length]![1]]! += 1;
  return counts;
}

/**
 * Programs at the four levels for every category (国家 / 江苏省 / 镇江市 / 江川市 …专项), each with a call
 * every year (several batches at province scale), and the projects of those calls.
 */
async function loadCalls(loader: Loader, counts: ScaleCounts): Promise<CallPlan[]> {
  const specs = levels.flatMap((l) =>
    categories.map((category) => ({
      name: `${l.prefix}${categoryPlans[category]!.name}专项`,
      level: l.level,
      category,
      section: categoryPlans[category]!.section,
      person: category === 'talent',
      planTypes: l.level === 'city' ? ['指令性计划', '指导性计划'] : [],
    })),
  );
  const programs = await loader.query<{ id: number; level: string; category: string }>(
    `INSERT INTO programs (name, level, category, section_code, applicant_kind, plan_types)
     SELECT name, level::program_level, category::program_category, section, (CASE WHEN person THEN 'person' ELSE 'org' END)::applicant_kind,
            CASE WHEN level = 'city' THEN ARRAY['指令性计划', '指导性计划'] ELSE '{}'::text[] END
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[]) AS s(name, level, category, section, person)
     RETURNING id, level::text, category::text`,
    [
      specs.map((s) => s.name),
      specs.map((s) => s.level),
      specs.map((s) => s.category),
      specs.map((s) => s.section),
      specs.map((s) => s.person),
    ],
  );
  const nameOf = new Map(programs.map((p, i) => [p.id, specs[i]!.name]));
  // A call handles up to about a thousand applications; bigger areas publish a program's call in batches.
  const batches = Math.max(1, Math.round(counts.projects / (programs.length * counts.years.length * 1000)));
  const rows = programs.flatMap((p) =>
    counts.years.flatMap((year, y) =>
      Array.from({ length: batches }, (_, b) => {
        const opens = new Date(Date.UTC(year, 1, 15 + b * Math.floor(240 / batches), 1));
        const closes = new Date(opens.getTime() + 30 * 86_400_000);
        const title = `关于组织申报${year}年度${nameOf.get(p.id)}项目的通知${batches > 1 ? `（第${b + 1}批）` : ''}`;
        const weight = levels.find((l) => l.level === p.level)!.weight * categoryPlans[p.category]!.weight * 1.08 ** y;
        return {
          programId: p.id,
          year,
          level: p.level,
          category: p.category,
          title,
          opens: opens.toISOString(),
          closes: closes.toISOString(),
          expert: p.level === 'city',
          weight,
        };
      }),
    ),
  );
  const inserted = await loader.query<{ id: number }>(
    `INSERT INTO calls (program_id, title, year, opens_at, closes_at, expert_review, created_at, updated_at)
     SELECT program_id, title, year, opens, closes, expert, opens, closes
     FROM unnest($1::int[], $2::text[], $3::int[], $4::timestamptz[], $5::timestamptz[], $6::boolean[]) WITH ORDINALITY AS s(program_id, title, year, opens, closes, expert, i)
     ORDER BY i RETURNING id`,
    [
      rows.map((r) => r.programId),
      rows.map((r) => r.title),
      rows.map((r) => r.year),
      rows.map((r) => r.opens),
      rows.map((r) => r.closes),
      rows.map((r) => r.expert),
    ],
  );
  const projects = apportion(
    counts.projects,
    rows.map((r) => r.weight),
  );
  return rows.map((r, i) => {
    const level = levels.find((l) => l.level === r.level)!;
    // One document approves a call's list of projects (立项文件), so they share its number.
    return {
      id: inserted[i]!.id,
      year: r.year,
      level: r.level,
      category: r.category,
      opensAt: r.opens,
      docNo: `${level.doc}〔${r.year}〕${10 + (i % 290)}号`,
      projects: projects[i]!,
    };
  });
}

/**
 * Plan projects in plausible states: the last year's still moving through the workflow, earlier ones
 * decided — rejected more often the higher the level — and the approved ones executing, accepted,
 * failed or terminated by their age. Approved ones carry funding, the call's document number and, at the
 * city's level, a plan type. Talent programmes are applied for by a person, through their organisation.
 */
export async function loadProjects(
  loader: Loader,
  counts: ScaleCounts,
  population: Population,
): Promise<{ base: number; calls: number }> {
  const calls = (await loadCalls(loader, counts)).filter((c) => c.projects > 0);
  const starts: number[] = [];
  calls.reduce((start, c) => {
    starts.push(start);
    return start + c.projects;
  }, 1);
  const [{ base }] = (await loader.query<{ base: number }>(
    `SELECT coalesce(max(id), 0)::int AS base FROM projects`,
  )) as [{ base: number }];
  const lastYear = counts.years[counts.years.length - 1]!;
  const { orgs, people } = population;
  const endings = categories.flatMap((c) => projectEndings[c]!);
  const rejected = levels.map((l) => l.rejected);

  await loader.ranges('projects', counts.projects, (lo, hi) => ({
    text: `
      INSERT INTO projects (id, call_id, org_id, person_id, title, leader_name, state, requested_fen, approved_fen, doc_no, plan_type, submitted_at, decided_at, created_at, updated_at, version)
      SELECT $3::int + n, call_id, coalesce(pe.org_id, p.org_id), pe.id,
             CASE WHEN category = 'talent' THEN pe.name || '：' ELSE
               pg_temp.kg_pick(CASE category WHEN 'agriculture' THEN $13::text[] WHEN 'cooperation' THEN $13::text[] WHEN 'social_development' THEN $14::text[] ELSE $15::text[] END, pg_temp.kg_r(n, 46)) END
               || ($16::text[])[(cat - 1) * 4 + 1 + floor(pg_temp.kg_r(n, 47) * 4)::int],
             coalesce(pe.name, pg_temp.kg_person(n, 45)),
             state::project_state, requested, approved, CASE WHEN approved IS NOT NULL THEN doc END,
             CASE WHEN approved IS NOT NULL AND level = 'city' THEN pg_temp.kg_pick(ARRAY['指令性计划', '指导性计划'], pg_temp.kg_r(n, 48)) END,
             submitted, decided, created, coalesce(decided, submitted, created),
             CASE state WHEN 'draft' THEN 1 WHEN 'submitted' THEN 2 WHEN 'recommended' THEN 3 WHEN 'withdrawn' THEN 3 WHEN 'returned' THEN 3
               WHEN 'under_review' THEN 4 WHEN 'reviewed' THEN 5 WHEN 'reported' THEN 5 WHEN 'rejected' THEN 6 WHEN 'approved' THEN 6 WHEN 'acceptance_requested' THEN 8 ELSE 9 END
      FROM (
        SELECT *,
               CASE WHEN approved_family THEN round(requested * (0.5 + 0.5 * pg_temp.kg_r(n, 43)) / 1000000) * 1000000 END::bigint AS approved,
               CASE WHEN state <> 'draft' THEN created + pg_temp.kg_r(n, 44) * interval '8 days' END AS submitted,
               CASE WHEN approved_family OR state = 'rejected'
                 THEN least(opens + interval '30 days' + (60 + 60 * pg_temp.kg_r(n, 49)) * interval '1 day', make_timestamptz(year, 12, 28, 10, 0, 0, '+08')) END AS decided
        FROM (
          SELECT *, state IN ('approved', 'acceptance_requested', 'accepted', 'failed_acceptance', 'terminated') AS approved_family
          FROM (
            SELECT *,
                   CASE WHEN year = $12::int THEN
                          CASE WHEN u < 0.03 THEN 'draft' WHEN u < 0.05 THEN 'withdrawn' WHEN u < 0.07 THEN 'returned' WHEN u < 0.17 THEN 'submitted'
                               WHEN u < 0.27 THEN 'recommended' WHEN u < 0.42 THEN CASE WHEN level = 'city' THEN 'under_review' ELSE 'reported' END
                               WHEN u < 0.52 THEN 'reviewed' WHEN u < 0.70 THEN 'rejected' ELSE 'approved' END
                        WHEN u < 0.02 THEN 'draft' WHEN u < 0.05 THEN 'withdrawn' WHEN u < 0.05 + ($17::float8[])[lvl] THEN 'rejected'
                        WHEN year = $12::int - 1 THEN CASE WHEN v < 0.9 THEN 'approved' ELSE 'acceptance_requested' END
                        WHEN year = $12::int - 2 THEN CASE WHEN v < 0.45 THEN 'accepted' WHEN v < 0.65 THEN 'acceptance_requested' WHEN v < 0.98 THEN 'approved' ELSE 'terminated' END
                        ELSE CASE WHEN v < 0.85 THEN 'accepted' WHEN v < 0.88 THEN 'failed_acceptance' WHEN v < 0.90 THEN 'terminated' WHEN v < 0.95 THEN 'acceptance_requested' ELSE 'approved' END
                   END AS state,
                   (CASE level WHEN 'national' THEN 1000000 + floor(pg_temp.kg_r(n, 42) * 200) * 10000 WHEN 'provincial' THEN 300000 + floor(pg_temp.kg_r(n, 42) * 70) * 10000
                      WHEN 'prefecture' THEN 100000 + floor(pg_temp.kg_r(n, 42) * 20) * 10000 ELSE 50000 + floor(pg_temp.kg_r(n, 42) * 15) * 10000 END * 100)::bigint AS requested,
                   opens + pg_temp.kg_r(n, 39) * interval '20 days' AS created
            FROM (
              SELECT n, ($4::int[])[k] AS call_id, ($5::int[])[k] AS year, ($6::text[])[k] AS level, ($7::text[])[k] AS category, ($8::timestamptz[])[k] AS opens, ($9::text[])[k] AS doc,
                     array_position(ARRAY['national', 'provincial', 'prefecture', 'city'], ($6::text[])[k]) AS lvl,
                     array_position($18::text[], ($7::text[])[k]) AS cat,
                     pg_temp.kg_r(n, 40) AS u, pg_temp.kg_r(n, 41) AS v,
                     CASE WHEN ($7::text[])[k] = 'social_development' THEN $10::int + 1 + floor(pg_temp.kg_r(n, 31) * $19::int)
                          WHEN ($7::text[])[k] = 'agriculture' AND pg_temp.kg_r(n, 32) < 0.3 THEN $10::int + $19::int + 1 + floor(pg_temp.kg_r(n, 31) * ($20::int - $19::int))
                          ELSE $10::int + $20::int + 1 + floor(pg_temp.kg_r(n, 31) ^ 2 * ($21::int - $20::int)) END::int AS org_id,
                     CASE WHEN ($7::text[])[k] = 'talent' THEN $11::int + 1 + floor(pg_temp.kg_r(n, 30) * $22::int)::int END AS person_id
              FROM (SELECT n, width_bucket(n, $23::int[]) AS k FROM generate_series($1::int, $2::int) n) bucketed
            ) attributed
          ) stated
        ) decided
      ) p LEFT JOIN people pe ON pe.id = p.person_id`,
    values: [
      lo,
      hi,
      base,
      calls.map((c) => c.id),
      calls.map((c) => c.year),
      calls.map((c) => c.level),
      calls.map((c) => c.category),
      calls.map((c) => c.opensAt),
      calls.map((c) => c.docNo),
      orgs.base,
      people.base,
      lastYear,
      crops,
      healthTopics,
      products,
      endings,
      rejected,
      categories,
      orgs.publicEnd,
      orgs.coopEnd,
      orgs.n,
      Math.max(1, people.n),
      starts,
    ],
  }));
  await loader.query(`SELECT setval(pg_get_serial_sequence('projects', 'id'), (SELECT max(id) FROM projects))`);
  return { base, calls: calls.length };
}
