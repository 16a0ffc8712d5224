/** PostgreSQL's SQLSTATE of a failed query, whether pg's error comes bare or wrapped by Drizzle. */
function sqlState(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.cause?.code ?? e?.code;
}

/** A unique index refused the row (23505). */
export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';
/** A foreign key refused the row or the deletion (23503). */
export const isForeignKeyViolation = (error: unknown) => sqlState(error) === '23503';
