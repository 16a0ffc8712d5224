import { z } from 'zod';

/**
 * Pieces of request and response schemas every domain shares. Zod is the single source of validation,
 * types and OpenAPI, so one definition here is one rule everywhere.
 */

/** A database row id: a positive 32-bit integer, coerced from a path or query string. */
export const recordId = z.coerce.number().int().positive().max(2147483647);

/** `/:id` in a route's path. */
export const idParams = z.object({ id: recordId });

/** An amount in yuan as typed or sent: a number or a decimal string, read exactly by yuanToFen. */
export const yuan = z.union([z.number(), z.string().trim().max(20)]);

/** `page` and `pageSize` of a list's query: pages from 1, `size` rows by default, at most `max`. */
export function paging(size = 20, max = 200) {
  return {
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(max).default(size),
  };
}
