import { brandWords, fields, industryWords, titles } from '../city.js';

/** The vocabulary of the generated rows, passed to the statements as arrays. */
export const brands = brandWords;
/** Industry words with the industry each belongs to: a firm's name says what it does. */
export const firmWords = Object.entries(industryWords).flatMap(([industry, words]) =>
  words.map((word) => ({ word, industry })),
);
export const personTitles = titles;
export const personFields = fields;

/** Two-character place names of the added towns are made of these (40 × 40 names). */
export const placeCharacters = '安宁平和丰华新兴龙凤金石长乐永福德清泰康云山阳春高桥临溪湖青林海庆瑞明光沙埠茂盛'.split(
  '',
);

export const crops = [
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
  '小麦',
  '油菜',
  '中药材',
  '花卉',
];
export const products = [
  '数控机床',
  '汽车零部件',
  '新能源电池',
  '光伏组件',
  '医用敷料',
  '智能传感器',
  '工业机器人',
  '高分子材料',
  '精细化工品',
  '船用设备',
  '电子元器件',
  '节能电机',
  '纺织面料',
  '食品包装',
  '环保装备',
  '软件平台',
];
export const healthTopics = [
  '慢性病综合防治',
  '新生儿疾病筛查',
  '饮用水安全监测',
  '老年骨质疏松防治',
  '学生近视防控',
  '基层医疗信息化',
  '传染病快速检测',
  '中医适宜技术推广',
  '食品安全风险监测',
  '妇幼保健干预',
];

/** Title endings by program category, in the order of the program_category enum. */
export const projectEndings: Record<string, string[]> = {
  agriculture: [
    '设施栽培关键技术研究与示范',
    '绿色高效生产技术集成与推广',
    '新品种引进与示范',
    '病虫害综合防控技术研究',
  ],
  social_development: ['综合干预模式研究', '关键技术研究与应用', '适宜技术推广与示范', '监测评价体系研究'],
  industry: ['关键技术研发及产业化', '核心部件研制', '智能化生产线建设', '新产品开发'],
  talent: ['高层次创新创业人才引进', '创新团队建设', '领军人才培育', '博士后科研资助'],
  platform: ['工程技术研究中心建设', '企业技术中心建设', '重点实验室建设', '公共技术服务平台建设'],
  ip: ['专利导航与布局', '知识产权运营', '高价值专利培育', '专利实施与转化'],
  soft_science: ['产业发展战略研究', '科技创新政策研究', '区域创新能力评价', '科技资源配置研究'],
  cooperation: ['产学研联合攻关', '技术转移与成果转化', '校企共建研发中心', '国际科技合作'],
};
export const categories = Object.keys(projectEndings);

export const patentForms: Record<'invention' | 'utility_model' | 'design', string[]> = {
  invention: ['一种{s}的制备方法', '{s}系统及其控制方法', '一种{s}检测方法'],
  utility_model: ['一种{s}装置', '{s}用连接结构', '一种{s}固定支架'],
  design: ['{s}外壳', '包装盒（{s}）', '{s}面板'],
};

export const partners = [
  '南京农业大学',
  '江苏大学',
  '江苏省农业科学院',
  '南京工业大学',
  '东南大学',
  '南京大学',
  '河海大学',
  '南京理工大学',
  '江南大学',
  '中国农业科学院茶叶研究所',
  '中国科学院南京土壤研究所',
  '苏州大学',
  '扬州大学',
  '南京航空航天大学',
  '中国矿业大学',
];
export const newsTopics = [
  '科技工作会议召开',
  '农业科技示范园区建设取得新进展',
  '科技特派员深入田间地头',
  '企业技术中心认定工作启动',
  '知识产权示范建设稳步推进',
  '产学研合作签约项目落地',
  '高层次人才引进成效显著',
  '科技进步目标考核工作部署',
  '专利申请量同比增长',
  '科技计划项目通过验收',
  '科技企业孵化器新入驻企业',
  '新农村建设科技示范工程',
];
