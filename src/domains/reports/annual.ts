import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  calls,
  indicators,
  orgs,
  outlets,
  programs,
  projects,
  targetAssessments,
  targetLetters,
} from '../../db/tables/index.js';
import * as clock from '../../shared/clock.js';
import { type MetricQuery, metricValue } from '../metrics/metrics.service.js';
import { yearFigures } from '../targets/figures.js';
import { changeText, chineseDate, countText, rangeText } from './wording.js';
import { formatTotal } from '../../shared/money.js';

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
  /** 江川市科学技术局2025年工作总结 */
  title: string;
  year: number;
  sections: Section[];
  /** 落款: the bureau, and the day the summary is dated (its finalisation, or today for a draft). */
  signature?: { bureau: string; date: string };
  /** A year still running: the day its figures stand at (截至…), YYYY-MM-DD. */
  through?: string | null;
}

/** The summary's parts in the seed's order; staff write narrative under these keys. */
export const sectionKeys = [
  'opening',
  'innovation',
  'projects',
  'industry',
  'agriculture',
  'assessment',
  'publicity',
  'shortcomings',
  'plan',
  'targets',
  'measures',
] as const;
export type SectionKey = (typeof sectionKeys)[number];
/** Parts whose paragraphs are points of an enumeration (一是…二是…), numbered when there are two or more. */
const enumerated: ReadonlySet<SectionKey> = new Set(['assessment', 'publicity', 'measures']);
type Draft = Omit<Section, 'narrative' | 'shown'>;

export type Narratives = Partial<Record<SectionKey, string[]>>;
/** The parts as the data write them, before staff's words are put in; and the day a running year stands at. */
export interface SummaryDraft {
  sections: Draft[];
  through: string | null;
}
/** Who signs the summary and on which day. */
export interface Signing {
  bureau: string;
  /** YYYY-MM-DD; today (Beijing) when absent. */
  date?: string;
}

/**
 * 年度工作总结 drafted from the data, following the seed's structure. Every number is a metric's figure
 * for the year (with the change on the year before, or 同比 for a year still running); nothing is typed.
 */
export async function annualSummary(
  db: DbOrTx,
  year: number,
  narratives: Narratives,
  signing: Signing,
): Promise<Report> {
  return composeSummary(year, await draftSummary(db, year), narratives, signing);
}

/**
 * Where a year stands: a complete year is whole (null); the current year stands at the end of the last
 * complete month (截至11月底), or at today in January.
 */
export function standingDay(year: number, today = clock.today()): string | null {
  if (year < Number(today.slice(0, 4))) return null;
  const month = Number(today.slice(5, 7));
  if (month === 1) return today;
  return clock.addDays(`${today.slice(0, 4)}-${today.slice(5, 7)}-01`, -1);
}

/** 截至11月底 / 截至1月7日: how a summary names the day a running year stands at. */
export function throughText(day: string): string {
  const [m, d] = [Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  return clock.addDays(day, 1).slice(8, 10) === '01' ? `截至${m}月底` : `截至${m}月${d}日`;
}

/** A figure counted here rather than by a metric (no rows to open). */
const plain = (value: number, unit: string): Figure => ({ text: countText(value, unit), value, metric: null });

const moneyMetric = (key: string) => key.endsWith('funding') || key.endsWith('amount') || key === 'subsidies.paid';

/**
 * A clause: words around one figure, dropped when the figure is nothing. `before` starts with the mark that
 * joins it to the clause before (，、；), which the first clause kept leaves off.
 */
type Clause = { before: string; figure: Figure; after?: string };

/**
 * The clauses whose figure is not nothing, joined (获立项4项、资助经费126万元); nothing at all when every
 * figure is nothing, so no sentence ever says 0项 or 0元.
 */
function joined(clauses: Clause[]): Segment[] {
  const kept = clauses.filter((c) => c.figure.value);
  return kept.flatMap((c, i) => [
    i ? c.before : c.before.replace(/^[，、；]/, ''),
    c.figure,
    ...(c.after ? [c.after] : []),
  ]);
}

/** A sentence: a lead, its kept clauses, a stop; nothing when no clause is kept. */
function sentence(lead: string, clauses: Clause[], stop = '。'): Segment[] {
  const body = joined(clauses);
  return body.length ? [lead, ...body, stop] : [];
}

/** 市人民医院的《A》《B》、某公司的《C》等4个项目: each organisation named once, at most three titles. */
export function projectList(rows: { org: string; title: string }[], shown = 3): string {
  const byOrg = new Map<string, string[]>();
  for (const r of rows.slice(0, shown)) byOrg.set(r.org, [...(byOrg.get(r.org) ?? []), `《${r.title}》`]);
  const named = [...byOrg].map(([org, titles]) => `${org}的${titles.join('')}`).join('、');
  return rows.length > shown
    ? `${named}等${rows.length}个项目`
    : rows.length > 1
      ? `${named}${rows.length}个项目`
      : named;
}

/** The summary's generated parts: every figure counted (from the metric caches when given the pool). */
export async function draftSummary(db: DbOrTx, year: number): Promise<SummaryDraft> {
  const through = standingDay(year);
  // A running year's figures stand at `through`, and are compared with the same months of the year before.
  const period = (y: number) => (through ? { to: `${y}${through.slice(4)}` } : {});
  const figure = async (key: string, filters: Omit<MetricQuery, 'year'>, y = year): Promise<Figure> => {
    const query = { ...filters, ...period(y), year: y } as MetricQuery;
    const { value } = await metricValue(db, key, query);
    return {
      text: moneyMetric(key) ? formatTotal(value) : String(value),
      value,
      metric: { key, filters: query as Record<string, string | number> },
    };
  };
  const n = (f: Figure, unit: string): Figure => ({ ...f, text: countText(f.value, unit) });
  const counted = async (key: string, filters: Omit<MetricQuery, 'year'>, unit: string) =>
    n(await figure(key, filters), unit);
  /** A figure with its change on the year before (同比 while the year runs). */
  const withChange = async (
    key: string,
    filters: Omit<MetricQuery, 'year'>,
    unit: string,
  ): Promise<[Figure, string]> => {
    const [now, before] = [await counted(key, filters, unit), await figure(key, filters, year - 1)];
    return [now, changeText(now.value, before.value, { samePeriod: Boolean(through) })];
  };
  const sofar = through ? `${throughText(through)}，` : '全年';
  const prefectureName = await prefectureOf(db);

  // 开篇: the year's picture in its headline figures.
  const [allApplied, allApproved, allFunding] = [
    await counted('projects.applied', {}, '项'),
    await counted('projects.approved', {}, '项'),
    await figure('projects.funding', {}),
  ];
  const [filed, granted] = [await withChange('patents.filed', {}, '件'), await withChange('patents.granted', {}, '件')];
  const superiorFunds = await figure('funds.amount', { kind: 'superior' });
  const targetsMet = await indicatorsMet(db, year, through);
  const headline: Segment[] = [
    ...sentence(
      `${sofar}共组织申报各级各类科技计划项目`,
      [
        { before: '', figure: allApplied },
        { before: '，获立项', figure: allApproved },
        { before: '、资助经费', figure: allFunding },
      ],
      '；',
    ),
    ...sentence('专利申请', [{ before: '', figure: filed[0] }], ''),
    ...(filed[0].value && granted[0].value ? ['、'] : []),
    ...sentence(filed[0].value ? '授权' : '专利授权', [{ before: '', figure: granted[0] }], ''),
    ...(filed[0].value || granted[0].value ? ['；'] : []),
    ...sentence('争取上级科技经费', [{ before: '', figure: superiorFunds }], '；'),
  ];
  // The last separator of the run of clauses becomes the full stop.
  if (headline.length && headline.at(-1) === '；') headline[headline.length - 1] = '。';
  const targetsLine = targetsMet
    ? through
      ? sentence(
          `科技进步目标责任状所下达的${targetsMet.total}项指标中，`,
          [
            { before: '已完成', figure: plain(targetsMet.met, '项') },
            { before: '，', figure: plain(targetsMet.onTrack, '项'), after: '进度正常' },
          ],
          '，',
        )
      : targetsMet.met === targetsMet.total
        ? ['全面完成了科技进步目标责任状所下达的指标任务，']
        : sentence(
            `科技进步目标责任状所下达的${targetsMet.total}项指标中，`,
            [{ before: '完成', figure: plain(targetsMet.met, '项') }],
            '，',
          )
    : [];
  const opening: Draft = {
    key: 'opening',
    level: 0,
    heading: '',
    // A year with nothing to tell has no opening either.
    paragraphs:
      !headline.length && !targetsLine.length
        ? []
        : [
            [
              `${through ? '今年以来' : `${year}年`}，我市科技工作认真贯彻落实各级科技大会精神，紧紧围绕市委市政府的工作目标，积极实施“科教兴市”和“人才强市”战略，`,
              // Counted here, not by a metric: the indicators met are words, with no rows to open.
              ...targetsLine.map((x) => (typeof x === 'string' || x.metric ? x : x.text)),
              '为全市经济社会发展提供了有力的科技支撑。',
              ...headline,
            ],
          ],
  };

  // 一、产学研合作与创新体系
  const cooperation = sentence(`${sofar}新签产学研合作项目`, [
    { before: '', figure: await counted('cooperations.signed', {}, '项') },
    { before: '，合同金额', figure: await figure('cooperations.amount', {}) },
  ]);
  const innovation: Draft = {
    key: 'innovation',
    level: 1,
    heading: '提升产学研合作层次，创新体系建设取得新进展。',
    paragraphs: [
      [
        ...cooperation,
        ...sentence(cooperation.length ? '新认定' : `${sofar}新认定`, [
          {
            before: `${prefectureName}级以上工程技术研究中心`,
            figure: await counted(
              'platforms.recognized',
              { kind: 'engineering_center', level: 'national,provincial,prefecture' },
              '家',
            ),
          },
          {
            before: '、企业技术中心',
            figure: await counted('platforms.recognized', { kind: 'enterprise_tech_center' }, '家'),
          },
          {
            before: '、高新技术企业',
            figure: await counted('qualifications.issued', { kind: 'high_tech_enterprise' }, '家'),
          },
        ]),
      ],
    ].filter((p) => p.length),
  };

  // 二、重大项目申报与人才计划
  const talentPrograms = await db
    .selectDistinct({ id: programs.id, name: programs.name })
    .from(programs)
    .innerJoin(calls, eq(calls.programId, programs.id))
    .where(and(eq(programs.category, 'talent'), eq(calls.year, year)))
    .orderBy(asc(programs.id));
  const applications: Clause[] = [];
  const awards: Clause[] = [];
  for (const p of talentPrograms) {
    // As the seed writes it: the first programme is applied to (组织申报), the others recommended up (推荐上报).
    applications.push({
      before: `${applications.length ? '，推荐上报' : '组织申报'}${p.name}`,
      figure: await counted('projects.applied', { program: p.id }, '名'),
    });
    const funded = await counted('projects.approved', { program: p.id }, '人');
    if (funded.value)
      awards.push(
        { before: `${awards.length ? '；' : ''}获${p.name.replace(/(引进|培育)?计划$/, '')}资助`, figure: funded },
        { before: '、经费', figure: await figure('projects.funding', { program: p.id }) },
      );
  }
  const projectsSection: Draft = {
    key: 'projects',
    level: 1,
    heading: '突出重大项目申报，提升区域科技创新能力。',
    paragraphs: [
      sentence(`${sofar}组织申报国家和省级各类科技计划`, [
        { before: '', figure: await counted('projects.applied', { level: 'national,provincial' }, '项') },
        { before: '，获立项', figure: await counted('projects.approved', { level: 'national,provincial' }, '项') },
        { before: '、资助经费', figure: await figure('projects.funding', { level: 'national,provincial' }) },
      ]),
      // The city's own plan beside the higher levels'.
      sentence('组织实施本级科技计划，受理申报', [
        { before: '', figure: await counted('projects.applied', { level: 'city' }, '项') },
        { before: '，批准立项', figure: await counted('projects.approved', { level: 'city' }, '项') },
        { before: '、安排资助经费', figure: await figure('projects.funding', { level: 'city' }) },
      ]),
      [
        ...sentence(`${through ? '今年以来' : `${year}年`}，我市`, applications, awards.length ? '，' : '。'),
        ...joined(awards),
        ...(awards.length ? ['。'] : []),
      ],
    ].filter((p) => p.length && p.some((s) => typeof s !== 'string')),
  };

  // 三、高新技术产业化与知识产权
  const inventions = await counted('patents.filed', { type: 'invention' }, '件');
  const subsidies = await figure('subsidies.paid', {});
  const industry: Draft = {
    key: 'industry',
    level: 1,
    heading: '大力培植规模工业，推进高新技术产业化。',
    paragraphs: [
      [
        ...(filed[0].value
          ? [
              `${sofar}专利申请`,
              ...filed,
              ...(inventions.value ? ['，其中发明专利', inventions] : []),
              granted[0].value ? '；' : '。',
            ]
          : []),
        ...(granted[0].value ? [filed[0].value ? '专利授权' : `${sofar}专利授权`, ...granted, '。'] : []),
        ...sentence('兑现专利申报资助经费', [{ before: '', figure: subsidies }]),
      ],
    ].filter((p) => p.length),
  };

  // 四、农业科技
  const agri = async (level: string) => ({
    applied: await counted('projects.applied', { category: 'agriculture', level }, '项'),
    approved: await counted('projects.approved', { category: 'agriculture', level }, '项'),
    funding: await figure('projects.funding', { category: 'agriculture', level }),
  });
  const [provincial, prefecture, city] = [await agri('provincial'), await agri('prefecture'), await agri('city')];
  const appliedAgri = joined([
    { before: '省级农业科技计划', figure: provincial.applied },
    { before: `，${prefectureName}级`, figure: prefecture.applied },
    { before: '，本市级', figure: city.applied },
  ]);
  const approvedAgri = joined([
    { before: '获省立项', figure: provincial.approved },
    { before: '、资助经费', figure: provincial.funding },
    { before: `，获${prefectureName}立项`, figure: prefecture.approved },
    { before: '、资助经费', figure: prefecture.funding },
    { before: '，本市级农业科技计划立项', figure: city.approved },
    { before: '、安排资助经费', figure: city.funding },
  ]);
  const agriculture: Draft = {
    key: 'agriculture',
    level: 1,
    heading: '放大特色农业效应，支撑社会主义新农村建设。',
    paragraphs:
      appliedAgri.length || approvedAgri.length
        ? [
            [
              ...(appliedAgri.length ? ['我们精心组织，认真筛选，择优申报', ...appliedAgri, '。'] : []),
              ...(approvedAgri.length ? [through ? `${throughText(through)}，` : '目前，', ...approvedAgri, '。'] : []),
            ],
          ]
        : [],
  };

  // 五、考核工作与社会发展
  const letters = await db
    .select({ unitKind: targetLetters.unitKind, n: sql<number>`count(*)::int` })
    .from(targetLetters)
    .where(and(eq(targetLetters.year, year), inArray(targetLetters.status, ['issued', 'signed', 'locked'])))
    .groupBy(targetLetters.unitKind);
  const places = letters.find((l) => l.unitKind === 'jurisdiction')?.n ?? 0;
  const [midYear] = await db
    .select({ id: targetAssessments.id })
    .from(targetAssessments)
    .where(
      and(
        eq(targetAssessments.year, year),
        eq(targetAssessments.kind, 'mid_year'),
        inArray(targetAssessments.status, ['locked', 'signed_off']),
      ),
    );
  const socialApplied = await counted('projects.applied', { category: 'social_development', level: 'city' }, '项');
  const mandatory = await db
    .select({ title: projects.title, org: orgs.name, fen: projects.approvedFen })
    .from(projects)
    .innerJoin(calls, eq(calls.id, projects.callId))
    .innerJoin(programs, eq(programs.id, calls.programId))
    .innerJoin(orgs, eq(orgs.id, projects.orgId))
    // The city's own plan only: those are the projects the sentence has just counted.
    .where(
      and(
        eq(calls.year, year),
        eq(programs.category, 'social_development'),
        eq(programs.level, 'city'),
        eq(projects.planType, '指令性计划'),
        isNotNull(projects.approvedFen),
      ),
    )
    .orderBy(asc(orgs.name), asc(projects.id));
  const mandatoryFen = mandatory.reduce((a, m) => a + Number(m.fen ?? 0), 0);
  const assessment: Draft = {
    key: 'assessment',
    level: 1,
    heading: '强化考核工作抓手作用，促进科技工作全面提高。',
    paragraphs: [
      ...(places
        ? [
            [
              `加强科技与人才工作考核。年初，以责任状的形式将全年科技工作目标任务分解到${places}个镇（开发区、街道）和部门，进一步明确了各单位科技与人才工作的目标任务。${midYear ? '年中，对各单位目标任务完成情况进行了实地考核。' : ''}`,
            ] as Segment[],
          ]
        : []),
      ...(socialApplied.value
        ? [
            [
              '认真组织社发科技计划的申报工作，共申报本市级社发计划项目',
              socialApplied,
              ...(mandatory.length
                ? [
                    '，其中',
                    projectList(mandatory),
                    `被列入指令性计划，${mandatory.length > 1 ? '共' : ''}获`,
                    formatTotal(mandatoryFen / 100),
                    '资助',
                  ]
                : []),
              '。',
            ] as Segment[],
          ]
        : []),
    ],
  };

  // 六、政务信息与宣传
  const channels = await db
    .select({ code: outlets.code, name: outlets.name })
    .from(outlets)
    .orderBy(asc(outlets.sortOrder));
  const sent: Segment[] = [];
  for (const o of channels) {
    const [s, a] = [
      await counted('publicity.sent', { outlet: o.code }, '篇'),
      await counted('publicity.adopted', { outlet: o.code }, '篇'),
    ];
    if (s.value) sent.push(sent.length ? '；' : '共', `向${o.name}报送稿件`, s, ...(a.value ? ['，被录用', a] : []));
  }
  const publicitySection: Draft = {
    key: 'publicity',
    level: 1,
    heading: '强化软环境建设，展示科技部门良好形象。',
    paragraphs: sent.length
      ? [['加强政务信息和科技宣传工作。', ...(through ? [`${throughText(through)}，`] : ['全年']), ...sent, '。']]
      : [],
  };

  // 存在的不足: the year's indicators that fell short, before the bureau's own words. Not while the year runs.
  const shortfalls = through ? [] : await shortfallClauses(db, year);
  const sections: Draft[] = [
    opening,
    innovation,
    projectsSection,
    industry,
    agriculture,
    assessment,
    publicitySection,
    {
      key: 'shortcomings',
      level: 0,
      heading: '',
      paragraphs: shortfalls.length
        ? [
            [
              `${year}年，我市的科技工作虽然取得了一些成绩，但对照年度目标仍有差距：`,
              ...shortfalls.flatMap((s, i) => [i ? '；' : '', s]),
              '。',
            ],
          ]
        : [],
    },
    { key: 'plan', level: 1, heading: `${year + 1}年度工作要点`, paragraphs: [] },
    { key: 'targets', level: 2, heading: '目标任务', paragraphs: await targetParagraphs(db, year + 1) },
    { key: 'measures', level: 2, heading: '工作措施', paragraphs: [] },
  ];
  return { sections, through };
}

/** 镇江市: the prefecture the city's prefecture-level programmes belong to, from their names; 地市 otherwise. */
async function prefectureOf(db: DbOrTx): Promise<string> {
  const [row] = await db
    .select({ name: programs.name })
    .from(programs)
    .where(eq(programs.level, 'prefecture'))
    .orderBy(asc(programs.id))
    .limit(1);
  return /^(.{2,8}?市)/.exec(row?.name ?? '')?.[1] ?? '地市';
}

/** How many of the year's indicators with a computed figure are met (at `through` for a running year). */
async function indicatorsMet(
  db: DbOrTx,
  year: number,
  through: string | null,
): Promise<{ met: number; onTrack: number; total: number } | null> {
  const [any] = await db.select({ id: indicators.id }).from(indicators).where(eq(indicators.year, year)).limit(1);
  if (!any) return null;
  const figures = await yearFigures(db, year, through ? { asOfMonth: Number(through.slice(5, 7)) } : { asOfMonth: 12 });
  const measured = figures.indicators.filter((i) => i.value !== null);
  if (!measured.length) return null;
  return {
    met: measured.filter((i) => i.status === 'achieved').length,
    onTrack: measured.filter((i) => i.status === 'on_track').length,
    total: measured.length,
  };
}

/** 专利授权量完成300件、目标340件: each of a finished year's indicators that fell short. */
async function shortfallClauses(db: DbOrTx, year: number): Promise<Segment[]> {
  const [any] = await db.select({ id: indicators.id }).from(indicators).where(eq(indicators.year, year)).limit(1);
  if (!any) return [];
  const figures = await yearFigures(db, year, { asOfMonth: 12 });
  return figures.indicators
    .filter((i) => i.value !== null && i.status !== 'achieved')
    .map((i) => `${i.name}完成${countText(i.value!, i.unit)}，目标为${i.target.text}`);
}

const ordinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ordinalLead = /^[一二三四五六七八九十]+是/;

/**
 * 一是…二是…: the points of an enumerated part, generated and written alike, numbered in order when there
 * are two or more; a single point is not numbered (never a lone 一是). Whatever ordinal staff typed is
 * replaced, so the sequence never skips or repeats.
 */
function enumerate(paragraphs: Segment[][], narrative: string[]): { paragraphs: Segment[][]; narrative: string[] } {
  const count = paragraphs.length + narrative.length;
  const mark = (i: number, text: string) =>
    `${count > 1 ? `${ordinals[i] ?? String(i + 1)}是` : ''}${text.replace(ordinalLead, '')}`;
  return {
    paragraphs: paragraphs.map((p, i) =>
      typeof p[0] === 'string' ? [mark(i, p[0]), ...p.slice(1)] : [mark(i, ''), ...p],
    ),
    narrative: narrative.map((text, i) => mark(paragraphs.length + i, text)),
  };
}

/** The summary with staff's narrative in each part, numbered over the parts that have content, then signed. */
export function composeSummary(year: number, draft: SummaryDraft, narratives: Narratives, signing: Signing): Report {
  const sections = draft.sections.map((d) => {
    const narrative = narratives[d.key] ?? [];
    return { ...d, ...(enumerated.has(d.key) ? enumerate(d.paragraphs, narrative) : { narrative }), shown: false };
  });
  return {
    title: `${signing.bureau}${year}年工作总结`,
    year,
    sections: numbered(sections),
    signature: { bureau: signing.bureau, date: signing.date ?? clock.today() },
    through: draft.through,
  };
}

/** 目标任务: each indicator of a year's system with its target, as the work plan states it (达到700件, 2—4家, 不超过…). */
export async function targetParagraphs(db: DbOrTx, year: number): Promise<Segment[][]> {
  const system = await db
    .select()
    .from(indicators)
    .where(eq(indicators.year, year))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id));
  return system.map((i, k) => [
    `${k + 1}、${i.name}${i.direction === 'at_most' ? '不超过' : i.direction === 'within' ? '' : '达到'}`,
    {
      text:
        i.direction === 'at_most'
          ? countText(Number(i.targetMax), i.unit)
          : rangeText(
              i.targetMin === null ? null : Number(i.targetMin),
              i.targetMax === null ? null : Number(i.targetMax),
              i.unit,
            ),
      value: Number(i.targetMin ?? i.targetMax),
      metric: i.metricKey
        ? { key: i.metricKey, filters: { ...(i.metricFilters as Record<string, string | number>), year } }
        : null,
    },
    '。',
  ]);
}

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
    return {
      ...s,
      shown,
      heading: s.level === 1 ? `${ordinals[part++]}、${s.heading}` : `（${ordinals[sub++]}）${s.heading}`,
    };
  });
}

/** The sections the document shows. */
export function shownSections(report: Report): Section[] {
  return report.sections.filter((s) => s.shown);
}

/** The plain text of a paragraph. */
export function paragraphText(segments: Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}

/** 2025年12月31日: the date line of the 落款. */
export function signatureDate(report: Report): string {
  return report.signature ? chineseDate(report.signature.date) : '';
}
