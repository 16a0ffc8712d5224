import type pg from 'pg';

/**
 * Indexes the schema does not have (yet), created by hand in the bench database to measure what they are
 * worth (`--indexes`); without the flag any left from an earlier run are dropped, so the baseline is the
 * schema's own. Named bench_* so they are never mistaken for the schema's.
 */
export const candidateIndexes = [
  // A jurisdiction's filings and grants of a year: one range scan instead of combining two indexes.
  'CREATE INDEX IF NOT EXISTS bench_patents_jurisdiction_filed ON patents (jurisdiction_code, filed_on)',
  'CREATE INDEX IF NOT EXISTS bench_patents_jurisdiction_granted ON patents (jurisdiction_code, granted_on)',
  // Subsidies paid in a year: the claims of the year, summed from the index alone.
  'CREATE INDEX IF NOT EXISTS bench_claims_year_state ON patent_subsidy_claims (year, state) INCLUDE (amount_fen, org_id)',
  // The projects of a year's calls counted and summed from the index alone.
  'CREATE INDEX IF NOT EXISTS bench_projects_call_covering ON projects (call_id) INCLUDE (state, approved_fen, org_id)',
  'CREATE INDEX IF NOT EXISTS bench_cooperations_signed ON cooperations (signed_on) INCLUDE (amount_fen, jurisdiction_code)',
  'CREATE INDEX IF NOT EXISTS bench_qualifications_issued ON qualifications (issued_on)',
  'CREATE INDEX IF NOT EXISTS bench_platforms_recognized ON platforms (recognized_on)',
];

export async function applyCandidateIndexes(pool: pg.Pool, create: boolean): Promise<void> {
  if (create) {
    for (const statement of candidateIndexes) await pool.query(statement);
  } else {
    const { rows } = await pool.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE 'bench\\_%'`);
    for (const row of rows) await pool.query(`DROP INDEX ${row.name}`);
  }
  await pool.query('VACUUM (ANALYZE) patents, patent_subsidy_claims, projects, cooperations, qualifications, platforms');
}
