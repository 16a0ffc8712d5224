import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  changeRequests,
  progressReports,
  projects,
  taskAgreements,
  taskAgreementVersions,
} from '../../db/tables/index.js';
import { scheduleReports } from '../agreements/agreements.service.js';
import { type AgreementContent, normalizeContent } from '../agreements/content.js';
import { fenToYuan } from '../../shared/money.js';
import { type Audience, type NotificationKind, notify } from '../notifications/notifications.service.js';
import { demoYears } from './generate.js';
import * as clock from '../../shared/clock.js';
import { beijingDay, calendarDayOf } from '../../shared/clock.js';

const plusMonths = (day: string, months: number) =>
  calendarDayOf(
    new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + months, Number(day.slice(8, 10)))),
  );

function agreementFor(p: {
  title: string;
  leaderName: string | null;
  approvedFen: number | null;
  decidedAt: Date | null;
}): AgreementContent {
  const start = beijingDay(p.decidedAt ?? clock.now());
  const approved = p.approvedFen ?? 0;
  const equipment = Math.round((approved * 0.6) / 100) * 100;
  return normalizeContent(
    {
      startOn: start,
      endOn: plusMonths(start, 24),
      leaderName: p.leaderName ?? '王建国',
      objectives: `围绕“${p.title}”，建立核心示范基地200亩，集成配套技术3项，培训农民500人次，带动周边农户增收10%以上。`,
      milestones: [
        { title: '完成技术方案与示范基地规划', dueOn: plusMonths(start, 3), deliverable: '技术方案' },
        { title: '示范基地建成并开展田间试验', dueOn: plusMonths(start, 12), deliverable: '试验报告' },
        { title: '技术规程定型并推广应用', dueOn: plusMonths(start, 22), deliverable: '技术规程、推广总结' },
      ],
      indicators: [
        { name: '申请发明专利', unit: '件', target: '1' },
        { name: '制定技术规程', unit: '项', target: '2' },
        { name: '培训农民', unit: '人次', target: '500' },
      ],
      budget: [
        { source: 'local', item: '设备费', amount: fenToYuan(equipment) },
        { source: 'local', item: '材料费', amount: fenToYuan(approved - equipment) },
        { source: 'self_raised', item: '劳务费', amount: '60000.00' },
        { source: 'self_raised', item: '测试化验加工费', amount: '40000.00' },
      ],
      reportEvery: 'quarter',
    },
    p.approvedFen,
  );
}

/**
 * 项目执行 in the demo: of the three city agricultural projects approved this year, the demo applicant's has a
 * signed agreement, its first progress report waiting for review and a change of leader waiting for a
 * decision; another's agreement waits for signature; the third has none yet.
 */
export async function seedDemoExecution(tx: DbOrTx): Promise<void> {
  const { C } = demoYears();
  const rows = await tx
    .select({
      id: projects.id,
      title: projects.title,
      leaderName: projects.leaderName,
      approvedFen: projects.approvedFen,
      decidedAt: projects.decidedAt,
      docNo: projects.docNo,
    })
    .from(projects)
    .where(inArray(projects.docNo, [`江科发〔${C}〕3号`, `江科发〔${C}〕4号`]));
  const signed = rows.find((r) => r.docNo === `江科发〔${C}〕3号`);
  const submitted = rows.find((r) => r.docNo === `江科发〔${C}〕4号`);
  if (!signed || !submitted) return;

  const content = agreementFor({ ...signed, leaderName: signed.leaderName ?? '王建国' });
  await tx.insert(taskAgreements).values({
    projectId: signed.id,
    state: 'signed',
    content,
    contentVersion: 1,
    submittedAt: signed.decidedAt,
    signedAt: clock.now(),
  });
  await tx.insert(taskAgreementVersions).values({ projectId: signed.id, version: 1, content });
  await tx.update(projects).set({ leaderName: content.leaderName }).where(eq(projects.id, signed.id));
  await scheduleReports(tx, signed.id, content);
  const [first] = await tx
    .select({ id: progressReports.id, periodEnd: progressReports.periodEnd })
    .from(progressReports)
    .where(eq(progressReports.projectId, signed.id))
    .orderBy(progressReports.periodStart)
    .limit(1);
  await tx
    .update(progressReports)
    .set({
      state: 'submitted',
      submittedAt: clock.now(),
      spentFen: 1_250_000,
      content: {
        summary: '已完成示范基地选址和技术方案编制，采购水肥一体化首部设备1套。',
        milestones: [{ index: 0, status: 'on_track' }],
        problems: '设备到货略有延迟，预计下月安装调试。',
      },
    })
    .where(eq(progressReports.id, first!.id));
  await tx.insert(changeRequests).values({
    projectId: signed.id,
    kinds: ['leader'],
    baseVersion: 1,
    proposed: { leaderName: '李明' },
    reason: '原项目负责人工作调动，由技术骨干李明接任。',
  });

  await tx.insert(taskAgreements).values({
    projectId: submitted.id,
    state: 'submitted',
    content: agreementFor(submitted),
    submittedAt: clock.now(),
  });

  // What each side was told as these things happened.
  const [applicantOrg] = await tx.select({ orgId: projects.orgId }).from(projects).where(eq(projects.id, signed.id));
  const told = async (
    audience: Audience,
    kind: NotificationKind,
    project: { id: number; title: string },
    params: Record<string, string> = {},
  ) => notify(tx, audience, { kind, projectId: project.id, params: { title: project.title, ...params } });
  await told({ orgId: applicantOrg!.orgId }, 'project.transition', signed, { action: 'approve', toState: 'approved' });
  await told({ orgId: applicantOrg!.orgId }, 'agreement.signed', signed);
  await told({ sectionCode: 'agriculture' }, 'agreement.submitted', submitted);
  await told({ sectionCode: 'agriculture' }, 'report.submitted', signed, { periodEnd: first!.periodEnd });
  await told({ sectionCode: 'agriculture' }, 'change.requested', signed, { kinds: 'leader' });
}
