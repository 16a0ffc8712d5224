/**
 * The demo city: a county-level city under Zhenjiang (镇江), as the seed's bureau is. Names are invented;
 * the shape (towns, two zones, streets, departments, the bureau's sections) follows the seed.
 */
export const demoCityName = '江川市';

export const demoJurisdictions = [
  { code: 'donghu', name: '东湖镇', nameEn: 'Donghu Town', kind: 'town' },
  { code: 'xicheng', name: '西城镇', nameEn: 'Xicheng Town', kind: 'town' },
  { code: 'nantang', name: '南塘镇', nameEn: 'Nantang Town', kind: 'town' },
  { code: 'beiqiao', name: '北桥镇', nameEn: 'Beiqiao Town', kind: 'town' },
  { code: 'xinfeng', name: '新丰镇', nameEn: 'Xinfeng Town', kind: 'town' },
  { code: 'baitu', name: '白塔镇', nameEn: 'Baita Town', kind: 'town' },
  { code: 'hekou', name: '河口镇', nameEn: 'Hekou Town', kind: 'town' },
  { code: 'yanling', name: '延岭镇', nameEn: 'Yanling Town', kind: 'town' },
  { code: 'huashan', name: '华山镇', nameEn: 'Huashan Town', kind: 'town' },
  { code: 'maoshan', name: '茅岗镇', nameEn: 'Maogang Town', kind: 'town' },
  { code: 'edz', name: '江川经济开发区', nameEn: 'Jiangchuan Economic Development Zone', kind: 'zone' },
  { code: 'htz', name: '江川高新技术产业开发区', nameEn: 'Jiangchuan Hi-tech Industrial Zone', kind: 'zone' },
  { code: 'chengdong', name: '城东街道', nameEn: 'Chengdong Street', kind: 'street' },
  { code: 'chengxi', name: '城西街道', nameEn: 'Chengxi Street', kind: 'street' },
  { code: 'xincheng', name: '新城街道', nameEn: 'Xincheng Street', kind: 'street' },
  { code: 'agri-bureau', name: '市农业农村局', nameEn: 'Agriculture and Rural Affairs Bureau', kind: 'department' },
  { code: 'health-commission', name: '市卫生健康委员会', nameEn: 'Health Commission', kind: 'department' },
  { code: 'education-bureau', name: '市教育局', nameEn: 'Education Bureau', kind: 'department' },
  { code: 'industry-bureau', name: '市工业和信息化局', nameEn: 'Industry and Information Technology Bureau', kind: 'department' },
  { code: 'market-bureau', name: '市市场监督管理局', nameEn: 'Market Regulation Bureau', kind: 'department' },
] as const;

export const demoSections = [
  { code: 'office', name: '办公室', nameEn: 'General Office' },
  { code: 'agriculture', name: '农村科技科', nameEn: 'Rural S&T Section' },
  { code: 'social', name: '社会发展科', nameEn: 'Social Development Section' },
  { code: 'hightech', name: '高新技术科', nameEn: 'High-tech Section' },
  { code: 'talent', name: '人才与合作科', nameEn: 'Talent and Cooperation Section' },
  { code: 'ip', name: '知识产权科', nameEn: 'Intellectual Property Section' },
  { code: 'planning', name: '计划财务科', nameEn: 'Planning and Finance Section' },
] as const;

/** Town → the industries its firms are in, so the registry reads like a real county. */
export const townIndustries: Record<string, string[]> = {
  donghu: ['农业', '食品加工'],
  xicheng: ['机械制造', '汽车零部件'],
  nantang: ['农业', '水产养殖'],
  beiqiao: ['纺织服装', '新材料'],
  xinfeng: ['农业', '园艺'],
  baitu: ['化工', '新材料'],
  hekou: ['船舶制造', '机械制造'],
  yanling: ['农业', '茶叶'],
  huashan: ['电子信息', '光电'],
  maoshan: ['生物医药', '农业'],
  edz: ['汽车零部件', '电子信息', '新能源'],
  htz: ['生物医药', '软件和信息技术服务', '新材料', '高端装备'],
  chengdong: ['软件和信息技术服务', '检验检测'],
  chengxi: ['商贸物流', '文化创意'],
  xincheng: ['软件和信息技术服务', '节能环保'],
};

export const brandWords = [
  '绿源', '恒信', '华科', '金丰', '天润', '瑞康', '宏达', '新锐', '昌盛', '盛达', '鼎力', '远航', '众诚', '中联', '汇丰',
  '博远', '嘉禾', '明辉', '润泽', '永泰', '海纳', '星河', '春晖', '凯越', '德润', '精工', '正泰', '长江', '江海', '东方',
  '神农', '禾丰', '康泰', '科达', '锦程', '蓝天', '碧水', '安捷', '宇航', '聚能', '同创', '鑫源', '万和', '华泰', '立信',
  '先锋', '启明', '腾飞', '晨光', '银河', '长青', '沃土', '丰收', '稻香', '茗香', '清源', '百川', '睿智', '智联', '云帆',
];

export const industryWords: Record<string, string[]> = {
  农业: ['农业科技', '生态农业', '现代农业', '种业'],
  食品加工: ['食品', '粮油', '乳业'],
  机械制造: ['机械', '重工', '精密机械'],
  汽车零部件: ['汽车部件', '车辆配件', '动力科技'],
  水产养殖: ['水产', '渔业科技'],
  纺织服装: ['纺织', '服饰', '织造'],
  新材料: ['新材料', '复合材料', '高分子材料'],
  园艺: ['园艺', '花木', '苗木'],
  化工: ['化工', '精细化工'],
  船舶制造: ['船舶', '船用设备'],
  茶叶: ['茶业', '茶叶科技'],
  电子信息: ['电子', '微电子', '智能科技'],
  光电: ['光电', '光学'],
  生物医药: ['生物医药', '生物科技', '制药'],
  新能源: ['新能源', '光伏科技', '储能科技'],
  软件和信息技术服务: ['信息技术', '软件', '数据科技'],
  高端装备: ['智能装备', '自动化设备'],
  检验检测: ['检测技术', '计量科技'],
  商贸物流: ['物流', '供应链'],
  文化创意: ['文化传媒', '创意设计'],
  节能环保: ['环保科技', '节能技术'],
};

/** Public bodies that apply for social-development plans (the seed's city hospital among them). */
export const demoInstitutions = [
  { name: '江川市人民医院', type: 'hospital', code: 'chengdong', industry: '医疗卫生' },
  { name: '江川市中医院', type: 'hospital', code: 'chengxi', industry: '医疗卫生' },
  { name: '江川市妇幼保健院', type: 'hospital', code: 'xincheng', industry: '医疗卫生' },
  { name: '江川市疾病预防控制中心', type: 'government', code: 'health-commission', industry: '医疗卫生' },
  { name: '江川市农业科学研究所', type: 'institute', code: 'agri-bureau', industry: '农业' },
  { name: '江川市农业技术推广中心', type: 'government', code: 'agri-bureau', industry: '农业' },
  { name: '江川市第一中学', type: 'school', code: 'education-bureau', industry: '教育' },
  { name: '江川市中等专业学校', type: 'school', code: 'education-bureau', industry: '教育' },
  { name: '江川市产品质量监督检验所', type: 'institute', code: 'market-bureau', industry: '检验检测' },
  { name: '江川市东湖葡萄专业合作社', type: 'cooperative', code: 'donghu', industry: '农业' },
  { name: '江川市延岭茶叶专业合作社', type: 'cooperative', code: 'yanling', industry: '茶叶' },
  { name: '江川市南塘水产养殖专业合作社', type: 'cooperative', code: 'nantang', industry: '水产养殖' },
  { name: '江川市科技创业服务中心', type: 'social_org', code: 'htz', industry: '科技服务' },
] as const;

export const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
export const givenNames = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华文辉志强海燕晓东红梅国庆春生立新永刚德明玉兰振华宏伟晨曦子涵雨轩浩然思远建国卫东'.match(/.{1,2}/g)!;
export const titles = ['高级工程师', '工程师', '研究员', '副研究员', '主任医师', '副主任医师', '高级农艺师', '农艺师', '教授', '副教授', '总经理', '技术总监'];
export const fields = ['作物育种', '设施农业', '畜牧兽医', '水产养殖', '机械工程', '材料科学', '电子信息', '生物医药', '临床医学', '环境工程', '计算机应用', '食品科学'];
