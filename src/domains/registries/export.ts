import type { Db } from '../../db/client.js';
import type { Language } from '../../server/errors.js';
import type { XlsxColumn } from '../../shared/xlsx.js';
import { en } from '../../shared/locales/en.js';
import { zhCN } from '../../shared/locales/zh-CN.js';
import { dictionaryIndex } from './registry.service.js';
import type { RegistrySpec } from './spec.js';
import { fieldLabel, optionLabel } from './values.js';

type Row = Record<string, unknown>;

/** Columns in the reader's words and values as the import reads them back: labels, names, yuan, 是/否. */
export async function registryExportColumns(
  db: Db,
  spec: RegistrySpec,
  language: Language,
): Promise<{ sheet: string; columns: XlsxColumn<Row>[] }> {
  const words = language === 'en' ? en.registry : zhCN.registry;
  const dictionaries = await dictionaryIndex(db);
  const nameOf = (kind: 'jurisdiction' | 'section' | 'outlet', code: unknown) => {
    if (typeof code !== 'string') return null;
    // The index maps names to codes; its first name for a code is the Chinese one.
    for (const [name, c] of dictionaries[kind]) if (c === code && name !== code.toLowerCase()) return name;
    return code;
  };
  const columns = spec.fields.map((f): XlsxColumn<Row> => {
    const header = fieldLabel(spec, f.key, language);
    const width = f.type === 'text' || f.type === 'org' ? 32 : f.type === 'url' ? 40 : 14;
    switch (f.type) {
      case 'select':
        return {
          header,
          width: 20,
          value: (r) => (r[f.key] ? optionLabel(spec, f.key, r[f.key] as string, language) : null),
        };
      case 'boolean':
        return {
          header,
          width: 10,
          value: (r) => (r[f.key] === true ? words.yes : r[f.key] === false ? words.no : null),
        };
      case 'org':
        return { header, width, value: (r) => (r.orgName as string | null) ?? null };
      case 'project':
        return { header, width: 36, value: (r) => (r.projectTitle as string | null) ?? null };
      case 'jurisdiction':
      case 'section':
      case 'outlet':
        return { header, width: 18, value: (r) => nameOf(f.type as 'jurisdiction', r[f.key]) };
      default:
        return { header, width, value: (r) => (r[f.key] as string | number | null) ?? null };
    }
  });
  return { sheet: words[spec.name].title, columns };
}
