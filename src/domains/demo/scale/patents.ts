import type { Loader } from './loader.js';
import type { Population } from './orgs.js';
import type { ScaleCounts } from './plan.js';
import { apportion } from './projects.js';
import { crops, patentForms, products } from './words.js';

const types = [
  { type: 'invention', digit: '1', share: 0.25 },
  { type: 'utility_model', digit: '2', share: 0.5 },
  { type: 'design', digit: '3', share: 0.25 },
] as const;

/** The demo's subsidy rates (yuan per type and stage), set for every year of the scale data. */
const rates = [
  { type: 'invention', stage: 'filed', yuan: 1000 },
  { type: 'invention', stage: 'granted', yuan: 3000 },
  { type: 'utility_model', stage: 'granted', yuan: 500 },
  { type: 'design', stage: 'granted', yuan: 300 },
] as const;

/**
 * Patents: filings growing 18 % a year, a quarter inventions, half utility models, a quarter designs;
 * application numbers year + type + a seven-digit serial from 1,000,001 (the demo's are below 20,000) and
 * the check character. Mostly enterprises — a few of them file most — some public bodies and individuals.
 * Grants follow filings by the type's usual lag, if that falls before the end of the last year.
 */
export async function loadPatents(
  loader: Loader,
  counts: ScaleCounts,
  population: Population,
): Promise<{ base: number }> {
  const groups = counts.years.flatMap((year, y) =>
    types.map((t) => ({ year, type: t.type, digit: t.digit, weight: 1.18 ** y * t.share })),
  );
  const sizes = apportion(
    counts.patents,
    groups.map((g) => g.weight),
  );
  const kept = groups.map((g, i) => ({ ...g, size: sizes[i]! })).filter((g) => g.size > 0);
  const starts: number[] = [];
  kept.reduce((start, g) => {
    starts.push(start);
    return start + g.size;
  }, 1);
  const [{ base }] = (await loader.query<{ base: number }>(
    `SELECT coalesce(max(id), 0)::int AS base FROM patents`,
  )) as [{ base: number }];
  const lastYear = counts.years[counts.years.length - 1]!;
  const { orgs, places } = population;
  const forms = types.flatMap((t) => patentForms[t.type]);

  await loader.ranges('patents', counts.patents, (lo, hi) => ({
    text: `
      INSERT INTO patents (id, application_number, type, title, applicant_name, org_id, jurisdiction_code, filed_on, granted_on, legal_status, created_at, updated_at)
      SELECT $3::int + n, pg_temp.kg_patent_number(year || digit || lpad((1000000 + n - start + 1)::text, 7, '0')), p.type::patent_type,
             replace(($10::text[])[(t - 1) * 3 + 1 + floor(pg_temp.kg_r(n, 63) * 3)::int], '{s}', pg_temp.kg_pick($11::text[], pg_temp.kg_r(n, 64))),
             coalesce(o.name, pg_temp.kg_person(n, 61)), o.id, coalesce(o.jurisdiction_code, pg_temp.kg_pick($12::text[], pg_temp.kg_r(n, 65))),
             filed, granted,
             CASE WHEN granted IS NOT NULL THEN CASE WHEN granted < make_date($13::int - 4, 1, 1) AND pg_temp.kg_r(n, 66) < 0.3 THEN '失效' ELSE '有效' END
                  WHEN filed < make_date($13::int, 12, 31) - CASE WHEN p.type = 'invention' THEN 1100 ELSE 365 END THEN '失效' ELSE '审中' END,
             filed::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '9 hours', coalesce(granted, filed)::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '9 hours'
      FROM (
        SELECT *, CASE WHEN lag IS NOT NULL AND filed + lag <= make_date($13::int, 12, 31) THEN (filed + lag)::date END AS granted
        FROM (
          SELECT n, year, type, digit, start, t,
                 CASE WHEN pg_temp.kg_r(n, 67) < 0.06 THEN make_date(year, 12, 1) + floor(pg_temp.kg_r(n, 68) * 28)::int
                      ELSE make_date(year, 1, 1) + floor(pg_temp.kg_r(n, 68) * 365)::int END AS filed,
                 CASE WHEN type = 'invention' AND pg_temp.kg_r(n, 69) < 0.5 THEN (18 + floor(pg_temp.kg_r(n, 70) * 18)) * interval '1 month'
                      WHEN type <> 'invention' AND pg_temp.kg_r(n, 69) < 0.9 THEN (CASE WHEN type = 'design' THEN 3 ELSE 5 END + floor(pg_temp.kg_r(n, 70) * 7)) * interval '1 month' END
                   + floor(pg_temp.kg_r(n, 71) * 28) * interval '1 day' AS lag,
                 CASE WHEN u < 0.03 THEN NULL
                      WHEN u < 0.08 THEN $5::int + 1 + floor(pg_temp.kg_r(n, 62) * $6::int)
                      ELSE $5::int + $7::int + 1 + floor(pg_temp.kg_r(n, 62) ^ 2.5 * ($8::int - $7::int)) END::int AS org_id
          FROM (
            SELECT n, ($4::int[])[k] AS year, ($9::text[])[k] AS type, ($14::text[])[k] AS digit, ($15::int[])[k] AS start,
                   array_position(ARRAY['invention', 'utility_model', 'design'], ($9::text[])[k]) AS t, pg_temp.kg_r(n, 60) AS u
            FROM (SELECT n, width_bucket(n, $15::int[]) AS k FROM generate_series($1::int, $2::int) n) bucketed
          ) g
        ) d
      ) p LEFT JOIN orgs o ON o.id = p.org_id`,
    values: [
      lo,
      hi,
      base,
      kept.map((g) => g.year),
      orgs.base,
      orgs.publicEnd,
      orgs.coopEnd,
      orgs.n,
      kept.map((g) => g.type),
      forms,
      [...products, ...crops],
      places.codes.slice(0, places.firmPlaces),
      lastYear,
      kept.map((g) => g.digit),
      starts,
    ],
  }));
  await loader.query(`SELECT setval(pg_get_serial_sequence('patents', 'id'), (SELECT max(id) FROM patents))`);
  return { base };
}

/**
 * 专利资助: about half the firms' granted patents (and half their inventions, when filed) are claimed at the
 * year's rate. Earlier years' claims are paid in two batches a year — claims of the last fortnight wait
 * approved for the next — a few are refused; the last year's are still moving.
 */
export async function loadSubsidies(loader: Loader, counts: ScaleCounts, patents: { base: number }): Promise<void> {
  await loader.query(
    `INSERT INTO patent_subsidy_rates (year, type, stage, amount_fen)
     SELECT y, r.type::patent_type, r.stage::subsidy_stage, r.fen FROM unnest($1::int[]) y, unnest($2::text[], $3::text[], $4::bigint[]) AS r(type, stage, fen)
     ON CONFLICT DO NOTHING`,
    [counts.years, rates.map((r) => r.type), rates.map((r) => r.stage), rates.map((r) => r.yuan * 100)],
  );
  const batches = counts.years.flatMap((year) => [1, 2].map((half) => ({ year, half })));
  const inserted = await loader.query<{ id: number }>(
    `INSERT INTO patent_subsidy_batches (title, doc_no, paid_on, total_fen, created_at)
     SELECT y || '年度专利资助（第' || h || '批）', '江科发〔' || y || '〕' || (30 + h) || '号', make_date(y, CASE h WHEN 1 THEN 6 ELSE 12 END, CASE h WHEN 1 THEN 30 ELSE 28 END), 0,
            make_date(y, CASE h WHEN 1 THEN 6 ELSE 12 END, 20)::timestamp AT TIME ZONE 'Asia/Shanghai'
     FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS b(y, h, i) ORDER BY i RETURNING id`,
    [batches.map((b) => b.year), batches.map((b) => b.half)],
  );
  const lastYear = counts.years[counts.years.length - 1]!;
  const firstYear = counts.years[0]!;

  await loader.ranges('patent_subsidy_claims', counts.patents, (lo, hi) => ({
    text: `
      INSERT INTO patent_subsidy_claims (patent_id, stage, year, amount_fen, org_id, state, decided_at, reason, batch_id, created_at, updated_at)
      SELECT id, stage::subsidy_stage, year, amount_fen, org_id, state::subsidy_claim_state,
             CASE WHEN state <> 'claimed' THEN created + interval '10 days' END,
             CASE WHEN state = 'refused' THEN '该专利已获其他财政资金资助' END,
             CASE WHEN state = 'paid' THEN ($4::int[])[(year - $5::int) * 2 + half] END,
             created, CASE WHEN state <> 'claimed' THEN created + interval '10 days' ELSE created END
      FROM (
        SELECT *, CASE WHEN u < 0.03 THEN 'refused'
                       WHEN year < $6::int THEN CASE WHEN late THEN 'approved' ELSE 'paid' END
                       WHEN u < 0.40 THEN 'claimed' WHEN u < 0.65 OR late THEN 'approved' ELSE 'paid' END AS state
        FROM (
          SELECT p.id, p.org_id, s.stage, s.year, r.amount_fen, pg_temp.kg_r(p.id, 80 + s.salt) AS u,
                 s.on_date::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '3 days 10 hours' AS created,
                 CASE WHEN s.on_date < make_date(s.year, 6, 10) THEN 1 ELSE 2 END AS half, s.on_date > make_date(s.year, 12, 8) AS late
          FROM patents p
          CROSS JOIN LATERAL (VALUES ('granted', extract(year FROM p.granted_on)::int, p.granted_on, 0), ('filed', extract(year FROM p.filed_on)::int, p.filed_on, 1)) AS s(stage, year, on_date, salt)
          JOIN patent_subsidy_rates r ON r.year = s.year AND r.type = p.type AND r.stage = s.stage::subsidy_stage
          WHERE p.id BETWEEN $3::int + $1::int AND $3::int + $2::int AND p.org_id IS NOT NULL AND s.on_date IS NOT NULL
            AND pg_temp.kg_r(p.id, 78 + s.salt) < 0.5
        ) c
      ) claims`,
    values: [lo, hi, patents.base, inserted.map((b) => b.id), firstYear, lastYear],
  }));
  await loader.query(
    `UPDATE patent_subsidy_batches b SET total_fen = s.total FROM (SELECT batch_id, sum(amount_fen) AS total FROM patent_subsidy_claims WHERE batch_id = ANY($1::int[]) GROUP BY 1) s WHERE b.id = s.batch_id`,
    [inserted.map((b) => b.id)],
  );
}
