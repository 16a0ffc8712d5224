import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { cooperations, funds, patentSubsidyClaims, patents, projects, publicity } from '../../db/tables/index.js';
import { type MetricParam, type SubjectName, subjects } from './subjects.js';

/**
 * 指标口径: every named measure over the operational data, in one list. A metric counts rows of a subject
 * (or sums a money column, in fen) under fixed conditions, narrowed by the filters its subject has.
 * Titles and definitions are in the locales under metric.<key>.
 */
export interface Metric {
  key: string;
  subject: SubjectName;
  kind: 'count' | 'sum';
  /** 项, 件, 家, 篇, 元 … */
  unit: string;
  /** The money column summed, in fen. */
  sum?: PgColumn;
  /** Fixed conditions: what makes a row count at all. */
  where?: SQL;
  /** The date the year and period filters apply to, when not the subject's. */
  date?: PgColumn | SQL;
}

const submitted = sql`${projects.state} NOT IN ('draft', 'withdrawn')`;

export const metrics: Metric[] = [
  { key: 'projects.applied', subject: 'projects', kind: 'count', unit: '项', where: submitted },
  {
    key: 'projects.approved',
    subject: 'projects',
    kind: 'count',
    unit: '项',
    where: sql`${projects.approvedFen} IS NOT NULL`,
  },
  {
    key: 'projects.funding',
    subject: 'projects',
    kind: 'sum',
    unit: '元',
    sum: projects.approvedFen,
    where: sql`${projects.approvedFen} IS NOT NULL`,
  },
  {
    key: 'projects.accepted',
    subject: 'projects',
    kind: 'count',
    unit: '项',
    where: sql`${projects.state} = 'accepted'`,
  },
  { key: 'patents.filed', subject: 'patents', kind: 'count', unit: '件' },
  {
    key: 'patents.granted',
    subject: 'patents',
    kind: 'count',
    unit: '件',
    where: sql`${patents.grantedOn} IS NOT NULL`,
    date: patents.grantedOn,
  },
  {
    key: 'subsidies.paid',
    subject: 'subsidies',
    kind: 'sum',
    unit: '元',
    sum: patentSubsidyClaims.amountFen,
    where: sql`${patentSubsidyClaims.state} = 'paid'`,
  },
  { key: 'platforms.recognized', subject: 'platforms', kind: 'count', unit: '家' },
  { key: 'qualifications.issued', subject: 'qualifications', kind: 'count', unit: '家' },
  { key: 'cooperations.signed', subject: 'cooperations', kind: 'count', unit: '项' },
  { key: 'cooperations.amount', subject: 'cooperations', kind: 'sum', unit: '元', sum: cooperations.amountFen },
  { key: 'funds.amount', subject: 'funds', kind: 'sum', unit: '元', sum: funds.amountFen },
  { key: 'publicity.sent', subject: 'publicity', kind: 'count', unit: '篇' },
  {
    key: 'publicity.adopted',
    subject: 'publicity',
    kind: 'count',
    unit: '篇',
    where: sql`${publicity.adopted}`,
    date: sql`coalesce(${publicity.adoptedOn}, ${publicity.sentOn})`,
  },
];

/** The filters a metric takes: the period ones and its subject's. */
export function paramsOf(metric: Metric): MetricParam[] {
  return ['year', 'from', 'to', ...(Object.keys(subjects[metric.subject].columns) as MetricParam[])];
}

export const metricByKey = new Map(metrics.map((m) => [m.key, m]));
