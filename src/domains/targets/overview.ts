import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { targetAssessments } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { roundResults } from './assessments.js';
import { figuresAt, loadYear, warningsOf } from './figures.js';
import { answersFor } from './units.js';

/**
 * 领导驾驶舱 in one request: every city indicator against its target with this year's and last year's
 * months, every unit's progress, projections and warnings, and the latest locked assessment's ranking. A
 * liaison gets its own unit only. After a write, figures that take longer than `freshWithinMs` to recompute
 * are answered from the grids computed last, with `refreshing: true` — the page asks again shortly.
 */
export async function targetsOverview(
  db: DbOrTx,
  user: SessionUser,
  year: number,
  asOfMonth?: number,
  freshWithinMs = 120,
) {
  const bureau = user.role === 'staff' || user.role === 'leader';
  let refreshing = false;
  const [data, [round]] = await Promise.all([
    loadYear(db, year, {
      waitMs: freshWithinMs,
      stale: () => {
        refreshing = true;
      },
    }),
    db
      .select({ id: targetAssessments.id })
      .from(targetAssessments)
      .where(and(eq(targetAssessments.year, year), inArray(targetAssessments.status, ['locked', 'signed_off'])))
      .orderBy(desc(targetAssessments.kind), desc(targetAssessments.id))
      .limit(1),
  ]);
  const figures = figuresAt(data, { asOfMonth });
  const units = bureau ? figures.units : figures.units.filter((u) => answersFor(user, u.ref));
  const results = round ? await roundResults(db, user, round.id, data) : null;
  return {
    year,
    refreshing,
    asOfMonth: figures.asOfMonth,
    indicators: bureau ? figures.indicators : [],
    units,
    warnings: warningsOf({ ...figures, units }),
    ranking: results
      ? {
          assessmentId: results.id,
          kind: results.kind,
          status: results.status,
          units: results.units.flatMap((u) =>
            u.rank === null
              ? []
              : [
                  {
                    letterId: u.letterId,
                    unit: u.unit,
                    rankGroup: u.rankGroup,
                    total: u.total,
                    rank: u.rank,
                    rankOf: u.rankOf,
                  },
                ],
          ),
        }
      : null,
  };
}
