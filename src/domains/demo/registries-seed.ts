import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { cooperations, funds, orgs, outlets, platforms, publicity, qualifications } from '../../db/schema/index.js';
import { naturalKeyOf } from '../registries/registry.service.js';
import type { RegistrySpec } from '../registries/spec.js';
import { cooperationSpec, fundSpec, platformSpec, publicitySpec, qualificationSpec } from '../registries/specs.js';
import { demoJurisdictions } from './city.js';
import { pick } from './generate.js';

const keyed = <T extends Record<string, unknown>>(spec: RegistrySpec, rows: T[]) => rows.map((r) => ({ ...r, naturalKey: naturalKeyOf(spec, r) }));
const isoDay = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The registries of the demo city. Where the seed states a figure the data holds it: in the seed's year
 * 72 articles went to the provincial S&T information system and 29 were adopted, and 9 articles appeared in
 * the city daily. Elsewhere the records are plausible: platforms with one agricultural park per town,
 * qualifications (some about to lapse), cooperation with Nanjing Agricultural University, and funds.
 */
export async function seedDemoRegistries(tx: DbOrTx, o: { random: () => number; applicantOrgId: number }): Promise<void> {
  const { random } = o;
  await tx.insert(outlets).values([
    { code: 'provincial-system', name: '省科技厅信息报送系统', nameEn: 'Provincial S&T Department information system', sortOrder: 1 },
    { code: 'city-daily', name: '江川日报', nameEn: 'Jiangchuan Daily', sortOrder: 2 },
    { code: 'city-site', name: '江川市政府网站', nameEn: 'City government website', sortOrder: 3 },
    { code: 'zhenjiang-daily', name: '镇江日报', nameEn: 'Zhenjiang Daily', sortOrder: 4 },
  ]);
  const companies = await tx.select({ id: orgs.id, name: orgs.name, code: orgs.jurisdictionCode }).from(orgs).where(eq(orgs.type, 'enterprise'));
  const applicant = companies.find((c) => c.id === o.applicantOrgId) ?? companies[0]!;

  // 政务信息: 2008 — 72 to the provincial system (29 adopted), 15 to the city daily (9 adopted), some to the city site.
  const topics = ['全市科技工作会议召开', '农业科技示范园区建设取得新进展', '科技特派员深入田间地头', '企业技术中心认定工作启动', '知识产权示范市建设稳步推进', '产学研合作签约项目落地', '高层次人才引进成效显著', '科技进步目标考核工作部署', '专利申请量同比增长', '社会发展科技计划项目通过验收', '科技企业孵化器新入驻企业', '新农村建设科技示范工程'];
  const sections = ['office', 'agriculture', 'social', 'hightech', 'talent', 'ip'];
  const articles: Record<string, unknown>[] = [];
  const article = (outletCode: string, i: number, adopted: boolean, year: number) => {
    const month = 1 + (i % 12);
    const sentOn = isoDay(year, month, 1 + ((i * 7) % 27));
    articles.push({
      title: `${topics[i % topics.length]}（${year}年第${i + 1}期）`,
      outletCode,
      sectionCode: sections[i % sections.length],
      author: pick(random, ['王建华', '李敏', '张伟', '陈静', '刘洋']),
      sentOn,
      adopted,
      adoptedOn: adopted ? isoDay(year, month, 2 + ((i * 7) % 27)) : null,
      link: adopted ? `http://www.jckj.gov.cn/news/${year}/${outletCode}-${i + 1}.html` : null,
    });
  };
  for (let i = 0; i < 72; i++) article('provincial-system', i, i < 29, 2008);
  for (let i = 0; i < 15; i++) article('city-daily', i, i < 9, 2008);
  for (let i = 0; i < 20; i++) article('city-site', i, true, 2008);
  for (let i = 0; i < 18; i++) article('provincial-system', i, i % 3 === 0, 2009);
  await tx.insert(publicity).values(keyed(publicitySpec, articles) as (typeof publicity.$inferInsert)[]);

  // 创新载体: Zhenjiang-level engineering centres, city enterprise technology centres, a startup service centre, a park per town.
  const host = (i: number) => (i === 0 ? applicant : companies[(i * 13) % companies.length]!);
  const platformRows: Record<string, unknown>[] = [
    ...['设施农业', '茶叶精深加工', '特种水产养殖'].map((s, i) => ({ name: `镇江市${s}工程技术研究中心`, kind: 'engineering_center', level: 'prefecture', orgId: host(i).id, jurisdictionCode: host(i).code, recognizedOn: isoDay(2007 + (i % 2), 6 + i, 18), docNo: `镇科计〔${2007 + (i % 2)}〕${60 + i}号`, status: 'active', evaluationYear: 2008, evaluation: i === 0 ? 'excellent' : 'good' })),
    ...['精密机械', '新型建材', '食品安全检测', '农机装备'].map((s, i) => ({ name: `江川市${s}企业技术中心`, kind: 'enterprise_tech_center', level: 'city', orgId: host(i + 3).id, jurisdictionCode: host(i + 3).code, recognizedOn: isoDay(2008, 9, 10 + i), docNo: `江科发〔2008〕${40 + i}号`, status: 'active', evaluationYear: 2008, evaluation: 'pass' })),
    // 2009 so far (the demo stands at the end of June): one new centre of each kind towards next year's targets.
    { name: '镇江市智能电网设备工程技术研究中心', kind: 'engineering_center', level: 'prefecture', orgId: host(2).id, jurisdictionCode: host(2).code, recognizedOn: '2009-04-16', docNo: '镇科计〔2009〕31号', status: 'active' },
    { name: '江川市光伏材料企业技术中心', kind: 'enterprise_tech_center', level: 'city', orgId: host(5).id, jurisdictionCode: host(5).code, recognizedOn: '2009-05-20', docNo: '江科发〔2009〕18号', status: 'active' },
    { name: '江川市高新技术创业服务中心', kind: 'startup_center', level: 'provincial', orgId: host(8).id, jurisdictionCode: 'htz', recognizedOn: '2006-11-20', docNo: '苏科高〔2006〕355号', status: 'active', evaluationYear: 2008, evaluation: 'good' },
    ...demoJurisdictions
      .filter((j) => j.kind === 'town')
      .map((j, i) => ({ name: `${j.name}现代农业科技示范园`, kind: 'agri_park', level: 'city', orgId: null, jurisdictionCode: j.code, recognizedOn: isoDay(2005 + (i % 4), 3 + (i % 8), 15), docNo: `江政发〔${2005 + (i % 4)}〕${20 + i}号`, status: i === 9 ? 'warned' : 'active', evaluationYear: 2008, evaluation: i === 9 ? 'fail' : i % 3 === 0 ? 'excellent' : 'good' })),
  ];
  await tx.insert(platforms).values(keyed(platformSpec, platformRows) as (typeof platforms.$inferInsert)[]);

  // 资质: high-tech enterprises (three-year certificates) and technology-based SMEs; a few lapse within months of today.
  const today = new Date();
  const soon = (days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const qualificationRows = Array.from({ length: 30 }, (_, i) => {
    const org = i === 0 ? applicant : companies[(i * 7 + 3) % companies.length]!;
    const highTech = i % 3 === 0;
    const issuedOn = isoDay(2006 + (i % 3), 10 + (i % 3), 1 + (i % 27));
    const validUntil = i < 3 ? soon(20 + i * 25) : isoDay(2009 + (i % 3) + (highTech ? 2 : 0), 10 + (i % 3), 1 + (i % 27));
    return { orgId: org.id, kind: highTech ? 'high_tech_enterprise' : i % 3 === 1 ? 'tech_sme' : 'private_tech_enterprise', certificateNo: highTech ? `GR${2006 + (i % 3)}32000${String(100 + i).padStart(4, '0')}` : `32118${2006 + (i % 3)}${String(1000 + i)}`, issuer: highTech ? '江苏省科学技术厅' : '镇江市科学技术局', issuedOn, validUntil, jurisdictionCode: org.code };
  });
  await tx.insert(qualifications).values(keyed(qualificationSpec, qualificationRows) as (typeof qualifications.$inferInsert)[]);

  // 产学研合作: Nanjing Agricultural University above all, as the seed's agricultural work shows.
  const partners = ['南京农业大学', '南京农业大学', '江苏大学', '江苏省农业科学院', '南京工业大学', '东南大学', '中国农业科学院茶叶研究所'];
  const subjects = ['葡萄设施栽培关键技术', '茶叶清洁化加工工艺', '稻田综合种养模式', '精密零部件数控加工', '食品快速检测方法', '农业废弃物资源化利用', '特种水产苗种繁育'];
  const cooperationRows = partners.map((partner, i) => {
    const org = i === 0 ? applicant : companies[(i * 11 + 5) % companies.length]!;
    return { orgId: org.id, partner, subject: `${subjects[i]}联合研发`, amountFen: (200_000 + i * 150_000) * 100, signedOn: isoDay(2008, 2 + i, 10), endsOn: isoDay(2010, 2 + i, 9), jurisdictionCode: org.code };
  });
  await tx.insert(cooperations).values(keyed(cooperationSpec, cooperationRows) as (typeof cooperations.$inferInsert)[]);

  // 科技经费 in 2008: what higher levels allocated to the approved projects, the local appropriation, enterprises' investment.
  const fundRows: Record<string, unknown>[] = [
    { kind: 'superior', year: 2008, title: '省农业科技支撑计划项目经费', sourceLevel: 'provincial', docNo: '苏财教〔2008〕101号', receivedOn: '2008-09-01', amountFen: 126_000_000 },
    { kind: 'superior', year: 2008, title: '镇江市农业科技计划项目经费', sourceLevel: 'prefecture', docNo: '镇财教〔2008〕56号', receivedOn: '2008-08-15', amountFen: 103_000_000 },
    { kind: 'superior', year: 2008, title: '省高层次创新创业人才引进计划资助', sourceLevel: 'provincial', docNo: '苏人才办〔2008〕5号', receivedOn: '2008-07-20', amountFen: 100_000_000 },
    { kind: 'superior', year: 2008, title: '省科技型企业技术创新资金', sourceLevel: 'provincial', docNo: '苏财企〔2008〕88号', receivedOn: '2008-10-10', amountFen: 285_000_000 },
    { kind: 'superior', year: 2008, title: '国家科技型中小企业技术创新基金', sourceLevel: 'national', docNo: '国科发计〔2008〕302号', receivedOn: '2008-11-05', amountFen: 180_000_000 },
    { kind: 'local', year: 2008, title: '科技三项费用', docNo: '江财预〔2008〕1号', receivedOn: '2008-03-01', amountFen: 500_000_000 },
    { kind: 'local', year: 2008, title: '科技专项资金', docNo: '江财预〔2008〕1号', receivedOn: '2008-03-01', amountFen: 300_000_000 },
    { kind: 'local', year: 2008, title: '知识产权（专利）专项资金', docNo: '江财预〔2008〕1号', receivedOn: '2008-03-01', amountFen: 80_000_000 },
    ...companies.slice(0, 40).map((c, i) => ({ kind: 'self_raised', year: 2008, title: '企业研究开发投入', orgId: c.id, amountFen: (2_000_000 + Math.floor(random() * 180) * 100_000) * 100, checked: i % 4 !== 0 })),
    // 2009 to the end of June: the year's appropriation in, the first grants from above, half the enterprises reported.
    { kind: 'superior', year: 2009, title: '省农业科技支撑计划项目经费（第一批）', sourceLevel: 'provincial', docNo: '苏财教〔2009〕36号', receivedOn: '2009-05-12', amountFen: 150_000_000 },
    { kind: 'superior', year: 2009, title: '省科技型企业技术创新资金', sourceLevel: 'provincial', docNo: '苏财企〔2009〕21号', receivedOn: '2009-06-08', amountFen: 270_000_000 },
    { kind: 'local', year: 2009, title: '科技三项费用', docNo: '江财预〔2009〕1号', receivedOn: '2009-03-02', amountFen: 550_000_000 },
    { kind: 'local', year: 2009, title: '科技专项资金', docNo: '江财预〔2009〕1号', receivedOn: '2009-03-02', amountFen: 350_000_000 },
    ...companies.slice(40, 70).map((c, i) => ({ kind: 'self_raised', year: 2009, title: '企业研究开发投入', orgId: c.id, amountFen: (3_000_000 + Math.floor(random() * 150) * 100_000) * 100, checked: i % 3 !== 0 })),
  ];
  await tx.insert(funds).values(keyed(fundSpec, fundRows.map((r) => ({ docNo: null, sourceLevel: null, orgId: null, receivedOn: null, ...r }))) as (typeof funds.$inferInsert)[]);
}
