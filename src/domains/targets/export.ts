import type { Language } from '../../server/errors.js';
import type { XlsxColumn } from '../../shared/xlsx.js';
import type { roundResults } from './assessments.js';

type Results = Awaited<ReturnType<typeof roundResults>>;
type Row = Results['units'][number];

const groupNames: Record<Language, Record<string, string>> = {
  'zh-CN': { territory: '镇（区、街道）', department: '部门', section: '局科室', staff: '局工作人员' },
  en: {
    territory: 'Towns, zones, streets',
    department: 'Departments',
    section: 'Bureau sections',
    staff: 'Bureau staff',
  },
};

/** 第N位/共M个, or why the unit is not ranked. */
export function rankText(u: Pick<Row, 'rank' | 'rankOf'>, language: Language): string {
  if (u.rank === null) return language === 'en' ? 'not ranked (letter not locked)' : '不排名（责任状未锁定）';
  return language === 'en' ? `${u.rank} of ${u.rankOf}` : `第${u.rank}位/共${u.rankOf}个`;
}

/** 考核结果表: one row per unit in rank order within its group, one column per indicator's points, then the totals. */
export function resultColumns(results: Results, language: Language): { columns: XlsxColumn<Row>[]; rows: Row[] } {
  const zh = language === 'zh-CN';
  const indicators = new Map<number, string>();
  for (const u of results.units)
    for (const l of u.lines) if (!indicators.has(l.indicatorId)) indicators.set(l.indicatorId, l.name);
  const groups = Object.keys(groupNames['zh-CN']);
  // Within a group the results come ranked, the unranked (letter not locked) last.
  const rows = [...results.units].sort((a, b) => groups.indexOf(a.rankGroup) - groups.indexOf(b.rankGroup));
  const columns: XlsxColumn<Row>[] = [
    { header: zh ? '组别' : 'Group', width: 16, value: (u) => groupNames[language][u.rankGroup] ?? u.rankGroup },
    { header: zh ? '名次' : 'Rank', width: 14, value: (u) => rankText(u, language) },
    { header: zh ? '单位' : 'Unit', width: 22, value: (u) => (zh ? u.unit.name : (u.unit.nameEn ?? u.unit.name)) },
    ...[...indicators].map(([id, name]) => ({
      header: name,
      width: Math.max(12, Math.min(30, name.length * 2)),
      value: (u: Row) => u.lines.find((l) => l.indicatorId === id)?.points ?? null,
    })),
    { header: zh ? '计算得分' : 'Computed', width: 10, value: (u) => u.computed },
    { header: zh ? '现场得分' : 'On site', width: 10, value: (u) => u.onsite },
    { header: zh ? '加分' : 'Bonus', width: 8, value: (u) => u.bonus },
    { header: zh ? '扣分' : 'Deductions', width: 10, value: (u) => u.deductions },
    { header: zh ? '总分' : 'Total', width: 10, value: (u) => u.total },
    {
      header: zh ? '加扣分说明' : 'Reasons',
      width: 40,
      value: (u) => u.adjustments.map((a) => `${a.kind === 'bonus' ? '+' : '−'}${a.points} ${a.reason}`).join('；'),
    },
  ];
  return { columns, rows };
}
