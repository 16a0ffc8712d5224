import type { Language } from '../../server/errors.js';
import { parseLooseDate } from '../../shared/dates.js';
import { yuanToFen } from '../../shared/money.js';
import { en } from '../../shared/locales/en.js';
import { zhCN } from '../../shared/locales/zh-CN.js';
import type { FieldSpec, RegistrySpec } from './spec.js';

type Labels = (typeof zhCN)['registry'];
const labels: Record<Language, Labels> = { 'zh-CN': zhCN.registry, en: en.registry as Labels };

export function fieldLabel(spec: RegistrySpec, key: string, language: Language): string {
  return (labels[language][spec.name].fields as Record<string, string>)[key] ?? key;
}

/** The registry's name in Chinese, as its screens and files are titled (创新载体). */
export function registryTitle(spec: RegistrySpec): string {
  return labels['zh-CN'][spec.name].title;
}

export function optionLabel(spec: RegistrySpec, key: string, value: string, language: Language): string {
  const options = (labels[language][spec.name] as { options?: Record<string, Record<string, string>> }).options;
  return options?.[key]?.[value] ?? value;
}

/** 12.5万 / 125,000.00元 / ¥125000 → fen, exact; undefined when it is not an amount. */
export function parseMoneyText(raw: string): number | undefined {
  const text = raw
    .normalize('NFKC')
    .replace(/[,\s¥￥]/g, '')
    .replace(/元$/, '');
  const wan = /^(\d+)(?:\.(\d{1,6}))?万$/.exec(text);
  if (wan) {
    const fraction = (wan[2] ?? '').padEnd(6, '0');
    return Number(wan[1]) * 1_000_000 + Number(fraction);
  }
  return yuanToFen(text);
}

const truthy = new Set(['是', '已录用', '录用', 'y', 'yes', 'true', '1', '√', '✓', '已核实']);
const falsy = new Set(['否', '未录用', 'n', 'no', 'false', '0', '×', '✗', '未核实']);

export function parseBooleanText(raw: string): boolean | undefined {
  const text = raw.trim().toLowerCase();
  if (truthy.has(text)) return true;
  if (falsy.has(text)) return false;
  return undefined;
}

/** A select's value from its value or its label in either language. */
export function parseOption(spec: RegistrySpec, field: FieldSpec, raw: string): string | undefined {
  const text = raw.trim();
  return field.options?.find(
    (o) =>
      o === text ||
      optionLabel(spec, field.key, o, 'zh-CN') === text ||
      optionLabel(spec, field.key, o, 'en').toLowerCase() === text.toLowerCase(),
  );
}

export function parseDateText(raw: string): string | undefined {
  return parseLooseDate(raw);
}
