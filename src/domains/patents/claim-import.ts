import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { patentSubsidyClaims, patentSubsidyRates, patents } from '../../db/tables/index.js';
import type { Checked, Importer, RowProblem } from '../imports/importer.js';
import { parseMoneyText } from '../registries/values.js';
import { parseApplicationNumber } from './application-number.js';
import * as clock from '../../shared/clock.js';

interface ClaimRecord {
  patentId: number;
  orgId: number;
  stage: 'filed' | 'granted';
  year: number;
  amountFen: number;
  state: 'claimed' | 'approved' | 'refused' | 'paid';
}

interface Context {
  patents: Map<string, { id: number; orgId: number | null; type: string; filedOn: string; grantedOn: string | null }>;
  rates: Map<string, number>;
}

const stageWords: [RegExp, ClaimRecord['stage']][] = [
  [/授权|grant/i, 'granted'],
  [/申请|fil/i, 'filed'],
];
const stateWords: [RegExp, ClaimRecord['state']][] = [
  [/已拨付|拨付|paid/i, 'paid'],
  [/不予|未通过|refus/i, 'refused'],
  [/核准|通过|approv/i, 'approved'],
  [/待审|申请中|claim/i, 'claimed'],
];

/**
 * 专利资助台账: the bureau's earlier subsidy ledgers, as kept in Excel — application number, stage, and
 * optionally year, amount and state (paid by default: a ledger lists what was paid). The patent must be in
 * the registry; the amount defaults to the year's rate. A patent-stage already claimed is found again.
 */
export const claimImporter: Importer<ClaimRecord, Context> = {
  registry: 'patent-subsidies',
  fields: [
    { key: 'applicationNumber', label: '申请号', required: true, aliases: ['专利号', '专利申请号'] },
    { key: 'stage', label: '资助阶段', required: true, aliases: ['阶段', '资助类别'] },
    { key: 'year', label: '年度', aliases: ['资助年度'] },
    { key: 'amount', label: '资助金额（元）', aliases: ['资助金额', '金额', '金额（元）'] },
    { key: 'state', label: '状态', aliases: ['资助状态'] },
  ],
  async prepare(db: Db) {
    const rows = await db
      .select({
        id: patents.id,
        number: patents.applicationNumber,
        orgId: patents.orgId,
        type: patents.type,
        filedOn: patents.filedOn,
        grantedOn: patents.grantedOn,
      })
      .from(patents);
    const rates = await db.select().from(patentSubsidyRates);
    return {
      patents: new Map(rows.map((r) => [r.number, r])),
      rates: new Map(rates.map((r) => [`${r.year}|${r.type}|${r.stage}`, r.amountFen])),
    };
  },
  check(v, context): Checked<ClaimRecord> {
    const problems: Omit<RowProblem, 'row'>[] = [];
    const parsed = parseApplicationNumber(v.applicationNumber ?? '');
    const patent = 'problem' in parsed ? undefined : context.patents.get(parsed.number);
    if ('problem' in parsed)
      problems.push({
        field: 'applicationNumber',
        problem: v.applicationNumber ? `number_${parsed.problem}` : 'required',
        value: v.applicationNumber,
      });
    else if (!patent)
      problems.push({ field: 'applicationNumber', problem: 'patent_unknown', value: v.applicationNumber });
    else if (!patent.orgId)
      problems.push({ field: 'applicationNumber', problem: 'patent_without_org', value: v.applicationNumber });
    const stage = stageWords.find(([p]) => p.test(v.stage ?? ''))?.[1];
    if (!stage) problems.push({ field: 'stage', problem: v.stage ? 'option' : 'required', value: v.stage });
    const state = v.state ? stateWords.find(([p]) => p.test(v.state!))?.[1] : 'paid';
    if (!state) problems.push({ field: 'state', problem: 'option', value: v.state });
    if (problems.length || !patent || !stage || !state) return { problems };
    const date = stage === 'filed' ? patent.filedOn : patent.grantedOn;
    if (!date) return { problems: [{ field: 'stage', problem: 'not_granted', value: v.stage }] };
    const year = v.year ? Number(v.year) : Number(date.slice(0, 4));
    if (!Number.isInteger(year) || year < 1985 || year > 2100)
      return { problems: [{ field: 'year', problem: 'number', value: v.year }] };
    const amountFen = v.amount ? parseMoneyText(v.amount) : context.rates.get(`${year}|${patent.type}|${stage}`);
    if (amountFen === undefined)
      return { problems: [{ field: 'amount', problem: v.amount ? 'money' : 'no_rate', value: v.amount }] };
    return { record: { patentId: patent.id, orgId: patent.orgId!, stage, year, amountFen, state } };
  },
  key: (r) => `${r.patentId}|${r.stage}`,
  async upsert(tx: Tx, records: ClaimRecord[]) {
    const live = await tx
      .select()
      .from(patentSubsidyClaims)
      .where(
        and(
          inArray(
            patentSubsidyClaims.patentId,
            records.map((r) => r.patentId),
          ),
          ne(patentSubsidyClaims.state, 'refused'),
        ),
      );
    const byKey = new Map(live.map((c) => [`${c.patentId}|${c.stage}`, c]));
    let inserted = 0;
    let updated = 0;
    for (const r of records) {
      const existing = byKey.get(`${r.patentId}|${r.stage}`);
      if (!existing) {
        await tx.insert(patentSubsidyClaims).values({ ...r, decidedAt: r.state === 'claimed' ? null : clock.now() });
        inserted++;
      } else if (existing.amountFen !== r.amountFen || existing.state !== r.state || existing.year !== r.year) {
        await tx
          .update(patentSubsidyClaims)
          .set({
            amountFen: r.amountFen,
            state: r.state,
            year: r.year,
            updatedAt: sql`now()`,
            version: sql`${patentSubsidyClaims.version} + 1`,
          })
          .where(eq(patentSubsidyClaims.id, existing.id));
        updated++;
      }
    }
    return { inserted, updated };
  },
};
