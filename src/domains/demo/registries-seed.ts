import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { cooperations, funds, orgs, outlets, platforms, publicity, qualifications } from '../../db/tables/index.js';
import { naturalKeyOf } from '../registries/registry.service.js';
import type { RegistrySpec } from '../registries/spec.js';
import { cooperationSpec, fundSpec, platformSpec, publicitySpec, qualificationSpec } from '../registries/specs.js';
import { demoJurisdictions } from './city.js';
import { addDays, daysBetween } from '../../shared/clock.js';
import { demoYears, pick } from './generate.js';

const keyed = <T extends Record<string, unknown>>(spec: RegistrySpec, rows: T[]) =>
  rows.map((r) => ({ ...r, naturalKey: naturalKeyOf(spec, r) }));
const isoDay = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The registries of the demo city. Where the seed states a figure the data holds it: in the seed's year
 * 72 articles went to the provincial S&T information system and 29 were adopted, and 9 articles appeared in
 * the city daily. Elsewhere the records are plausible: platforms with one agricultural park per town,
 * qualifications (some about to lapse), cooperation with Nanjing Agricultural University, and funds.
 */
export async function seedDemoRegistries(
  tx: DbOrTx,
  o: { random: () => number; applicantOrgId: number },
): Promise<void> {
  const { random } = o;
  const { C, L, today } = demoYears();
  /** A day of this year, when it has come; null when it is still ahead. */
  const byNow = (day: string) => (day <= today ? day : null);
  await tx.insert(outlets).values([
    {
      code: 'provincial-system',
      name: '省科技厅信息报送系统',
      nameEn: 'Provincial S&T Department information system',
      sortOrder: 1,
    },
    { code: 'city-daily', name: '江川日报', nameEn: 'Jiangchuan Daily', sortOrder: 2 },
    { code: 'city-site', name: '江川市政府网站', nameEn: 'City government website', sortOrder: 3 },
    { code: 'zhenjiang-daily', name: '镇江日报', nameEn: 'Zhenjiang Daily', sortOrder: 4 },
  ]);
  const companies = await tx
    .select({ id: orgs.id, name: orgs.name, code: orgs.jurisdictionCode, industry: orgs.industry })
    .from(orgs)
    .where(eq(orgs.type, 'enterprise'));
  const applicant = companies.find((c) => c.id === o.applicantOrgId) ?? companies[0]!;

  // 政务信息: the seed's year — 72 to the provincial system (29 adopted), 15 to the city daily (9 adopted), some to the city site.
  const topics = [
    '全市科技工作会议召开',
    '农业科技示范园区建设取得新进展',
    '科技特派员深入田间地头',
    '企业技术中心认定工作启动',
    '知识产权示范市建设稳步推进',
    '产学研合作签约项目落地',
    '高层次人才引进成效显著',
    '科技进步目标考核工作部署',
    '专利申请量同比增长',
    '社会发展科技计划项目通过验收',
    '科技企业孵化器新入驻企业',
    '新农村建设科技示范工程',
  ];
  const sections = ['office', 'agriculture', 'social', 'hightech', 'talent', 'ip'];
  const articles: Record<string, unknown>[] = [];
  const article = (outletCode: string, i: number, adopted: boolean, year: number, n: number) => {
    // Spread over the year, or over this year up to today.
    const span = year === C ? daysBetween(`${C}-01-01`, today) : 360;
    const sentOn = addDays(`${year}-01-01`, Math.floor((i * span) / n));
    articles.push({
      title: `${topics[i % topics.length]}（${year}年第${i + 1}期）`,
      outletCode,
      sectionCode: sections[i % sections.length],
      author: pick(random, ['王建华', '李敏', '张伟', '陈静', '刘洋']),
      sentOn,
      adopted,
      adoptedOn: adopted ? (addDays(sentOn, 1) <= today ? addDays(sentOn, 1) : sentOn) : null,
      link: adopted ? `http://www.jckj.gov.cn/news/${year}/${outletCode}-${i + 1}.html` : null,
    });
  };
  for (let i = 0; i < 64; i++) article('provincial-system', i, i % 3 === 0, L - 1, 64);
  for (let i = 0; i < 72; i++) article('provincial-system', i, i < 29, L, 72);
  for (let i = 0; i < 15; i++) article('city-daily', i, i < 9, L, 15);
  for (let i = 0; i < 20; i++) article('city-site', i, true, L, 20);
  // This year so far: on the seed's pace, a little ahead.
  const thisYearShare = daysBetween(`${C}-01-01`, today) / 365;
  const sentSoFar = Math.max(1, Math.round(78 * thisYearShare));
  for (let i = 0; i < sentSoFar; i++) article('provincial-system', i, i % 5 < 2, C, sentSoFar);
  for (let i = 0; i < Math.round(16 * thisYearShare); i++)
    article('city-daily', i, i % 3 < 2, C, Math.round(16 * thisYearShare));
  await tx.insert(publicity).values(keyed(publicitySpec, articles) as (typeof publicity.$inferInsert)[]);

  // 创新载体: each centre at a firm of its own trade; Zhenjiang-level engineering centres, city enterprise
  // technology centres, a startup service centre, a park per town; this year's recognitions up to today.
  const used = new Set<number>([applicant.id]);
  const hostIn = (...industries: string[]) => {
    const host =
      companies.find((c) => industries.includes(c.industry ?? '') && !used.has(c.id)) ??
      companies.find((c) => !used.has(c.id))!;
    used.add(host.id);
    return host;
  };
  const centre = (o: {
    name: string;
    kind: string;
    level: string;
    host: { id: number; code: string | null };
    on: string | null;
    docNo: string;
    evaluated?: string;
  }) =>
    o.on
      ? [
          {
            name: o.name,
            kind: o.kind,
            level: o.level,
            orgId: o.host.id,
            jurisdictionCode: o.host.code,
            recognizedOn: o.on,
            docNo: o.docNo,
            status: 'active',
            ...(o.evaluated ? { evaluationYear: L, evaluation: o.evaluated } : {}),
          },
        ]
      : [];
  const platformRows: Record<string, unknown>[] = [
    ...centre({
      name: '镇江市设施农业工程技术研究中心',
      kind: 'engineering_center',
      level: 'prefecture',
      host: applicant,
      on: isoDay(L - 1, 6, 18),
      docNo: `镇科计〔${L - 1}〕60号`,
      evaluated: 'excellent',
    }),
    ...centre({
      name: '镇江市茶叶精深加工工程技术研究中心',
      kind: 'engineering_center',
      level: 'prefecture',
      host: hostIn('茶叶'),
      on: isoDay(L, 7, 18),
      docNo: `镇科计〔${L}〕61号`,
      evaluated: 'good',
    }),
    ...centre({
      name: '镇江市特种水产养殖工程技术研究中心',
      kind: 'engineering_center',
      level: 'prefecture',
      host: hostIn('水产养殖'),
      on: isoDay(L - 1, 8, 18),
      docNo: `镇科计〔${L - 1}〕62号`,
      evaluated: 'good',
    }),
    ...centre({
      name: '江川市精密机械企业技术中心',
      kind: 'enterprise_tech_center',
      level: 'city',
      host: hostIn('机械制造'),
      on: isoDay(L, 9, 10),
      docNo: `江科发〔${L}〕40号`,
      evaluated: 'pass',
    }),
    ...centre({
      name: '江川市新型复合材料企业技术中心',
      kind: 'enterprise_tech_center',
      level: 'city',
      host: hostIn('新材料'),
      on: isoDay(L, 9, 11),
      docNo: `江科发〔${L}〕41号`,
      evaluated: 'pass',
    }),
    ...centre({
      name: '江川市食品安全检测企业技术中心',
      kind: 'enterprise_tech_center',
      level: 'city',
      host: hostIn('食品加工'),
      on: isoDay(L, 9, 12),
      docNo: `江科发〔${L}〕42号`,
      evaluated: 'pass',
    }),
    ...centre({
      name: '江川市汽车零部件企业技术中心',
      kind: 'enterprise_tech_center',
      level: 'city',
      host: hostIn('汽车零部件'),
      on: isoDay(L, 9, 13),
      docNo: `江科发〔${L}〕43号`,
      evaluated: 'pass',
    }),
    ...centre({
      name: '镇江市智能电网设备工程技术研究中心',
      kind: 'engineering_center',
      level: 'prefecture',
      host: hostIn('电子信息', '高端装备'),
      on: byNow(`${C}-04-16`),
      docNo: `镇科计〔${C}〕31号`,
    }),
    ...centre({
      name: '江川市光伏储能材料企业技术中心',
      kind: 'enterprise_tech_center',
      level: 'city',
      host: hostIn('新能源'),
      on: byNow(`${C}-05-20`),
      docNo: `江科发〔${C}〕18号`,
    }),
    {
      name: '江川市高新技术创业服务中心',
      kind: 'startup_center',
      level: 'provincial',
      orgId: null,
      jurisdictionCode: 'htz',
      recognizedOn: `${L - 2}-11-20`,
      docNo: `苏科高〔${L - 2}〕355号`,
      status: 'active',
      evaluationYear: L,
      evaluation: 'good',
    },
    ...demoJurisdictions
      .filter((j) => j.kind === 'town')
      .map((j, i) => ({
        name: `${j.name}现代农业科技示范园`,
        kind: 'agri_park',
        level: 'city',
        orgId: null,
        jurisdictionCode: j.code,
        recognizedOn: isoDay(L - 3 + (i % 4), 3 + (i % 8), 15),
        docNo: `江政发〔${L - 3 + (i % 4)}〕${20 + i}号`,
        status: i === 9 ? 'warned' : 'active',
        evaluationYear: L,
        evaluation: i === 9 ? 'fail' : i % 3 === 0 ? 'excellent' : 'good',
      })),
  ];
  await tx.insert(platforms).values(keyed(platformSpec, platformRows) as (typeof platforms.$inferInsert)[]);

  // 资质: high-tech enterprises (three-year certificates) and technology-based SMEs; a few lapse within months of today.
  const soon = (days: number) => addDays(today, days);
  const qualificationRows = Array.from({ length: 30 }, (_, i) => {
    const org = i === 0 ? applicant : companies[(i * 7 + 3) % companies.length]!;
    const highTech = i % 3 === 0;
    const issuedOn = isoDay(L - 2 + (i % 3), 10 + (i % 3), 1 + (i % 27));
    const validUntil = i < 3 ? soon(20 + i * 25) : isoDay(C + (i % 3) + (highTech ? 2 : 0), 10 + (i % 3), 1 + (i % 27));
    return {
      orgId: org.id,
      kind: highTech ? 'high_tech_enterprise' : i % 3 === 1 ? 'tech_sme' : 'private_tech_enterprise',
      certificateNo: highTech
        ? `GR${L - 2 + (i % 3)}32000${String(100 + i).padStart(4, '0')}`
        : `32118${L - 2 + (i % 3)}${String(1000 + i)}`,
      issuer: highTech ? '江苏省科学技术厅' : '镇江市科学技术局',
      issuedOn,
      validUntil,
      jurisdictionCode: org.code,
    };
  });
  // This year's certificates as they came: technology-based SMEs in April, high-tech enterprises in November.
  const issuedThisYear = [
    ...[0, 1, 2].map((i) => ({ i, kind: 'tech_sme', on: byNow(`${C}-04-15`) })),
    ...[3, 4, 5].map((i) => ({ i, kind: 'high_tech_enterprise', on: byNow(`${C}-11-18`) })),
  ]
    .filter((q) => q.on)
    .map(({ i, kind, on }) => {
      const org = companies[(i * 17 + 11) % companies.length]!;
      const highTech = kind === 'high_tech_enterprise';
      return {
        orgId: org.id,
        kind,
        certificateNo: highTech ? `GR${C}32000${String(400 + i).padStart(4, '0')}` : `32118${C}${String(2000 + i)}`,
        issuer: highTech ? '江苏省科学技术厅' : '镇江市科学技术局',
        issuedOn: on,
        validUntil: isoDay(C + (highTech ? 3 : 1), 11, 17),
        jurisdictionCode: org.code,
      };
    });
  await tx
    .insert(qualifications)
    .values(
      keyed(qualificationSpec, [...qualificationRows, ...issuedThisYear]) as (typeof qualifications.$inferInsert)[],
    );

  // 产学研合作: Nanjing Agricultural University above all, as the seed's agricultural work shows.
  const partners = [
    '南京农业大学',
    '南京农业大学',
    '江苏大学',
    '江苏省农业科学院',
    '南京工业大学',
    '东南大学',
    '中国农业科学院茶叶研究所',
  ];
  const subjects = [
    '葡萄设施栽培关键技术',
    '茶叶清洁化加工工艺',
    '稻田综合种养模式',
    '精密零部件数控加工',
    '食品快速检测方法',
    '农业废弃物资源化利用',
    '特种水产苗种繁育',
  ];
  const cooperationRows = partners.map((partner, i) => {
    const org = i === 0 ? applicant : companies[(i * 11 + 5) % companies.length]!;
    return {
      orgId: org.id,
      partner,
      subject: `${subjects[i]}联合研发`,
      amountFen: (200_000 + i * 150_000) * 100,
      signedOn: isoDay(L, 2 + i, 10),
      endsOn: isoDay(C + 1, 2 + i, 9),
      jurisdictionCode: org.code,
    };
  });
  // This year's agreements up to today.
  const signedThisYear = [
    { partner: '南京农业大学', subject: '设施葡萄智能水肥调控技术联合研发', yuan: 380_000, on: byNow(`${C}-03-18`) },
    { partner: '江苏大学', subject: '农机装备关键零部件精密加工技术联合攻关', yuan: 650_000, on: byNow(`${C}-06-09`) },
    { partner: '江苏省农业科学院', subject: '茶叶病虫害绿色防控技术示范', yuan: 260_000, on: byNow(`${C}-09-22`) },
  ]
    .filter((c) => c.on)
    .map((c, i) => {
      const org = companies[(i * 19 + 7) % companies.length]!;
      return {
        orgId: org.id,
        partner: c.partner,
        subject: c.subject,
        amountFen: c.yuan * 100,
        signedOn: c.on,
        endsOn: isoDay(C + 2, 6, 30),
        jurisdictionCode: org.code,
      };
    });
  await tx
    .insert(cooperations)
    .values(keyed(cooperationSpec, [...cooperationRows, ...signedThisYear]) as (typeof cooperations.$inferInsert)[]);

  // 科技经费 in the seed's year: what higher levels allocated to the approved projects, the local appropriation, enterprises' investment.
  const fundRows: Record<string, unknown>[] = [
    {
      kind: 'superior',
      year: L,
      title: '省农业科技支撑计划项目经费',
      sourceLevel: 'provincial',
      docNo: `苏财教〔${L}〕101号`,
      receivedOn: `${L}-09-01`,
      amountFen: 126_000_000,
    },
    {
      kind: 'superior',
      year: L,
      title: '镇江市农业科技计划项目经费',
      sourceLevel: 'prefecture',
      docNo: `镇财教〔${L}〕56号`,
      receivedOn: `${L}-08-15`,
      amountFen: 103_000_000,
    },
    {
      kind: 'superior',
      year: L,
      title: '省高层次创新创业人才引进计划资助',
      sourceLevel: 'provincial',
      docNo: `苏人才办〔${L}〕5号`,
      receivedOn: `${L}-07-20`,
      amountFen: 100_000_000,
    },
    {
      kind: 'superior',
      year: L,
      title: '省科技型企业技术创新资金',
      sourceLevel: 'provincial',
      docNo: `苏财企〔${L}〕88号`,
      receivedOn: `${L}-10-10`,
      amountFen: 285_000_000,
    },
    {
      kind: 'superior',
      year: L,
      title: '国家科技型中小企业技术创新基金',
      sourceLevel: 'national',
      docNo: `国科发计〔${L}〕302号`,
      receivedOn: `${L}-11-05`,
      amountFen: 180_000_000,
    },
    {
      kind: 'local',
      year: L,
      title: '科技三项费用',
      docNo: `江财预〔${L}〕1号`,
      receivedOn: `${L}-03-01`,
      amountFen: 500_000_000,
    },
    {
      kind: 'local',
      year: L,
      title: '科技专项资金',
      docNo: `江财预〔${L}〕1号`,
      receivedOn: `${L}-03-01`,
      amountFen: 300_000_000,
    },
    {
      kind: 'local',
      year: L,
      title: '知识产权（专利）专项资金',
      docNo: `江财预〔${L}〕1号`,
      receivedOn: `${L}-03-01`,
      amountFen: 80_000_000,
    },
    ...companies.slice(0, 40).map((c, i) => ({
      kind: 'self_raised',
      year: L,
      title: '企业研究开发投入',
      orgId: c.id,
      amountFen: (2_000_000 + Math.floor(random() * 180) * 100_000) * 100,
      checked: i % 4 !== 0,
    })),
    // This year up to today: the appropriation in March, grants from above as they came, enterprises as they reported.
    {
      kind: 'superior',
      year: C,
      title: '省农业科技支撑计划项目经费（第一批）',
      sourceLevel: 'provincial',
      docNo: `苏财教〔${C}〕36号`,
      receivedOn: byNow(`${C}-05-12`),
      amountFen: 150_000_000,
    },
    {
      kind: 'superior',
      year: C,
      title: '省科技型企业技术创新资金',
      sourceLevel: 'provincial',
      docNo: `苏财企〔${C}〕21号`,
      receivedOn: byNow(`${C}-06-08`),
      amountFen: 270_000_000,
    },
    {
      kind: 'local',
      year: C,
      title: '科技三项费用',
      docNo: `江财预〔${C}〕1号`,
      receivedOn: byNow(`${C}-03-02`),
      amountFen: 550_000_000,
    },
    {
      kind: 'local',
      year: C,
      title: '科技专项资金',
      docNo: `江财预〔${C}〕1号`,
      receivedOn: byNow(`${C}-03-02`),
      amountFen: 350_000_000,
    },
    ...companies.slice(40, 70).map((c, i) => ({
      kind: 'self_raised',
      year: C,
      title: '企业研究开发投入',
      orgId: c.id,
      amountFen: (3_000_000 + Math.floor(random() * 150) * 100_000) * 100,
      checked: i % 3 !== 0,
    })),
  ];
  await tx.insert(funds).values(
    keyed(
      fundSpec,
      fundRows
        .filter((r) => r.year !== C || r.kind === 'self_raised' || r.receivedOn)
        .map((r) => ({ docNo: null, sourceLevel: null, orgId: null, receivedOn: null, ...r })),
    ) as (typeof funds.$inferInsert)[],
  );
}
