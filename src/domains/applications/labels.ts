import type { Language } from '../../server/errors.js';
import type { ApplicationSection } from './schema.js';
import type { BudgetCategory, BudgetSource, IndicatorKind, TextSection } from './template.js';

/**
 * The words the printed 申报书 and the version comparison are written in. The printed form is Chinese, as
 * the bureau files it; a comparison reads in the reader's language.
 */
interface Labels {
  sections: Record<ApplicationSection, string>;
  texts: Record<TextSection, string>;
  indicators: Record<IndicatorKind, string>;
  budget: Record<BudgetCategory, string>;
  sources: Record<BudgetSource | 'total', string>;
  orgTypes: Record<string, string>;
  genders: Record<string, string>;
  fields: {
    title: string;
    techField: string;
    industry: string;
    period: string;
    requested: string;
    partners: string;
    partnerName: string;
    uscc: string;
    partnerRole: string;
    orgName: string;
    orgType: string;
    address: string;
    legalRepresentative: string;
    contact: string;
    phone: string;
    email: string;
    figuresOf: (year: number) => string;
    revenue: string;
    rdSpend: string;
    staff: string;
    rdStaff: string;
    name: string;
    gender: string;
    idNumber: string;
    proTitle: string;
    degree: string;
    projectRole: string;
    months: string;
    leaderMark: string;
    indicator: string;
    value: string;
    unit: string;
    category: string;
    note: string;
    sum: string;
    due: string;
    milestone: string;
    deliverable: string;
    none: string;
    yuan: (amount: string) => string;
    date: (day: string) => string;
    range: (from: string, to: string) => string;
  };
}

function zhDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const zh: Labels = {
  sections: {
    basic: '基本信息',
    applicant: '申报单位',
    team: '项目负责人及团队',
    texts: '项目内容',
    indicators: '绩效目标',
    budget: '经费预算',
    milestones: '进度安排',
    attachments: '附件',
    extra: '其他信息',
  },
  texts: { content: '研究内容', route: '技术路线', innovation: '创新点', goals: '预期目标' },
  indicators: {
    invention_patents: '申请发明专利',
    granted_patents: '授权专利',
    software_copyrights: '软件著作权',
    papers: '发表论文',
    standards: '制定标准',
    new_products: '新产品',
    new_varieties: '新品种',
    demonstration_bases: '示范基地',
    revenue: '新增销售收入',
    profit_tax: '新增利税',
    jobs: '新增就业',
    talents: '培养人才',
    other: '其他',
  },
  budget: {
    equipment: '设备费',
    business: '业务费',
    labour: '劳务费',
    indirect: '间接费用',
    materials: '材料费',
    testing: '测试化验加工费',
    fuel: '燃料动力费',
    travel_meeting: '差旅费/会议费/国际合作与交流费',
    publication_ip: '出版/文献/信息传播/知识产权事务费',
    consultancy: '专家咨询费',
    other: '其他支出',
  },
  sources: { fiscal: '申请财政资金', self: '自筹资金', other: '其他资金', total: '合计' },
  orgTypes: {
    enterprise: '企业',
    institute: '科研院所',
    university: '高等院校',
    hospital: '医疗机构',
    school: '学校',
    cooperative: '合作社',
    government: '机关事业单位',
    social_org: '社会组织',
    other: '其他',
  },
  genders: { male: '男', female: '女' },
  fields: {
    title: '项目名称',
    techField: '技术领域',
    industry: '所属行业',
    period: '起止时间',
    requested: '申请财政资金',
    partners: '合作单位',
    partnerName: '单位名称',
    uscc: '统一社会信用代码',
    partnerRole: '合作分工',
    orgName: '单位名称',
    orgType: '单位性质',
    address: '通讯地址',
    legalRepresentative: '法定代表人',
    contact: '联系人',
    phone: '联系电话',
    email: '电子邮箱',
    figuresOf: (year) => `${year}年度经营数据`,
    revenue: '营业收入（元）',
    rdSpend: '研发投入（元）',
    staff: '职工人数',
    rdStaff: '研发人员数',
    name: '姓名',
    gender: '性别',
    idNumber: '身份证号',
    proTitle: '职称',
    degree: '学位',
    projectRole: '项目分工',
    months: '投入月数',
    leaderMark: '（负责人）',
    indicator: '指标',
    value: '数值',
    unit: '单位',
    category: '预算科目',
    note: '测算说明',
    sum: '合计',
    due: '完成时间',
    milestone: '阶段任务',
    deliverable: '阶段成果',
    none: '无',
    yuan: (amount) => `${amount}元`,
    date: zhDate,
    range: (from, to) => `${zhDate(from)}至${zhDate(to)}`,
  },
};

const en: Labels = {
  sections: {
    basic: 'Basic information',
    applicant: 'Applicant',
    team: 'Leader and team',
    texts: 'Project content',
    indicators: 'Performance targets',
    budget: 'Budget',
    milestones: 'Schedule',
    attachments: 'Attachments',
    extra: 'Other information',
  },
  texts: {
    content: 'Research content',
    route: 'Technical route',
    innovation: 'Innovations',
    goals: 'Expected results',
  },
  indicators: {
    invention_patents: 'Invention patent applications',
    granted_patents: 'Granted patents',
    software_copyrights: 'Software copyrights',
    papers: 'Papers',
    standards: 'Standards',
    new_products: 'New products',
    new_varieties: 'New varieties',
    demonstration_bases: 'Demonstration bases',
    revenue: 'New sales revenue',
    profit_tax: 'New profit and tax',
    jobs: 'New jobs',
    talents: 'People trained',
    other: 'Other',
  },
  budget: {
    equipment: 'Equipment',
    business: 'Operating costs',
    labour: 'Labour',
    indirect: 'Indirect costs',
    materials: 'Materials',
    testing: 'Testing and processing',
    fuel: 'Fuel and power',
    travel_meeting: 'Travel, meetings, international exchange',
    publication_ip: 'Publication, literature, IP',
    consultancy: 'Expert consultancy',
    other: 'Other',
  },
  sources: { fiscal: 'Fiscal funds', self: 'Own funds', other: 'Other funds', total: 'Total' },
  orgTypes: {
    enterprise: 'Enterprise',
    institute: 'Research institute',
    university: 'University',
    hospital: 'Hospital',
    school: 'School',
    cooperative: 'Cooperative',
    government: 'Government body',
    social_org: 'Social organisation',
    other: 'Other',
  },
  genders: { male: 'Male', female: 'Female' },
  fields: {
    title: 'Title',
    techField: 'Technology field',
    industry: 'Industry',
    period: 'Period',
    requested: 'Fiscal funds applied for',
    partners: 'Partners',
    partnerName: 'Organisation',
    uscc: 'USCC',
    partnerRole: 'Role',
    orgName: 'Organisation',
    orgType: 'Type',
    address: 'Address',
    legalRepresentative: 'Legal representative',
    contact: 'Contact',
    phone: 'Phone',
    email: 'Email',
    figuresOf: (year) => `Figures for ${year}`,
    revenue: 'Revenue (yuan)',
    rdSpend: 'R&D spending (yuan)',
    staff: 'Staff',
    rdStaff: 'R&D staff',
    name: 'Name',
    gender: 'Gender',
    idNumber: 'ID number',
    proTitle: 'Title',
    degree: 'Degree',
    projectRole: 'Role in project',
    months: 'Months',
    leaderMark: '(leader)',
    indicator: 'Indicator',
    value: 'Value',
    unit: 'Unit',
    category: 'Category',
    note: 'Basis',
    sum: 'Total',
    due: 'Due',
    milestone: 'Milestone',
    deliverable: 'Deliverable',
    none: 'None',
    yuan: (amount) => `${amount} yuan`,
    date: (day) => day,
    range: (from, to) => `${from} to ${to}`,
  },
};

export function applicationLabels(language: Language): Labels {
  return language === 'en' ? en : zh;
}
