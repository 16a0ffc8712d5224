import i18n from '../i18n';
import { formatTotal as total, formatYuan as exact, type MoneyLanguage } from '../../shared/money';

const language = (): MoneyLanguage => (i18n.language === 'en' ? 'en' : 'zh-CN');

/** "1260000.00" yuan → 126万元 / 1,260,000.00元 in the interface's language. */
export function formatYuan(yuan: string | null | undefined, o: { wan?: boolean } = {}): string {
  return exact(yuan, language(), o);
}

/** A total as officials write it on screen: 7.61亿元, 107万元, 3,000元 (¥760.54 million in English). */
export function formatTotal(yuan: string | null | undefined): string {
  return total(yuan, language(), { grouped: true });
}

/** A chart's money axis: 万元 in Chinese; ¥ thousand in English, where 万 is no unit. */
export function chartMoney(): { name: string; scale(yuan: number): number } {
  return language() === 'en'
    ? { name: i18n.t('units.yuanThousand'), scale: (yuan) => Math.round(yuan / 10) / 100 }
    : { name: i18n.t('units.wanYuan'), scale: (yuan) => Math.round(yuan / 100) / 100 };
}

/** An indicator's or metric's unit in the interface's language: 件 stays 件, and reads "items" in English. */
export function unitText(unit: string): string {
  return i18n.t(`units.words.${unit}`, { defaultValue: unit });
}

/** 700件, 2.5万元 (700 items, ¥25,000): a figure as officials write it, money in 万元. */
export function figureText(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  if (unit === '元') return formatYuan(value.toFixed(2), { wan: true });
  const number = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return language() === 'en' ? `${number} ${unitText(unit)}` : `${number}${unit}`;
}
