import type { DbOrTx } from '../../db/client.js';
import { indicators } from '../../db/tables/index.js';
import { demoYears } from './generate.js';

const aboveCity = 'national,provincial,prefecture';

/**
 * 指标体系 of the current year, the year after the seed's: exactly the targets its summary sets (目标任务), each tied to the
 * metric its progress comes from, and one indicator reported by hand.
 */
export async function seedDemoTargets(
  tx: DbOrTx,
  year = demoYears().C,
  targets: Partial<Record<string, [min: string, max?: string]>> = {},
): Promise<void> {
  const rows: Omit<typeof indicators.$inferInsert, 'year'>[] = [
    {
      code: 'patents.filed',
      name: '专利申请量',
      unit: '件',
      direction: 'at_least',
      targetMin: '700',
      weight: '10',
      source: 'metric',
      metricKey: 'patents.filed',
      metricFilters: {},
    },
    {
      code: 'patents.granted',
      name: '专利授权量',
      unit: '件',
      direction: 'at_least',
      targetMin: '340',
      weight: '10',
      source: 'metric',
      metricKey: 'patents.granted',
      metricFilters: {},
    },
    {
      code: 'agri.applied',
      name: '申报镇江市级以上农业科技计划',
      unit: '项',
      direction: 'at_least',
      targetMin: '20',
      weight: '8',
      source: 'metric',
      metricKey: 'projects.applied',
      metricFilters: { category: 'agriculture', level: aboveCity },
    },
    {
      code: 'agri.approved',
      name: '农业科技计划立项',
      unit: '项',
      direction: 'at_least',
      targetMin: '10',
      weight: '8',
      source: 'metric',
      metricKey: 'projects.approved',
      metricFilters: { category: 'agriculture', level: aboveCity },
    },
    {
      code: 'agri.accepted',
      name: '农业科技计划完成',
      unit: '项',
      direction: 'at_least',
      targetMin: '8',
      weight: '6',
      source: 'metric',
      metricKey: 'projects.accepted',
      metricFilters: { category: 'agriculture', level: aboveCity },
    },
    {
      code: 'social.applied',
      name: '申报社会发展科技计划',
      unit: '项',
      direction: 'at_least',
      targetMin: '4',
      weight: '5',
      source: 'metric',
      metricKey: 'projects.applied',
      metricFilters: { category: 'social_development' },
    },
    {
      code: 'social.approved',
      name: '社会发展科技计划立项',
      unit: '项',
      direction: 'at_least',
      targetMin: '2',
      weight: '5',
      source: 'metric',
      metricKey: 'projects.approved',
      metricFilters: { category: 'social_development' },
    },
    {
      code: 'social.accepted',
      name: '社会发展科技计划完成',
      unit: '项',
      direction: 'at_least',
      targetMin: '2',
      weight: '4',
      source: 'metric',
      metricKey: 'projects.accepted',
      metricFilters: { category: 'social_development' },
    },
    {
      code: 'centres.engineering',
      name: '镇江市级以上工程技术研究中心',
      unit: '家',
      direction: 'within',
      targetMin: '2',
      targetMax: '4',
      weight: '8',
      source: 'metric',
      metricKey: 'platforms.recognized',
      metricFilters: { kind: 'engineering_center', level: aboveCity },
    },
    {
      code: 'centres.enterprise',
      name: '本市级企业技术中心',
      unit: '家',
      direction: 'within',
      targetMin: '3',
      targetMax: '5',
      weight: '8',
      source: 'metric',
      metricKey: 'platforms.recognized',
      metricFilters: { kind: 'enterprise_tech_center', level: 'city' },
    },
    {
      code: 'funds.superior',
      name: '争取上级科技经费',
      unit: '元',
      direction: 'at_least',
      targetMin: '10000000',
      weight: '8',
      source: 'metric',
      metricKey: 'funds.amount',
      metricFilters: { kind: 'superior' },
    },
    {
      code: 'funds.local',
      name: '本级财政科技拨款',
      unit: '元',
      direction: 'at_least',
      targetMin: '10000000',
      weight: '8',
      source: 'metric',
      metricKey: 'funds.amount',
      metricFilters: { kind: 'local' },
    },
    {
      code: 'funds.self_raised',
      name: '企业自筹科技投入',
      unit: '元',
      direction: 'at_least',
      targetMin: '350000000',
      weight: '8',
      source: 'metric',
      metricKey: 'funds.amount',
      metricFilters: { kind: 'self_raised' },
    },
    {
      code: 'training',
      name: '科技培训农民',
      unit: '人次',
      direction: 'at_least',
      targetMin: '5000',
      weight: '4',
      scoringRule: '按实际培训人次与目标之比计分，满分4分',
      source: 'manual',
      metricFilters: {},
    },
  ];
  const set = (r: (typeof rows)[number]) => {
    const t = targets[r.code!];
    return t ? { ...r, targetMin: t[0], targetMax: t[1] ?? null } : r;
  };
  await tx.insert(indicators).values(rows.map((r, i) => ({ ...set(r), year, sortOrder: i + 1 })));
}

/**
 * The seed's own year had an indicator system too, which it fully met ("全面完成了科技进步目标责任状所下达的
 * 指标任务"): the same indicators with the lower targets of that year.
 */
export async function seedDemoLastYearTargets(tx: DbOrTx): Promise<void> {
  await seedDemoTargets(tx, demoYears().L, {
    'patents.filed': ['560'],
    'patents.granted': ['240'],
    'agri.applied': ['20'],
    'agri.approved': ['10'],
    'agri.accepted': ['8'],
    'social.applied': ['4'],
    'social.approved': ['1'],
    'social.accepted': ['1'],
    'centres.engineering': ['1', '2'],
    'centres.enterprise': ['3', '5'],
    'funds.superior': ['7000000'],
    'funds.local': ['8000000'],
    'funds.self_raised': ['200000000'],
    training: ['4000'],
  });
}
