/** PostgreSQL's SQLSTATE of a failed query, whether pg's error comes bare or wrapped by Drizzle. */
function sqlState(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.cause?.code ?? e?.code;
}

function pgError(error: unknown): { code?: string; message?: string; detail?: string; table?: string } {
  const e = error as { cause?: unknown } | null;
  return ((e?.cause && typeof e.cause === 'object' ? e.cause : e) ?? {}) as {
    code?: string;
    message?: string;
    detail?: string;
  };
}

/** A unique index refused the row (23505). */
export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';
/** A foreign key refused the row or the deletion (23503). */
export const isForeignKeyViolation = (error: unknown) => sqlState(error) === '23503';

/**
 * How the database refused a query, in terms a client can act on:
 * - `bad-value`: the value cannot be stored (out of range, NUL byte, bad encoding, a check refused it);
 * - `unknown-reference`: the row names a record that does not exist;
 * - `in-use`: the deletion would orphan rows of `usedBy` (a table name);
 * - `conflict`: a unique index or a concurrent transaction stood in the way: retrying may succeed;
 * - `unavailable`: the database cannot be reached or is shutting down.
 * Anything else is a fault of ours, and undefined.
 */
export type DatabaseRefusal =
  | { kind: 'bad-value' | 'unknown-reference' | 'conflict' | 'unavailable' }
  | { kind: 'in-use'; usedBy: string | undefined };

const unreachable =
  /Connection terminated|connection error|not queryable|timeout exceeded when trying to connect|Connection terminated due to connection timeout|terminating connection/i;

export function databaseRefusal(error: unknown): DatabaseRefusal | undefined {
  const e = pgError(error);
  const code = e.code ?? '';
  if (code === '23503') {
    // "update or delete on table … violates …": a deletion; "insert or update on table …": a reference.
    if (/^update or delete/.test(e.message ?? ''))
      return { kind: 'in-use', usedBy: /referenced from table "([^"]+)"/.exec(e.detail ?? '')?.[1] };
    return { kind: 'unknown-reference' };
  }
  if (code.startsWith('22') || code === '23502' || code === '23514' || code === '54000' || code === '54001')
    return { kind: 'bad-value' };
  if (code === '23505' || code === '40001' || code === '40P01' || code === '55P03') return { kind: 'conflict' };
  if (code.startsWith('08') || code.startsWith('57P') || code === '53300' || code === '53400')
    return { kind: 'unavailable' };
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code))
    return { kind: 'unavailable' };
  if (!code && unreachable.test(e.message ?? '')) return { kind: 'unavailable' };
  return undefined;
}
