import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { projectFundings } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { fenToYuan, yuanToFen } from '../../shared/money.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { findProject } from './projects.service.js';

/** States in which money can flow: the project was approved (and may since have been accepted or stopped). */
const fundedStates = new Set(['approved', 'acceptance_requested', 'accepted', 'failed_acceptance', 'terminated']);

/** 经费拨付: the tranches of a project and what they add up to, exact to the fen. */
export async function projectFunding(db: Db, user: SessionUser, projectId: number) {
  const project = await findProject(db, user, projectId);
  const rows = await db
    .select()
    .from(projectFundings)
    .where(eq(projectFundings.projectId, projectId))
    .orderBy(asc(projectFundings.paidOn), asc(projectFundings.id));
  const sum = (source: string) => rows.filter((r) => r.source === source).reduce((total, r) => total + r.amountFen, 0);
  const allocated = sum('superior') + sum('local');
  return {
    items: rows.map(({ amountFen, ...r }) => ({ ...r, amount: fenToYuan(amountFen) })),
    approved: project.approvedFen === null ? null : fenToYuan(project.approvedFen),
    allocated: fenToYuan(allocated),
    outstanding: project.approvedFen === null ? null : fenToYuan(Math.max(0, project.approvedFen - allocated)),
    selfRaised: fenToYuan(sum('self_raised')),
  };
}

/**
 * Staff record allocations (superior or local) to an approved project, never beyond the approved funding;
 * the applicant reports its self-raised money.
 */
export async function addFunding(
  db: Db,
  user: SessionUser,
  actor: Actor,
  projectId: number,
  body: {
    source: 'superior' | 'local' | 'self_raised';
    amount: number | string;
    paidOn: string;
    docNo?: string;
    note?: string;
  },
) {
  const amountFen = yuanToFen(body.amount);
  if (!amountFen) throw AppError.invalid('body.amount', 'money_positive');
  if ((user.role === 'applicant') !== (body.source === 'self_raised'))
    throw new AppError('FORBIDDEN', { details: { source: body.source } });
  return db.transaction(async (tx) => {
    const project = await findProject(tx, user, projectId, { lock: true });
    if (!fundedStates.has(project.state))
      throw refusal('project', project.state, 'add_funding', { allowedFrom: [...fundedStates] });
    if (user.role === 'staff' && project.program.sectionCode !== user.sectionCode) throw new AppError('FORBIDDEN');
    if (body.source !== 'self_raised') {
      const paid = await tx
        .select({ amountFen: projectFundings.amountFen, source: projectFundings.source })
        .from(projectFundings)
        .where(eq(projectFundings.projectId, projectId));
      const allocated = paid.filter((p) => p.source !== 'self_raised').reduce((total, p) => total + p.amountFen, 0);
      if (project.approvedFen !== null && allocated + amountFen > project.approvedFen) {
        throw new AppError('VALIDATION', {
          details: [
            {
              field: 'body.amount',
              problem: 'funding_over_approved',
              params: { remaining: fenToYuan(project.approvedFen - allocated) },
            },
          ],
        });
      }
    }
    const [row] = await tx
      .insert(projectFundings)
      .values({
        projectId,
        source: body.source,
        amountFen,
        paidOn: body.paidOn,
        docNo: body.docNo ?? null,
        note: body.note ?? null,
        recordedBy: user.id,
      })
      .returning();
    await recordAudit(tx, actor, { action: 'project.funding', entityType: 'project', entityId: projectId, after: row });
    return { id: row!.id };
  });
}
