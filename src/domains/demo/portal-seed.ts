import { and, eq, inArray, lt, lte } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import {
  calls,
  consultationComments,
  consultationResults,
  patentSubsidyBatches,
  portalItems,
  portalMessages,
  siteProfile,
  users,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import type { Actor } from '../audit/audit.service.js';
import { loadCalendar, workingDaysAfter } from '../calendar/calendar.js';
import { actOnItem, createItem, type ItemInput } from '../content/items.service.js';
import { promisedWorkingDays } from '../messages/messages.service.js';
import { publicityFromSource } from '../content/publicity-sources.js';
import * as clock from '../../shared/clock.js';
import { addDays, beijingDay } from '../../shared/clock.js';
import { assignMissingIndexNumbers } from '../content/catalogue.js';
import { demoCityName } from './city.js';
import { usccCheckCharacter } from '../orgs/uscc.js';

const p = (...paragraphs: string[]) => paragraphs.map((t) => `<p>${t}</p>`).join('');
const bureau = `${demoCityName}科学技术局`;
/** The demo bureau's 统一社会信用代码 (an organ of government: 11, then the city's area code), heading its index numbers. */
const demoUnitCode = `11321181MB1234567${usccCheckCharacter('11321181MB1234567')}`;

type Seeded = Omit<ItemInput, 'attachments' | 'bodyHtml'> & { bodyHtml?: string; at: string };

/**
 * 科技网 content as the seed's bureau posted it through its year (the last complete one), and this year up to
 * today; an item whose day is still ahead is not written yet.
 */
function demoItems(today: string): Seeded[] {
  const C = Number(today.slice(0, 4));
  const L = C - 1;
  const items: Seeded[] = [
    {
      column: 'news',
      at: `${L}-02-26`,
      title: '全市科技工作会议召开 科技进步目标责任状分解到镇（区）和部门',
      summary: `会议确定了${L}年科技工作的指导思想和目标任务，并以责任状形式分解下达。`,
      source: bureau,
      bodyHtml: p(
        `2月26日，全市科技工作会议召开。会议根据省科技局长会议和镇江市科技系统领导干部会议精神，确定了${L}年科技工作的指导思想和目标任务。`,
        '会上，市政府与各镇（开发区）、相关部门签订了科技进步目标责任状，将专利申请、高新技术产业产值、科技计划项目等指标逐项分解，年中和年末由市科技局会同市委组织部实地考核。',
      ),
    },
    {
      column: 'news',
      at: `${L}-06-20`,
      title: '我市会同市委组织部开展党政领导科技与人才工作实地考核',
      summary: '结合全国科技进步考核工作，对各镇（区）、部门党政领导科技与人才工作目标责任制落实情况进行实地考核。',
      source: bureau,
      bodyHtml: p(
        '6月中旬，市科技局会同市委组织部，结合全国科技进步考核工作，对各镇（开发区）、部门党政领导科技与人才工作目标责任制落实情况进行了实地考核。',
        '考核组听取汇报、查阅台账、实地察看，进一步提高了“第一把手抓第一生产力”的认识。',
      ),
    },
    {
      column: 'news',
      at: `${L}-09-18`,
      title: '我市获省农业科技计划立项4项、资助经费126万元',
      summary: '今年择优申报省级农业科技计划9项，获省立项4项；获镇江市立项13项、资助经费103万元。',
      source: '农村科技科',
      bodyHtml: p(
        '今年我市紧紧围绕农业“五大特色产业”，精心组织、认真筛选，择优申报省级农业科技计划9项、镇江市级20项。',
        '目前，已获省立项4项、资助经费126万元，获镇江市立项13项、资助经费103万元，其中《葡萄设施栽培关键技术集成与示范》获省农业科技支撑计划支持。',
      ),
    },
    {
      column: 'news',
      at: `${L}-11-05`,
      title: '我市1人获江苏省高层次创新创业人才资助100万元',
      source: '人才与合作科',
      bodyHtml: p(
        '今年以来，我市组织申报江苏省高层次创业创新人才引进计划3名，推荐上报省高层次创新创业人才培育计划4名，推荐上报镇江市杰出人才奖2名。',
        '经省评审，我市1人获省高层次创新创业人才资助，资助经费100万元。',
      ),
    },
    {
      column: 'news',
      at: `${L}-12-10`,
      title: '科技—质监大楼顺利开工建设',
      source: '办公室',
      bodyHtml: p(
        '经过筹备，科技—质监大楼于12月顺利开工建设。大楼建成后将集中承载科技服务、检验检测和创业孵化等功能，为全市科技工作提供平台支撑。',
      ),
    },
    {
      column: 'news',
      at: addDays(today, -3),
      title: '《江川科技网》完成升级改造 网上办事大厅同步上线',
      summary: '新版网站支持网上申报、公示异议、留言咨询和开放数据下载，并提供大字版、高对比度等无障碍阅读模式。',
      source: '办公室',
      bodyHtml: p(
        '为推进电子政务和网上办事，促进办事透明化、监督公开化，市科技局对《江川科技网》进行了升级改造。',
        '新版网站设有科技动态、通知公告、政策法规、申报通知、公示公告、科技成果、办事指南、服务承诺和政府信息公开等栏目；单位和个人可通过网上办事大厅在线申报科技计划项目、填报进度、申请专利资助；对公示内容可在公示期内在线提出异议；留言咨询凭查询码跟踪办理情况。',
        '网站按照无障碍设计要求建设，提供大字版和高对比度模式，支持键盘操作和屏幕阅读器。',
      ),
    },
    {
      column: 'notices',
      at: `${L}-02-20`,
      title: `关于组织申报${L}年度江苏省农业科技支撑计划项目的通知`,
      source: '农村科技科',
      docNo: `江科发〔${L}〕5号`,
      bodyHtml: p(
        '各镇（开发区）科技办、有关单位：',
        `根据省科技厅有关文件精神，现组织申报${L}年度江苏省农业科技支撑计划项目。请各单位围绕我市农业“五大特色产业”，认真组织、择优推荐，于3月20日前通过网上办事大厅提交申报材料。`,
      ),
    },
    {
      column: 'notices',
      at: `${C}-01-12`,
      title: `关于开展${C}年度专利申报资助工作的通知`,
      source: '知识产权科',
      docNo: `江科发〔${C}〕2号`,
      bodyHtml: p(
        '各有关单位：',
        `为鼓励发明创造、改善专利申报结构，根据《江川市专利申报资助办法》，现开展${C}年度专利申报资助工作。发明专利申请每件资助2000元，授权后再资助3000元；实用新型、外观设计专利授权后分别资助500元、300元。`,
        '请申请人通过网上办事大厅提交资助申请，并上传受理通知书或授权证书。',
      ),
    },
    {
      column: 'notices',
      at: addDays(today, -8),
      title: '关于做好本年度科技进步目标责任状年终考核工作的通知',
      source: '计划财务科',
      bodyHtml: p(
        '各镇（开发区）、市各有关部门：',
        '根据年度科技进步目标责任状，市科技局将会同市委组织部于12月开展年终考核。请各单位对照责任状逐项自查，在网上办事大厅填报完成情况并上传佐证材料。',
      ),
    },
    {
      column: 'policies',
      at: `${L - 1}-12-28`,
      title: '江川市专利申报资助办法',
      docNo: `江政办发〔${L - 1}〕86号`,
      validity: 'in_force',
      effectiveOn: `${L}-01-01`,
      source: '江川市人民政府办公室',
      bodyHtml: p(
        '第一条　为鼓励发明创造，提高我市自主创新能力，推进知识产权示范市建设，制定本办法。',
        '第二条　本市行政区域内的企业、事业单位和个人申请专利，符合本办法规定的，可以申请资助。',
        '第三条　发明专利申请每件资助2000元，授权后每件再资助3000元；实用新型专利授权后每件资助500元；外观设计专利授权后每件资助300元。',
        '第四条　资助申请按年度受理，经审核后予以公示，公示无异议的予以拨付。',
      ),
    },
    {
      column: 'policies',
      at: `${L - 2}-04-10`,
      title: '江川市科技计划项目管理办法',
      docNo: `江科发〔${L - 2}〕12号`,
      validity: 'amended',
      effectiveOn: `${L - 2}-05-01`,
      source: bureau,
      bodyHtml: p(
        '第一条　为规范科技计划项目管理，提高财政科技资金使用效益，制定本办法。',
        '第二条　科技计划项目实行网上申报、形式审查、专家评审、局务会研究、立项公示的程序。',
        `（本办法已于${L}年修订，修订后条文以现行文本为准。）`,
      ),
    },
    {
      column: 'policies',
      at: `${L - 3}-03-01`,
      title: `江川市科技进步目标责任制考核办法（${L - 3}年）`,
      docNo: `江政发〔${L - 3}〕21号`,
      validity: 'repealed',
      effectiveOn: `${L - 3}-03-01`,
      source: '江川市人民政府',
      bodyHtml: p(
        `本办法已被《江川市镇（开发区）、局党政领导科技与人才工作目标责任制实施意见》取代，自${L}年1月1日起废止。`,
      ),
    },
    {
      column: 'policies',
      at: `${L}-03-15`,
      title: '江川市知识产权示范市实施意见',
      docNo: `江政发〔${L}〕18号`,
      validity: 'in_force',
      effectiveOn: `${L}-03-15`,
      source: '江川市人民政府',
      bodyHtml: p(
        '为全面推进省知识产权示范市建设，深入开展知识产权保护宣传，实施专利名牌战略，支持企业争创名牌，改善专利申报结构，提出如下实施意见。',
      ),
    },
    {
      column: 'achievements',
      at: `${L}-12-20`,
      title: '葡萄设施栽培关键技术集成与示范',
      summary: '集成避雨栽培、限根栽培和肥水一体化技术，示范区亩均增收3000元以上。',
      source: '江川绿源农业科技有限公司',
      bodyHtml: p(
        '项目集成了葡萄避雨设施栽培、限根栽培、肥水一体化和病虫害绿色防控等关键技术，在东湖镇建成示范基地500亩。',
        '示范区葡萄品质明显提高，亩均增收3000元以上，辐射带动周边农户种植面积2000余亩。',
      ),
    },
    {
      column: 'achievements',
      at: `${L}-10-08`,
      title: '干扰素治疗慢性乙型肝炎无效的分子基础研究',
      summary: '江川市人民医院承担，列入江川市社会发展科技指令性计划。',
      source: '江川市人民医院',
      bodyHtml: p(
        '项目从病毒基因变异和宿主免疫应答两方面研究干扰素治疗慢性乙型肝炎无效的分子机制，为临床个体化治疗提供依据。',
      ),
    },
    {
      column: 'guide',
      at: `${L}-01-05`,
      title: '科技计划项目申报',
      summary: '市级及以上科技计划项目的网上申报。',
      source: '计划财务科',
      guide: {
        conditions:
          '在本市注册、具有独立法人资格的企业、事业单位和社会组织，项目符合当年申报通知的支持方向；承担单位和项目负责人无在研逾期项目和不良信用记录。',
        materials: [
          '项目申报书（网上填报）',
          '营业执照或法人证书',
          '近一年财务报表',
          '合作协议（有合作单位的）',
          '其他证明材料',
        ],
        steps: [
          '在网上办事大厅注册单位账号',
          '按申报通知在线填写申报书并上传附件',
          '所在镇（区）科技办审核推荐',
          '市科技局形式审查、专家评审',
          '局务会研究后立项公示',
          '公示无异议的下达立项文件',
        ],
        timeLimit: '申报截止后30个工作日内完成评审',
        fee: '不收费',
        contact: '计划财务科，电话 0511-86020001，市政务服务中心三楼科技窗口',
      },
    },
    {
      column: 'guide',
      at: `${L}-01-05`,
      title: '专利申报资助',
      summary: '本市单位和个人申请、获得专利的资助。',
      source: '知识产权科',
      guide: {
        conditions: '第一申请人或专利权人为本市单位或户籍居民，专利申请已受理或已获授权。',
        materials: ['专利申请受理通知书或授权证书', '申请人身份证明或营业执照', '银行账户信息'],
        steps: ['在网上办事大厅提交资助申请', '知识产权科审核', '资助名单公示', '公示无异议的拨付资助资金'],
        timeLimit: '受理后10个工作日内审核完毕',
        fee: '不收费',
        contact: '知识产权科，电话 0511-86020006',
      },
    },
    {
      column: 'guide',
      at: `${L}-01-05`,
      title: '企业技术中心认定',
      source: '高新技术科',
      guide: {
        conditions: '在本市注册的企业，具有较强的研发能力，年研发投入占销售收入比例不低于2%，有专职研发人员10人以上。',
        materials: ['认定申请书', '研发机构设置及人员名单', '研发投入专项审计报告', '近三年知识产权清单'],
        steps: ['按认定通知在线申报', '所在镇（区）推荐', '专家评审和实地考察', '认定名单公示', '发文认定并授牌'],
        timeLimit: '申报截止后40个工作日内',
        fee: '不收费',
        contact: '高新技术科，电话 0511-86020004',
      },
    },
    {
      column: 'commitments',
      at: `${L}-03-01`,
      title: `${bureau}服务承诺`,
      source: bureau,
      bodyHtml: p(
        '一、公开承诺。办事依据、条件、程序、时限和收费标准在本网站办事指南中全部公开。',
        `二、答复时限。网站留言咨询类${promisedWorkingDays.consult}个工作日内答复，建议、投诉类${promisedWorkingDays.complain}个工作日内答复，公示异议${promisedWorkingDays.objection}个工作日内答复；节假日顺延。答复按时率按年在“留言咨询”栏目公开。`,
        '三、一次告知。申报材料不全的，一次性告知需要补正的全部内容。',
        '四、限时办结。专利资助申请受理后10个工作日内审核完毕；科技计划项目申报截止后30个工作日内完成评审。',
        '五、接受监督。对工作人员服务态度、办事效率有意见的，可通过本网站“留言咨询”栏目投诉，或拨打监督电话 0511-86020000。',
      ),
    },
    {
      column: 'open-gov',
      openGovCategory: 'functions',
      at: `${L}-01-02`,
      title: `${bureau}主要职责和内设机构`,
      source: '办公室',
      bodyHtml: p(
        '贯彻执行国家和省科技工作方针政策，拟订全市科技发展规划和年度计划；组织实施各类科技计划；推进产学研合作和创新体系建设；负责专利管理和知识产权保护工作；管理本级财政科技经费。',
        '内设办公室、农村科技科、社会发展科、高新技术科、人才与合作科、知识产权科、计划财务科。',
      ),
    },
    {
      column: 'open-gov',
      openGovCategory: 'annual_report',
      at: `${C}-03-25`,
      title: `${bureau}${L}年政府信息公开工作年度报告`,
      source: '办公室',
      bodyHtml: p(
        `${L}年，我局按照《政府信息公开条例》要求，通过《江川科技网》主动公开政府信息215条，其中通知公告48条、政策法规12条、公示公告26条。`,
        '全年收到政府信息公开申请3件，均在法定期限内答复；未发生因政府信息公开申请行政复议、行政诉讼的情况。',
      ),
    },
    {
      column: 'open-gov',
      openGovCategory: 'disclosure_guide',
      topic: 'general',
      at: `${L}-01-05`,
      title: `${bureau}政府信息公开指南`,
      source: '办公室',
      bodyHtml: p(
        '一、主动公开。本局依照《中华人民共和国政府信息公开条例》第二十条的规定，通过本网站“政府信息公开”栏目主动公开机构职能、规范性文件、规划计划、财政预决算、项目资金、行政处罚等政府信息，自信息形成或者变更之日起20个工作日内公开。',
        '二、依申请公开。公民、法人或者其他组织可以通过本网站“依申请公开”在线申请，或以信函方式向本局办公室提出申请。本局自收到申请之日起20个工作日内答复；需要延长的，延长期限不超过20个工作日。',
        '三、监督和救济。申请人认为本局在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。',
      ),
    },
    {
      column: 'open-gov',
      openGovCategory: 'disclosure_rules',
      topic: 'general',
      at: `${L}-01-05`,
      title: `${bureau}政府信息公开保密审查制度`,
      source: '办公室',
      bodyHtml: p(
        '第一条　拟公开的政府信息，由承办科室提出、分管领导审核，涉及国家秘密、商业秘密和个人隐私的，不予公开。',
        '第二条　不能确定是否可以公开的，依照法律、法规和国家有关规定报有关主管部门或者保密行政管理部门确定。',
      ),
    },
    {
      column: 'open-gov',
      openGovCategory: 'leaders',
      topic: 'organisation',
      at: `${L}-01-06`,
      title: '王建华',
      summary: '党组书记、局长',
      source: '办公室',
      bodyHtml: p('主持局全面工作。分管办公室、计划财务科。'),
    },
    {
      column: 'open-gov',
      openGovCategory: 'leaders',
      topic: 'organisation',
      at: `${L}-01-06`,
      title: '李明',
      summary: '党组成员、副局长',
      source: '办公室',
      bodyHtml: p('分管农村科技科、社会发展科、知识产权科，协助局长抓好科技计划项目管理工作。'),
    },
    {
      column: 'open-gov',
      openGovCategory: 'plans',
      topic: 'science',
      at: `${C}-02-28`,
      title: `${bureau}${C}年科技工作要点`,
      source: '办公室',
      bodyHtml: p(
        `${C}年，全市科技工作以科技进步目标责任制为抓手，力争全年专利申请700件、授权340件，争取上级科技经费1000万元以上，新增镇江市级以上工程技术研究中心2—4家。`,
      ),
    },
    {
      column: 'open-gov',
      openGovCategory: 'funds',
      topic: 'finance',
      at: `${L}-12-20`,
      title: `${L}年度市级科技计划项目资金安排情况`,
      source: '计划财务科',
      bodyHtml: p(
        `${L}年度市级科技计划安排项目资金420万元，其中农业科技计划150万元、社会发展科技计划90万元、工业科技计划120万元、软科学研究计划20万元、产学研合作40万元。`,
      ),
    },
    {
      column: 'consultations',
      at: addDays(today, -40),
      startsOn: today,
      endsOn: addDays(today, 30),
      title: '《江川市科技创新券管理办法（征求意见稿）》公开征求意见',
      source: '计划财务科',
      bodyHtml: p(
        '为降低中小微企业研发成本，我局起草了《江川市科技创新券管理办法（征求意见稿）》，现向社会公开征求意见。',
        '第一条　科技创新券用于企业购买检验检测、研发设计、技术转移等科技服务，每家企业每年最高5万元。',
        '第二条　服务机构应为在本市登记或经认定的科技服务机构。',
      ),
    },
    {
      column: 'consultations',
      at: addDays(today, -3),
      startsOn: today,
      endsOn: addDays(today, 30),
      title: `《江川市${C + 1}年度科技计划项目申报指南（征求意见稿）》公开征求意见`,
      source: '计划财务科',
      bodyHtml: p(
        `为做好${C + 1}年度科技计划项目组织工作，我局起草了申报指南（征求意见稿），现公开征求意见，征集期30天。`,
        '一、支持方向：农业五大特色产业关键技术、社会发展民生科技、企业技术中心建设。',
        '二、申报条件：在本市注册、具有独立法人资格的企业、事业单位。',
      ),
    },
    {
      column: 'open-gov',
      openGovCategory: 'budget',
      at: `${C}-02-15`,
      title: `${bureau}${C}年部门预算`,
      source: '计划财务科',
      bodyHtml: p(
        `${C}年部门预算收入合计1180万元，其中财政拨款1150万元；支出合计1180万元，其中科学技术支出1020万元（含本级财政科技拨款1000万元），一般公共服务支出160万元。`,
      ),
    },
    {
      column: 'news',
      at: `${C}-02-24`,
      title: `全市科技工作会议召开 ${C}年度科技进步目标责任状签订`,
      summary: '市政府与各镇（开发区、街道）和相关部门签订科技进步目标责任状，专利申请700件、授权340件等目标逐项分解。',
      source: bureau,
      bodyHtml: p(
        `2月24日，全市科技工作会议召开，总结${L}年科技工作，部署${C}年目标任务。`,
        '会上，市政府与各镇（开发区、街道）和相关部门签订了科技进步目标责任状：全年专利申请700件、授权340件，申报镇江市级以上农业科技计划20项、争取立项10项以上，争创镇江市级以上工程技术研究中心2—4家，认定本市级企业技术中心3—5家，争取上级科技经费1000万元以上。',
      ),
    },
    {
      column: 'news',
      at: `${C}-07-15`,
      title: `我市完成${C}年度科技进步目标责任制年中考核`,
      summary: '市科技局会同市委组织部对各镇（开发区、街道）和部门上半年目标完成情况进行了实地考核。',
      source: bureau,
      bodyHtml: p(
        '7月上旬，市科技局会同市委组织部，对各镇（开发区、街道）和相关部门上半年科技进步目标完成情况进行实地考核。',
        '考核组查阅台账、实地察看，对专利申请、科技培训等进度滞后的单位提出了整改要求。',
      ),
    },
    {
      column: 'news',
      at: `${C}-09-20`,
      title: '我市新增镇江市级工程技术研究中心1家',
      source: '高新技术科',
      bodyHtml: p('经镇江市科技局认定，我市智能电网设备工程技术研究中心被列为镇江市级工程技术研究中心。'),
    },
  ];
  // Items still ahead of today are not written yet (the recent ones are dated from today and always come).
  return items.filter((item) => item.at <= today);
}

/**
 * The public site of the demo city: items in every column (published by the leader after the staff member
 * wrote them), two publicity items made from the data (one ended, one running), and a message box with
 * replies on time, late, pending and overdue.
 */
export async function seedDemoPortal(tx: Tx): Promise<void> {
  const accounts = await tx
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      orgId: users.orgId,
      jurisdictionCode: users.jurisdictionCode,
      sectionCode: users.sectionCode,
    })
    .from(users)
    .where(inArray(users.username, ['staff', 'leader', 'staff-ip']));
  const as = (name: string): SessionUser => accounts.find((a) => a.username === name)!;
  const actor = (u: SessionUser): Actor => ({ id: u.id, name: u.username, role: u.role, ip: null });
  const writer = as('staff');
  const leader = as('leader');
  const today = clock.today();

  // Written and reviewed through the workflow; the demo's history is then dated back to when it happened
  // (the workflow itself never accepts a publication dated in the past).
  const publish = async (id: number, at: string, period?: { startsOn: string; endsOn: string }) => {
    await actOnItem(tx, writer, actor(writer), id, { action: 'submit', version: 1 });
    await actOnItem(tx, leader, actor(leader), id, {
      action: 'publish',
      version: 2,
      ...(at > today ? { publishAt: `${at}T09:00:00+08:00` } : {}),
    });
    if (at <= today)
      await tx
        .update(portalItems)
        .set({ publishAt: new Date(`${at}T09:00:00+08:00`), ...period })
        .where(eq(portalItems.id, id));
  };
  for (const { at, ...item } of demoItems(today)) {
    const row = await createItem(tx, writer, actor(writer), {
      ...item,
      bodyHtml: item.bodyHtml ?? '',
      attachments: [],
    });
    await publish(row.id, at);
  }
  // Consultations are published before their period (as the workflow requires), then dated back: one ran
  // for thirty days until ten days ago, its comments weighed and its outcome out; one opened three days ago.
  for (const c of await tx
    .select({ id: portalItems.id, publishAt: portalItems.publishAt })
    .from(portalItems)
    .where(eq(portalItems.column, 'consultations'))) {
    const startsOn = beijingDay(c.publishAt!);
    await tx
      .update(portalItems)
      .set({ startsOn, endsOn: addDays(startsOn, 30) })
      .where(eq(portalItems.id, c.id));
  }
  const [closedConsultation] = await tx
    .select({ id: portalItems.id, endsOn: portalItems.endsOn })
    .from(portalItems)
    .where(eq(portalItems.title, '《江川市科技创新券管理办法（征求意见稿）》公开征求意见'));
  if (closedConsultation?.endsOn && closedConsultation.endsOn < today) {
    const ended = { id: closedConsultation.id, endsOn: closedConsultation.endsOn };
    const taken = [
      {
        body: '建议将科技创新券面额分为1万元、2万元、5万元三档，便于小微企业使用。',
        name: '江川某电子公司',
        adoption: 'adopted',
        reason: null,
      },
      {
        body: '建议允许外地高校院所作为服务机构。',
        name: '孙先生',
        adoption: 'partly',
        reason: '外地服务机构须经认定后纳入目录，第二条已相应修改。',
      },
      {
        body: '建议兑付周期缩短到15天。',
        name: '李女士',
        adoption: 'not_adopted',
        reason: '财政资金拨付需履行审核程序，兑付周期定为30个工作日。',
      },
    ] as const;
    await tx.insert(consultationComments).values(
      taken.map((c, i) => ({
        itemId: ended.id,
        body: c.body,
        name: c.name,
        contact: `1390512${3000 + i}`,
        receivedAt: new Date(`${addDays(ended.endsOn!, -10 + i)}T11:00:00+08:00`),
        adoption: c.adoption,
        reason: c.reason,
        decidedBy: writer.id,
      })),
    );
    await tx.insert(consultationResults).values({
      itemId: ended.id,
      body: '征求意见期间共收到意见3条。采纳面额分档的建议；外地服务机构经认定后可纳入服务机构目录；兑付周期因财政审核程序需要，仍为30个工作日。修改后的办法将按程序印发。',
      publishedAt: new Date(`${addDays(ended.endsOn, 5)}T10:00:00+08:00`),
      authorId: writer.id,
    });
  }
  // 政策解读 of the patent-subsidy rules, published with them.
  const [subsidyRules] = await tx
    .select({ id: portalItems.id, publishAt: portalItems.publishAt })
    .from(portalItems)
    .where(eq(portalItems.title, '江川市专利申报资助办法'));
  if (subsidyRules?.publishAt) {
    const explained = await createItem(tx, writer, actor(writer), {
      column: 'open-gov',
      openGovCategory: 'interpretation',
      interprets: subsidyRules.id,
      topic: 'ip',
      title: '《江川市专利申报资助办法》政策解读',
      source: '知识产权科',
      bodyHtml: p(
        '一、制定背景：为推进知识产权示范市建设，鼓励企业和个人申请专利。',
        '二、资助对象：本市行政区域内的企业、事业单位和个人。',
        '三、资助标准：发明专利申请每件2000元、授权后再资助3000元；实用新型授权后每件500元；外观设计授权后每件300元。',
        '四、办理方式：在网上办事大厅“专利资助”中提交申请，审核公示后拨付。',
      ),
      attachments: [],
    });
    await publish(explained.id, beijingDay(subsidyRules.publishAt));
  }

  // The seed's year: its provincial agricultural approvals and its patent-subsidy batch (before payment),
  // publicised then; this year: the city's agricultural approvals, running now.
  const L = Number(today.slice(0, 4)) - 1;
  const [provLast] = await tx
    .select({ id: calls.id })
    .from(calls)
    .where(eq(calls.title, `关于组织申报${L}年度江苏省农业科技支撑计划项目的通知`));
  const ended = await publicityFromSource(
    tx,
    writer,
    actor(writer),
    { kind: 'call', id: provLast!.id, startsOn: today, days: 5 },
    bureau,
  );
  await publish(ended.id, `${L}-09-08`, { startsOn: `${L}-09-08`, endsOn: `${L}-09-12` });
  const [batch] = await tx
    .select({ id: patentSubsidyBatches.id })
    .from(patentSubsidyBatches)
    .where(eq(patentSubsidyBatches.docNo, `江科发〔${L}〕45号`));
  if (batch) {
    const subsidies = await publicityFromSource(
      tx,
      as('staff-ip'),
      actor(as('staff-ip')),
      { kind: 'subsidy-batch', id: batch.id, startsOn: today, days: 5 },
      bureau,
    );
    await actOnItem(tx, as('staff-ip'), actor(as('staff-ip')), subsidies.id, { action: 'submit', version: 1 });
    await actOnItem(tx, leader, actor(leader), subsidies.id, { action: 'publish', version: 2 });
    await tx
      .update(portalItems)
      .set({ publishAt: new Date(`${L}-12-01T09:00:00+08:00`), startsOn: `${L}-12-01`, endsOn: `${L}-12-07` })
      .where(eq(portalItems.id, subsidies.id));
  }
  // This year's first subsidy batch, publicised before it was paid.
  const [firstBatch] = await tx
    .select({ id: patentSubsidyBatches.id })
    .from(patentSubsidyBatches)
    .where(eq(patentSubsidyBatches.docNo, `江科发〔${L + 1}〕27号`));
  if (firstBatch) {
    const subsidies = await publicityFromSource(
      tx,
      as('staff-ip'),
      actor(as('staff-ip')),
      { kind: 'subsidy-batch', id: firstBatch.id, startsOn: today, days: 5 },
      bureau,
    );
    await actOnItem(tx, as('staff-ip'), actor(as('staff-ip')), subsidies.id, { action: 'submit', version: 1 });
    await actOnItem(tx, leader, actor(leader), subsidies.id, { action: 'publish', version: 2 });
    await tx
      .update(portalItems)
      .set({
        publishAt: new Date(`${L + 1}-06-10T09:00:00+08:00`),
        startsOn: `${L + 1}-06-10`,
        endsOn: `${L + 1}-06-16`,
      })
      .where(eq(portalItems.id, subsidies.id));
  }
  const [cityAgri] = await tx
    .select({ id: calls.id })
    .from(calls)
    .where(eq(calls.title, `${L + 1}年度江川市农业科技计划项目申报`));
  let running: number | undefined;
  if (cityAgri) {
    const item = await publicityFromSource(
      tx,
      writer,
      actor(writer),
      { kind: 'call', id: cityAgri.id, startsOn: today, days: 5 },
      bureau,
    );
    await actOnItem(tx, writer, actor(writer), item.id, { action: 'submit', version: 1 });
    await actOnItem(tx, leader, actor(leader), item.id, { action: 'publish', version: 2 });
    // Running since the day before yesterday: five working days from then.
    const started = addDays(today, -2);
    const calendar = await loadCalendar(tx, addDays(today, -10), addDays(today, 30));
    await tx
      .update(portalItems)
      .set({
        publishAt: new Date(`${started}T09:00:00+08:00`),
        startsOn: started,
        endsOn: workingDaysAfter(addDays(started, -1), 5, calendar),
      })
      .where(eq(portalItems.id, item.id));
    running = item.id;
  }
  // A notice waiting for review, and one approved to appear tomorrow morning.
  const waiting = await createItem(tx, writer, actor(writer), {
    column: 'notices',
    title: '关于申报下一年度科技计划项目的预通知',
    bodyHtml: p('请各单位提前谋划下一年度科技计划项目，做好申报准备。'),
    attachments: [],
  });
  await actOnItem(tx, writer, actor(writer), waiting.id, { action: 'submit', version: 1 });
  const scheduled = await createItem(tx, writer, actor(writer), {
    column: 'notices',
    title: '关于网上办事大厅系统维护的公告',
    bodyHtml: p(
      '为提升服务质量，网上办事大厅将于本周六8:00至12:00进行系统维护，期间暂停在线申报和留言提交，给您带来不便，敬请谅解。',
    ),
    attachments: [],
  });
  await publish(scheduled.id, addDays(today, 1));

  const calendar = await loadCalendar(tx, addDays(today, -120), addDays(today, 60));
  const message = (
    o: {
      kind: 'consult' | 'suggest' | 'complain' | 'objection';
      daysAgo: number;
      subject: string;
      body: string;
      reply?: string;
      repliedAfterWorkingDays?: number;
      publish?: boolean;
      itemId?: number;
      section?: string;
    },
    i: number,
  ) => {
    const received = addDays(today, -o.daysAgo);
    const dueOn = workingDaysAfter(received, promisedWorkingDays[o.kind], calendar);
    const repliedOn = o.reply ? workingDaysAfter(received, o.repliedAfterWorkingDays ?? 2, calendar) : undefined;
    return {
      code: `${received.replaceAll('-', '')}-DEMO${String(i + 1)
        .padStart(6, '0')
        .replace(/0/g, 'Q')}`,
      kind: o.kind,
      itemId: o.itemId ?? null,
      subject: o.subject,
      body: o.body,
      name: ['王先生', '李女士', '江川某机械公司', '张先生', '赵女士', '陈先生'][i % 6]!,
      contact: `1390511${String(1000 + i).padStart(4, '0')}`,
      mayPublish: o.publish ?? false,
      receivedAt: new Date(`${received}T10:15:00+08:00`),
      dueOn,
      state: o.reply ? ('answered' as const) : o.section ? ('assigned' as const) : ('received' as const),
      sectionCode: o.section ?? null,
      reply: o.reply ?? null,
      repliedAt: repliedOn ? new Date(`${repliedOn}T16:30:00+08:00`) : null,
      repliedBy: o.reply ? writer.id : null,
      published: o.publish ?? false,
    };
  };
  const messages = [
    {
      kind: 'consult' as const,
      daysAgo: 40,
      subject: '发明专利申请资助什么时候可以申请？',
      body: '我公司今年3月提交了一件发明专利申请，已收到受理通知书，请问现在可以申请资助吗？需要哪些材料？',
      reply:
        '您好！发明专利申请受理后即可申请申请阶段资助（每件2000元），授权后可再申请授权阶段资助。请在网上办事大厅“专利资助”中提交申请并上传受理通知书。',
      repliedAfterWorkingDays: 2,
      publish: true,
      section: 'ip',
    },
    {
      kind: 'consult' as const,
      daysAgo: 30,
      subject: '企业技术中心认定需要多少研发人员？',
      body: '请问本市企业技术中心认定对研发人员数量有什么要求？',
      reply:
        '您好！认定条件要求专职研发人员10人以上，年研发投入占销售收入比例不低于2%，详见本网站“办事指南—企业技术中心认定”。',
      repliedAfterWorkingDays: 4,
      publish: true,
      section: 'hightech',
    },
    {
      kind: 'suggest' as const,
      daysAgo: 25,
      subject: '建议增加农业科技特派员的联系方式',
      body: '建议在网站上公布各镇农业科技特派员的联系方式，方便农户咨询。',
      reply: '感谢您的建议！我们将在科技动态栏目中公布各镇科技特派员名单及联系方式。',
      repliedAfterWorkingDays: 12,
      section: 'agriculture',
    },
    {
      kind: 'complain' as const,
      daysAgo: 20,
      subject: '项目经费拨付较慢',
      body: '我单位去年立项的项目，第二笔经费至今未拨付。',
      section: 'planning',
    },
    {
      kind: 'consult' as const,
      daysAgo: 1,
      subject: '高新技术企业认定的申报时间',
      body: '请问今年高新技术企业认定什么时候开始申报？',
    },
  ];
  const rows = messages.map(message);
  if (running)
    rows.push(
      message(
        {
          kind: 'objection',
          daysAgo: 1,
          subject: '对农业科技计划立项名单公示的异议',
          body: '名单中有一个项目的承担单位已将示范基地转租他人，项目能否按申报书实施，请核实。',
          itemId: running,
        },
        rows.length,
      ),
    );
  await tx.insert(portalMessages).values(rows);
  // The history is history: what went live or ended before the demo's today is nobody's news on its first
  // start (the publication job tells of what happens from now on).
  const now = clock.now();
  await tx
    .update(portalItems)
    .set({ liveNoticedAt: now })
    .where(and(eq(portalItems.state, 'published'), lte(portalItems.publishAt, now)));
  await tx
    .update(portalItems)
    .set({ endedNoticedAt: now })
    .where(and(eq(portalItems.column, 'publicity'), lt(portalItems.endsOn, today)));
  // Set last, when every item carries the day it went out: each gets the index number of its own year.
  // The bureau's own words about its site (the registries' identifiers stay unset: they are not the demo's to invent).
  await tx.insert(siteProfile).values({
    id: 1,
    profile: {
      sponsor: bureau,
      organiser: `${bureau}办公室`,
      address: `${demoCityName}人民路100号市政府大楼5楼`,
      postcode: '212300',
      phone: '0511-86020001',
      hours: '工作日上午8:30—12:00，下午13:30—17:30',
      indexUnitCode: demoUnitCode,
    },
  });
  await assignMissingIndexNumbers(tx);
}
