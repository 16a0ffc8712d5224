import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { disclosureRequestEvents, disclosureRequests, users } from '../../db/tables/index.js';
import * as clock from '../../shared/clock.js';
import { addDays } from '../../shared/clock.js';
import { dueDay } from '../disclosure/clock.js';
import { defaultLegalBasis } from '../disclosure/outcomes.js';
import { loadCalendar, workingDaysAfter } from '../calendar/calendar.js';
import { demoIdNumber } from './generate.js';

type Seeded = {
  daysAgo: number;
  kind: 'person' | 'company' | 'research' | 'public_interest' | 'legal_service' | 'other';
  name: string;
  description: string;
  /** Answered so many working days after receipt, with this outcome (and ground). */
  answered?: { after: number; outcome: string; reason?: string; reply: string };
  correction?: { after: number; note: string; correctedAfter?: number };
  consulting?: { after: number; note: string };
  extended?: { after: number; days: number; reason: string };
};

const demoUscc = ['91321181MA1NCX2K0B', '91321181MA1P4Q8R6N'];

/**
 * 依申请公开 as the seed's bureau had it: requests from last December carried into this year, this year's
 * answered with outcomes across the national table, and some in hand today — one awaiting correction, one
 * with a third party consulted, one extended, one due within the week.
 */
export async function seedDemoDisclosure(tx: Tx) {
  const today = clock.today();
  const [staff] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'staff'));
  const calendar = await loadCalendar(tx, addDays(today, -500), addDays(today, 120));
  // A step so many working days after receipt; none if that day is still ahead (the demo may start on any day).
  const after = (day: string, n: number) => {
    const on = workingDaysAfter(day, n, calendar);
    return on <= today ? on : undefined;
  };
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const requests: Seeded[] = [
    {
      daysAgo: 360,
      kind: 'person',
      name: '周建国',
      description: '上年度全市科技计划项目经费安排情况',
      answered: {
        after: 15,
        outcome: 'disclose',
        reply: '所申请信息已在本局网站“政府信息公开—项目资金”栏目公开，现将电子文档随本告知书一并提供。',
      },
    },
    {
      daysAgo: 300,
      kind: 'company',
      name: '江川市绿源茶业有限公司',
      description: '本市茶叶精深加工工程技术研究中心认定的评审标准',
      answered: {
        after: 8,
        outcome: 'disclose',
        reply: '现将《江川市工程技术研究中心认定办法》及评分标准提供给你单位。',
      },
    },
    {
      daysAgo: 250,
      kind: 'research',
      name: '江川农业科学研究所',
      description: '近三年市级农业科技计划立项项目的验收结论',
      answered: {
        after: 18,
        outcome: 'partial',
        reply: '现提供近三年立项项目的验收结论汇总表；其中涉及企业技术秘密的验收专家意见不予提供。',
      },
    },
    {
      daysAgo: 200,
      kind: 'person',
      name: '吴丽',
      description: '某企业申报高新技术企业认定的全部申报材料',
      answered: {
        after: 19,
        outcome: 'withhold',
        reason: 'third_party',
        reply: '所申请材料含有该企业的商业秘密，经书面征求该企业意见，该企业不同意公开。',
      },
    },
    {
      daysAgo: 160,
      kind: 'legal_service',
      name: '江苏某律师事务所',
      description: '2015年度科技三项费用拨付的原始凭证',
      answered: {
        after: 12,
        outcome: 'unavailable',
        reason: 'not_held',
        reply: '经检索，本机关未保存该年度拨付的原始凭证，相关凭证由市财政局保管，联系电话见市财政局网站。',
      },
    },
    {
      daysAgo: 120,
      kind: 'person',
      name: '孙明',
      description: '要求市科技局调查某企业骗取专利资助的问题',
      answered: {
        after: 5,
        outcome: 'not_processed',
        reason: 'petition',
        reply: '你的申请属于投诉举报事项，不作为政府信息公开申请处理，请通过本局网站“留言咨询”或12345热线反映。',
      },
    },
    {
      daysAgo: 90,
      kind: 'public_interest',
      name: '江川市科普志愿者协会',
      description: '本年度科普经费预算',
      correction: {
        after: 3,
        note: '请写明所需的是本局部门预算中的科普经费，还是市级科普专项资金。',
        correctedAfter: 6,
      },
      answered: { after: 22, outcome: 'disclose', reply: '本局本年度部门预算已在网站公开，其中科普经费为35万元。' },
    },
    {
      daysAgo: 40,
      kind: 'company',
      name: '江川市宏达机械有限公司',
      description: '本年度专利资助资金的拨付明细',
      extended: { after: 18, days: 10, reason: '需要逐笔核对两个批次的拨付记录' },
      answered: {
        after: 27,
        outcome: 'disclose',
        reply: '现将本年度两个批次专利资助资金的拨付明细（单位、件数、金额）提供给你单位。',
      },
    },
    {
      daysAgo: 24,
      kind: 'person',
      name: '钱文',
      description: '科技大楼建设项目的招标文件',
      answered: {
        after: 10,
        outcome: 'unavailable',
        reason: 'needs_making',
        reply: '科技大楼建设项目由市住建局组织招标，本机关不掌握招标文件。',
      },
    },
    {
      daysAgo: 27,
      kind: 'person',
      name: '郑小红',
      description: '我父亲以前申请的那个项目的材料',
      correction: { after: 3, note: '请写明项目名称、申报年度或项目编号，以及您与项目负责人的关系证明。' },
    },
    {
      daysAgo: 16,
      kind: 'research',
      name: '江川职业技术学院',
      description: '市级重点实验室绩效评价的评价结果及评分明细',
      consulting: { after: 4, note: '征求被评价单位对公开其评分明细的意见。' },
    },
    {
      daysAgo: 26,
      kind: 'company',
      name: '江川新材料科技有限公司',
      description: '本市产学研合作项目的补助标准和已补助名单',
    },
    { daysAgo: 2, kind: 'person', name: '冯晓东', description: '本年度科技进步目标责任状考核结果' },
    // The seed's year (the last complete one): what its annual report counts.
    {
      daysAgo: 640,
      kind: 'company',
      name: '江川市宏达机械有限公司',
      description: '上年度企业技术中心认定名单',
      answered: {
        after: 6,
        outcome: 'disclose',
        reply: '认定名单已在本局网站“公示公告”栏目公开，现将电子文档提供给你单位。',
      },
    },
    {
      daysAgo: 600,
      kind: 'person',
      name: '陈刚',
      description: '本市专利资助资金的拨付标准',
      answered: {
        after: 4,
        outcome: 'disclose',
        reply: '拨付标准见《江川市专利申报资助办法》，已在本局网站“政策法规”栏目公开。',
      },
    },
    {
      daysAgo: 560,
      kind: 'research',
      name: '江川农业科学研究所',
      description: '省级农业科技计划项目的评审专家名单和评分',
      answered: {
        after: 16,
        outcome: 'withhold',
        reason: 'process',
        reply: '评审专家名单和评分属于内部评审过程中的过程性信息，不予公开；立项结果已公示。',
      },
    },
    {
      daysAgo: 520,
      kind: 'other',
      name: '江川市茶叶协会',
      description: '2010年以前茶叶项目的验收档案',
      answered: {
        after: 11,
        outcome: 'unavailable',
        reason: 'not_held',
        reply: '经检索，本机关未保存该时期的项目验收档案，相关档案已移交市档案馆。',
      },
    },
    {
      daysAgo: 470,
      kind: 'person',
      name: '孙明',
      description: '再次申请上次已答复的专利资助名单',
      answered: {
        after: 3,
        outcome: 'not_processed',
        reason: 'repeat',
        reply: '本机关已于今年3月就相同内容作出答复，不再重复处理。',
      },
    },
    {
      daysAgo: 420,
      kind: 'legal_service',
      name: '江苏某律师事务所',
      description: '某企业项目资金使用情况的审计报告',
      consulting: { after: 5, note: '征求该企业意见。' },
      answered: {
        after: 25,
        outcome: 'partial',
        reply: '现提供审计结论部分；涉及企业财务明细的内容属于商业秘密，不予提供。',
      },
    },
  ];
  // The carried-over request: received last December, answered this January.
  const lastDecember = `${Number(today.slice(0, 4)) - 1}-12-22`;
  for (const [i, s] of requests.entries()) {
    const receivedOn = i === 0 ? lastDecember : addDays(today, -s.daysAgo);
    const events: { action: string; day: string; note?: string; data?: Record<string, unknown> }[] = [
      { action: 'receive', day: receivedOn, data: { channel: i % 3 ? 'online' : 'letter' } },
    ];
    let clockFrom = receivedOn;
    let state: string = 'received';
    const pausedDays = 0;
    const row: Partial<typeof disclosureRequests.$inferInsert> = {};
    const asked = s.correction && after(receivedOn, s.correction.after);
    if (s.correction && asked) {
      events.push({ action: 'ask_correction', day: asked, note: s.correction.note });
      Object.assign(row, {
        correctionAskedOn: asked,
        correctionNote: s.correction.note,
        correctionDueOn: addDays(asked, 21),
      });
      const corrected = s.correction.correctedAfter ? after(receivedOn, s.correction.correctedAfter) : undefined;
      if (corrected) {
        clockFrom = corrected;
        events.push({ action: 'correct', day: corrected });
      } else state = 'correction';
    }
    const since = s.consulting && after(receivedOn, s.consulting.after);
    if (s.consulting && since) {
      events.push({ action: 'consult', day: since, note: s.consulting.note });
      Object.assign(row, { consultingSince: since });
      state = 'consulting';
    }
    const extendedOn = s.extended && after(receivedOn, s.extended.after);
    if (s.extended && extendedOn) {
      const on = extendedOn;
      events.push({ action: 'extend', day: on, note: s.extended.reason, data: { days: s.extended.days } });
      Object.assign(row, { extendedDays: s.extended.days, extensionReason: s.extended.reason, extendedOn: on });
    }
    const clockNow = { clockFrom, extendedDays: extendedOn ? s.extended!.days : 0, pausedDays };
    const repliedOn = s.answered && state !== 'correction' && after(receivedOn, s.answered.after);
    if (s.answered && repliedOn) {
      if (state === 'consulting') {
        events.push({ action: 'consulted', day: repliedOn, note: '第三方意见已收到。' });
        Object.assign(row, { consultingSince: null });
      }
      events.push({
        action: 'answer',
        day: repliedOn,
        data: { outcome: s.answered.outcome, reason: s.answered.reason ?? null },
      });
      Object.assign(row, {
        outcome: s.answered.outcome,
        outcomeReason: s.answered.reason ?? null,
        replyText: s.answered.reply,
        legalBasis: defaultLegalBasis(s.answered.outcome as 'disclose', s.answered.reason),
        repliedOn,
        repliedBy: staff?.id ?? null,
      });
      state = 'answered';
    }
    const person = s.kind === 'person';
    const [stored] = await tx
      .insert(disclosureRequests)
      .values({
        code: `${receivedOn.replaceAll('-', '')}-DEMQ${String(i + 1).padStart(6, 'Q')}`,
        channel: i % 3 ? 'online' : 'letter',
        applicantKind: s.kind,
        name: s.name,
        idType: person ? 'id_card' : 'uscc',
        idNumber: person ? demoIdNumber(random) : demoUscc[i % 2]!,
        contactName: person ? null : '办公室',
        phone: `1390512${String(2000 + i).padStart(4, '0')}`,
        address: `江川市人民路${10 + i}号`,
        description: s.description,
        form: i % 2 ? 'paper' : 'electronic',
        delivery: i % 2 ? 'mail' : 'online',
        receivedOn,
        clockFrom,
        state,
        dueOn: state === 'correction' || state === 'consulting' ? null : dueDay(clockNow, calendar),
        sectionCode: null,
        ...row,
      })
      .returning({ id: disclosureRequests.id });
    await tx.insert(disclosureRequestEvents).values(
      events.map((e) => ({
        requestId: stored!.id,
        action: e.action,
        day: e.day,
        at: new Date(`${e.day}T10:00:00+08:00`),
        note: e.note ?? null,
        data: e.data ?? {},
        actorId: e.action === 'receive' ? null : (staff?.id ?? null),
      })),
    );
  }
}
