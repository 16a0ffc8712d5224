import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  orgs,
  patentSubsidyBatches,
  patentSubsidyClaims,
  patentSubsidyPolicies,
  patentSubsidyRates,
  patents,
} from '../../db/tables/index.js';
import { checkCharacter } from '../patents/application-number.js';
import { addDays, beijingMoment, calendarDayOf, daysBetween } from '../../shared/clock.js';
import { demoYears, pick } from './generate.js';

const subjects = [
  '葡萄避雨栽培',
  '茶叶揉捻',
  '稻田综合种养',
  '果园喷雾',
  '水肥一体化',
  '农产品冷链',
  '食品包装',
  '污水处理',
  '光伏组件支架',
  '医用敷料',
  '数控机床夹具',
  '电动工具',
  '纺织印染',
  '节能灯具',
  '汽车零部件',
];
const forms = {
  invention: ['一种{s}方法', '{s}系统及其控制方法'],
  utility_model: ['一种{s}装置', '{s}用连接结构'],
  design: ['{s}设备外壳', '包装盒（{s}）'],
} as const;
const typeDigit = { invention: '1', utility_model: '2', design: '3' } as const;
/**
 * Each year's applications by type, and the share granted: three years before the seed's, the seed's own
 * (about 580, the base of next year's target of 700), and the current year on course for 700 up to today.
 */
function filingYears(): {
  year: number;
  invention: number;
  utility_model: number;
  design: number;
  granted: number;
  lastDay: string;
}[] {
  const { C, L, today } = demoYears();
  const share = (daysBetween(`${C}-01-01`, today) + 1) / (daysBetween(`${C}-01-01`, `${C}-12-31`) + 1);
  const sofar = (n: number) => Math.round(n * share * 0.96);
  return [
    { year: L - 2, invention: 70, utility_model: 200, design: 110, granted: 0.6, lastDay: `${L - 2}-12-31` },
    { year: L - 1, invention: 90, utility_model: 240, design: 120, granted: 0.55, lastDay: `${L - 1}-12-31` },
    { year: L, invention: 130, utility_model: 300, design: 150, granted: 0.47, lastDay: `${L}-12-31` },
    { year: C, invention: sofar(160), utility_model: sofar(360), design: sofar(180), granted: 0.45, lastDay: today },
  ];
}

/**
 * 专利 in the demo city: a few hundred patents a year of its enterprises, filed and granted up to today (a
 * grant follows its filing by 9 months, 22 for an invention), the subsidy rates, and the seed's year's
 * claims in every state, one batch publicised and paid in its December.
 */
export async function seedDemoPatents(
  tx: DbOrTx,
  o: { random: () => number; applicantOrgId: number },
): Promise<{ patents: number }> {
  const { random } = o;
  const { C, L, today } = demoYears();
  const companies = await tx
    .select({ id: orgs.id, name: orgs.name, code: orgs.jurisdictionCode })
    .from(orgs)
    .where(eq(orgs.type, 'enterprise'));
  const applicant = (
    await tx
      .select({ id: orgs.id, name: orgs.name, code: orgs.jurisdictionCode })
      .from(orgs)
      .where(eq(orgs.id, o.applicantOrgId))
  )[0]!;
  const rows: (typeof patents.$inferInsert)[] = [];
  let serial = 0;
  for (const y of filingYears()) {
    for (const type of ['invention', 'utility_model', 'design'] as const) {
      for (let i = 0; i < y[type]; i++) {
        // The demo applicant holds a handful of each year's patents, so it has something to claim.
        const org = i < 2 ? applicant : pick(random, companies);
        const digits = `${y.year}${typeDigit[type]}${String(10_000 + ++serial * 7).padStart(7, '0')}`;
        // A day of the year up to its last (today, in the current year).
        const filedOn = addDays(
          `${y.year}-01-01`,
          Math.floor(random() * (daysBetween(`${y.year}-01-01`, y.lastDay) + 1)),
        );
        const granted = random() < y.granted || (i === 0 && y.year === L);
        const lag = type === 'invention' ? 22 : 9;
        const [fy, fm] = [Number(filedOn.slice(0, 4)), Number(filedOn.slice(5, 7))];
        const grantDate = calendarDayOf(new Date(Date.UTC(fy, fm - 1 + lag, 15)));
        rows.push({
          applicationNumber: `${digits}.${checkCharacter(digits)}`,
          type,
          title: pick(random, forms[type]).replace('{s}', pick(random, subjects)),
          applicantName: org.name,
          orgId: org.id,
          jurisdictionCode: org.code,
          filedOn,
          grantedOn: granted && grantDate <= today ? grantDate : null,
          legalStatus: granted && grantDate <= today ? '有效' : '审中',
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500) await tx.insert(patents).values(rows.slice(i, i + 500));

  const rates = [
    { type: 'invention', stage: 'filed', yuan: 1000 },
    { type: 'invention', stage: 'granted', yuan: 3000 },
    { type: 'utility_model', stage: 'granted', yuan: 500 },
    { type: 'design', stage: 'granted', yuan: 300 },
  ] as const;
  await tx
    .insert(patentSubsidyRates)
    .values(
      [L - 1, L, C].flatMap((year) =>
        rates.map((r) => ({ year, type: r.type, stage: r.stage, amountFen: r.yuan * 100 })),
      ),
    );
  // Each year's policy: claims within 12 months of the filing or grant, decided and paid by the intellectual-property section.
  await tx
    .insert(patentSubsidyPolicies)
    .values([L - 1, L, C].map((year) => ({ year, claimWindowMonths: 12, sectionCode: 'ip' })));

  // The seed's year: its granted patents' claims decided in December, 25 paid in one batch, one refused.
  // This year: claims for this year's grants, some approved and waiting for the next batch, some to decide.
  const granted = await tx.select().from(patents).where(eq(patents.legalStatus, '有效'));
  const claimable = (year: number) =>
    granted.filter((p) => p.grantedOn?.startsWith(`${year}-`) && p.orgId !== o.applicantOrgId);
  const rateOf = (type: string) => rates.find((r) => r.type === type && r.stage === 'granted')!.yuan * 100;
  const last = claimable(L).slice(0, 26);
  const [batch] = await tx
    .insert(patentSubsidyBatches)
    .values({
      title: `${L}年度专利资助（第一批）`,
      state: 'paid',
      docNo: `江科发〔${L}〕45号`,
      paidOn: `${L}-12-18`,
      totalFen: last.slice(0, 25).reduce((s, p) => s + rateOf(p.type), 0),
    })
    .returning({ id: patentSubsidyBatches.id });
  // This year's first batch: grants of the first five months, publicised in early June and paid at its end.
  const paidThisYear =
    today >= `${C}-06-26`
      ? claimable(C)
          .filter((p) => p.grantedOn! <= `${C}-05-31`)
          .slice(0, 20)
      : [];
  if (paidThisYear.length) {
    const [first] = await tx
      .insert(patentSubsidyBatches)
      .values({
        title: `${C}年度专利资助（第一批）`,
        state: 'paid',
        docNo: `江科发〔${C}〕27号`,
        paidOn: `${C}-06-26`,
        totalFen: paidThisYear.reduce((s, p) => s + rateOf(p.type), 0),
      })
      .returning({ id: patentSubsidyBatches.id });
    await tx.insert(patentSubsidyClaims).values(
      paidThisYear.map((p, i) => ({
        patentId: p.id,
        stage: 'granted' as const,
        year: C,
        amountFen: rateOf(p.type),
        orgId: p.orgId!,
        state: 'paid' as const,
        batchId: first!.id,
        decidedAt: beijingMoment(`${C}-06-05`, '10:00'),
        createdAt: beijingMoment(`${C}-05-${String(5 + (i % 20)).padStart(2, '0')}`, '09:30'),
      })),
    );
  }
  const current = claimable(C)
    .filter((p) => !paidThisYear.includes(p))
    .slice(0, 14);
  await tx.insert(patentSubsidyClaims).values([
    ...last.map((p, i) => ({
      patentId: p.id,
      stage: 'granted' as const,
      year: L,
      amountFen: rateOf(p.type),
      orgId: p.orgId!,
      state: i < 25 ? ('paid' as const) : ('refused' as const),
      reason: i < 25 ? null : '该专利已获其他财政资金资助',
      batchId: i < 25 ? batch!.id : null,
      decidedAt: beijingMoment(`${L}-12-10`, '10:00'),
      createdAt: beijingMoment(`${L}-11-${String(3 + (i % 25)).padStart(2, '0')}`, '09:30'),
    })),
    ...current.map((p, i) => ({
      patentId: p.id,
      stage: 'granted' as const,
      year: C,
      amountFen: rateOf(p.type),
      orgId: p.orgId!,
      state: i < 7 ? ('approved' as const) : ('claimed' as const),
      decidedAt: i < 7 ? beijingMoment(addDays(today, -10), '10:00') : null,
      createdAt: beijingMoment(addDays(today, -30 + i), '09:30'),
    })),
  ]);
  return { patents: rows.length };
}
