import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  applicationVersions,
  calls,
  orgAnnualFigures,
  orgs,
  people,
  programs,
  projectAttachments,
  projects,
} from '../../db/tables/index.js';
import type { Storage } from '../../server/storage.js';
import { evidencePdf } from './letters-seed.js';
import { fenToYuan } from '../../shared/money.js';
import { checksumOf, printedChecksum, snapshotOfApplicant } from '../applications/application.service.js';
import {
  categoryCodes,
  defaultApplicationNoRule,
  defaultProjectCodeRule,
  nextNumber,
} from '../applications/numbering.js';
import type { StoredApplication } from '../applications/schema.js';
import { type ApplicationTemplate, stampedCopySpec } from '../applications/template.js';
import { checkDuplicates } from '../projects/duplicates.js';
import { givenNames, surnames } from './city.js';
import { demoIdNumber, demoUscc, pick, seededRandom } from './generate.js';

/** Fen rounded to whole hundreds of yuan, as budget tables are written. */
const hundreds = (fen: number) => Math.round(fen / 10_000) * 10_000;

/**
 * The national categories for a grant of `fiscalFen`: 间接费用 8%, then a quarter of the rest on equipment, a
 * fifth on labour and the remainder on operating costs — inside the 20% cap — and 自筹 at the call's ratio.
 */
function demoBudget(fiscalFen: number, selfRatioPercent: number, notes: Record<string, string>) {
  const indirect = hundreds(fiscalFen * 0.08);
  const rest = fiscalFen - indirect;
  const equipment = hundreds(rest * 0.25);
  const labour = hundreds(rest * 0.2);
  const business = rest - equipment - labour;
  const self = Math.ceil((fiscalFen * selfRatioPercent) / 100 / 10_000) * 10_000;
  const selfEquipment = hundreds(self * 0.4);
  const line = (category: 'equipment' | 'business' | 'labour' | 'indirect', fiscal: number, own: number) => ({
    category,
    fiscal: fenToYuan(fiscal),
    self: fenToYuan(own),
    other: '0.00',
    note: notes[category] ?? null,
  });
  return [
    line('equipment', equipment, selfEquipment),
    line('business', business, self - selfEquipment),
    line('labour', labour, 0),
    line('indirect', indirect, 0),
  ];
}

/** What a crop's application says of the crop: its local problem, and what is to be bred or kept. */
const cropFacts: Record<string, [string, string]> = {
  葡萄: [
    '我市设施葡萄连年种植，灰霉病、霜霉病发生重，果实着色不匀、糖度偏低',
    '引进阳光玫瑰、夏黑等早中熟品种，配套限根栽培和花果管理',
  ],
  草莓: [
    '大棚草莓连作障碍突出，炭疽病、白粉病频发，育苗成活率不足七成',
    '选育红颊、章姬等适销品种的脱毒种苗，推广高架基质栽培',
  ],
  水稻: [
    '稻麦两熟区秸秆还田量大，水稻前期僵苗、后期倒伏，稻米垩白度偏高',
    '示范南粳系列优良食味品种，推行机插秧与侧深施肥同步作业',
  ],
  茶叶: ['丘陵茶园老化，夏秋茶利用率低，名优茶机采率不足两成', '改造低产茶园，推广白叶一号等良种和茶园覆盖遮阳技术'],
  食用菌: [
    '食用菌生产以农户分散栽培为主，菌包污染率高，周年均衡上市难',
    '建设工厂化菌包生产线，选用杏鲍菇、金针菇高产菌株',
  ],
  河蟹: ['河蟹养殖水体富营养化，规格偏小，大规格蟹比例不足三成', '推广“种草投螺”生态养殖，放养长江水系优质扣蟹'],
  生猪: ['中小规模猪场粪污资源化利用率低，仔猪腹泻造成的损失较大', '引进优质种猪，推行分阶段饲喂和发酵床养殖'],
  设施蔬菜: ['设施蔬菜土壤次生盐渍化加重，根结线虫危害逐年扩大', '示范嫁接育苗和基质栽培，采用环境智能调控'],
  苗木: ['苗木品种结构同质化，容器苗比例低，起苗移栽成活率不稳', '发展彩叶、造型等高附加值苗木，推广容器育苗'],
  应时鲜果: ['桃、梨等应时鲜果集中上市、价格波动大，采后损耗超过两成', '搭配早中晚熟品种，配套避雨栽培与冷链预冷'],
  优质稻米: ['优质稻米种植分散，品牌溢价低，加工环节碎米率偏高', '统一品种、统一种植规程，建设低温仓储与精米加工线'],
  特种水产: ['鳜鱼、青虾等特种水产苗种依赖外购，养殖病害损失大', '建设苗种繁育车间，示范池塘工程化循环水养殖'],
};
/** What an application says of its technique: the work, the route, and what is new. */
const techniqueFacts: Record<string, [string, string, string]> = {
  设施栽培关键技术研究与示范: [
    '研究棚型结构、温光水肥调控与周年生产茬口安排',
    '棚型比选—环境监测—调控模型—茬口优化—示范推广',
    '以物联网监测数据指导环境调控，替代凭经验放风浇水',
  ],
  绿色高效生产技术集成与推广: [
    '集成有机肥替代化肥、病虫害绿色防控和节水灌溉技术',
    '技术筛选—集成组装—田间验证—规程编制—培训推广',
    '建立化肥农药减量与产量品质协同提升的技术模式',
  ],
  新品种引进与示范: [
    '开展新品种比较试验，评价产量、品质、抗性和市场接受度',
    '品种征集—多点比较试验—品种评价—配套技术—示范基地',
    '形成适宜本地的品种布局和配套栽培（养殖）技术',
  ],
  病虫害综合防控技术研究: [
    '研究主要病虫害发生规律，建立测报和绿色防控体系',
    '发生规律调查—预测预报—防控技术试验—综合防控方案—示范',
    '以性诱、灯诱和生物农药为主，化学防治为辅',
  ],
  标准化生产技术集成示范: [
    '制定覆盖产前、产中、产后的标准化生产技术规程',
    '现状调研—标准起草—基地验证—标准发布—认证推广',
    '以标准化促进品牌化，建立产品质量追溯',
  ],
  精深加工技术研究与产业化: [
    '研究产品保鲜、精深加工工艺和副产物综合利用',
    '原料特性分析—工艺试验—中试—生产线建设—市场开发',
    '开发即食化、功能化新产品，提高附加值',
  ],
  生态健康养殖技术示范: [
    '研究养殖环境调控、饲料营养和疫病防控',
    '环境监测—饲养试验—疫病防控方案—示范推广',
    '种养结合、循环利用，实现尾水（粪污）达标排放',
  ],
};

/** 研究内容 … 预期目标 of an agricultural project, from its crop and technique. */
function agricultureTexts(title: string, org: string, seed: number) {
  const crop = Object.keys(cropFacts).find((c) => title.includes(c)) ?? '设施蔬菜';
  const technique = Object.keys(techniqueFacts).find((t) => title.endsWith(t)) ?? '绿色高效生产技术集成与推广';
  const [problem, breed] = cropFacts[crop]!;
  const [work, route, novelty] = techniqueFacts[technique]!;
  return {
    content: `<p>${problem}。本项目${work}，${breed}。</p><p>${org}现有${crop}生产基地${60 + (seed % 7) * 40}亩，配备技术人员${4 + (seed % 5)}名，${seed % 2 ? '与扬州大学园艺与植物保护学院建立了长期合作' : `为市级农业龙头企业，带动周边农户${120 + seed * 7}户`}。</p>`,
    route: `<p>${route}。</p>`,
    innovation: `<p>${novelty}。</p>`,
    goals: `<p>建立${crop}核心示范基地${100 + (seed % 5) * 50}亩，辐射推广${800 + (seed % 4) * 200}亩，亩均节本增效${1000 + (seed % 3) * 500}元以上，培训农民${200 + (seed % 3) * 100}人次。</p>`,
  };
}

/** Last year's grape project of the demo applicant, and this year's, which reuses much of it: what 查重 is for. */
const grapeTexts = {
  earlier: {
    content:
      '<p>本项目针对我市设施葡萄生产中病害发生重、水肥利用率低、果实品质不稳定等突出问题，开展避雨栽培、水肥一体化和病虫害绿色防控技术集成研究。</p><p>筛选适宜本地设施栽培的优质葡萄品种3至5个，建立避雨棚架结构和配套栽培模式。研究不同生育期葡萄需水需肥规律，制定水肥一体化灌溉施肥制度，实现节水30%以上、节肥20%以上。</p>',
    route: '<p>品种筛选—栽培模式试验—技术规程制定—示范推广。</p>',
    innovation:
      '<p>首次在本地集成避雨栽培与水肥一体化技术，集成物理防控、生物防控和科学用药技术，化学农药使用量减少30%以上。</p>',
    goals: '<p>在项目实施期内建立核心示范基地200亩，辐射推广1000亩，亩均增收3000元以上，培训农民500人次。</p>',
  },
  later: {
    content:
      '<p>本项目针对东湖镇设施葡萄生产中病害发生严重、水肥利用率偏低、果实品质不稳定等突出问题，开展避雨栽培、水肥一体化及病虫害绿色防控技术的集成研究。</p><p>筛选适合本地设施栽培的优质葡萄品种3至5个，建立避雨棚架结构及配套栽培模式。研究不同生育期葡萄需水需肥规律，制定水肥一体化灌溉施肥制度，实现节水30%以上、节肥20%以上。</p>',
    route: '<p>品种筛选—栽培模式试验—技术规程制定—示范推广—电商品牌建设。</p>',
    innovation:
      '<p>在本镇集成避雨栽培与水肥一体化技术，集成物理防控、生物防控与科学用药技术，化学农药用量减少30%以上。</p>',
    goals: '<p>项目实施期内建立核心示范基地200亩，辐射推广1000亩，亩均增收3000元以上，培训农民500人次。</p>',
  },
};

function socialTexts(title: string) {
  return {
    content: `<p>围绕“${title}”，在全市选取3个镇（街道）开展研究，建立覆盖基层医疗机构、疾控中心和学校的协作机制。</p><p>开展基线调查，建立信息化管理平台，形成适合本地的综合干预方案并组织实施。</p>`,
    route: '<p>文献研究与基线调查—干预方案设计—试点实施—效果评估—推广应用。</p>',
    innovation: '<p>将信息化随访管理与家庭医生签约服务结合，实现筛查、干预、随访闭环管理。</p>',
    goals: '<p>形成综合干预技术方案1套，覆盖人群不少于2万人，发表论文2篇，培养业务骨干5名。</p>',
  };
}

function platformTexts(org: string) {
  return {
    content: `<p>${org}技术中心现有研发场地1200平方米，研发仪器设备原值860万元，专职研发人员32人，其中高级职称9人；近三年承担省、市科技计划项目5项。</p>`,
    goals:
      '<p>三年内新增发明专利申请6件，开发新产品4个，研发投入占销售收入比例不低于4%，建成镇江市级工程技术研究中心。</p>',
  };
}

type Kind = 'agriculture' | 'social' | 'platform';

const pastFormalReview = new Set([
  'under_review',
  'reviewed',
  'reported',
  'approved',
  'rejected',
  'acceptance_requested',
  'accepted',
  'failed_acceptance',
  'terminated',
]);
const pastRecommendation = new Set(['recommended', ...pastFormalReview]);

function kindOf(category: string): Kind {
  if (category === 'social_development') return 'social';
  if (category === 'platform') return 'platform';
  return 'agriculture';
}

const titlesOf: Record<Kind, string[]> = {
  agriculture: ['高级农艺师', '农艺师', '助理农艺师'],
  social: ['主任医师', '副主任医师', '主治医师'],
  platform: ['高级工程师', '工程师', '工程师'],
};
const degrees = ['硕士', '学士', '博士', '学士'];

/**
 * The demo's applications filled in as real ones are: for every project of a call with a 申报书 template, a
 * team of the organisation's people (added to its registry), the applicant confirmed with last year's figures,
 * the texts, targets, a budget that meets the call's rules and milestones. What has been submitted carries its
 * number, checksum and first version and has been through 查重; what was approved carries its project code.
 * The draft is half filled, and the returned one has been revised since, as the liaison asked.
 */
export async function seedDemoApplications(tx: DbOrTx, o: { applicantOrgId: number; storage?: Storage }) {
  // A generator of its own: the rest of the seed draws the same numbers whether or not applications are filled in.
  const random = seededRandom(16);
  const rows = await tx
    .select({
      id: projects.id,
      title: projects.title,
      state: projects.state,
      orgId: projects.orgId,
      requestedFen: projects.requestedFen,
      approvedFen: projects.approvedFen,
      formData: projects.formData,
      orgName: orgs.name,
      createdAt: projects.createdAt,
      submittedAt: projects.submittedAt,
      year: calls.year,
      template: calls.applicationTemplate,
      category: programs.category,
      programCode: programs.code,
      applicationNoRule: programs.applicationNoRule,
      projectCodeRule: programs.projectCodeRule,
    })
    .from(projects)
    .innerJoin(calls, eq(calls.id, projects.callId))
    .innerJoin(programs, eq(programs.id, calls.programId))
    .innerJoin(orgs, eq(orgs.id, projects.orgId))
    .where(isNotNull(calls.applicationTemplate))
    .orderBy(asc(projects.createdAt), asc(projects.id));
  let seed = 0;
  for (const row of rows) {
    seed++;
    const template = row.template as ApplicationTemplate;
    const kind = kindOf(row.category);
    const team = await tx
      .insert(people)
      .values(
        [0, 1, 2].map((i) => ({
          name: `${pick(random, surnames)}${pick(random, givenNames)}`,
          orgId: row.orgId,
          gender: random() < 0.6 ? ('male' as const) : ('female' as const),
          idNumber: demoIdNumber(random),
          title: titlesOf[kind][i]!,
          degree: pick(random, degrees),
          field: kind === 'social' ? '临床医学' : kind === 'platform' ? '机械工程' : '设施农业',
        })),
      )
      .onConflictDoNothing()
      .returning({ id: people.id, name: people.name });
    if (team.length < 3) continue;
    if (template.applicantFigures) {
      const revenue = (2_000 + Math.floor(random() * 48_000)) * 1_000_00;
      await tx
        .insert(orgAnnualFigures)
        .values({
          orgId: row.orgId,
          year: row.year - 1,
          revenueFen: revenue,
          rdSpendFen: hundreds(revenue * (0.02 + random() * 0.03)),
          staff: 40 + Math.floor(random() * 300),
          rdStaff: 6 + Math.floor(random() * 30),
        })
        .onConflictDoNothing();
    }
    const grape = row.orgId === o.applicantOrgId && row.title.includes('葡萄');
    const texts = grape
      ? row.title.startsWith('东湖镇')
        ? grapeTexts.later
        : grapeTexts.earlier
      : kind === 'social'
        ? socialTexts(row.title)
        : kind === 'platform'
          ? platformTexts(row.orgName)
          : agricultureTexts(row.title, row.orgName, seed);
    const applicant = {
      ...(await snapshotOfApplicant(tx, row.orgId, template.applicantFigures ? row.year - 1 : null)),
      confirmedAt: row.createdAt.toISOString(),
    };
    const startOn = `${row.year}-01-01`;
    const months = Math.min(template.periodMonths.max, 24);
    const endOn = `${row.year + months / 12 - 1}-12-31`;
    const indicators =
      kind === 'social'
        ? [
            { kind: 'papers' as const, value: 2 },
            { kind: 'talents' as const, value: 5 },
          ]
        : kind === 'platform'
          ? [
              { kind: 'invention_patents' as const, value: 6 },
              { kind: 'new_products' as const, value: 4 },
            ]
          : [
              { kind: 'other' as const, name: '示范推广面积', unit: '亩', value: 800 + (seed % 4) * 200 },
              { kind: 'standards' as const, value: 1 },
              { kind: 'revenue' as const, value: 150 + (seed % 5) * 50 },
            ];
    const draft = row.state === 'draft';
    const application: StoredApplication = {
      techField: kind === 'social' ? '0201' : kind === 'platform' ? '0801' : '0207',
      industry: kind === 'social' ? '卫生' : kind === 'platform' ? '装备制造' : '农业',
      startOn,
      endOn,
      partners: [],
      applicant: draft ? null : applicant,
      leader: { personId: team[0]!.id, role: '项目总体设计与组织实施', months: 18 },
      members: [
        { personId: team[1]!.id, role: kind === 'social' ? '现场调查与干预实施' : '技术试验与示范', months: 12 },
        { personId: team[2]!.id, role: '数据采集与分析', months: 10 },
      ],
      texts,
      ...(draft
        ? {}
        : {
            indicators,
            budget:
              template.budget && row.requestedFen
                ? demoBudget(row.requestedFen, template.budget.selfRatioPercent, {
                    business: '材料、测试化验、示范基地建设',
                    labour: '临时聘用人员劳务',
                  })
                : [],
            milestones: [
              {
                title: '完成方案设计、品种（对象）筛选和基线调查',
                dueOn: `${row.year}-06-30`,
                deliverable: '实施方案1份',
              },
              { title: '完成关键技术试验，形成阶段成果', dueOn: `${row.year}-12-31`, deliverable: '阶段报告1份' },
              { title: '完成示范推广和总结验收', dueOn: endOn, deliverable: '技术规程或总结报告' },
            ].slice(0, Math.max(template.minMilestones, 2)),
          }),
    };
    const teamPersonIds = team.map((p) => p.id);
    await tx
      .update(projects)
      .set({ application, leaderPersonId: team[0]!.id, leaderName: team[0]!.name, teamPersonIds })
      .where(eq(projects.id, row.id));
    if (draft) continue;
    const context = { year: row.year, code: row.programCode ?? categoryCodes[row.category] };
    const applicationNo = await nextNumber(
      tx,
      'applicationNo',
      row.applicationNoRule ?? defaultApplicationNoRule,
      context,
    );
    const content = {
      title: row.title,
      requestedFen: row.requestedFen,
      leaderPersonId: team[0]!.id,
      application,
      formData: row.formData,
      applicationNo,
    };
    const checksum = checksumOf(content);
    await tx
      .insert(applicationVersions)
      .values({ projectId: row.id, seq: 1, content, checksum, submittedAt: row.submittedAt ?? row.createdAt });
    const code =
      row.approvedFen !== null
        ? await nextNumber(tx, 'code', row.projectCodeRule ?? defaultProjectCodeRule, context)
        : null;
    await tx.update(projects).set({ applicationNo, checksum, code }).where(eq(projects.id, row.id));
    await checkDuplicates(
      tx,
      { id: row.id, title: row.title, application, formData: row.formData, teamPersonIds, leaderPersonId: team[0]!.id },
      row.year,
    );
    // Past the step that asks it, the stamped scan of this version is on file, as the liaison saw it.
    const stampedBy =
      template.stampedCopyStep === 'recommend'
        ? pastRecommendation
        : template.stampedCopyStep === 'pass_formal_review'
          ? pastFormalReview
          : null;
    if (o.storage && stampedBy?.has(row.state)) {
      const { sha256, size } = await o.storage.put(
        evidencePdf(`${applicationNo} ${printedChecksum(checksum)} stamped`),
      );
      await tx.insert(projectAttachments).values({
        projectId: row.id,
        attachmentKey: stampedCopySpec.key,
        sha256,
        size,
        mediaType: 'application/pdf',
        originalName: `${applicationNo}盖章申报书.pdf`,
        checksum,
        createdAt: row.submittedAt ?? row.createdAt,
      });
    }
    if (row.state === 'returned') {
      // Revised as the liaison asked, not yet sent again: what the version comparison shows.
      const revised: StoredApplication = {
        ...application,
        partners: [
          { name: '江苏农林职业技术学院', uscc: demoUscc(random, '12'), role: '品种选育与技术指导，已签订合作协议' },
        ],
      };
      await tx
        .update(projects)
        .set({ application: revised })
        .where(and(eq(projects.id, row.id), eq(projects.state, 'returned')));
    }
  }
}
