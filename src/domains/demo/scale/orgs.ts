import { demoJurisdictions, demoSections } from '../city.js';
import type { Loader } from './loader.js';
import type { ScaleCounts } from './plan.js';
import { brands, crops, firmWords, personFields, personTitles, placeCharacters } from './words.js';

/** What later tables need to know of the organisations and people: their id ranges and where they are. */
export interface Population {
  /** Scale organisations have ids base+1 … base+n: public bodies first, then cooperatives, then enterprises. */
  orgs: { base: number; n: number; publicEnd: number; coopEnd: number };
  people: { base: number; n: number };
  /** Jurisdictions firms are in (towns, zones, streets) first, then departments. */
  places: { codes: string[]; shorts: string[]; names: string[]; firmPlaces: number };
}

/** Below this many organisations, every enterprise name is unique by construction (brand × another brand × word). */
export const maxOrgs = brands.length * (brands.length - 1) * firmWords.length;

/** The demo city's dictionaries, so the scale data also loads into a database without the demo. */
export async function ensureDictionaries(loader: Loader): Promise<void> {
  await loader.query(
    `INSERT INTO jurisdictions (code, name, name_en, kind, sort_order)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jurisdiction_kind[], $5::int[]) ON CONFLICT DO NOTHING`,
    [
      demoJurisdictions.map((j) => j.code),
      demoJurisdictions.map((j) => j.name),
      demoJurisdictions.map((j) => j.nameEn),
      demoJurisdictions.map((j) => j.kind),
      demoJurisdictions.map((_, i) => i + 1),
    ],
  );
  await loader.query(
    `INSERT INTO sections (code, name, name_en, sort_order) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) ON CONFLICT DO NOTHING`,
    [
      demoSections.map((s) => s.code),
      demoSections.map((s) => s.name),
      demoSections.map((s) => s.nameEn),
      demoSections.map((_, i) => i + 1),
    ],
  );
  await loader.query(
    `INSERT INTO outlets (code, name, name_en, sort_order) VALUES
       ('provincial-system', '省科技厅信息报送系统', 'Provincial S&T Department information system', 1),
       ('city-daily', '江川日报', 'Jiangchuan Daily', 2), ('city-site', '江川市政府网站', 'City government website', 3), ('zhenjiang-daily', '镇江日报', 'Zhenjiang Daily', 4)
     ON CONFLICT DO NOTHING`,
  );
}

/** The towns, streets and zones of a bigger area: 安宁镇, 平和街道, 新兴开发区 … (codes sc-0001 …). */
async function addJurisdictions(loader: Loader, count: number): Promise<void> {
  if (count <= 0) return;
  await loader.query(
    `INSERT INTO jurisdictions (code, name, name_en, kind, sort_order)
     SELECT 'sc-' || lpad(i::text, 4, '0'),
            ($2::text[])[(i - 1) % 40 + 1] || ($2::text[])[((i - 1) % 40 + 1 + (i - 1) / 40 % 39) % 40 + 1] ||
              CASE WHEN i % 20 = 0 THEN '开发区' WHEN i % 10 = 5 THEN '街道' ELSE '镇' END,
            'Area ' || i, (CASE WHEN i % 20 = 0 THEN 'zone' WHEN i % 10 = 5 THEN 'street' ELSE 'town' END)::jurisdiction_kind, 100 + i
     FROM generate_series(1, $1::int) i ON CONFLICT DO NOTHING`,
    [count, placeCharacters],
  );
}

async function places(loader: Loader): Promise<Population['places']> {
  const rows = await loader.query<{ code: string; name: string; kind: string }>(
    `SELECT code, name, kind::text FROM jurisdictions WHERE active ORDER BY kind = 'department', sort_order, code`,
  );
  const firmPlaces = rows.filter((r) => r.kind !== 'department').length;
  return {
    codes: rows.map((r) => r.code),
    names: rows.map((r) => r.name),
    // 东湖镇 → 东湖; departments and zones take the city's name.
    shorts: rows.map((r) => (r.kind === 'town' || r.kind === 'street' ? r.name.slice(0, 2) : '江川')),
    firmPlaces: firmPlaces || rows.length,
  };
}

/**
 * Organisations: 3 % public bodies (hospitals, schools, institutes, a university, government service
 * centres, associations), 2 % cooperatives, the rest enterprises, spread over the jurisdictions. USCCs carry
 * `Y` as the first character of the organisation code (the demo's are digits there), which marks scale data.
 */
export async function loadPopulation(loader: Loader, counts: ScaleCounts): Promise<Population> {
  if (counts.orgs > maxOrgs) throw new Error(`at most ${maxOrgs} organisations can be generated`);
  await addJurisdictions(loader, counts.jurisdictions);
  const where = await places(loader);
  const [{ orgBase, peopleBase }] = (await loader.query<{ orgBase: number; peopleBase: number }>(
    `SELECT (SELECT coalesce(max(id), 0) FROM orgs)::int AS "orgBase", (SELECT coalesce(max(id), 0) FROM people)::int AS "peopleBase"`,
  )) as [{ orgBase: number; peopleBase: number }];
  const n = counts.orgs;
  const publicEnd = Math.max(1, Math.round(n * 0.03));
  const coopEnd = publicEnd + Math.max(1, Math.round(n * 0.02));
  const population: Population = {
    orgs: { base: orgBase, n, publicEnd, coopEnd },
    people: { base: peopleBase, n: counts.people },
    places: where,
  };
  const b = brands.length;
  // Row m's two brands: the m mod b-th, then one of the b−1 others; every m < b·(b−1) a different pair.
  const pair = (m: string) =>
    `($8::text[])[${m} % ${b} + 1] || ($8::text[])[(${m} % ${b} + 1 + ${m} / ${b} % ${b - 1}) % ${b} + 1]`;

  await loader.ranges('orgs', n, (lo, hi) => ({
    text: `
      INSERT INTO orgs (id, name, uscc, type, industry, jurisdiction_code, address, legal_representative, contact_name, contact_phone, founded_on, created_at, updated_at)
      SELECT $3::int + n, ($5::text[])[k] || CASE
               WHEN type = 'enterprise' THEN ${pair('m')} || ($9::text[])[m / ${b * (b - 1)} + 1] || '有限公司'
               WHEN type = 'cooperative' THEN ${pair('n')} || ($11::text[])[n / ${b * (b - 1)} % cardinality($11::text[]) + 1] || '专业合作社'
               ELSE ${pair('n')} || CASE type WHEN 'hospital' THEN '医院' WHEN 'school' THEN '学校' WHEN 'institute' THEN '技术研究所'
                 WHEN 'university' THEN '职业技术学院' WHEN 'government' THEN '技术服务中心' ELSE '科技协会' END END,
             pg_temp.kg_uscc(CASE type WHEN 'enterprise' THEN '91' WHEN 'cooperative' THEN '93' WHEN 'social_org' THEN '52' ELSE '12' END
               || '3211' || lpad((10 + k % 90)::text, 2, '0') || 'Y' || lpad(n::text, 8, '0')),
             type::org_type,
             CASE type WHEN 'enterprise' THEN ($10::text[])[m / ${b * (b - 1)} + 1] WHEN 'cooperative' THEN '农业' WHEN 'hospital' THEN '医疗卫生'
               WHEN 'school' THEN '教育' WHEN 'university' THEN '教育' WHEN 'institute' THEN pg_temp.kg_pick($10::text[], pg_temp.kg_r(n, 3)) ELSE '科技服务' END,
             ($4::text[])[k],
             ($6::text[])[k] || pg_temp.kg_pick(ARRAY['工业园', '科技路', '创业路', '新民路', '长江路', '人民路'], pg_temp.kg_r(n, 4)) || (1 + floor(pg_temp.kg_r(n, 5) * 300))::int || '号',
             pg_temp.kg_person(n, 10), pg_temp.kg_person(n, 12), '139' || lpad(floor(pg_temp.kg_r(n, 14) * 1e8)::bigint::text, 8, '0'),
             date '1980-01-01' + floor(pg_temp.kg_r(n, 15) * 11000)::int,
             created, created
      FROM (
        SELECT n, type, m,
               CASE WHEN type = 'government' AND $7::int < cardinality($4::text[]) THEN $7::int + 1 + floor(pg_temp.kg_r(n, 1) * (cardinality($4::text[]) - $7::int))
                    ELSE 1 + floor(pg_temp.kg_r(n, 1) * $7::int) END::int AS k,
               timestamptz '2003-01-01 09:00+08' + pg_temp.kg_r(n, 16) * interval '3650 days' AS created
        FROM (
          SELECT n, ((n::bigint * 7919) % ${maxOrgs})::int AS m,
                 CASE WHEN n <= $12::int THEN pg_temp.kg_pick(ARRAY['hospital', 'school', 'school', 'institute', 'institute', 'university', 'government', 'government', 'social_org', 'hospital'], pg_temp.kg_r(n, 2))
                      WHEN n <= $13::int THEN 'cooperative' ELSE 'enterprise' END AS type
          FROM generate_series($1::int, $2::int) n
        ) typed
      ) placed`,
    values: [
      lo,
      hi,
      orgBase,
      where.codes,
      where.shorts,
      where.names,
      where.firmPlaces,
      brands,
      firmWords.map((w) => w.word),
      firmWords.map((w) => w.industry),
      crops,
      publicEnd,
      coopEnd,
    ],
  }));
  await loader.query(`SELECT setval(pg_get_serial_sequence('orgs', 'id'), (SELECT max(id) FROM orgs))`);

  // People: ID numbers unique by construction (birth day and serial from the row number), gender from the serial.
  await loader.ranges('people', counts.people, (lo, hi) => ({
    text: `
      INSERT INTO people (id, name, org_id, gender, id_number, title, field, phone, talent_tags, created_at, updated_at)
      SELECT $3::int + q, pg_temp.kg_person(q, 20), $4::int + 1 + floor(pg_temp.kg_r(q, 21) * $5::int)::int,
             (CASE WHEN serial % 2 = 1 THEN 'male' ELSE 'female' END)::gender,
             pg_temp.kg_id_number('321102' || to_char(date '1955-01-01' + ((q::bigint * 7919) % 14600)::int, 'YYYYMMDD') || lpad(serial::text, 3, '0')),
             pg_temp.kg_pick($6::text[], pg_temp.kg_r(q, 22)), pg_temp.kg_pick($7::text[], pg_temp.kg_r(q, 23)),
             '138' || lpad(floor(pg_temp.kg_r(q, 24) * 1e8)::bigint::text, 8, '0'),
             CASE WHEN pg_temp.kg_r(q, 25) < 0.12 THEN ARRAY[pg_temp.kg_pick(ARRAY['333', '169', '313'], pg_temp.kg_r(q, 26))] ELSE '{}'::text[] END,
             timestamptz '2003-01-01 09:00+08' + pg_temp.kg_r(q, 27) * interval '3650 days', timestamptz '2003-01-01 09:00+08' + pg_temp.kg_r(q, 27) * interval '3650 days'
      FROM (SELECT q, ((q - 1) / 14600 % 1000)::int AS serial FROM generate_series($1::int, $2::int) q) s`,
    values: [lo, hi, peopleBase, orgBase, n, personTitles, personFields],
  }));
  await loader.query(`SELECT setval(pg_get_serial_sequence('people', 'id'), (SELECT max(id) FROM people))`);
  return population;
}
