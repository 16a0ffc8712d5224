import type { Loader } from './loader.js';
import type { Population } from './orgs.js';
import type { ScaleCounts } from './plan.js';
import { crops, newsTopics, partners, products } from './words.js';

/** A multiplier that walks every enterprise once (row i → enterprise i·p mod E): no enterprise twice. */
function stride(enterprises: number): number {
  return [7919, 7907, 7901, 7883, 7877].find((p) => enterprises % p !== 0)!;
}

/** A date inside the i-th row's year, the years growing 8 % a year. */
const yearOf = (salt: number) => `($3::int[])[1 + floor(pg_temp.kg_r(i, ${salt}) * cardinality($3::int[]))::int]`;

/**
 * The registries, each key unique by construction, as the registry specs compute it (natural_key: the
 * key fields lower-cased, joined by |): platforms named after their enterprise, one each; qualifications,
 * cooperations and articles numbered; one self-raised investment record per enterprise and year; higher-level
 * allocations for the projects approved above the city; the bureau's own appropriations.
 */
export async function loadRegistries(
  loader: Loader,
  counts: ScaleCounts,
  population: Population,
  projects: { base: number },
): Promise<void> {
  const { orgs } = population;
  const enterprises = orgs.n - orgs.coopEnd;
  const firstEnterprise = orgs.base + orgs.coopEnd + 1;
  // Later years weigh more: each year listed 1.08^k times as often, rounded to tenths.
  const weightedYears = counts.years.flatMap((year, k) =>
    Array.from({ length: Math.round(10 * 1.08 ** k) }, () => year),
  );
  if (counts.platforms > enterprises || counts.selfRaisedFunds > enterprises * counts.years.length)
    throw new Error('too few enterprises for the registries');
  const p = stride(enterprises);

  await loader.ranges('platforms', counts.platforms, (lo, hi) => ({
    text: `
      INSERT INTO platforms (name, kind, level, org_id, jurisdiction_code, recognized_on, doc_no, status, evaluation_year, evaluation, natural_key, created_at, updated_at)
      SELECT name, kind, level, org_id, jurisdiction_code, recognized_on,
             CASE level WHEN 'national' THEN '国科发基' WHEN 'provincial' THEN '苏科技' WHEN 'prefecture' THEN '镇科计' ELSE '江科发' END || '〔' || extract(year FROM recognized_on) || '〕' || (20 + i % 200) || '号',
             CASE WHEN pg_temp.kg_r(i, 93) < 0.05 THEN 'warned' WHEN pg_temp.kg_r(i, 93) < 0.07 THEN 'revoked' ELSE 'active' END,
             CASE WHEN extract(year FROM recognized_on) < $6::int THEN extract(year FROM recognized_on)::int + 1 END,
             CASE WHEN extract(year FROM recognized_on) < $6::int THEN pg_temp.kg_pick(ARRAY['excellent', 'good', 'good', 'pass', 'pass', 'fail'], pg_temp.kg_r(i, 94)) END,
             lower(name) || '|' || level, recognized_on::timestamp AT TIME ZONE 'Asia/Shanghai', recognized_on::timestamp AT TIME ZONE 'Asia/Shanghai'
      FROM (
        SELECT i, o.id AS org_id, o.jurisdiction_code, replace(o.name, '有限公司', '') || label AS name, kind, level,
               make_date(year, 1, 1) + floor(pg_temp.kg_r(i, 92) * 365)::int AS recognized_on
        FROM (
          SELECT i, $4::int + ((i::bigint * $7::int) % $5::int)::int AS org_id, ${yearOf(90)} AS year,
                 pg_temp.kg_pick(ARRAY['national', 'provincial', 'provincial', 'prefecture', 'prefecture', 'prefecture', 'city', 'city', 'city', 'city'], pg_temp.kg_r(i, 91)) AS level, kind_index
          FROM (SELECT i, 1 + floor(pg_temp.kg_r(i, 89) * 16)::int AS kind_index FROM generate_series($1::int, $2::int) i) k
        ) c
        JOIN orgs o ON o.id = c.org_id
        CROSS JOIN LATERAL (SELECT (ARRAY['engineering_center', 'engineering_center', 'engineering_center', 'engineering_center', 'engineering_center', 'enterprise_tech_center',
                  'enterprise_tech_center', 'enterprise_tech_center', 'enterprise_tech_center', 'enterprise_tech_center', 'enterprise_tech_center', 'key_lab', 'incubator',
                  'academician_workstation', 'postdoc_workstation', 'postdoc_workstation'])[kind_index] AS kind,
                 (ARRAY['工程技术研究中心', '工程技术研究中心', '工程技术研究中心', '工程技术研究中心', '工程技术研究中心', '企业技术中心', '企业技术中心', '企业技术中心',
                  '企业技术中心', '企业技术中心', '企业技术中心', '重点实验室', '科技企业孵化器', '院士工作站', '博士后科研工作站', '博士后科研工作站'])[kind_index] AS label) l
      ) x`,
    values: [lo, hi, weightedYears, firstEnterprise, enterprises, counts.years.at(-1), p],
  }));

  await loader.ranges('qualifications', counts.qualifications, (lo, hi) => ({
    text: `
      INSERT INTO qualifications (org_id, kind, certificate_no, issuer, issued_on, valid_until, jurisdiction_code, natural_key, created_at, updated_at)
      SELECT o.id, kind, certificate_no, CASE kind WHEN 'high_tech_enterprise' THEN '江苏省科学技术厅' WHEN 'tech_sme' THEN '镇江市科学技术局' ELSE '江苏省科学技术厅' END,
             issued_on, (issued_on + CASE kind WHEN 'high_tech_enterprise' THEN interval '3 years' WHEN 'tech_sme' THEN interval '1 year' ELSE interval '2 years' END - interval '1 day')::date,
             o.jurisdiction_code, kind || '|' || lower(certificate_no), issued_on::timestamp AT TIME ZONE 'Asia/Shanghai', issued_on::timestamp AT TIME ZONE 'Asia/Shanghai'
      FROM (
        SELECT *, CASE kind WHEN 'high_tech_enterprise' THEN 'GR' || year || '32' || lpad(i::text, 6, '0') WHEN 'tech_sme' THEN year || '3211' || lpad(i::text, 7, '0')
                            WHEN 'private_tech_enterprise' THEN 'MY' || year || lpad(i::text, 7, '0') ELSE 'CX' || year || lpad(i::text, 6, '0') END AS certificate_no,
                  make_date(year, 1, 1) + floor(pg_temp.kg_r(i, 97) * 365)::int AS issued_on
        FROM (
          SELECT i, ${yearOf(96)} AS year, $4::int + floor(pg_temp.kg_r(i, 95) ^ 1.5 * $5::int)::int AS org_id,
                 pg_temp.kg_pick(ARRAY['high_tech_enterprise', 'high_tech_enterprise', 'high_tech_enterprise', 'tech_sme', 'tech_sme', 'tech_sme', 'tech_sme',
                   'private_tech_enterprise', 'private_tech_enterprise', 'innovative_enterprise'], pg_temp.kg_r(i, 98)) AS kind
          FROM generate_series($1::int, $2::int) i
        ) k
      ) q JOIN orgs o ON o.id = q.org_id`,
    values: [lo, hi, weightedYears, firstEnterprise, enterprises],
  }));

  await loader.ranges('cooperations', counts.cooperations, (lo, hi) => ({
    text: `
      INSERT INTO cooperations (org_id, partner, subject, amount_fen, signed_on, ends_on, jurisdiction_code, natural_key, created_at, updated_at)
      SELECT o.id, partner, subject, amount_fen, signed_on, (signed_on + interval '2 years' - interval '1 day')::date, o.jurisdiction_code,
             o.id || '|' || lower(partner) || '|' || lower(subject), signed_on::timestamp AT TIME ZONE 'Asia/Shanghai', signed_on::timestamp AT TIME ZONE 'Asia/Shanghai'
      FROM (
        SELECT i, $4::int + floor(pg_temp.kg_r(i, 100) ^ 2 * $5::int)::int AS org_id, pg_temp.kg_pick($6::text[], pg_temp.kg_r(i, 101)) AS partner,
               pg_temp.kg_pick($7::text[], pg_temp.kg_r(i, 102)) || pg_temp.kg_pick(ARRAY['联合研发', '技术攻关', '成果转化', '共建研发中心'], pg_temp.kg_r(i, 103))
                 || '（合同编号HZ' || year || lpad(i::text, 7, '0') || '）' AS subject,
               ((50000 + floor(pg_temp.kg_r(i, 104) ^ 2 * 450) * 10000) * 100)::bigint AS amount_fen,
               make_date(year, 1, 1) + floor(pg_temp.kg_r(i, 105) * 365)::int AS signed_on
        FROM (SELECT i, ${yearOf(106)} AS year FROM generate_series($1::int, $2::int) i) y
      ) c JOIN orgs o ON o.id = c.org_id`,
    values: [lo, hi, weightedYears, firstEnterprise, enterprises, partners, [...products, ...crops]],
  }));

  // 企业自筹: the same enterprises report every year (row i → year (i-1) / K, enterprise (i-1) mod K).
  const perYear = Math.ceil(counts.selfRaisedFunds / counts.years.length);
  await loader.ranges('funds (self-raised)', counts.selfRaisedFunds, (lo, hi) => ({
    text: `
      INSERT INTO funds (kind, year, title, org_id, amount_fen, checked, natural_key, created_at, updated_at)
      SELECT 'self_raised', year, '企业研究开发投入', org_id, ((200000 + floor(pg_temp.kg_r(i, 110) ^ 3 * 1980) * 10000) * 100)::bigint, pg_temp.kg_r(i, 111) < 0.75,
             'self_raised|' || year || '|企业研究开发投入||' || org_id, make_date(year + 1, 2, 15)::timestamp AT TIME ZONE 'Asia/Shanghai', make_date(year + 1, 2, 15)::timestamp AT TIME ZONE 'Asia/Shanghai'
      FROM (
        SELECT i, ($3::int[])[1 + (i - 1) / $6::int] AS year, $4::int + (((i - 1) % $6::int)::bigint * $7::int % $5::int)::int AS org_id
        FROM generate_series($1::int, $2::int) i
      ) f`,
    values: [lo, hi, counts.years, firstEnterprise, enterprises, perYear, p],
  }));

  // 上级拨款: what the higher level allocated to each project it approved, received some weeks after.
  const [{ projects: projectCount }] = (await loader.query<{ projects: number }>(
    `SELECT coalesce(max(id), 0)::int - $1::int AS projects FROM projects`,
    [projects.base],
  )) as [{ projects: number }];
  await loader.ranges('funds (allocations)', projectCount, (lo, hi) => ({
    text: `
      INSERT INTO funds (kind, year, title, source_level, doc_no, org_id, project_id, received_on, amount_fen, checked, natural_key, created_at, updated_at)
      SELECT 'superior', c.year, t.title, g.level::text, p.doc_no, p.org_id, p.id, (p.decided_at + interval '45 days')::date, p.approved_fen, true,
             'superior|' || c.year || '|' || lower(t.title) || '|' || lower(p.doc_no) || '|' || p.org_id, p.decided_at + interval '45 days', p.decided_at + interval '45 days'
      FROM projects p JOIN calls c ON c.id = p.call_id JOIN programs g ON g.id = c.program_id
      CROSS JOIN LATERAL (SELECT g.name || '项目经费（项目' || p.id || '）' AS title) t
      WHERE p.id BETWEEN $3::int + $1::int AND $3::int + $2::int AND p.approved_fen IS NOT NULL AND g.level <> 'city'`,
    values: [lo, hi, projects.base],
  }));

  // 本级财政拨款: the bureau's own budget, in more tranches the bigger the area.
  const tranches = Math.max(1, Math.round(counts.projects / 10_000));
  await loader.query(
    `INSERT INTO funds (kind, year, title, doc_no, received_on, amount_fen, checked, natural_key, created_at, updated_at)
     SELECT 'local', y, '本级科技经费（第' || t || '批）', '江财预〔' || y || '〕' || (10 + t) || '号', make_date(y, 3, 1) + (t - 1) * 20,
            ((1000000 + floor(pg_temp.kg_r(y * 1000 + t, 120) * 90) * 100000) * 100)::bigint, true,
            'local|' || y || '|本级科技经费（第' || t || '批）|江财预〔' || y || '〕' || (10 + t) || '号|', make_date(y, 3, 1)::timestamp AT TIME ZONE 'Asia/Shanghai', make_date(y, 3, 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
     FROM unnest($1::int[]) y, generate_series(1, $2::int) t`,
    [counts.years, tranches],
  );

  await loader.ranges('publicity', counts.publicity, (lo, hi) => ({
    text: `
      INSERT INTO publicity (title, outlet_code, section_code, author, sent_on, adopted, adopted_on, link, natural_key, created_at, updated_at)
      SELECT title, outlet, pg_temp.kg_pick(ARRAY['office', 'agriculture', 'social', 'hightech', 'talent', 'ip'], pg_temp.kg_r(i, 131)), pg_temp.kg_person(i, 132), sent_on, adopted,
             CASE WHEN adopted THEN sent_on + 3 END, CASE WHEN adopted THEN 'http://www.jckj.gov.cn/news/' || extract(year FROM sent_on) || '/' || i || '.html' END,
             lower(title) || '|' || outlet, sent_on::timestamp AT TIME ZONE 'Asia/Shanghai', sent_on::timestamp AT TIME ZONE 'Asia/Shanghai'
      FROM (
        SELECT i, outlet, sent_on, pg_temp.kg_r(i, 133) < CASE outlet WHEN 'provincial-system' THEN 0.4 WHEN 'city-daily' THEN 0.6 WHEN 'city-site' THEN 0.95 ELSE 0.3 END AS adopted,
               pg_temp.kg_pick($4::text[], pg_temp.kg_r(i, 134)) || '（' || extract(year FROM sent_on) || '-' || lpad(i::text, 6, '0') || '）' AS title
        FROM (
          SELECT i, pg_temp.kg_pick(ARRAY['provincial-system', 'provincial-system', 'provincial-system', 'provincial-system', 'provincial-system', 'city-daily', 'city-daily',
                   'city-site', 'city-site', 'zhenjiang-daily'], pg_temp.kg_r(i, 130)) AS outlet,
                 make_date(${yearOf(135)}, 1, 1) + floor(pg_temp.kg_r(i, 136) * 360)::int AS sent_on
          FROM generate_series($1::int, $2::int) i
        ) o
      ) a`,
    values: [lo, hi, weightedYears, newsTopics],
  }));
}
