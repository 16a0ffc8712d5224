import type pg from 'pg';

/**
 * Before measuring: drops the bench_* indexes earlier runs created by hand to try candidates (those that
 * paid off are now in the schema), so what is measured is the schema's own, and refreshes the statistics.
 */
export async function prepareTables(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ name: string }>(
    `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE 'bench\\_%'`,
  );
  for (const row of rows) await pool.query(`DROP INDEX ${row.name}`);
  await pool.query(
    'VACUUM (ANALYZE) patents, patent_subsidy_claims, projects, calls, orgs, funds, cooperations, qualifications, platforms, publicity',
  );
}
