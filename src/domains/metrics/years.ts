import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { calls, funds, indicators, patents, platforms, publicity } from '../../db/tables/index.js';
import * as clock from '../../shared/clock.js';

/**
 * The years a user may choose wherever a year is chosen (summary, cockpit, metrics, reports): from the first
 * year with records to the current one — never an empty year before the data or a year still to come, except
 * next year when its indicator system is set or its calls are out. Each bound comes from an index (min/max), so it is
 * instant at any scale.
 */
export async function dataYears(db: DbOrTx): Promise<{ items: number[]; current: number; lastComplete: number }> {
  const current = clock.thisYear();
  const [row] = (
    await db.execute<{ first: number | null; planned: number | null }>(sql`
      SELECT least(
               (SELECT min(${calls.year}) FROM ${calls}),
               (SELECT extract(year FROM min(${patents.filedOn}))::int FROM ${patents}),
               (SELECT min(${funds.year}) FROM ${funds}),
               (SELECT extract(year FROM min(${platforms.recognizedOn}))::int FROM ${platforms}),
               (SELECT extract(year FROM min(${publicity.sentOn}))::int FROM ${publicity}),
               (SELECT min(${indicators.year}) FROM ${indicators})
             ) AS first,
             greatest((SELECT max(${indicators.year}) FROM ${indicators}), (SELECT max(${calls.year}) FROM ${calls})) AS planned`)
  ).rows;
  const first = Math.min(row?.first ?? current, current);
  const last = Math.max(current, Math.min(row?.planned ?? current, current + 1));
  const items = Array.from({ length: last - first + 1 }, (_, i) => last - i);
  return { items, current, lastComplete: current - 1 };
}
