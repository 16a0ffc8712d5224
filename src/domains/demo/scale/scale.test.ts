import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../../testing/harness.js';
import { isValidUscc } from '../../orgs/uscc.js';
import { parseApplicationNumber } from '../../patents/application-number.js';
import { isValidIdNumber } from '../../people/id-number.js';
import { type ScaleCounts, scaledCounts } from './plan.js';
import { type ScaleResult, scaleState, seedScale } from './seed-scale.js';

let t: TestApp;
let staff: Client;
let counts: ScaleCounts;
let result: ScaleResult;

const rows = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  (await t.db.execute<T>(query)).rows;
const one = async (query: ReturnType<typeof sql>) => Number(Object.values((await rows(query))[0]!)[0]);

/** The province's data at a thousandth: 100 organisations, 1,000 projects, 5,000 patents. */
beforeAll(async () => {
  t = await testApp();
  counts = { ...scaledCounts(0.001), jurisdictions: 5 };
  result = await seedScale({ db: t.db, url: t.url, counts, connections: 2 });
  const user = await makeUser(t.db, 'staff');
  staff = await login(t.app, user.username, user.password);
}, 120_000);
afterAll(() => t.close());

describe('scale data', () => {
  it('has the requested rows, and marks itself loaded', async () => {
    expect(await one(sql`SELECT count(*) FROM orgs WHERE substr(uscc, 9, 1) = 'Y'`)).toBe(counts.orgs);
    expect(result.rows).toMatchObject({
      jurisdictions: 20 + counts.jurisdictions,
      orgs: counts.orgs,
      people: counts.people,
      programs: 32,
      projects: counts.projects,
      patents: counts.patents,
      platforms: counts.platforms,
      qualifications: counts.qualifications,
      cooperations: counts.cooperations,
      publicity: counts.publicity,
    });
    expect(await one(sql`SELECT count(*) FROM funds WHERE kind = 'self_raised'`)).toBe(counts.selfRaisedFunds);
    expect(await one(sql`SELECT count(*) FROM calls`)).toBe(32 * counts.years.length);
    expect(await scaleState(t.db)).toBe('complete');
  });

  it('writes every code with its check character', async () => {
    const codes = await rows<{ uscc: string }>(sql`SELECT uscc FROM orgs`);
    expect(codes.filter((r) => !isValidUscc(r.uscc))).toEqual([]);
    const ids = await rows<{ id_number: string }>(sql`SELECT id_number FROM people`);
    expect(ids.filter((r) => !isValidIdNumber(r.id_number))).toEqual([]);
    const numbers = await rows<{ application_number: string; type: string; filed_on: string }>(
      sql`SELECT application_number, type::text, filed_on FROM patents`,
    );
    const wrong = numbers.filter((p) => {
      const parsed = parseApplicationNumber(p.application_number);
      return (
        'problem' in parsed ||
        parsed.number !== p.application_number ||
        parsed.type !== p.type ||
        String(parsed.year) !== p.filed_on.slice(0, 4)
      );
    });
    expect(wrong).toEqual([]);
  });

  it('spreads over jurisdictions, years and months', async () => {
    expect(await one(sql`SELECT count(DISTINCT jurisdiction_code) FROM orgs`)).toBeGreaterThan(15);
    const byYear = await rows<{ year: number; n: number }>(
      sql`SELECT extract(year FROM filed_on)::int AS year, count(*)::int AS n FROM patents GROUP BY 1 ORDER BY 1`,
    );
    expect(byYear.map((r) => r.year)).toEqual(counts.years);
    expect(byYear.at(-1)!.n).toBeGreaterThan(byYear[0]!.n * 3);
    expect(await one(sql`SELECT count(DISTINCT extract(month FROM filed_on)) FROM patents`)).toBe(12);
  });

  it('keeps projects in plausible states', async () => {
    const last = counts.years.at(-1)!;
    // Approved and after: funding, the document number and a decision; others none of them.
    expect(
      await one(
        sql`SELECT count(*) FROM projects WHERE (state IN ('approved', 'acceptance_requested', 'accepted', 'failed_acceptance', 'terminated')) <> (approved_fen IS NOT NULL AND doc_no IS NOT NULL AND decided_at IS NOT NULL)`,
      ),
    ).toBe(0);
    expect(await one(sql`SELECT count(*) FROM projects WHERE state = 'rejected' AND decided_at IS NULL`)).toBe(0);
    expect(await one(sql`SELECT count(*) FROM projects WHERE state = 'draft' AND submitted_at IS NOT NULL`)).toBe(0);
    // Only the last year's are still in the workflow; only projects of earlier years are accepted.
    const moving = await rows<{ year: number }>(sql`
      SELECT DISTINCT c.year FROM projects p JOIN calls c ON c.id = p.call_id WHERE p.state IN ('submitted', 'recommended', 'returned', 'under_review', 'reviewed', 'reported')`);
    expect(moving.map((r) => r.year)).toEqual([last]);
    expect(
      await one(
        sql`SELECT count(*) FROM projects p JOIN calls c ON c.id = p.call_id WHERE p.state = 'accepted' AND c.year >= ${last - 1}`,
      ),
    ).toBe(0);
    expect(await one(sql`SELECT count(*) FROM projects WHERE state = 'accepted'`)).toBeGreaterThan(
      counts.projects / 10,
    );
    // Talent programmes: a person applies, through their own organisation.
    expect(
      await one(sql`
      SELECT count(*) FROM projects p JOIN calls c ON c.id = p.call_id JOIN programs g ON g.id = c.program_id LEFT JOIN people pe ON pe.id = p.person_id
      WHERE g.category = 'talent' AND (pe.id IS NULL OR pe.org_id <> p.org_id)`),
    ).toBe(0);
    // Higher levels allocate what they approved.
    expect(
      await one(sql`
      SELECT count(*) FROM funds f JOIN projects p ON p.id = f.project_id WHERE f.kind = 'superior' AND (f.amount_fen <> p.approved_fen OR f.org_id <> p.org_id)`),
    ).toBe(0);
  });

  it('grants a fraction of filings after them, and subsidises at the year’s rate', async () => {
    const [share] = await rows<{ granted: number; early: number }>(sql`
      SELECT avg((granted_on IS NOT NULL)::int)::float AS granted, count(*) FILTER (WHERE granted_on <= filed_on)::int AS early FROM patents`);
    expect(share!.granted).toBeGreaterThan(0.4);
    expect(share!.granted).toBeLessThan(0.9);
    expect(share!.early).toBe(0);
    expect(
      await one(sql`
      SELECT count(*) FROM patent_subsidy_claims c JOIN patents p ON p.id = c.patent_id
      LEFT JOIN patent_subsidy_rates r ON r.year = c.year AND r.type = p.type AND r.stage = c.stage
      WHERE r.amount_fen IS DISTINCT FROM c.amount_fen OR c.org_id IS DISTINCT FROM p.org_id OR (c.stage = 'granted' AND p.granted_on IS NULL)`),
    ).toBe(0);
    expect(
      await one(sql`SELECT count(*) FROM patent_subsidy_claims WHERE (state = 'paid') <> (batch_id IS NOT NULL)`),
    ).toBe(0);
    expect(
      await one(sql`
      SELECT count(*) FROM patent_subsidy_batches b WHERE total_fen <> (SELECT coalesce(sum(amount_fen), 0) FROM patent_subsidy_claims c WHERE c.batch_id = b.id)`),
    ).toBe(0);
  });

  it('gives the same figures through the metrics API as plain SQL', async () => {
    const year = counts.years[6]!;
    const figure = async (url: string) => {
      const response = await staff.get(url);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const filed = await one(
      sql`SELECT count(*) FROM patents WHERE filed_on >= make_date(${year}, 1, 1) AND filed_on < make_date(${year + 1}, 1, 1)`,
    );
    expect(filed).toBeGreaterThan(0);
    expect((await figure(`/api/metrics/patents.filed?year=${year}`)).value).toBe(filed);
    const months = await figure(`/api/metrics/patents.filed/months?year=${year}`);
    expect(months.months.reduce((a: number, b: number) => a + b, 0)).toBe(filed);
    expect((await figure(`/api/metrics/patents.granted?year=${year}`)).value).toBe(
      await one(sql`SELECT count(*) FROM patents WHERE extract(year FROM granted_on) = ${year}`),
    );
    const town = 'htz';
    expect((await figure(`/api/metrics/patents.filed?year=${year}&jurisdiction=${town}`)).value).toBe(
      await one(
        sql`SELECT count(*) FROM patents WHERE jurisdiction_code = ${town} AND extract(year FROM filed_on) = ${year}`,
      ),
    );
    expect((await figure(`/api/metrics/projects.approved?year=${year}`)).value).toBe(
      await one(
        sql`SELECT count(*) FROM projects p JOIN calls c ON c.id = p.call_id WHERE c.year = ${year} AND p.approved_fen IS NOT NULL`,
      ),
    );
    expect((await figure(`/api/metrics/subsidies.paid?year=${year}`)).exact).toBe(
      (
        (await one(
          sql`SELECT coalesce(sum(amount_fen), 0) FROM patent_subsidy_claims WHERE year = ${year} AND state = 'paid'`,
        )) / 100
      ).toFixed(2),
    );
  });
});
