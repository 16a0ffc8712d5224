import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Db } from '../../db/client.js';
import { jurisdictions, orgs, projectEvents, projects, reviewAssignments } from '../../db/tables/index.js';
import { fenToYuan } from '../../shared/money.js';
import { writeXlsx } from '../../shared/xlsx.js';
import { getCall } from '../programs/programs.service.js';
import { budgetInFen, budgetTotals } from '../applications/budget.js';
import { applicationLabels } from '../applications/labels.js';
import type { StoredApplication } from '../applications/schema.js';
import { indicatorKinds } from '../applications/template.js';

/** 上会材料: the applications of a call awaiting the bureau's decision, best mean score first. */
export interface PackLine {
  no: number;
  applicationNo: string;
  title: string;
  orgName: string;
  jurisdiction: string;
  leaderName: string;
  requestedFen: number | null;
  /** 自筹资金 from the 申报书's budget. */
  selfFen: number | null;
  /** 主要绩效目标, from the 申报书: 申请发明专利2件；示范推广面积200亩. */
  targets: string;
  mean: string;
  spread: string;
  experts: number;
  recommendation: string;
  state: string;
}

const shortlisted = ['under_review', 'reviewed'] as const;

export async function decisionPackLines(db: Db, callId: number) {
  const call = await getCall(db, callId);
  const rows = await db
    .select({
      id: projects.id,
      title: projects.title,
      state: projects.state,
      orgName: orgs.name,
      jurisdiction: jurisdictions.name,
      leaderName: projects.leaderName,
      requestedFen: projects.requestedFen,
      applicationNo: projects.applicationNo,
      application: projects.application,
      mean: sql<
        number | null
      >`(SELECT avg(${reviewAssignments.totalScore}) FROM ${reviewAssignments} WHERE ${reviewAssignments.projectId} = ${projects.id})::float`,
      min: sql<
        number | null
      >`(SELECT min(${reviewAssignments.totalScore}) FROM ${reviewAssignments} WHERE ${reviewAssignments.projectId} = ${projects.id})`,
      max: sql<
        number | null
      >`(SELECT max(${reviewAssignments.totalScore}) FROM ${reviewAssignments} WHERE ${reviewAssignments.projectId} = ${projects.id})`,
      experts: sql<number>`(SELECT count(*) FROM ${reviewAssignments} WHERE ${reviewAssignments.projectId} = ${projects.id} AND ${reviewAssignments.scoredAt} IS NOT NULL)::int`,
    })
    .from(projects)
    .innerJoin(orgs, eq(orgs.id, projects.orgId))
    .leftJoin(jurisdictions, eq(jurisdictions.code, orgs.jurisdictionCode))
    .where(and(eq(projects.callId, callId), inArray(projects.state, [...shortlisted])))
    .orderBy(asc(projects.id));
  const recommendations = rows.length
    ? await db
        .select({ projectId: projectEvents.projectId, comment: projectEvents.comment })
        .from(projectEvents)
        .where(
          and(
            inArray(
              projectEvents.projectId,
              rows.map((r) => r.id),
            ),
            eq(projectEvents.action, 'recommend'),
          ),
        )
    : [];
  const sorted = [...rows].sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1) || a.id - b.id);
  const lines: PackLine[] = sorted.map((r, i) => ({
    no: i + 1,
    applicationNo: r.applicationNo ?? '',
    title: r.title,
    orgName: r.orgName,
    jurisdiction: r.jurisdiction ?? '',
    leaderName: r.leaderName ?? '',
    requestedFen: r.requestedFen,
    ...fromApplication(r.application as StoredApplication),
    mean: r.mean === null ? '' : r.mean.toFixed(2),
    spread: r.min === null ? '' : `${r.min}–${r.max}`,
    experts: r.experts,
    recommendation:
      recommendations
        .filter((x) => x.projectId === r.id)
        .map((x) => x.comment ?? '同意推荐')
        .join('；') || '—',
    state: r.state === 'reviewed' ? '待审定' : '评审中',
  }));
  return { call, lines };
}

/** What the meeting reads from the 申报书 beside the scores: the matching funds and the promised outputs. */
function fromApplication(a: StoredApplication): { selfFen: number | null; targets: string } {
  const labels = applicationLabels('zh-CN');
  const lines = a.budget ?? [];
  const selfFen = lines.length ? budgetTotals(budgetInFen(lines).lines).self : null;
  const targets = (a.indicators ?? [])
    .map(
      (i) =>
        `${i.kind === 'other' ? (i.name ?? labels.indicators.other) : labels.indicators[i.kind]}${i.value}${i.unit ?? indicatorKinds[i.kind]}`,
    )
    .join('；');
  return { selfFen, targets };
}

/** Fen as 万元 with up to four decimals, exact. */
function wan(fen: number): string {
  const yuan = fenToYuan(fen);
  const [whole, cents] = yuan.split('.') as [string, string];
  const digits = `${whole}${cents}`.padStart(7, '0');
  const fraction = digits.slice(-6, -2).replace(/0+$/, '');
  return `${Number(digits.slice(0, -6))}${fraction ? `.${fraction}` : ''}`;
}

// The 申报书's columns follow the original ones, so a sheet read by position keeps its cells.
const headers = [
  '序号',
  '项目名称',
  '申报单位',
  '属地',
  '负责人',
  '申请经费（万元）',
  '专家均分',
  '分差',
  '评分专家',
  '属地推荐意见',
  '状态',
  '申报编号',
  '自筹资金（万元）',
  '主要绩效目标',
];
const values = (l: PackLine) => [
  l.no,
  l.title,
  l.orgName,
  l.jurisdiction,
  l.leaderName,
  l.requestedFen === null ? '' : wan(l.requestedFen),
  l.mean,
  l.spread,
  l.experts,
  l.recommendation,
  l.state,
  l.applicationNo,
  l.selfFen === null ? '' : wan(l.selfFen),
  l.targets,
];

export async function decisionPackXlsx(db: Db, callId: number): Promise<{ fileName: string; body: Buffer }> {
  const { call, lines } = await decisionPackLines(db, callId);
  const widths = [6, 40, 32, 14, 10, 14, 10, 10, 10, 24, 10, 16, 14, 30];
  const body = await writeXlsx({
    sheetName: '上会材料',
    columns: headers.map((header, i) => ({ header, width: widths[i]!, value: (l: PackLine) => values(l)[i] })),
    rows: lines,
  });
  return { fileName: `${call.title}-上会材料.xlsx`, body };
}

export async function decisionPackDocx(db: Db, callId: number): Promise<{ fileName: string; body: Buffer }> {
  const { call, lines } = await decisionPackLines(db, callId);
  const text = (value: string | number, bold = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: String(value), bold, font: 'SimSun', size: 21 })],
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => new TableCell({ children: [text(h, true)] })) }),
      ...lines.map((l) => new TableRow({ children: values(l).map((v) => new TableCell({ children: [text(v)] })) })),
    ],
  });
  const document = new Document({
    creator: 'KeGuan',
    title: `${call.title} 上会材料`,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: `${call.title}`, font: 'SimHei', size: 32, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: '局务会审定材料', font: 'SimHei', size: 28 })],
          }),
          new Paragraph({
            spacing: { before: 240, after: 240 },
            children: [
              new TextRun({
                text: `本批次共 ${lines.length} 项进入审定，按专家评审均分从高到低排列；申请经费合计 ${sumWan(lines)} 万元。`,
                font: 'FangSong',
                size: 24,
              }),
            ],
          }),
          table,
        ],
      },
    ],
  });
  return { fileName: `${call.title}-上会材料.docx`, body: await Packer.toBuffer(document) };
}

function sumWan(lines: PackLine[]): string {
  return wan(lines.reduce((sum, l) => sum + (l.requestedFen ?? 0), 0));
}
