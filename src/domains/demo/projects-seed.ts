import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  callQuotas,
  calls,
  orgs,
  people,
  programs,
  projectEvents,
  projects,
  reviewAssignments,
} from '../../db/tables/index.js';
import type { ProjectAction, ProjectState } from '../projects/workflow.js';
import { demoJurisdictions } from './city.js';
import * as clock from '../../shared/clock.js';
import { addDays, beijingDay, beijingMoment } from '../../shared/clock.js';
import { demoYears, pick } from './generate.js';
import { demoTemplates } from './application-templates.js';
import type { ApplicationTemplate } from '../applications/template.js';
import type { FormField } from '../applications/form-spec.js';

/** A provincial programme funds more: its ceiling is a million yuan. */
const provincialAgriculture: ApplicationTemplate = {
  ...demoTemplates.agriculture,
  budget: { ...demoTemplates.agriculture.budget!, maxFiscal: '1000000' },
};

/** A programme's template: its 申报书, and the extra fields and criteria a new call starts with. */
function programTemplate(
  application: ApplicationTemplate,
  criteria: { key: string; name: string; max: number }[] = [],
  formFields: FormField[] = [],
) {
  return { application, formFields, attachments: [], criteria };
}

/**
 * The demo city`s plan projects. For ${L} — the seed`s year — the rows reproduce what the bureau's summary
 * reports: 9 provincial agricultural applications, 4 approved with 1,260,000 yuan; 20 to Zhenjiang, 13 approved
 * with 1,030,000 yuan; 6 social-development applications, the city hospital's interferon study approved as a
 * mandatory-plan project with 30,000 yuan; talent: 3 to the provincial introduction plan (1 funded with
 * 1,000,000 yuan), 4 recommended to the cultivation plan, 2 to the Zhenjiang outstanding talent award.
 * 2009 brings calls open now and projects in every state.
 */
type Step = {
  action: ProjectAction | 'create';
  to: ProjectState;
  by: 'applicant' | 'liaison' | 'staff';
  data?: Record<string, unknown>;
  comment?: string;
};

const day = 24 * 3600 * 1000;
const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

const toRecommended: Step[] = [
  { action: 'create', to: 'draft', by: 'applicant' },
  { action: 'submit', to: 'submitted', by: 'applicant' },
  { action: 'recommend', to: 'recommended', by: 'liaison', comment: '同意推荐' },
];
const toReviewed: Step[] = [
  ...toRecommended,
  { action: 'pass_formal_review', to: 'reviewed', by: 'staff', comment: '形式审查通过' },
];
const toReported: Step[] = [...toReviewed, { action: 'report_up', to: 'reported', by: 'staff', comment: '推荐上报' }];
const approvedAbove = (funding: number, docNo: string, planType?: string): Step[] => [
  ...toReported,
  {
    action: 'record_result',
    to: 'approved',
    by: 'staff',
    data: { approved: true, funding, docNo, ...(planType ? { planType } : {}) },
  },
];
const rejectedAbove: Step[] = [
  ...toReported,
  { action: 'record_result', to: 'rejected', by: 'staff', data: { approved: false } },
];
const afterApproval = (
  end: 'approved' | 'acceptance_requested' | 'accepted' | 'failed_acceptance' | 'terminated',
): Step[] => {
  if (end === 'approved') return [];
  if (end === 'terminated')
    return [{ action: 'terminate', to: 'terminated', by: 'staff', comment: '承担单位停产，项目终止' }];
  const requested: Step[] = [
    { action: 'midterm_check', to: 'approved', by: 'staff', data: { result: '合格' } },
    { action: 'request_acceptance', to: 'acceptance_requested', by: 'applicant' },
  ];
  if (end === 'acceptance_requested') return requested;
  if (end === 'accepted') return [...requested, { action: 'accept', to: 'accepted', by: 'staff', comment: '通过验收' }];
  return [...requested, { action: 'fail_acceptance', to: 'failed_acceptance', by: 'staff', comment: '主要指标未完成' }];
};

const crops = [
  '葡萄',
  '草莓',
  '水稻',
  '茶叶',
  '食用菌',
  '河蟹',
  '生猪',
  '设施蔬菜',
  '苗木',
  '应时鲜果',
  '优质稻米',
  '特种水产',
];
const techniques = [
  '设施栽培关键技术研究与示范',
  '绿色高效生产技术集成与推广',
  '新品种引进与示范',
  '病虫害综合防控技术研究',
  '标准化生产技术集成示范',
  '精深加工技术研究与产业化',
  '生态健康养殖技术示范',
];
const healthTitles = [
  '社区慢性病综合防治模式研究',
  '新生儿听力筛查与干预技术推广',
  '农村饮用水安全监测技术研究',
  '中医药防治老年骨质疏松症临床研究',
  '学生近视防控综合干预研究',
];

interface Planned {
  call: string;
  title: string;
  orgId: number;
  personId?: number;
  requestedFen: number;
  steps: Step[];
  from: string;
  /** Cut at today: only the steps whose day has come are taken (this year's round). */
  asOfToday?: boolean;
}

/**
 * The year an open call is for: the current one, or — late in the year, when it closes after New Year —
 * the next, as a bureau issues next year's calls in its last weeks.
 */
export function openCallYear(today: string, closesInDays: number): number {
  return Math.max(Number(today.slice(0, 4)), Number(addDays(today, closesInDays).slice(0, 4)));
}

export async function seedDemoProjects(
  tx: DbOrTx,
  o: { random: () => number; applicantOrgId: number; hospitalId: number },
) {
  const { random } = o;
  const criteria = [
    { key: 'innovation', name: '创新性', max: 30 },
    { key: 'feasibility', name: '可行性', max: 30 },
    { key: 'benefit', name: '预期效益', max: 25 },
    { key: 'team', name: '团队基础', max: 15 },
  ];
  const platformKind = {
    key: 'platformKind',
    label: '载体类型',
    type: 'select' as const,
    required: true,
    options: ['企业技术中心', '工程技术研究中心'],
  };
  // One transaction is one connection: its queries run one after another.
  const programRows = await tx
    .insert(programs)
    .values([
      {
        name: '江苏省农业科技支撑计划',
        nameEn: 'Jiangsu Agricultural S&T Support Programme',
        level: 'provincial',
        category: 'agriculture',
        sectionCode: 'agriculture',
        code: 'SNY',
        applicationTemplate: programTemplate(provincialAgriculture),
      },
      {
        name: '镇江市农业科技计划',
        nameEn: 'Zhenjiang Agricultural S&T Programme',
        level: 'prefecture',
        category: 'agriculture',
        sectionCode: 'agriculture',
        code: 'ZNY',
        applicationTemplate: programTemplate(demoTemplates.agriculture),
      },
      {
        name: '江川市社会发展科技计划',
        nameEn: 'Jiangchuan Social Development S&T Programme',
        level: 'city',
        category: 'social_development',
        sectionCode: 'social',
        planTypes: ['指令性计划', '指导性计划'],
        code: 'SF',
        applicationTemplate: programTemplate(demoTemplates.social, criteria),
      },
      {
        name: '江苏省高层次创新创业人才引进计划',
        nameEn: 'Jiangsu High-level Innovative and Entrepreneurial Talent Introduction Plan',
        level: 'provincial',
        category: 'talent',
        sectionCode: 'talent',
        applicantKind: 'person',
        code: 'RCYJ',
        applicationTemplate: programTemplate(demoTemplates.talent),
      },
      {
        name: '江苏省高层次创新创业人才培育计划',
        nameEn: 'Jiangsu High-level Talent Cultivation Plan',
        level: 'provincial',
        category: 'talent',
        sectionCode: 'talent',
        applicantKind: 'person',
        code: 'RCPY',
        applicationTemplate: programTemplate(demoTemplates.talent),
      },
      {
        name: '镇江市杰出人才奖',
        nameEn: 'Zhenjiang Outstanding Talent Award',
        level: 'prefecture',
        category: 'talent',
        sectionCode: 'talent',
        applicantKind: 'person',
        code: 'JCRC',
      },
      {
        name: '江川市农业科技计划',
        nameEn: 'Jiangchuan Agricultural S&T Programme',
        level: 'city',
        category: 'agriculture',
        sectionCode: 'agriculture',
        planTypes: ['指令性计划', '指导性计划'],
        code: 'NY',
        applicationTemplate: programTemplate(demoTemplates.agriculture),
      },
      {
        name: '江川市企业技术中心认定',
        nameEn: 'Jiangchuan Enterprise Technology Centre Recognition',
        level: 'city',
        category: 'platform',
        sectionCode: 'hightech',
        code: 'JSZX',
        applicationTemplate: programTemplate(demoTemplates.platform, criteria, [platformKind]),
      },
    ])
    .returning({ id: programs.id });
  const orgRows = await tx
    .select({ id: orgs.id, name: orgs.name, type: orgs.type, industry: orgs.industry, code: orgs.jurisdictionCode })
    .from(orgs);
  const talent = await tx
    .select({ id: people.id, orgId: people.orgId, name: people.name, tags: people.talentTags })
    .from(people);
  const [provAgri, zjAgri, citySocial, talentIntro, talentCultivation, zjAward, cityAgri, cityPlatform] =
    programRows.map((p) => p.id) as [number, number, number, number, number, number, number, number];

  const { C, L, today } = demoYears();
  const now = clock.now().getTime();
  // Calls open at 09:00 and close at 17:00 Beijing time, as the bureau's notices say.
  const opens = (daysFromToday: number) => beijingMoment(addDays(today, daysFromToday), '09:00');
  const closes = (daysFromToday: number) => beijingMoment(addDays(today, daysFromToday), '17:00');
  const callYear = (closesInDays: number) => openCallYear(today, closesInDays);
  const callSpecs = {
    provLast: {
      programId: provAgri,
      title: `关于组织申报${L}年度江苏省农业科技支撑计划项目的通知`,
      year: L,
      opensAt: at(`${L}-02-20`),
      closesAt: at(`${L}-03-20`),
      applicationTemplate: provincialAgriculture,
    },
    zjLast: {
      programId: zjAgri,
      title: `关于组织申报${L}年度镇江市农业科技计划项目的通知`,
      year: L,
      opensAt: at(`${L}-03-01`),
      closesAt: at(`${L}-03-31`),
      defaultQuota: 4,
    },
    socialLast: {
      programId: citySocial,
      title: `关于组织申报${L}年度江川市社会发展科技计划项目的通知`,
      year: L,
      opensAt: at(`${L}-03-10`),
      closesAt: at(`${L}-04-10`),
      expertReview: true,
      criteria,
    },
    introLast: {
      programId: talentIntro,
      title: `${L}年江苏省高层次创新创业人才引进计划申报`,
      year: L,
      opensAt: at(`${L}-04-01`),
      closesAt: at(`${L}-04-30`),
    },
    cultivationLast: {
      programId: talentCultivation,
      title: `${L}年江苏省高层次创新创业人才培育计划推荐`,
      year: L,
      opensAt: at(`${L}-05-01`),
      closesAt: at(`${L}-05-31`),
    },
    awardLast: {
      programId: zjAward,
      title: `${L}年镇江市杰出人才奖推荐`,
      year: L,
      opensAt: at(`${L}-06-01`),
      closesAt: at(`${L}-06-30`),
    },
    provNow: {
      programId: provAgri,
      title: `关于组织申报${C}年度江苏省农业科技支撑计划项目的通知`,
      year: C,
      opensAt: opens(-60),
      closesAt: closes(-20),
      expertReview: true,
      criteria,
      applicationTemplate: provincialAgriculture,
    },
    zjNow: {
      programId: zjAgri,
      title: `关于组织申报${callYear(30)}年度镇江市农业科技计划项目的通知`,
      year: callYear(30),
      opensAt: opens(-7),
      closesAt: closes(30),
      defaultQuota: 3,
      applicationTemplate: demoTemplates.agriculture,
      attachments: [
        {
          key: 'licence',
          name: '营业执照',
          types: ['.pdf', '.png', '.jpg'],
          maxBytes: 10 * 1024 * 1024,
          required: false,
        },
        {
          key: 'cooperation',
          name: '合作协议',
          types: ['.pdf', '.jpg', '.png'],
          maxBytes: 10 * 1024 * 1024,
          required: false,
        },
      ],
      description: '重点支持“一镇一园区（基地）”建设和五大特色产业的关键技术研究与示范推广。',
    },
    socialNow: {
      programId: citySocial,
      title: `关于组织申报${callYear(45)}年度江川市社会发展科技计划项目的通知`,
      year: callYear(45),
      opensAt: opens(-3),
      closesAt: closes(45),
      expertReview: true,
      criteria,
      applicationTemplate: demoTemplates.social,
    },
    // 载体认定: a recognition call; an approved application becomes the platform record.
    platformNow: {
      programId: cityPlatform,
      title: `关于开展${callYear(40)}年度江川市企业技术中心认定工作的通知`,
      year: callYear(40),
      opensAt: opens(-5),
      closesAt: closes(40),
      expertReview: true,
      criteria,
      formFields: [platformKind],
      applicationTemplate: demoTemplates.platform,
      description: '认定本市级企业技术中心3—5家，争创镇江市级以上工程技术研究中心2—4家。',
    },
    cityAgriNow: {
      programId: cityAgri,
      title: `${C}年度江川市农业科技计划项目申报`,
      year: C,
      opensAt: opens(-100),
      closesAt: closes(-70),
      applicationTemplate: demoTemplates.agriculture,
    },
  };
  // This year's regular round (the seed's calendar: February to June), for the calls closed three weeks or
  // more before today; their projects stand where the days since have taken them.
  const season = {
    provSeason: {
      programId: provAgri,
      title: `关于组织申报${C}年度江苏省农业科技支撑计划项目的通知`,
      year: C,
      opensAt: at(`${C}-02-20`),
      closesAt: at(`${C}-03-20`),
    },
    zjSeason: {
      programId: zjAgri,
      title: `关于组织申报${C}年度镇江市农业科技计划项目的通知`,
      year: C,
      opensAt: at(`${C}-03-01`),
      closesAt: at(`${C}-03-31`),
      defaultQuota: 4,
    },
    socialSeason: {
      programId: citySocial,
      title: `关于组织申报${C}年度江川市社会发展科技计划项目的通知`,
      year: C,
      opensAt: at(`${C}-03-10`),
      closesAt: at(`${C}-04-10`),
      expertReview: true,
      criteria,
    },
    introSeason: {
      programId: talentIntro,
      title: `${C}年江苏省高层次创新创业人才引进计划申报`,
      year: C,
      opensAt: at(`${C}-04-01`),
      closesAt: at(`${C}-04-30`),
    },
  };
  const held = Object.entries(season).filter(([, spec]) => addDays(beijingDay(spec.closesAt), 20) < today);
  // A call open now of a programme whose round this year has been held is its second batch.
  for (const [key, spec] of Object.entries(callSpecs) as [
    string,
    { programId: number; year: number; title: string },
  ][]) {
    if (key.endsWith('Now') && held.some(([, h]) => h.programId === spec.programId && h.year === spec.year))
      spec.title = spec.title.replace(/(的通知)?$/, (end) => `（第二批）${end}`);
  }
  Object.assign(callSpecs, Object.fromEntries(held));
  const callIds: Record<string, number> = {};
  for (const [key, spec] of Object.entries(callSpecs)) {
    const [row] = await tx.insert(calls).values(spec).returning({ id: calls.id });
    callIds[key] = row!.id;
  }
  await tx.insert(callQuotas).values([
    { callId: callIds.zjNow!, jurisdictionCode: 'donghu', quota: 4 },
    { callId: callIds.zjNow!, jurisdictionCode: 'htz', quota: 2 },
  ]);

  const agriOrgs = orgRows.filter(
    (r) => ['农业', '茶叶', '水产养殖', '园艺', '食品加工'].includes(r.industry ?? '') && r.id !== o.applicantOrgId,
  );
  const healthOrgs = orgRows.filter((r) => r.type === 'hospital' || r.type === 'school' || r.type === 'government');
  const talents = talent.filter((p) => p.tags.length > 0 && p.orgId);
  /** What an applicant asks for, in fen: a round sum in thousands of yuan, as budgets are written. */
  const asked = (minYuan: number, maxYuan: number) =>
    (minYuan + Math.floor(random() * ((maxYuan - minYuan) / 1000 + 1)) * 1000) * 100;
  const agriTitle = () => `${pick(random, crops)}${pick(random, techniques)}`;
  const planned: Planned[] = [];

  // 2008 provincial agriculture: 9 applied, 4 approved = 400,000 + 320,000 + 300,000 + 240,000 = 1,260,000 yuan.
  const provFunding = [400_000, 320_000, 300_000, 240_000];
  const provEnds = ['accepted', 'accepted', 'accepted', 'approved'] as const;
  for (let i = 0; i < 9; i++) {
    const orgId = i === 0 ? o.applicantOrgId : pick(random, agriOrgs).id;
    const steps =
      i < 4
        ? [...approvedAbove(provFunding[i]!, `苏科农〔${L}〕${12 + i}号`), ...afterApproval(provEnds[i]!)]
        : rejectedAbove;
    planned.push({
      call: 'provLast',
      title: i === 0 ? '葡萄设施栽培关键技术集成与示范' : agriTitle(),
      orgId,
      requestedFen: asked(300_000, 800_000),
      steps,
      from: `${L}-02-25`,
    });
  }
  // 2008 Zhenjiang agriculture: 20 applied, 13 approved = 12 × 80,000 + 70,000 = 1,030,000 yuan.
  const zjEnds = [
    'accepted',
    'accepted',
    'accepted',
    'accepted',
    'accepted',
    'accepted',
    'accepted',
    'accepted',
    'approved',
    'approved',
    'acceptance_requested',
    'failed_acceptance',
    'terminated',
  ] as const;
  for (let i = 0; i < 20; i++) {
    const steps =
      i < 13
        ? [...approvedAbove(i === 12 ? 70_000 : 80_000, `镇科计〔${L}〕${30 + i}号`), ...afterApproval(zjEnds[i]!)]
        : rejectedAbove;
    planned.push({
      call: 'zjLast',
      title: agriTitle(),
      orgId: pick(random, agriOrgs).id,
      requestedFen: asked(80_000, 250_000),
      steps,
      from: `${L}-03-05`,
    });
  }
  // 2008 social development: 6 applied; the hospital's interferon study approved, 指令性计划, 30,000 yuan.
  planned.push({
    call: 'socialLast',
    title: '干扰素治疗慢性乙型肝炎无效的分子基础研究',
    orgId: o.hospitalId,
    requestedFen: 86_000 * 100,
    steps: [
      ...toRecommended,
      { action: 'pass_formal_review', to: 'under_review', by: 'staff' },
      { action: 'finish_review', to: 'reviewed', by: 'staff' },
      {
        action: 'approve',
        to: 'approved',
        by: 'staff',
        data: { funding: 30_000, docNo: `江科发〔${L}〕21号`, planType: '指令性计划' },
      },
      ...afterApproval('accepted'),
    ],
    from: `${L}-03-15`,
  });
  for (let i = 0; i < 5; i++) {
    planned.push({
      call: 'socialLast',
      title: healthTitles[i]!,
      orgId: pick(random, healthOrgs).id,
      requestedFen: asked(30_000, 120_000),
      steps: [
        ...toRecommended,
        { action: 'pass_formal_review', to: 'under_review', by: 'staff' },
        { action: 'finish_review', to: 'reviewed', by: 'staff' },
        { action: 'reject', to: 'rejected', by: 'staff', comment: '评审未入围' },
      ],
      from: `${L}-03-15`,
    });
  }
  // 2008 talent: 3 to the introduction plan (1 funded, 1,000,000 yuan), 4 to the cultivation plan, 2 to the award.
  const talentProject = (call: string, i: number, steps: Step[], label: string): Planned => {
    const person = talents[i % talents.length]!;
    return {
      call,
      title: `${person.name}：${label}`,
      orgId: person.orgId!,
      personId: person.id,
      requestedFen: 0,
      steps,
      from: `${L}-04-05`,
    };
  };
  planned.push(
    talentProject('introLast', 0, approvedAbove(1_000_000, `苏人才办〔${L}〕5号`), '高层次创新创业人才引进'),
  );
  planned.push(talentProject('introLast', 1, rejectedAbove, '高层次创新创业人才引进'));
  planned.push(talentProject('introLast', 2, rejectedAbove, '高层次创新创业人才引进'));
  for (let i = 3; i < 7; i++) planned.push(talentProject('cultivationLast', i, toReported, '高层次创新创业人才培育'));
  for (let i = 7; i < 9; i++) planned.push(talentProject('awardLast', i, toReported, '镇江市杰出人才奖'));

  // This year's round, as far as today: the same course as the seed's year, cut at today.
  if (callIds.provSeason) {
    const funding = [350_000, 300_000, 280_000, 250_000, 200_000];
    for (let i = 0; i < 10; i++) {
      const steps =
        i < 5 ? approvedAbove(funding[i]!, `苏科农〔${C}〕${20 + i}号`) : i < 8 ? rejectedAbove : toReported;
      planned.push({
        call: 'provSeason',
        title: agriTitle(),
        orgId: pick(random, agriOrgs).id,
        requestedFen: asked(300_000, 800_000),
        steps,
        from: `${C}-02-26`,
        asOfToday: true,
      });
    }
  }
  if (callIds.zjSeason) {
    for (let i = 0; i < 14; i++) {
      const steps = i < 8 ? approvedAbove(i % 3 === 0 ? 100_000 : 80_000, `镇科计〔${C}〕${40 + i}号`) : rejectedAbove;
      planned.push({
        call: 'zjSeason',
        title: agriTitle(),
        orgId: pick(random, agriOrgs).id,
        requestedFen: asked(80_000, 250_000),
        steps,
        from: `${C}-03-06`,
        asOfToday: true,
      });
    }
  }
  if (callIds.socialSeason) {
    const reviewed: Step[] = [
      ...toRecommended,
      { action: 'pass_formal_review', to: 'under_review', by: 'staff' },
      { action: 'finish_review', to: 'reviewed', by: 'staff' },
    ];
    [
      [
        ...reviewed,
        {
          action: 'approve',
          to: 'approved',
          by: 'staff',
          data: { funding: 40_000, docNo: `江科发〔${C}〕15号`, planType: '指令性计划' },
        },
      ],
      [
        ...reviewed,
        {
          action: 'approve',
          to: 'approved',
          by: 'staff',
          data: { funding: 30_000, docNo: `江科发〔${C}〕16号`, planType: '指导性计划' },
        },
      ],
      [...reviewed, { action: 'reject', to: 'rejected', by: 'staff', comment: '评审未入围' }],
      [...reviewed, { action: 'reject', to: 'rejected', by: 'staff', comment: '评审未入围' }],
      [...reviewed, { action: 'reject', to: 'rejected', by: 'staff', comment: '评审未入围' }],
    ].forEach((steps, i) => {
      planned.push({
        call: 'socialSeason',
        title: healthTitles[i]!,
        orgId: i === 0 ? o.hospitalId : pick(random, healthOrgs).id,
        requestedFen: asked(30_000, 120_000),
        steps: steps as Step[],
        from: `${C}-03-16`,
        asOfToday: true,
      });
    });
  }
  if (callIds.introSeason) {
    for (let i = 0; i < 3; i++)
      planned.push({
        ...talentProject(
          'introSeason',
          9 + i,
          i === 0 ? approvedAbove(1_000_000, `苏人才办〔${C}〕7号`) : rejectedAbove,
          '高层次创新创业人才引进',
        ),
        from: `${C}-04-06`,
        asOfToday: true,
      });
  }

  // Open now or just closed: the provincial call closed and under way; the Zhenjiang and social calls open now.
  const endsNow: [string, Step[]][] = [
    ['provNow', [...toRecommended, { action: 'pass_formal_review', to: 'under_review', by: 'staff' }]],
    ['provNow', [...toRecommended, { action: 'pass_formal_review', to: 'under_review', by: 'staff' }]],
    [
      'provNow',
      [
        ...toRecommended,
        { action: 'pass_formal_review', to: 'under_review', by: 'staff' },
        { action: 'finish_review', to: 'reviewed', by: 'staff' },
      ],
    ],
    [
      'provNow',
      [
        ...toRecommended,
        { action: 'pass_formal_review', to: 'under_review', by: 'staff' },
        { action: 'finish_review', to: 'reviewed', by: 'staff' },
        { action: 'report_up', to: 'reported', by: 'staff' },
      ],
    ],
    [
      'cityAgriNow',
      [
        ...toReviewed,
        {
          action: 'approve',
          to: 'approved',
          by: 'staff',
          data: { funding: 50_000, docNo: `江科发〔${C}〕3号`, planType: '指导性计划' },
        },
      ],
    ],
    [
      'cityAgriNow',
      [
        ...toReviewed,
        {
          action: 'approve',
          to: 'approved',
          by: 'staff',
          data: { funding: 80_000, docNo: `江科发〔${C}〕4号`, planType: '指导性计划' },
        },
      ],
    ],
    [
      'cityAgriNow',
      [
        ...toReviewed,
        {
          action: 'approve',
          to: 'approved',
          by: 'staff',
          data: { funding: 60_000, docNo: `江科发〔${C}〕5号`, planType: '指令性计划' },
        },
      ],
    ],
    // One more reviewed, held for the bureau's decision: the clerk puts it up to the director today.
    ['cityAgriNow', toReviewed],
    ['zjNow', [{ action: 'create', to: 'draft', by: 'applicant' }]],
    [
      'zjNow',
      [
        { action: 'create', to: 'draft', by: 'applicant' },
        { action: 'submit', to: 'submitted', by: 'applicant' },
      ],
    ],
    [
      'zjNow',
      [
        { action: 'create', to: 'draft', by: 'applicant' },
        { action: 'submit', to: 'submitted', by: 'applicant' },
      ],
    ],
    [
      'zjNow',
      [
        { action: 'create', to: 'draft', by: 'applicant' },
        { action: 'submit', to: 'submitted', by: 'applicant' },
        { action: 'withdraw', to: 'withdrawn', by: 'applicant' },
      ],
    ],
    ['zjNow', toRecommended],
    [
      'zjNow',
      [
        { action: 'create', to: 'draft', by: 'applicant' },
        { action: 'submit', to: 'submitted', by: 'applicant' },
        { action: 'return', to: 'returned', by: 'liaison', comment: '请补充合作单位协议' },
      ],
    ],
    [
      'socialNow',
      [
        { action: 'create', to: 'draft', by: 'applicant' },
        { action: 'submit', to: 'submitted', by: 'applicant' },
      ],
    ],
  ];
  endsNow.forEach(([call, steps], i) => {
    const orgId =
      call === 'socialNow'
        ? o.hospitalId
        : i === 4 || i === 7
          ? o.applicantOrgId
          : pick(
              random,
              agriOrgs.filter((x) => x.code !== 'donghu'),
            ).id;
    const title =
      call === 'socialNow'
        ? '基层医疗机构慢性病远程管理系统研究与应用'
        : i === 7
          ? '东湖镇葡萄绿色高效生产技术集成示范'
          : i === 4
            ? '设施蔬菜水肥一体化技术示范与推广'
            : agriTitle();
    const from = addDays(today, call === 'zjNow' || call === 'socialNow' ? -2 : -55);
    planned.push({
      call,
      title,
      orgId,
      requestedFen:
        call === 'cityAgriNow'
          ? asked(60_000, 150_000)
          : call === 'provNow'
            ? asked(300_000, 900_000)
            : asked(50_000, 300_000),
      steps,
      from,
    });
  });

  const sectionOfCall = (call: string) =>
    call.startsWith('social')
      ? '社会发展科'
      : call.startsWith('intro') || call.startsWith('cultivation') || call.startsWith('award')
        ? '人才与合作科'
        : '农村科技科';
  const actorNameOf = (by: Step['by'], p: Planned) => {
    const org = orgRows.find((r) => r.id === p.orgId);
    if (by === 'applicant') return org?.name ?? '申报单位';
    if (by === 'liaison') return `${demoJurisdictions.find((j) => j.code === org?.code)?.name ?? ''}联络员`;
    return sectionOfCall(p.call);
  };
  let inserted = 0;
  for (const planning of planned) {
    // A step is taken twelve days after the one before; this year's round stops at today.
    const p = planning.asOfToday
      ? { ...planning, steps: planning.steps.filter((_, i) => at(planning.from).getTime() + i * 12 * day <= now) }
      : planning;
    if (!p.steps.length) continue;
    inserted++;
    const last = p.steps[p.steps.length - 1]!;
    const decided = p.steps.find(
      (s) => s.action === 'approve' || s.action === 'record_result' || s.action === 'reject',
    );
    const funding = decided?.data?.funding as number | undefined;
    const times = p.steps.map((_, i) => new Date(at(p.from).getTime() + i * 12 * day));
    // Recent projects: squeeze the steps into the hours before now, never into the future.
    if (times[times.length - 1]!.getTime() > now) {
      for (let i = 0; i < times.length; i++)
        times[i] = new Date(Math.min(now - (p.steps.length - i) * 3600_000, times[i]!.getTime()));
    }
    const [row] = await tx
      .insert(projects)
      .values({
        callId: callIds[p.call]!,
        orgId: p.orgId,
        personId: p.personId ?? null,
        title: p.title,
        state: last.to,
        requestedFen: p.requestedFen || null,
        approvedFen: funding === undefined ? null : funding * 100,
        docNo: (decided?.data?.docNo as string | undefined) ?? null,
        planType: (decided?.data?.planType as string | undefined) ?? null,
        formData: p.call === 'platformNow' ? { platformKind: '企业技术中心' } : {},
        submittedAt: p.steps.length > 1 ? times[1]! : null,
        decidedAt: decided ? times[p.steps.indexOf(decided)]! : null,
        createdAt: times[0]!,
        updatedAt: times[times.length - 1]!,
        version: p.steps.length,
      })
      .returning({ id: projects.id });
    await tx.insert(projectEvents).values(
      p.steps.map((s, i) => ({
        projectId: row!.id,
        action: s.action,
        fromState: i === 0 ? null : p.steps[i - 1]!.to,
        toState: s.to,
        actorName: actorNameOf(s.by, p),
        actorRole: s.by,
        comment: s.comment ?? null,
        data: s.data ?? null,
        at: times[i]!,
      })),
    );
  }
  return {
    calls: Object.keys(callIds).length,
    projects: inserted,
    openCallId: callIds.zjNow!,
    underReviewCallId: callIds.provNow!,
  };
}

/**
 * The demo expert reviews the 2009 provincial call: unscored on the projects still under review, scored on
 * those already past it (its own organisation, the city hospital, has none there).
 */
export async function assignDemoExpert(tx: DbOrTx, o: { expertId: number; callId: number; random: () => number }) {
  const rows = await tx
    .select({ id: projects.id, state: projects.state })
    .from(projects)
    .where(eq(projects.callId, o.callId));
  const assignments = rows
    .filter((p) => p.state !== 'draft' && p.state !== 'submitted' && p.state !== 'recommended')
    .map((p) => {
      if (p.state === 'under_review') return { projectId: p.id, expertId: o.expertId };
      const scores = {
        innovation: 20 + Math.floor(o.random() * 10),
        feasibility: 20 + Math.floor(o.random() * 10),
        benefit: 15 + Math.floor(o.random() * 10),
        team: 10 + Math.floor(o.random() * 5),
      };
      const totalScore = Object.values(scores).reduce((a, b) => a + b, 0);
      return {
        projectId: p.id,
        expertId: o.expertId,
        scores,
        totalScore,
        comment: '技术路线可行，建议支持',
        scoredAt: clock.now(),
      };
    });
  if (assignments.length) await tx.insert(reviewAssignments).values(assignments);
}
