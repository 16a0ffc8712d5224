import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { users } from '../../db/tables/index.js';
import { systemActor } from '../audit/audit.service.js';
import { saveNarrative } from '../reports/annual-report.js';
import type { SectionKey } from '../reports/annual.js';
import { demoCityName } from './city.js';
import { demoYears } from './generate.js';

/**
 * The words of the seed's summary that are not figures, as the bureau's staff wrote them into the last
 * complete year's 年度总结: the agricultural strategy, the national progress assessment, the bureau's own
 * conduct, the shortcomings, and next year's approach and measures. With the figures the data write, that
 * year's summary reads as the seed does.
 */
function seedNarratives(L: number): Partial<Record<SectionKey, string[]>> {
  const C = L + 1;
  return {
    projects: [
      '在各类科技计划的申报实施过程中，重视与“333”工程、“169”工程和“313”人才培养工程的衔接，优先安排科技人才的科技计划申报。',
    ],
    agriculture: [
      `认真贯彻落实省领导的指示精神，紧紧围绕我市农业的“五大特色产业”，积极组织《${demoCityName}农业农村经济发展战略规划》的实施，依托这一国际合作成果和南京农业大学，及早启动部级新农村建设科技示范市申报工作。市政府成立领导小组，开展广泛调研，规划建设方案，形成了一套科学合理、优势集中、实施可靠、富民强市的新农村建设科技示范市实施方案。`,
    ],
    assessment: [
      '加强全国科技进步考核工作的领导。我市充分认识开展全国科技进步考核工作的重要意义，成立了以市长为组长的争创全国科技进步先进市工作领导小组，设立了由市科技局局长为主任的“争创办公室”，制定了考核工作方案，分解了相关部门的工作责任，确立了“全面通过，争创先进”的目标，确保了定量指标数据准确、定性材料内容详实，为争创全国科技进步先进市打下了坚实的基础。',
    ],
    publicity: [
      `加强机关职能建设。进一步完善《${demoCityName}科技局工作目标责任制实施办法》，细化了全体人员的责任指标、考核办法和考核结果的运用；加强党风廉政建设和机关作风建设，面向全社会公开服务承诺，提高了服务水平和办事效率。积极升级改造《江川科技网》，为电子政务和网上办事拓展平台，促进办事透明化、监督公开化。`,
    ],
    shortcomings: [
      `${L}年，我市的科技工作虽然取得了一些成绩，但距市委、市政府的要求和形势的发展还有一定差距，存在着创业创新平台建设不足、有利于高层次人才创业创新的环境氛围不浓、高新技术产业积聚困难、缺少支柱性产业等问题。针对现状，我们将在今后的工作中积极作为，充分发扬科技人“创业创新创形象”的精神，为我市经济社会发展发挥科技支撑作用。`,
    ],
    plan: [
      `${C}年的科技工作，以提高自主创新能力为核心，加快转变经济发展方式，推动产业结构优化升级，在更高标准上实施新一轮“双倍增”计划，奋力推进科技在经济社会发展中的支撑作用。`,
    ],
    measures: [
      `不断强化科技园区示范辐射作用。全面开展“一镇一园区（基地）”建设，不断发展壮大科技示范园区和综试基地，从政策、项目申报、示范推广、科技人才、技术培训等方面给予倾斜扶持。${C}年，申报镇江市级农业科技计划20项，争取立项10项以上，完成8项。`,
      `认真做好社会发展科技工作。切实树立科技服务民生的观念，对涉及民生的科技项目给予优先申报。${C}年，申报镇江市级以上各类社会发展科技计划4项，立项2项，完成2项。`,
      `积极推进知识产权示范市全面建设。深入开展知识产权保护宣传工作，继续实施专利申报资助政策，积极实施专利名牌战略，下大力气改善专利申报结构。${C}年，专利申请达700件，确保专利授权340件。`,
    ],
  };
}

/** Writes the seed's narrative into the last complete year's summary, part by part, as staff would. */
export async function seedDemoSummary(tx: Tx): Promise<void> {
  const { L } = demoYears();
  const [writer] = await tx
    .select({ id: users.id, username: users.username, role: users.role })
    .from(users)
    .where(eq(users.username, 'staff'));
  const actor = { ...systemActor, id: writer!.id, name: writer!.username, role: writer!.role };
  let version = 0;
  for (const [section, paragraphs] of Object.entries(seedNarratives(L)) as [SectionKey, string[]][]) {
    ({ version } = await saveNarrative(
      tx,
      actor,
      { year: L, section, paragraphs, version },
      `${demoCityName}科学技术局`,
    ));
  }
}
