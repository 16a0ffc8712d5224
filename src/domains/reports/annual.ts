import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { calls, indicators, orgs, outlets, programs, projects, targetAssessments, targetLetters } from '../../db/schema/index.js';
import { type MetricQuery, metricValue } from '../metrics/metrics.service.js';
import { changeText, countText, moneyText, rangeText } from './wording.js';

/** A figure in the text: its words, and the metric and filters it came from, for the drill-down. */
export interface Figure {
  text: string;
  value: number;
  metric: { key: string; filters: Record<string, string | number> } | null;
}
export type Segment = string | Figure;
/**
 * One part of the summary: `level` 1 is a numbered part (一、), 2 a numbered sub-part ((一)) of the part
 * before it, 0 a passage without a heading. `paragraphs` are generated from the data; `narrative` is what
 * staff wrote, and follows them.
 */
export interface Section {
  key: SectionKey;
  level: 0 | 1 | 2;
  heading: string;
  paragraphs: Segment[][];
  narrative: string[];
  /** Whether the document shows it: it has content, or (a part) one of its sub-parts has. */
  shown: boolean;
}
export interface Report {
  title: string;
  year: number;
  sections: Section[];
}

/** The summary's parts in the seed's order; staff write narrative under these keys. */
export const sectionKeys = ['innovation', 'projects', 'industry', 'agriculture', 'assessment', 'publicity', 'shortcomings', 'plan', 'targets', 'measures'] as const;
export type SectionKey = (typeof sectionKeys)[number];
type Draft = Omit<Section, 'narrative' | 'shown'>;

const aboveCity = 'national,provincial';
const levelWords: Record<string, string> = { national: '国家级', provincial: '省级', prefecture: '地市级', city: '本市级' };

/**
 * 年度工作总结 drafted from the data, following the seed's structure. Every number is a metric's figure
 * for the year (with the change on the year before where both have data); nothing is typed.
 */
export async function annualSummary(db: DbOrTx, year: number, narratives: Narratives = {}): Promise<Report> {
  return composeSummary(year, await draftSummary(db, year), narratives);
}

export type Narratives = Partial<Record<SectionKey, string[]>>;
/** The parts as the data write them, before staff's words are put in. */
export type SummaryDraft = Draft[];

/** The summary's generated parts: every figure counted (from the metric caches when given the pool). */
export async function draftSummary(db: DbOrTx, year: number): Promise<SummaryDraft> {
  const figure = async (key: string, filters: Omit<MetricQuery, 'year'>, y = year): Promise<Figure> => {
    const { value } = await metricValue(db, key, { ...filters, year: y });
    const unit = key.endsWith('funding') || key.endsWith('amount') || key === 'subsidies.paid' ? '元' : '';
    return { text: unit ? moneyText(value) : String(value), value, metric: { key, filters: { ...(filters as Record<string, string | number>), year: y } } };
  };
  const withChange = async (key: string, filters: Omit<MetricQuery, 'year'>, unit: string): Promise<Segment[]> => {
    const [now, before] = [await figure(key, filters), await figure(key, filters, year - 1)];
    return [{ ...now, text: countText(now.value, unit) }, changeText(now.value, before.value)];
  };
  const n = (f: Figure, unit: string): Figure => ({ ...f, text: countText(f.value, unit) });

  // 一、产学研合作与创新体系
  const cooperations = await figure('cooperations.signed', {});
  const cooperationAmount = await figure('cooperations.amount', {});
  const engineering = await figure('platforms.recognized', { kind: 'engineering_center', level: 'national,provincial,prefecture' });
  const enterpriseCentres = await figure('platforms.recognized', { kind: 'enterprise_tech_center' });
  const highTech = await figure('qualifications.issued', { kind: 'high_tech_enterprise' });
  const recognised = clauses('新认定', [
    ['镇江市级以上工程技术研究中心', n(engineering, '家')],
    ['企业技术中心', n(enterpriseCentres, '家')],
    ['高新技术企业', n(highTech, '家')],
  ]);
  const innovation: Draft = {
    key: 'innovation',
    level: 1,
    heading: '提升产学研合作层次，创新体系建设取得新进展。',
    // A figure of nothing is left out, as officials would.
    paragraphs: [[...(cooperations.value ? ['全年新签产学研合作项目', n(cooperations, '项'), '，合同金额', cooperationAmount, recognised.length ? '；' : '。'] : []), ...recognised]].filter((p) => p.length),
  };

  // 二、重大项目申报与人才计划
  const applied = await figure('projects.applied', { level: aboveCity });
  const approved = await figure('projects.approved', { level: aboveCity });
  const funding = await figure('projects.funding', { level: aboveCity });
  const talentPrograms = await db
    .selectDistinct({ id: programs.id, name: programs.name })
    .from(programs)
    .innerJoin(calls, eq(calls.programId, programs.id))
    .where(and(eq(programs.category, 'talent'), eq(calls.year, year)))
    .orderBy(asc(programs.id));
  const talent: Segment[] = [];
  const talentAwards: Segment[] = [];
  for (const p of talentPrograms) {
    const [a, b, f] = [await figure('projects.applied', { program: p.id }), await figure('projects.approved', { program: p.id }), await figure('projects.funding', { program: p.id })];
    if (!a.value) continue;
    talent.push(talent.length ? '，' : '', `申报${p.name}`, n(a, '名'));
    if (b.value) talentAwards.push(talentAwards.length ? '；' : '', `获${p.name}资助`, n(b, '人'), '、经费', f);
  }
  const projectsSection: Draft = {
    key: 'projects',
    level: 1,
    heading: '突出重大项目申报，提升区域科技创新能力。',
    paragraphs: [
      ...(applied.value ? [['全年组织申报国家和省级各类科技计划', n(applied, '项'), '，获立项', n(approved, '项'), '、资助经费', funding, '。'] as Segment[]] : []),
      ...(talent.length ? [[`今年以来，我市组织`, ...talent, ...(talentAwards.length ? ['。', ...talentAwards] : []), '。'] as Segment[]] : []),
    ],
  };

  // 三、高新技术产业化与知识产权
  const inventions = await figure('patents.filed', { type: 'invention' });
  const subsidies = await figure('subsidies.paid', {});
  const filed = (await withChange('patents.filed', {}, '件')) as [Figure, string];
  const granted = (await withChange('patents.granted', {}, '件')) as [Figure, string];
  const industry: Draft = {
    key: 'industry',
    level: 1,
    heading: '大力培植规模工业，推进高新技术产业化。',
    paragraphs: [
      [
        ...(filed[0].value ? ['全年专利申请', ...filed, ...(inventions.value ? ['，其中发明专利', n(inventions, '件')] : []), granted[0].value ? '；' : '。'] : []),
        ...(granted[0].value ? [filed[0].value ? '专利授权' : '全年专利授权', ...granted, '。'] : []),
        ...(subsidies.value ? ['兑现专利申报资助经费', subsidies, '。'] : []),
      ],
    ].filter((p) => p.length),
  };

  // 四、农业科技
  const agri = async (level: string) => ({
    applied: n(await figure('projects.applied', { category: 'agriculture', level }), '项'),
    approved: n(await figure('projects.approved', { category: 'agriculture', level }), '项'),
    funding: await figure('projects.funding', { category: 'agriculture', level }),
  });
  const [provincial, prefecture] = [await agri('provincial'), await agri('prefecture')];
  const agriculture: Draft = {
    key: 'agriculture',
    level: 1,
    heading: '放大特色农业效应，支撑社会主义新农村建设。',
    paragraphs: [
      ...(provincial.applied.value || prefecture.applied.value ? [['精心组织，认真筛选，择优申报省级农业科技计划', provincial.applied, `，${levelWords.prefecture}`, prefecture.applied, '。目前，获省立项', provincial.approved, '、资助经费', provincial.funding, `，获${levelWords.prefecture}立项`, prefecture.approved, '、资助经费', prefecture.funding, '。'] as Segment[]] : []),
    ],
  };

  // 五、考核工作与社会发展
  const letters = await db
    .select({ unitKind: targetLetters.unitKind, n: sql<number>`count(*)::int` })
    .from(targetLetters)
    .where(and(eq(targetLetters.year, year), inArray(targetLetters.status, ['issued', 'signed', 'locked'])))
    .groupBy(targetLetters.unitKind);
  const places = letters.find((l) => l.unitKind === 'jurisdiction')?.n ?? 0;
  const [midYear] = await db.select({ id: targetAssessments.id }).from(targetAssessments).where(and(eq(targetAssessments.year, year), eq(targetAssessments.kind, 'mid_year'), inArray(targetAssessments.status, ['locked', 'signed_off'])));
  const socialApplied = await figure('projects.applied', { category: 'social_development', level: 'city' });
  const mandatory = await db
    .select({ title: projects.title, org: orgs.name, fen: projects.approvedFen })
    .from(projects)
    .innerJoin(calls, eq(calls.id, projects.callId))
    .innerJoin(programs, eq(programs.id, calls.programId))
    .innerJoin(orgs, eq(orgs.id, projects.orgId))
    // The city's own plan only: those are the projects the sentence has just counted.
    .where(and(eq(calls.year, year), eq(programs.category, 'social_development'), eq(programs.level, 'city'), eq(projects.planType, '指令性计划'), isNotNull(projects.approvedFen)))
    .orderBy(asc(projects.id));
  const assessment: Draft = {
    key: 'assessment',
    level: 1,
    heading: '强化考核工作抓手作用，促进科技工作全面提高。',
    paragraphs: [
      ...(places ? [[`一是加强科技与人才工作考核。年初，以责任状的形式将全年科技工作目标分解到${places}个镇（开发区、街道）和部门，明确了各单位的目标任务。${midYear ? '六月，对各单位进行了实地考核。' : ''}`] as Segment[]] : []),
      ...(socialApplied.value
        ? [
            [
              '认真组织社发科技计划的申报工作，共申报本市级社发计划项目',
              n(socialApplied, '项'),
              ...(mandatory.length ? ['，其中', mandatory.map((m) => `${m.org}的《${m.title}》`).join('、'), '被列入指令性计划，获', moneyText(mandatory.reduce((a, m) => a + Number(m.fen ?? 0), 0) / 100), '资助'] : []),
              '。',
            ],
          ]
        : []),
    ],
  };

  // 六、政务信息与宣传
  const channels = await db.select({ code: outlets.code, name: outlets.name }).from(outlets).orderBy(asc(outlets.sortOrder));
  const sent: Segment[] = [];
  for (const o of channels) {
    const [s, a] = [await figure('publicity.sent', { outlet: o.code }), await figure('publicity.adopted', { outlet: o.code })];
    if (s.value) sent.push(sent.length ? '；' : '', `向${o.name}报送稿件`, n(s, '篇'), '，被录用', n(a, '篇'));
  }
  const publicitySection: Draft = { key: 'publicity', level: 1, heading: '强化软环境建设，展示科技部门良好形象。', paragraphs: sent.length ? [['一是加强政务信息和科技宣传工作。全年', ...sent, '。']] : [] };

  // 下年度工作要点：目标任务
  const targets = await targetParagraphs(db, year + 1);
  const drafts: Draft[] = [
    innovation,
    projectsSection,
    industry,
    agriculture,
    assessment,
    publicitySection,
    // 存在的不足: the bureau's own words, no heading.
    { key: 'shortcomings', level: 0, heading: '', paragraphs: [] },
    { key: 'plan', level: 1, heading: `${year + 1}年度工作要点`, paragraphs: [] },
    { key: 'targets', level: 2, heading: '目标任务', paragraphs: targets },
    { key: 'measures', level: 2, heading: '工作措施', paragraphs: [] },
  ];
  return drafts;
}

/** The summary with staff's narrative in each part, numbered over the parts that have content. */
export function composeSummary(year: number, drafts: SummaryDraft, narratives: Narratives): Report {
  return { title: '市科技局年度工作总结', year, sections: numbered(drafts.map((d) => ({ ...d, narrative: narratives[d.key] ?? [], shown: false }))) };
}

/** 目标任务: each indicator of a year's system with its target, as the work plan states it (达到700件, 2—4家, 不超过…). */
export async function targetParagraphs(db: DbOrTx, year: number): Promise<Segment[][]> {
  const system = await db.select().from(indicators).where(eq(indicators.year, year)).orderBy(asc(indicators.sortOrder), asc(indicators.id));
  return system.map((i, k) => [
    `${k + 1}、${i.name}${i.direction === 'at_most' ? '不超过' : i.direction === 'within' ? '' : '达到'}`,
    {
      text: i.direction === 'at_most' ? countText(Number(i.targetMax), i.unit) : rangeText(i.targetMin === null ? null : Number(i.targetMin), i.targetMax === null ? null : Number(i.targetMax), i.unit),
      value: Number(i.targetMin ?? i.targetMax),
      metric: i.metricKey ? { key: i.metricKey, filters: { ...(i.metricFilters as Record<string, string | number>), year } } : null,
    },
    '。',
  ]);
}

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const hasContent = (s: Section) => s.paragraphs.length > 0 || s.narrative.length > 0;
/** A section appears when it has content, or — a part — when one of the sub-parts after it has. */
function appears(sections: Section[], i: number): boolean {
  const s = sections[i]!;
  if (hasContent(s)) return true;
  if (s.level !== 1) return false;
  const rest = sections.slice(i + 1);
  const end = rest.findIndex((r) => r.level !== 2);
  return rest.slice(0, end === -1 ? undefined : end).some(hasContent);
}

/**
 * Numbers the parts that have something in them (一、二、…; (一)(二) within a part), as the printed
 * document will: a part of nothing is left out, and one whose sub-parts have content is kept.
 */
function numbered(sections: Section[]): Section[] {
  let part = 0;
  let sub = 0;
  return sections.map((s, i) => {
    const shown = appears(sections, i);
    if (s.level === 1) sub = 0;
    if (!shown || s.level === 0) return { ...s, shown };
    return { ...s, shown, heading: s.level === 1 ? `${numerals[part++]}、${s.heading}` : `（${numerals[sub++]}）${s.heading}` };
  });
}

/** The sections the document shows. */
export function shownSections(report: Report): Section[] {
  return report.sections.filter((s) => s.shown);
}

/** 新认定A1家、B2家: the named figures that are not nothing, after a lead word; nothing when all are. */
function clauses(lead: string, items: [string, Figure][]): Segment[] {
  const kept = items.filter(([, f]) => f.value);
  if (!kept.length) return [];
  return [lead, ...kept.flatMap(([name, f], i) => [`${i ? '、' : ''}${name}`, f]), '。'];
}

/** The plain text of a paragraph. */
export function paragraphText(segments: Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}
