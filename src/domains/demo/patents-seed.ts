import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { orgs, patentSubsidyBatches, patentSubsidyClaims, patentSubsidyRates, patents } from '../../db/schema/index.js';
import { checkCharacter } from '../patents/application-number.js';
import { pick } from './generate.js';

const subjects = ['葡萄避雨栽培', '茶叶揉捻', '稻田综合种养', '果园喷雾', '水肥一体化', '农产品冷链', '食品包装', '污水处理', '光伏组件支架', '医用敷料', '数控机床夹具', '电动工具', '纺织印染', '节能灯具', '汽车零部件'];
const forms = { invention: ['一种{s}方法', '{s}系统及其控制方法'], utility_model: ['一种{s}装置', '{s}用连接结构'], design: ['{s}设备外壳', '包装盒（{s}）'] } as const;
const typeDigit = { invention: '1', utility_model: '2', design: '3' } as const;
/** Each year's applications by type, and the share granted, so the city's figures are plausible. */
const years = [
  { year: 2007, invention: 90, utility_model: 240, design: 120, granted: 0.55 },
  { year: 2008, invention: 130, utility_model: 300, design: 150, granted: 0.47 },
  // 2009 up to the end of June, where the demo stands: on course for the target of 700.
  { year: 2009, invention: 90, utility_model: 170, design: 80, granted: 0.15 },
];

/** The demo's data runs to the end of June 2009: nothing is granted after it. */
const demoToday = new Date(Date.UTC(2009, 5, 30));

/**
 * 专利 in the demo city: a few hundred patents a year of its enterprises (the seed's year had about 580
 * applications; next year's target is 700), the subsidy rates, and claims in every state, one batch paid.
 */
export async function seedDemoPatents(tx: DbOrTx, o: { random: () => number; applicantOrgId: number }): Promise<{ patents: number }> {
  const { random } = o;
  const companies = await tx.select({ id: orgs.id, name: orgs.name, code: orgs.jurisdictionCode }).from(orgs).where(eq(orgs.type, 'enterprise'));
  const applicant = (await tx.select({ id: orgs.id, name: orgs.name, code: orgs.jurisdictionCode }).from(orgs).where(eq(orgs.id, o.applicantOrgId)))[0]!;
  const rows: (typeof patents.$inferInsert)[] = [];
  let serial = 0;
  for (const y of years) {
    for (const type of ['invention', 'utility_model', 'design'] as const) {
      for (let i = 0; i < y[type]; i++) {
        // The demo applicant holds a handful of each year's patents, so it has something to claim.
        const org = i < 2 ? applicant : pick(random, companies);
        const digits = `${y.year}${typeDigit[type]}${String(10_000 + ++serial * 7).padStart(7, '0')}`;
        const month = 1 + Math.floor(random() * (y.year === 2009 ? 6 : 12));
        const filedOn = `${y.year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
        const granted = random() < y.granted || (i === 0 && y.year === 2008);
        const lag = type === 'invention' ? 22 : 9;
        const grantDate = new Date(Date.UTC(y.year, month - 1 + lag, 15));
        rows.push({
          applicationNumber: `${digits}.${checkCharacter(digits)}`,
          type,
          title: pick(random, forms[type]).replace('{s}', pick(random, subjects)),
          applicantName: org.name,
          orgId: org.id,
          jurisdictionCode: org.code,
          filedOn,
          grantedOn: granted && grantDate <= demoToday ? grantDate.toISOString().slice(0, 10) : null,
          legalStatus: granted && grantDate <= demoToday ? '有效' : '审中',
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
  await tx.insert(patentSubsidyRates).values([2007, 2008, 2009].flatMap((year) => rates.map((r) => ({ year, type: r.type, stage: r.stage, amountFen: r.yuan * 100 }))));

  // 2008's granted patents: most paid in one batch, some approved, some waiting, one refused.
  const granted2008 = await tx.select().from(patents).where(eq(patents.legalStatus, '有效'));
  const claimable = granted2008.filter((p) => p.grantedOn?.startsWith('2008') && p.orgId !== o.applicantOrgId).slice(0, 40);
  const rateOf = (type: string) => rates.find((r) => r.type === type && r.stage === 'granted')!.yuan * 100;
  const [batch] = await tx
    .insert(patentSubsidyBatches)
    .values({ title: '2008年度专利资助（第一批）', docNo: '江科发〔2008〕45号', paidOn: '2008-12-18', totalFen: claimable.slice(0, 25).reduce((s, p) => s + rateOf(p.type), 0) })
    .returning({ id: patentSubsidyBatches.id });
  await tx.insert(patentSubsidyClaims).values(
    claimable.map((p, i) => ({
      patentId: p.id,
      stage: 'granted' as const,
      year: 2008,
      amountFen: rateOf(p.type),
      orgId: p.orgId!,
      state: i < 25 ? ('paid' as const) : i < 32 ? ('approved' as const) : i === 32 ? ('refused' as const) : ('claimed' as const),
      reason: i === 32 ? '该专利已获其他财政资金资助' : null,
      batchId: i < 25 ? batch!.id : null,
      decidedAt: i < 33 ? new Date('2008-12-10T02:00:00Z') : null,
      createdAt: new Date(Date.UTC(2008, 10, 3 + (i % 25), 1, 30)),
    })),
  );
  return { patents: rows.length };
}
