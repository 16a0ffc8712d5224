import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  calls,
  funds,
  orgs,
  patentSubsidyClaims,
  patents,
  platforms,
  programs,
  projects,
  publicity,
  qualifications,
  cooperations,
} from '../../db/tables/index.js';

/** What a metric may be narrowed by; each subject says which of them it has a column for. */
export const metricParams = [
  'year',
  'from',
  'to',
  'jurisdiction',
  'org',
  'section',
  'program',
  'level',
  'category',
  'planType',
  'state',
  'type',
  'kind',
  'outlet',
  'adopted',
  'source',
] as const;
export type MetricParam = (typeof metricParams)[number];
export type MetricFilters = Partial<Record<MetricParam, string | number>>;

/**
 * The operational data a metric counts or sums: its table with the joins the filters need, the column
 * behind each filter, and the columns a drill-down shows.
 */
export interface Subject {
  from: SQL;
  /** The tables `from` reads: a figure stands while their change counters (data_versions) do. */
  tables: string[];
  /**
   * The subject's own table(s) without the joins that only some filters need, and those filters. A figure
   * that needs no join is counted from the bare table, where PostgreSQL can answer from an index alone
   * (a join, even one it drops, keeps it reading the rows).
   */
  bare?: { from: SQL; joined: MetricParam[] };
  /**
   * Filters on a joined table written for the bare FROM: `key = ANY(ARRAY(SELECT id FROM t WHERE …))`, the
   * keys first, then one index scan of the big table — so a jurisdiction's figure stays on the bare table.
   */
  through?: Partial<Record<MetricParam, (values: string[]) => SQL>>;
  /** When `date` is the first day of a year column: that column, so a year is filtered by equality (an index, a good estimate). */
  year?: PgColumn;
  /** Date columns with an index: a year month by month is twelve range scans of it rather than a GROUP BY over every row. */
  indexedDates?: PgColumn[];
  columns: Partial<Record<Exclude<MetricParam, 'year' | 'from' | 'to'>, PgColumn | SQL>>;
  /** The date the year and period filters apply to, unless the metric names another. */
  date: PgColumn | SQL;
  rows: Record<string, PgColumn | SQL>;
  order: SQL;
}

// LEFT JOINs along NOT NULL foreign keys give the same rows as inner ones, and let PostgreSQL drop a
// join whose columns a figure does not use (a count of approvals need not read organisations).
/** `key = ANY(ARRAY(SELECT id FROM table WHERE column IN values))`: planned as an index scan of the key, not as a join. */
const through = (key: PgColumn, table: PgTable, id: PgColumn, column: PgColumn) => (values: string[]) =>
  sql`${key} = ANY(ARRAY(SELECT ${id} FROM ${table} WHERE ${column}::text = ANY(${sql.param(values)}::text[])))`;

const projectsFrom = sql`${projects} LEFT JOIN ${calls} ON ${calls.id} = ${projects.callId} LEFT JOIN ${programs} ON ${programs.id} = ${calls.programId} LEFT JOIN ${orgs} ON ${orgs.id} = ${projects.orgId}`;

export const subjects = {
  projects: {
    from: projectsFrom,
    tables: ['projects', 'calls', 'programs', 'orgs'],
    bare: {
      from: sql`${projects} JOIN ${calls} ON ${calls.id} = ${projects.callId}`,
      joined: ['jurisdiction', 'section', 'program', 'level', 'category'],
    },
    through: {
      jurisdiction: through(projects.orgId, orgs, orgs.id, orgs.jurisdictionCode),
      section: through(calls.programId, programs, programs.id, programs.sectionCode),
      level: through(calls.programId, programs, programs.id, programs.level),
      category: through(calls.programId, programs, programs.id, programs.category),
      program: (values) => sql`${calls.programId}::text = ANY(${sql.param(values)}::text[])`,
    },
    year: calls.year,
    columns: {
      jurisdiction: orgs.jurisdictionCode,
      org: projects.orgId,
      section: programs.sectionCode,
      program: programs.id,
      level: programs.level,
      category: programs.category,
      planType: projects.planType,
      state: projects.state,
    },
    // A plan project belongs to the year of its call (申报年度).
    date: sql`make_date(${calls.year}, 1, 1)`,
    rows: {
      id: projects.id,
      title: projects.title,
      org: orgs.name,
      year: calls.year,
      level: programs.level,
      category: programs.category,
      state: projects.state,
      approvedFen: projects.approvedFen,
      docNo: projects.docNo,
    },
    order: sql`${projects.id}`,
  },
  patents: {
    from: sql`${patents}`,
    tables: ['patents'],
    columns: { jurisdiction: patents.jurisdictionCode, org: patents.orgId, type: patents.type },
    date: patents.filedOn,
    indexedDates: [patents.filedOn, patents.grantedOn],
    rows: {
      id: patents.id,
      applicationNumber: patents.applicationNumber,
      title: patents.title,
      type: patents.type,
      applicant: patents.applicantName,
      filedOn: patents.filedOn,
      grantedOn: patents.grantedOn,
    },
    order: sql`${patents.id}`,
  },
  subsidies: {
    from: sql`${patentSubsidyClaims} LEFT JOIN ${orgs} ON ${orgs.id} = ${patentSubsidyClaims.orgId} LEFT JOIN ${patents} ON ${patents.id} = ${patentSubsidyClaims.patentId}`,
    tables: ['patent_subsidy_claims', 'orgs', 'patents'],
    bare: { from: sql`${patentSubsidyClaims}`, joined: ['jurisdiction', 'type'] },
    through: {
      jurisdiction: through(patentSubsidyClaims.orgId, orgs, orgs.id, orgs.jurisdictionCode),
      type: through(patentSubsidyClaims.patentId, patents, patents.id, patents.type),
    },
    year: patentSubsidyClaims.year,
    columns: {
      jurisdiction: orgs.jurisdictionCode,
      org: patentSubsidyClaims.orgId,
      type: patents.type,
      state: patentSubsidyClaims.state,
    },
    date: sql`make_date(${patentSubsidyClaims.year}, 1, 1)`,
    rows: {
      id: patentSubsidyClaims.id,
      applicationNumber: patents.applicationNumber,
      title: patents.title,
      org: orgs.name,
      stage: patentSubsidyClaims.stage,
      state: patentSubsidyClaims.state,
      amountFen: patentSubsidyClaims.amountFen,
    },
    order: sql`${patentSubsidyClaims.id}`,
  },
  platforms: {
    from: sql`${platforms} LEFT JOIN ${orgs} ON ${orgs.id} = ${platforms.orgId}`,
    tables: ['platforms', 'orgs'],
    bare: { from: sql`${platforms}`, joined: [] },
    columns: {
      jurisdiction: platforms.jurisdictionCode,
      org: platforms.orgId,
      kind: platforms.kind,
      level: platforms.level,
      state: platforms.status,
    },
    date: platforms.recognizedOn,
    rows: {
      id: platforms.id,
      name: platforms.name,
      kind: platforms.kind,
      level: platforms.level,
      org: orgs.name,
      recognizedOn: platforms.recognizedOn,
      docNo: platforms.docNo,
    },
    order: sql`${platforms.id}`,
  },
  qualifications: {
    from: sql`${qualifications} LEFT JOIN ${orgs} ON ${orgs.id} = ${qualifications.orgId}`,
    tables: ['qualifications', 'orgs'],
    bare: { from: sql`${qualifications}`, joined: [] },
    columns: { jurisdiction: qualifications.jurisdictionCode, org: qualifications.orgId, kind: qualifications.kind },
    date: qualifications.issuedOn,
    rows: {
      id: qualifications.id,
      org: orgs.name,
      kind: qualifications.kind,
      certificateNo: qualifications.certificateNo,
      issuedOn: qualifications.issuedOn,
      validUntil: qualifications.validUntil,
    },
    order: sql`${qualifications.id}`,
  },
  cooperations: {
    from: sql`${cooperations} LEFT JOIN ${orgs} ON ${orgs.id} = ${cooperations.orgId}`,
    tables: ['cooperations', 'orgs'],
    bare: { from: sql`${cooperations}`, joined: [] },
    columns: { jurisdiction: cooperations.jurisdictionCode, org: cooperations.orgId },
    date: cooperations.signedOn,
    rows: {
      id: cooperations.id,
      org: orgs.name,
      partner: cooperations.partner,
      subject: cooperations.subject,
      signedOn: cooperations.signedOn,
      amountFen: cooperations.amountFen,
    },
    order: sql`${cooperations.id}`,
  },
  funds: {
    from: sql`${funds} LEFT JOIN ${orgs} ON ${orgs.id} = ${funds.orgId}`,
    tables: ['funds', 'orgs'],
    bare: { from: sql`${funds}`, joined: ['jurisdiction'] },
    through: { jurisdiction: through(funds.orgId, orgs, orgs.id, orgs.jurisdictionCode) },
    year: funds.year,
    columns: { org: funds.orgId, jurisdiction: orgs.jurisdictionCode, kind: funds.kind, source: funds.sourceLevel },
    date: sql`make_date(${funds.year}, 1, 1)`,
    rows: {
      id: funds.id,
      kind: funds.kind,
      year: funds.year,
      title: funds.title,
      sourceLevel: funds.sourceLevel,
      docNo: funds.docNo,
      org: orgs.name,
      amountFen: funds.amountFen,
    },
    order: sql`${funds.id}`,
  },
  publicity: {
    from: sql`${publicity}`,
    tables: ['publicity'],
    columns: { outlet: publicity.outletCode, section: publicity.sectionCode, adopted: publicity.adopted },
    date: publicity.sentOn,
    indexedDates: [publicity.sentOn],
    rows: {
      id: publicity.id,
      title: publicity.title,
      outlet: publicity.outletCode,
      section: publicity.sectionCode,
      sentOn: publicity.sentOn,
      adopted: publicity.adopted,
      adoptedOn: publicity.adoptedOn,
    },
    order: sql`${publicity.id}`,
  },
} satisfies Record<string, Subject>;
export type SubjectName = keyof typeof subjects;

/** The conditions of a metric's filters on its subject; a year or period applies to `date`. */
export function filterConditions(subject: Subject, date: PgColumn | SQL, f: MetricFilters, bare = false): SQL[] {
  const where: SQL[] = [];
  if (f.year && subject.year && date === subject.date) where.push(sql`${subject.year} = ${Number(f.year)}`);
  else if (f.year)
    where.push(sql`${date} >= make_date(${Number(f.year)}, 1, 1) AND ${date} < make_date(${Number(f.year) + 1}, 1, 1)`);
  if (f.from) where.push(sql`${date} >= ${String(f.from)}::date`);
  if (f.to) where.push(sql`${date} <= ${String(f.to)}::date`);
  for (const [param, column] of Object.entries(subject.columns) as [
    Exclude<MetricParam, 'year' | 'from' | 'to'>,
    PgColumn | SQL,
  ][]) {
    const value = f[param];
    if (value === undefined || value === '') continue;
    // level=national,provincial,prefecture: any of them (镇江市级以上).
    const values = String(value).split(',').filter(Boolean);
    const via = bare ? subject.through?.[param] : undefined;
    if (via) where.push(via(values));
    else if (param === 'adopted') where.push(sql`${column} = ${value === 'true'}`);
    else if (values.length > 1) where.push(sql`${column}::text = ANY(${sql.param(values)}::text[])`);
    // `level=national,` is one level, the same on the joined and the bare path.
    else where.push(sql`${column}::text = ${values[0] ?? ''}`);
  }
  return where;
}

/** The FROM a figure needs: the bare table unless a filter given (or the unit it is broken down by) lives in a joined one. */
export function fromFor(subject: Subject, filters: MetricFilters, by?: MetricParam): SQL {
  if (!subject.bare) return subject.from;
  const used = Object.entries(filters)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k]) => k as MetricParam);
  const needsJoin = (p: MetricParam) => subject.bare!.joined.includes(p) && !subject.through?.[p];
  return used.some(needsJoin) || (by && subject.bare.joined.includes(by)) ? subject.from : subject.bare.from;
}

/** Whether `from` is the subject's bare FROM (its filters then go through `through`). */
export function isBare(subject: Subject, from: SQL): boolean {
  return from === subject.bare?.from;
}
