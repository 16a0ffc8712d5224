import { inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { orgs, patents } from '../../db/tables/index.js';
import { parseLooseDate } from '../../shared/dates.js';
import type { Checked, Importer, RowProblem } from '../imports/importer.js';
import { parseApplicationNumber, type PatentType } from './application-number.js';

export interface PatentRecord {
  applicationNumber: string;
  type: PatentType;
  title: string;
  applicantName: string;
  orgId: number | null;
  jurisdictionCode: string | null;
  filedOn: string;
  grantedOn: string | null;
  legalStatus: string | null;
}

interface OrgIndex {
  byUscc: Map<string, { id: number; jurisdictionCode: string }>;
  byName: Map<string, { id: number; jurisdictionCode: string }>;
}

const typeWords: [RegExp, PatentType][] = [
  [/实用新型|utility/i, 'utility_model'],
  [/外观|design/i, 'design'],
  [/发明|invention/i, 'invention'],
];

/** The patent office's usual column headers, so its lists import without any mapping. */
export const patentImporter: Importer<PatentRecord, OrgIndex> = {
  registry: 'patents',
  fields: [
    {
      key: 'applicationNumber',
      label: '申请号',
      required: true,
      aliases: ['专利申请号', '申请号/专利号', '专利号', 'application number'],
    },
    { key: 'title', label: '专利名称', required: true, aliases: ['名称', '发明名称', '发明创造名称', 'title'] },
    { key: 'type', label: '专利类型', aliases: ['类型', '专利种类', 'type'] },
    {
      key: 'applicant',
      label: '申请人',
      required: true,
      aliases: ['申请(专利权)人', '专利权人', '申请人/专利权人', '申请（专利权）人', 'applicant'],
    },
    { key: 'uscc', label: '统一社会信用代码', aliases: ['信用代码', '社会信用代码', 'uscc'] },
    { key: 'filedOn', label: '申请日', required: true, aliases: ['申请日期', 'filing date'] },
    { key: 'grantedOn', label: '授权日', aliases: ['授权公告日', '授权日期', '授权公告日期', 'grant date'] },
    { key: 'legalStatus', label: '法律状态', aliases: ['当前法律状态', '状态', 'legal status'] },
  ],
  async prepare(db: Db) {
    const rows = await db
      .select({ id: orgs.id, name: orgs.name, uscc: orgs.uscc, jurisdictionCode: orgs.jurisdictionCode })
      .from(orgs)
      .where(sql`${orgs.status} <> 'merged'`);
    return {
      byUscc: new Map(rows.map((r) => [r.uscc, r])),
      byName: new Map(rows.map((r) => [r.name, r])),
    };
  },
  check(v, index): Checked<PatentRecord> {
    const problems: Omit<RowProblem, 'row'>[] = [];
    const parsed = parseApplicationNumber(v.applicationNumber ?? '');
    if ('problem' in parsed)
      problems.push({
        field: 'applicationNumber',
        problem: v.applicationNumber ? `number_${parsed.problem}` : 'required',
        value: v.applicationNumber,
      });
    const title = (v.title ?? '').trim();
    if (!title) problems.push({ field: 'title', problem: 'required' });
    const applicantName = (v.applicant ?? '').trim();
    if (!applicantName) problems.push({ field: 'applicant', problem: 'required' });
    const filedOn = v.filedOn ? parseLooseDate(v.filedOn) : undefined;
    if (!filedOn) problems.push({ field: 'filedOn', problem: v.filedOn ? 'date' : 'required', value: v.filedOn });
    const grantedOn = v.grantedOn ? parseLooseDate(v.grantedOn) : null;
    if (grantedOn === undefined) problems.push({ field: 'grantedOn', problem: 'date', value: v.grantedOn });
    if (filedOn && grantedOn && grantedOn < filedOn)
      problems.push({ field: 'grantedOn', problem: 'granted_before_filed', value: v.grantedOn });
    let type = 'problem' in parsed ? undefined : parsed.type;
    if (v.type) {
      const written = typeWords.find(([pattern]) => pattern.test(v.type!))?.[1];
      if (!written) problems.push({ field: 'type', problem: 'type_unknown', value: v.type });
      else if (type && written !== type) problems.push({ field: 'type', problem: 'type_mismatch', value: v.type });
      type ??= written;
    }
    if (problems.length || 'problem' in parsed) return { problems };
    // 申请人 may list several applicants separated by semicolons: the first one in the registry is the organisation.
    const uscc = (v.uscc ?? '').trim().toUpperCase();
    const org =
      (uscc && index.byUscc.get(uscc)) ||
      applicantName
        .split(/[;；,，、]/)
        .map((n) => index.byName.get(n.trim()))
        .find(Boolean) ||
      null;
    return {
      record: {
        applicationNumber: parsed.number,
        type: type!,
        title,
        applicantName,
        orgId: org?.id ?? null,
        jurisdictionCode: org?.jurisdictionCode ?? null,
        filedOn: filedOn!,
        grantedOn: grantedOn ?? null,
        legalStatus: v.legalStatus?.trim() || null,
      },
      warnings: org ? [] : ['org_unmatched'],
    };
  },
  key: (r) => r.applicationNumber,
  async upsert(tx: Tx, batch: PatentRecord[]) {
    // Rows already stored exactly so are left alone before they reach INSERT: a re-import of the same
    // list then costs one lookup per batch, not a recomputed search index for every row.
    const stored = await tx
      .select({
        applicationNumber: patents.applicationNumber,
        type: patents.type,
        title: patents.title,
        applicantName: patents.applicantName,
        orgId: patents.orgId,
        filedOn: patents.filedOn,
        grantedOn: patents.grantedOn,
        legalStatus: patents.legalStatus,
      })
      .from(patents)
      .where(
        inArray(
          patents.applicationNumber,
          batch.map((r) => r.applicationNumber),
        ),
      );
    const byNumber = new Map(stored.map((r) => [r.applicationNumber, r]));
    const records = batch.filter((r) => {
      const s = byNumber.get(r.applicationNumber);
      return (
        !s ||
        s.type !== r.type ||
        s.title !== r.title ||
        s.applicantName !== r.applicantName ||
        s.filedOn !== r.filedOn ||
        s.grantedOn !== r.grantedOn ||
        s.legalStatus !== r.legalStatus ||
        (r.orgId !== null && s.orgId !== r.orgId)
      );
    });
    if (!records.length) return { inserted: 0, updated: 0 };
    const column = <K extends keyof PatentRecord>(k: K) => records.map((r) => r[k]);
    // One statement per batch through unnest: 2,000 rows cost one round trip, not 2,000.
    const result = await tx.execute<{ inserted: boolean }>(sql`
      INSERT INTO patents (application_number, type, title, applicant_name, org_id, jurisdiction_code, filed_on, granted_on, legal_status)
      SELECT * FROM unnest(${sql.param(column('applicationNumber'))}::text[], ${sql.param(column('type'))}::patent_type[], ${sql.param(column('title'))}::text[],
        ${sql.param(column('applicantName'))}::text[], ${sql.param(column('orgId'))}::int[], ${sql.param(column('jurisdictionCode'))}::text[],
        ${sql.param(column('filedOn'))}::date[], ${sql.param(column('grantedOn'))}::date[], ${sql.param(column('legalStatus'))}::text[])
      ON CONFLICT (application_number) DO UPDATE SET
        type = excluded.type, title = excluded.title, applicant_name = excluded.applicant_name,
        org_id = coalesce(excluded.org_id, patents.org_id), jurisdiction_code = coalesce(excluded.jurisdiction_code, patents.jurisdiction_code),
        filed_on = excluded.filed_on, granted_on = excluded.granted_on, legal_status = excluded.legal_status,
        updated_at = now(), version = patents.version + 1
      WHERE (patents.type, patents.title, patents.applicant_name, patents.filed_on, patents.granted_on, patents.legal_status)
        IS DISTINCT FROM (excluded.type, excluded.title, excluded.applicant_name, excluded.filed_on, excluded.granted_on, excluded.legal_status)
        OR (excluded.org_id IS NOT NULL AND patents.org_id IS DISTINCT FROM excluded.org_id)
      RETURNING (xmax = 0) AS inserted`);
    const inserted = result.rows.filter((r) => r.inserted).length;
    return { inserted, updated: result.rows.length - inserted };
  },
};
