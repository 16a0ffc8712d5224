import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import {
  approvalDecisions,
  approvalRequests,
  calls,
  notifications,
  patentSubsidyClaims,
  programs,
  projects,
  users,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import * as clock from '../../shared/clock.js';
import { beijingMoment } from '../../shared/clock.js';
import { decideApproval } from '../approvals/decide.js';
import { systemActor } from '../audit/audit.service.js';
import { createBatch } from '../patents/batches.js';
import { actOnItem } from '../content/items.service.js';
import { publicityFromSource } from '../content/publicity-sources.js';
import { transition } from '../projects/transitions.js';
import { demoCityName } from './city.js';

const demoBureau = `${demoCityName}科学技术局`;

/**
 * The director approves what a clerk put up, dated as it happened: asked for on `askedOn`, signed on
 * `signedOn` (the demo's past is made today, so its paperwork is dated back).
 */
export async function approveAsDirector(
  tx: DbOrTx,
  leader: SessionUser,
  requestId: number | undefined,
  o: { askedOn: string; signedOn: string; comment?: string },
) {
  if (requestId === undefined) throw new Error('nothing was put up for approval');
  await decideApproval(
    tx,
    leader,
    { ...systemActor, id: leader.id, name: leader.username, role: leader.role },
    requestId,
    { decision: 'approve', comment: o.comment ?? '同意。' },
  );
  await tx
    .update(approvalRequests)
    .set({ requestedAt: beijingMoment(o.askedOn, '09:30'), decidedAt: beijingMoment(o.signedOn, '16:00'), dueOn: null })
    .where(eq(approvalRequests.id, requestId));
  await tx
    .update(approvalDecisions)
    .set({ decidedAt: beijingMoment(o.signedOn, '16:00') })
    .where(eq(approvalDecisions.requestId, requestId));
  // Read at the time, as the director and the clerk did.
  await tx
    .update(notifications)
    .set({ readAt: beijingMoment(o.signedOn, '16:00'), createdAt: beijingMoment(o.askedOn, '09:30') })
    .where(
      and(
        sql`${notifications.kind} LIKE 'approval.%'`,
        sql`${notifications.params} ->> 'approvalId' = ${String(requestId)}`,
      ),
    );
}

const banks = [
  '中国工商银行江川支行',
  '中国农业银行江川支行',
  '中国银行江川支行',
  '中国建设银行江川支行',
  '江苏江川农村商业银行',
];

/**
 * The director's desk today: a project decision the agriculture section put up, and this year's second
 * subsidy list under publicity (paid once its period is over). Every organisation has its bank account,
 * so the finance office's payment file is complete.
 */
export async function seedDemoDesk(tx: Tx): Promise<void> {
  const as = async (username: string): Promise<SessionUser> => {
    const [u] = await tx.select().from(users).where(eq(users.username, username));
    return {
      id: u!.id,
      username: u!.username,
      displayName: u!.displayName,
      role: u!.role,
      orgId: u!.orgId,
      jurisdictionCode: u!.jurisdictionCode,
      sectionCode: u!.sectionCode,
    };
  };
  const actorOf = (u: SessionUser) => ({ ...systemActor, id: u.id, name: u.username, role: u.role });
  await tx.execute(
    sql`UPDATE orgs SET bank_name = (ARRAY[${sql.join(
      banks.map((b) => sql`${b}`),
      sql`, `,
    )}])[1 + id % ${banks.length}], bank_account = '32' || lpad((id * 7919 % 100000000)::text, 8, '0') || lpad(id::text, 9, '0')`,
  );

  const [decision] = await tx
    .select({ id: projects.id, section: programs.sectionCode })
    .from(projects)
    .innerJoin(calls, eq(calls.id, projects.callId))
    .innerJoin(programs, eq(programs.id, calls.programId))
    .where(and(eq(projects.state, 'reviewed'), eq(programs.level, 'city')))
    .limit(1);
  if (decision) {
    const [clerk] = await tx
      .select({ username: users.username })
      .from(users)
      .where(and(eq(users.role, 'staff'), eq(users.sectionCode, decision.section)));
    if (clerk) {
      const staff = await as(clerk.username);
      await transition(tx, staff, actorOf(staff), decision.id, {
        action: 'approve',
        comment: '经专家评审和科室研究，拟予立项',
        data: { funding: 60_000, docNo: `江科发〔${clock.thisYear()}〕31号`, planType: '指导性计划' },
      });
    }
  }

  const listed = await tx
    .select({ id: patentSubsidyClaims.id })
    .from(patentSubsidyClaims)
    .where(and(eq(patentSubsidyClaims.state, 'approved'), isNull(patentSubsidyClaims.batchId)));
  if (listed.length) {
    const [ip, leader] = [await as('staff-ip'), await as('leader')];
    const batch = await createBatch(tx, ip, actorOf(ip), {
      title: `${clock.thisYear()}年度专利资助（第二批）`,
      claimIds: listed.map((c) => c.id),
    });
    const item = await publicityFromSource(
      tx,
      ip,
      actorOf(ip),
      { kind: 'subsidy-batch', id: batch.id, days: 5 },
      demoBureau,
    );
    await actOnItem(tx, ip, actorOf(ip), item.id, { action: 'submit', version: 1 });
    await actOnItem(tx, leader, actorOf(leader), item.id, { action: 'publish', version: 2 });
  }
}
