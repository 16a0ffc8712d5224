import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { orgs, projects } from '../../db/tables/index.js';
import type { Checked, Importer, RowProblem } from '../imports/importer.js';
import type { Problem } from '../../server/problems.js';
import { checkRules } from './rules.js';
import { columnKey, dictionaryIndex, naturalKeyOf, upsertRecords } from './registry.service.js';
import type { FieldSpec, RegistrySpec } from './spec.js';
import { fieldLabel, optionLabel, parseBooleanText, parseDateText, parseMoneyText, parseOption } from './values.js';

type Values = Record<string, unknown>;
interface Context {
  projectsByTitle: Map<string, number>;
  orgsByName: Map<string, { id: number; code: string }>;
  orgsByUscc: Map<string, { id: number; code: string }>;
  dictionaries: Awaited<ReturnType<typeof dictionaryIndex>>;
}

/** The import of any registry, from its spec: the Chinese labels and the aliases are the headers it knows. */
const accepted: Partial<Record<FieldSpec['type'], string>> = {
  date: '日期，如 2026-03-01、2026/3/1 或 2026年3月1日',
  money: '金额（元），如 125000 或 12.5万',
  integer: '整数',
  year: '年份，如 2026',
  boolean: '是 或 否',
  org: '单位名录中的单位名称或统一社会信用代码',
  jurisdiction: '镇区（属地）名称',
  section: '科室名称',
  outlet: '报送渠道名称',
  project: '已登记项目的名称',
  url: '以 http:// 或 https:// 开头的网址',
};

function acceptsOf(spec: RegistrySpec, f: FieldSpec): string | undefined {
  if (f.options) return f.options.map((o) => optionLabel(spec, f.key, o, 'zh-CN')).join('、');
  return accepted[f.type];
}

function defaultLabel(spec: RegistrySpec, f: FieldSpec): string {
  if (f.type === 'boolean') return f.default === 'true' ? '是' : '否';
  return f.options ? optionLabel(spec, f.key, f.default!, 'zh-CN') : f.default!;
}

export function registryImporter(spec: RegistrySpec): Importer<Values, Context> {
  return {
    registry: spec.name,
    fields: spec.fields
      .filter((f) => !f.staffOnly)
      .map((f) => ({
        key: f.key,
        label: fieldLabel(spec, f.key, 'zh-CN'),
        // A field with a default is never missing: the sheet may leave it out.
        required: f.required && f.default === undefined,
        aliases: [...(f.aliases ?? []), fieldLabel(spec, f.key, 'en')],
        accepts: acceptsOf(spec, f),
        ...(f.default !== undefined ? { otherwise: defaultLabel(spec, f) } : {}),
      })),
    async prepare(db: Db) {
      const rows = await db
        .select({ id: orgs.id, name: orgs.name, uscc: orgs.uscc, code: orgs.jurisdictionCode })
        .from(orgs)
        .where(sql`${orgs.status} <> 'merged'`);
      const projectRows = spec.fields.some((f) => f.type === 'project')
        ? await db.select({ id: projects.id, title: projects.title }).from(projects)
        : [];
      return {
        projectsByTitle: new Map(projectRows.map((p) => [p.title, p.id])),
        orgsByName: new Map(rows.map((r) => [r.name, r])),
        orgsByUscc: new Map(rows.map((r) => [r.uscc, r])),
        dictionaries: await dictionaryIndex(db),
      };
    },
    check(values, context): Checked<Values> {
      const problems: Omit<RowProblem, 'row'>[] = [];
      const record: Values = {};
      let orgJurisdiction: string | undefined;
      for (const f of spec.fields) {
        if (f.staffOnly) continue;
        const raw = (values[f.key] ?? '').trim() || (f.default !== undefined ? defaultLabel(spec, f) : '');
        if (!raw) {
          if (f.required) problems.push({ field: f.key, problem: 'required' });
          else if (f.key in values) record[columnKey(f)] = null;
          continue;
        }
        const fail = (problem: Problem) => problems.push({ field: f.key, problem, value: raw });
        switch (f.type) {
          case 'text':
          case 'longtext':
            if (raw.length > (f.max ?? (f.type === 'text' ? 200 : 5000))) fail('too_long');
            else record[f.key] = raw;
            break;
          case 'url':
            if (!/^https?:\/\/\S+$/.test(raw)) fail('url');
            else record[f.key] = raw;
            break;
          case 'date': {
            const date = parseDateText(raw);
            if (!date) fail('date');
            else record[f.key] = date;
            break;
          }
          case 'money': {
            const fen = parseMoneyText(raw);
            if (fen === undefined) fail('money');
            else record[columnKey(f)] = fen;
            break;
          }
          case 'integer':
          case 'year':
            if (!/^\d{1,9}$/.test(raw) || (f.type === 'year' && (Number(raw) < 1980 || Number(raw) > 2100)))
              fail('number');
            else record[f.key] = Number(raw);
            break;
          case 'select': {
            const option = parseOption(spec, f, raw);
            if (!option) fail('option');
            else record[f.key] = option;
            break;
          }
          case 'boolean': {
            const flag = parseBooleanText(raw);
            if (flag === undefined) fail('boolean');
            else record[f.key] = flag;
            break;
          }
          case 'org': {
            const org = context.orgsByUscc.get(raw.toUpperCase()) ?? context.orgsByName.get(raw);
            if (!org) fail('org_unknown');
            else {
              record.orgId = org.id;
              orgJurisdiction = org.code;
            }
            break;
          }
          case 'project': {
            const id = context.projectsByTitle.get(raw);
            if (!id) fail('project_unknown');
            else record.projectId = id;
            break;
          }
          default: {
            const code = context.dictionaries[f.type as 'jurisdiction' | 'section' | 'outlet'].get(raw.toLowerCase());
            if (!code) fail('dictionary_unknown');
            else record[f.key] = code;
          }
        }
      }
      // A record of an organisation lies where the organisation does, unless the file says otherwise.
      if (orgJurisdiction && !record.jurisdictionCode && spec.fields.some((x) => x.key === 'jurisdictionCode'))
        record.jurisdictionCode = orgJurisdiction;
      problems.push(...checkRules(spec.name, record));
      if (problems.length) return { problems };
      record.naturalKey = naturalKeyOf(spec, record);
      return { record };
    },
    key: (record) => record.naturalKey as string,
    upsert: (tx: Tx, records) => upsertRecords(tx, spec, records),
  };
}
