import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { calls, jurisdictions, orgs, programs, projects, sections } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { stepMissing } from '../../server/refusals.js';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx.js';
import { metricValue } from '../metrics/metrics.service.js';
import { roundResults } from '../targets/assessments.js';
import { figuresAt, loadYear } from '../targets/figures.js';
import { paragraphText, targetParagraphs } from './annual.js';
import { currentReport } from './annual-report.js';
import type { Block, OfficialDocument } from './official-docx.js';
import { addDays } from '../../shared/clock.js';
import { chineseDate } from './wording.js';
import { formatTotal, wanNumber } from '../../shared/money.js';
import { apiEn } from '../../shared/locales/api.en.js';
import { apiZhCN } from '../../shared/locales/api.zh-CN.js';

/**
 * 年度工作要点 of a year: the opening words and the measures staff wrote in the previous year's summary
 * (its "next year's key points"), and the targets of this year's indicator system.
 */
export async function workPlanDocument(db: DbOrTx, year: number, bureau: string): Promise<OfficialDocument> {
  const [summary, targets] = await Promise.all([currentReport(db, year - 1, bureau), targetParagraphs(db, year)]);
  const narrative = (key: string) => summary.sections.find((s) => s.key === key)?.narrative ?? [];
  const blocks: Block[] = narrative('plan').map((text) => ({ kind: 'body', text }));
  let part = 0;
  const numerals = ['一', '二'];
  if (targets.length) {
    blocks.push({ kind: 'heading1', text: `${numerals[part++]}、目标任务` });
    for (const p of targets) blocks.push({ kind: 'body', text: paragraphText(p) });
  }
  if (narrative('measures').length) {
    blocks.push({ kind: 'heading1', text: `${numerals[part++]}、工作措施` });
    for (const text of narrative('measures')) blocks.push({ kind: 'body', text });
  }
  if (!blocks.length) throw new AppError('NO_WORK_PLAN');
  return { title: `${bureau}${year}年度工作要点`, blocks };
}

/** A call and its approved projects, by place: the list an approval publicity shows. */
export async function callApprovals(db: DbOrTx, callId: number) {
  const [call] = await db
    .select({ year: calls.year, title: calls.title, program: programs.name, section: sections.name })
    .from(calls)
    .innerJoin(programs, eq(programs.id, calls.programId))
    .leftJoin(sections, eq(sections.code, programs.sectionCode))
    .where(eq(calls.id, callId));
  if (!call) throw new AppError('NOT_FOUND');
  const approved = await db
    .select({ title: projects.title, org: orgs.name, place: jurisdictions.name, fen: projects.approvedFen })
    .from(projects)
    .innerJoin(orgs, eq(orgs.id, projects.orgId))
    .leftJoin(jurisdictions, eq(jurisdictions.code, orgs.jurisdictionCode))
    .where(and(eq(projects.callId, callId), isNotNull(projects.approvedFen)))
    .orderBy(asc(jurisdictions.sortOrder), asc(projects.id));
  if (!approved.length) throw new AppError('NO_APPROVED_PROJECTS');
  return { call, approved };
}

/**
 * 立项公示名单 of a call: its approved projects with their organisations, places and funding, and the
 * publicity period with the channel for objections, as the bureau posts it.
 */
export async function approvalListDocument(
  db: DbOrTx,
  callId: number,
  o: { from: string; days: number; bureau: string },
): Promise<OfficialDocument> {
  const { call, approved } = await callApprovals(db, callId);
  const until = addDays(o.from, o.days - 1);
  const total = approved.reduce((sum, p) => sum + Number(p.fen ?? 0), 0) / 100;
  return {
    title: `${call.year}年度${call.program}拟立项项目公示`,
    blocks: [
      {
        kind: 'body',
        text: `根据《${call.title}》，经形式审查、专家评审和局务会研究，拟对以下${approved.length}个项目予以立项支持，资助经费合计${formatTotal(total)}。现予以公示，公示期为${chineseDate(o.from)}至${chineseDate(until)}。`,
      },
      {
        kind: 'body',
        text: `公示期间，任何单位和个人如有异议，请以书面形式向${o.bureau}${call.section ?? ''}反映，并提供必要的证明材料；以单位名义提出的须加盖公章，以个人名义提出的须署真实姓名。`,
      },
      {
        kind: 'table',
        header: ['序号', '项目名称', '承担单位', '所属地区', '资助经费（万元）'],
        widths: [8, 36, 28, 12, 16],
        rows: approved.map((p, i) => [
          String(i + 1),
          p.title,
          p.org,
          p.place ?? '—',
          wanNumber(Number(p.fen ?? 0) / 100),
        ]),
      },
      { kind: 'signature', text: o.bureau },
      { kind: 'signature', text: chineseDate(o.from) },
    ],
  };
}

const groupWords: Record<string, string> = {
  territory: '各镇（区、街道）',
  department: '各部门',
  section: '局各科室',
  staff: '局工作人员',
};

/**
 * 考核结果通知 to one unit of a locked round: its total, the parts of it, its rank within its group, each
 * indicator's points, and the bonus and deductions with their reasons.
 */
export async function assessmentNoticeDocument(
  db: DbOrTx,
  user: SessionUser,
  o: { roundId: number; letterId: number; bureau: string },
): Promise<OfficialDocument> {
  const results = await roundResults(db, user, o.roundId);
  if (results.status !== 'signed_off')
    throw stepMissing(
      'round',
      { zh: apiZhCN.refusals.steps.signed_off, en: apiEn.refusals.steps.signed_off },
      'document',
      { state: results.status },
    );
  const unit = results.units.find((u) => u.letterId === o.letterId);
  if (!unit) throw new AppError('NOT_FOUND');
  const round = results.kind === 'mid_year' ? '年中' : '年终';
  const points = (n: number) => String(Math.round(n * 100) / 100);
  const dated = results.signedOffAt!;
  const rank =
    unit.rank === null
      ? '因责任状未锁定，不参加排名'
      : `在${groupWords[unit.rankGroup] ?? ''}中排名第${unit.rank}位（共${unit.rankOf}个）`;
  const adjustments = unit.adjustments.map(
    (a) => `${a.kind === 'bonus' ? '加' : '扣'}${points(a.points)}分（${a.reason}）`,
  );
  return {
    docNo: results.noticeDocNo ?? undefined,
    title: `关于${results.year}年度科技进步目标责任制${round}考核结果的通知`,
    blocks: [
      { kind: 'addressee', text: `${unit.unit.name}：` },
      {
        kind: 'body',
        text: `根据${results.year}年度科技进步目标责任状，${o.bureau}对你单位${results.year}年${results.kind === 'mid_year' ? '上半年' : '全年'}目标任务完成情况进行了${round}考核。现将考核结果通知如下：`,
      },
      {
        kind: 'body',
        text: `你单位${round}考核总分${points(unit.total)}分，其中按数据计算得分${points(unit.computed)}分、现场考核得分${points(unit.onsite)}分${unit.bonus ? `、加分${points(unit.bonus)}分` : ''}${unit.deductions ? `、扣分${points(unit.deductions)}分` : ''}，${rank}。`,
      },
      {
        kind: 'table',
        header: ['序号', '考核指标', '分解目标', '完成情况', '权重', '得分'],
        widths: [8, 34, 16, 16, 10, 16],
        rows: unit.lines.map((l, i) => [
          String(i + 1),
          l.name,
          l.share,
          l.value === null ? '未报送' : `${points(l.value)}${l.unit}`,
          points(l.weight),
          points(l.points),
        ]),
      },
      ...(adjustments.length ? [{ kind: 'body' as const, text: `加扣分情况：${adjustments.join('；')}。` }] : []),
      {
        kind: 'body',
        text:
          results.kind === 'mid_year'
            ? '请对照考核结果，认真总结经验，查找差距，采取有力措施，确保全年目标任务全面完成。'
            : '请认真总结经验，巩固成绩，查找不足，推动本地区、本部门科技工作再上新台阶。',
      },
      ...(unit.absence
        ? [{ kind: 'body' as const, text: `你单位未参加本次现场考核（${unit.absence.reason}），现场考核部分不得分。` }]
        : []),
      { kind: 'signature', text: o.bureau },
      { kind: 'signature', text: chineseDate(dated) },
    ],
  };
}

const statusWords: Record<string, string> = {
  achieved: '已完成',
  exceeded: '超出上限',
  on_track: '进度正常',
  behind: '未完成',
  unreported: '未报送',
};
const levelWords: Record<string, string> = {
  national: '国家级',
  provincial: '省级',
  prefecture: '地市级',
  city: '本市级',
};

type ProgressLine = {
  name: string;
  unit: string;
  share: { text: string };
  value: number | null;
  months: number[] | null;
  ratio: number;
  projection: number | null;
  status: string;
  likelyMiss: boolean;
  source: string;
};

/**
 * 科室月度进度表: a section's responsibility-letter indicators as they stand at the end of a month (to date,
 * the month's own, completion, the year-end projection), and its plan programmes' applications, approvals,
 * funding and acceptances of the year.
 */
export async function monthlyProgressWorkbook(
  db: DbOrTx,
  sectionCode: string,
  year: number,
  month: number,
): Promise<{ name: string; body: Buffer }> {
  const [section] = await db.select().from(sections).where(eq(sections.code, sectionCode));
  if (!section) throw new AppError('NOT_FOUND');
  const figures = figuresAt(await loadYear(db, year), { asOfMonth: month });
  const lines: ProgressLine[] = figures.units
    .filter((u) => u.ref.unitKind === 'section' && u.ref.sectionCode === sectionCode)
    .flatMap((u) => u.lines);
  const own = await db
    .selectDistinct({ id: programs.id, name: programs.name, level: programs.level })
    .from(programs)
    .innerJoin(calls, eq(calls.programId, programs.id))
    .where(and(eq(programs.sectionCode, sectionCode), eq(calls.year, year)))
    .orderBy(asc(programs.id));
  const programRows = await Promise.all(
    own.map(async (p) => {
      const value = async (key: string) => (await metricValue(db, key, { year, program: p.id })).value;
      return {
        ...p,
        applied: await value('projects.applied'),
        approved: await value('projects.approved'),
        funding: await value('projects.funding'),
        accepted: await value('projects.accepted'),
      };
    }),
  );
  const n = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  const body = await writeWorkbook([
    {
      sheetName: '目标进度',
      columns: [
        { header: '指标', width: 30, value: (l: ProgressLine) => l.name },
        { header: '分解目标', width: 14, value: (l: ProgressLine) => l.share.text },
        { header: `截至${month}月末`, width: 14, value: (l: ProgressLine) => n(l.value) },
        {
          header: `${month}月当月`,
          width: 12,
          value: (l: ProgressLine) => (l.months ? n(l.months[month - 1] ?? 0) : null),
        },
        { header: '单位', width: 8, value: (l: ProgressLine) => l.unit },
        { header: '完成进度', width: 10, value: (l: ProgressLine) => `${Math.round(l.ratio * 100)}%` },
        { header: '预计全年', width: 12, value: (l: ProgressLine) => n(l.projection) },
        {
          header: '状态',
          width: 12,
          value: (l: ProgressLine) => (l.likelyMiss ? '预计完不成' : (statusWords[l.status] ?? l.status)),
        },
        {
          header: '数据来源',
          width: 14,
          value: (l: ProgressLine) => (l.source === 'manual' ? '人工填报' : '按数据自动计算'),
        },
      ],
      rows: lines,
    } as XlsxSheet<unknown>,
    {
      sheetName: '计划项目',
      columns: [
        { header: '科技计划', width: 36, value: (p: (typeof programRows)[number]) => p.name },
        { header: '级别', width: 10, value: (p: (typeof programRows)[number]) => levelWords[p.level] ?? p.level },
        { header: '申报（项）', width: 12, value: (p: (typeof programRows)[number]) => p.applied },
        { header: '立项（项）', width: 12, value: (p: (typeof programRows)[number]) => p.approved },
        {
          header: '资助经费（万元）',
          width: 16,
          value: (p: (typeof programRows)[number]) => Math.round(p.funding / 100) / 100,
        },
        { header: '验收（项）', width: 12, value: (p: (typeof programRows)[number]) => p.accepted },
      ],
      rows: programRows,
    } as XlsxSheet<unknown>,
  ]);
  return { name: `${section.name}${year}年${month}月工作进度表.xlsx`, body };
}
