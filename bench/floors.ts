/**
 * The floor of each metric: the best hand-written SQL for the same figure, written against the tables as
 * they are (no view, no ORM), using what the schema and its indexes offer — a plain count or sum over the
 * one table that holds the answer, its own year column when it has one, no join a figure does not need.
 */
export interface FloorFilters {
  year: number;
  jurisdiction?: string;
  level?: string;
  category?: string;
  kind?: string;
  program?: string;
  planType?: string;
}

interface Floor {
  from: string;
  agg: 'count(*)' | string;
  /** The date column the month comes from; none where the metric's date is the year's first day (all in January). */
  date?: string;
  where(f: FloorFilters, bind: (value: unknown) => string): string[];
  /** Another way to write the same figure; the bench keeps whichever is faster. */
  alternative?: Omit<Floor, 'alternative'>;
}

const list = (value: string) => value.split(',').filter(Boolean);
const within = (column: string) => (f: FloorFilters, bind: (value: unknown) => string) => [
  `${column} >= ${bind(`${f.year}-01-01`)}::date`,
  `${column} < ${bind(`${f.year + 1}-01-01`)}::date`,
];
const inJurisdiction = (column: string) => (f: FloorFilters, bind: (value: unknown) => string) =>
  f.jurisdiction ? [`${column} = ${bind(f.jurisdiction)}`] : [];
// `= ANY(ARRAY(subquery))`: the ids first, then one bitmap scan of the big table's index (an IN (subquery)
// is planned as a join and, at scale, as a sequential scan: 47 ms against 7 ms for a prefecture's projects of a year).
const byOrgJurisdiction = (column: string) => (f: FloorFilters, bind: (value: unknown) => string) =>
  f.jurisdiction
    ? [`${column} = ANY(ARRAY(SELECT id FROM orgs WHERE jurisdiction_code = ${bind(f.jurisdiction)}))`]
    : [];

/** The programs (g) and plan type (p) asked for. */
const programFilters = (f: FloorFilters, bind: (value: unknown) => string) => [
  ...(f.program ? [`g.id::text = ANY(${bind(list(f.program))}::text[])`] : []),
  ...(f.level ? [`g.level::text = ANY(${bind(list(f.level))}::text[])`] : []),
  ...(f.category ? [`g.category::text = ANY(${bind(list(f.category))}::text[])`] : []),
];
const planTypeFilter = (f: FloorFilters, bind: (value: unknown) => string) =>
  f.planType ? [`p.plan_type = ANY(${bind(list(f.planType))}::text[])`] : [];

/** Projects belong to their call's year: the year's calls (of the programs asked for), then their projects. */
function projectFloor(agg: string, condition: string): Floor {
  return {
    from: 'projects p',
    agg,
    where: (f, bind) => {
      const programs = programFilters(f, bind);
      const calls = programs.length
        ? `SELECT c.id FROM calls c JOIN programs g ON g.id = c.program_id WHERE c.year = ${bind(f.year)} AND ${programs.join(' AND ')}`
        : `SELECT id FROM calls WHERE year = ${bind(f.year)}`;
      return [
        `p.call_id = ANY(ARRAY(${calls}))`,
        condition,
        ...planTypeFilter(f, bind),
        ...byOrgJurisdiction('p.org_id')(f, bind),
      ];
    },
    // A jurisdiction's few projects: its organisations' projects first, then their calls' year.
    alternative: {
      from: 'projects p JOIN calls c ON c.id = p.call_id JOIN programs g ON g.id = c.program_id',
      agg,
      where: (f, bind) => [
        `c.year = ${bind(f.year)}`,
        condition,
        ...programFilters(f, bind),
        ...planTypeFilter(f, bind),
        ...byOrgJurisdiction('p.org_id')(f, bind),
      ],
    },
  };
}

export const floors: Record<string, Floor> = {
  'projects.applied': projectFloor('count(*)', `p.state NOT IN ('draft', 'withdrawn')`),
  'projects.approved': projectFloor('count(*)', 'p.approved_fen IS NOT NULL'),
  'projects.funding': projectFloor('coalesce(sum(p.approved_fen), 0)', 'p.approved_fen IS NOT NULL'),
  'projects.accepted': projectFloor('count(*)', `p.state = 'accepted'`),
  'patents.filed': {
    from: 'patents',
    agg: 'count(*)',
    date: 'filed_on',
    where: (f, bind) => [...within('filed_on')(f, bind), ...inJurisdiction('jurisdiction_code')(f, bind)],
  },
  'patents.granted': {
    from: 'patents',
    agg: 'count(*)',
    date: 'granted_on',
    where: (f, bind) => [...within('granted_on')(f, bind), ...inJurisdiction('jurisdiction_code')(f, bind)],
  },
  // A claim carries its organisation and its year: neither patents nor organisations need joining.
  'subsidies.paid': {
    from: 'patent_subsidy_claims',
    agg: 'coalesce(sum(amount_fen), 0)',
    where: (f, bind) => [`year = ${bind(f.year)}`, `state = 'paid'`, ...byOrgJurisdiction('org_id')(f, bind)],
  },
  'platforms.recognized': {
    from: 'platforms',
    agg: 'count(*)',
    date: 'recognized_on',
    where: (f, bind) => [
      ...within('recognized_on')(f, bind),
      ...inJurisdiction('jurisdiction_code')(f, bind),
      ...(f.kind ? [`kind = ANY(${bind(list(f.kind))}::text[])`] : []),
      ...(f.level ? [`level = ANY(${bind(list(f.level))}::text[])`] : []),
    ],
  },
  'qualifications.issued': {
    from: 'qualifications',
    agg: 'count(*)',
    date: 'issued_on',
    where: (f, bind) => [...within('issued_on')(f, bind), ...inJurisdiction('jurisdiction_code')(f, bind)],
  },
  'cooperations.signed': {
    from: 'cooperations',
    agg: 'count(*)',
    date: 'signed_on',
    where: (f, bind) => [...within('signed_on')(f, bind), ...inJurisdiction('jurisdiction_code')(f, bind)],
  },
  'cooperations.amount': {
    from: 'cooperations',
    agg: 'coalesce(sum(amount_fen), 0)',
    date: 'signed_on',
    where: (f, bind) => [...within('signed_on')(f, bind), ...inJurisdiction('jurisdiction_code')(f, bind)],
  },
  'funds.amount': {
    from: 'funds',
    agg: 'coalesce(sum(amount_fen), 0)',
    where: (f, bind) => [
      `year = ${bind(f.year)}`,
      ...(f.kind ? [`kind = ANY(${bind(list(f.kind))}::text[])`] : []),
      ...byOrgJurisdiction('org_id')(f, bind),
    ],
  },
  'publicity.sent': { from: 'publicity', agg: 'count(*)', date: 'sent_on', where: within('sent_on') },
  'publicity.adopted': {
    from: 'publicity',
    agg: 'count(*)',
    date: 'coalesce(adopted_on, sent_on)',
    where: (f, bind) => ['adopted', ...within('coalesce(adopted_on, sent_on)')(f, bind)],
  },
};

export interface FloorQuery {
  text: string;
  values: unknown[];
}

function binder(values: unknown[]) {
  return (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
}

function floorOf(key: string): Floor {
  const floor = floors[key];
  if (!floor) throw new Error(`no hand-written SQL for ${key}`);
  return floor;
}

/** The figure (text, as exact as the database has it). */
export function floorValue(
  key: string,
  f: FloorFilters,
  values: unknown[] = [],
  floor: Omit<Floor, 'alternative'> = floorOf(key),
): FloorQuery {
  return {
    text: `SELECT ${floor.agg}::text AS value FROM ${floor.from} WHERE ${floor.where(f, binder(values)).join(' AND ')}`,
    values,
  };
}

/** Every way the floor writes the figure. */
export function floorValues(key: string, f: FloorFilters): FloorQuery[] {
  const { alternative } = floorOf(key);
  return [floorValue(key, f), ...(alternative ? [floorValue(key, f, [], alternative)] : [])];
}

/**
 * The figure month by month, two ways: one GROUP BY extract(month …), and twelve range scans of the date
 * (with an index on it, 8 ms against 43 ms for a prefecture's patents of a year; without, twelve scans).
 * The bench takes the faster as the floor.
 */
export function floorMonths(key: string, f: FloorFilters): FloorQuery[] {
  const floor = floorOf(key);
  const values: unknown[] = [];
  const where = floor.where(f, binder(values)).join(' AND ');
  if (!floor.date)
    return [{ text: `SELECT 1 AS month, ${floor.agg}::text AS value FROM ${floor.from} WHERE ${where}`, values }];
  const month = `${floor.date} >= make_date(${f.year}, m, 1) AND ${floor.date} < (make_date(${f.year}, m, 1) + interval '1 month')::date`;
  return [
    {
      text: `SELECT extract(month FROM ${floor.date})::int AS month, ${floor.agg}::text AS value FROM ${floor.from} WHERE ${where} GROUP BY 1`,
      values,
    },
    {
      text: `SELECT m AS month, (SELECT ${floor.agg} FROM ${floor.from} WHERE ${where} AND ${month})::text AS value FROM generate_series(1, 12) m`,
      values,
    },
  ];
}

/** Several figures in one statement: the floor of a page that shows them all (an indicator system). */
export function floorMany(items: { key: string; filters: FloorFilters }[]): FloorQuery {
  const values: unknown[] = [];
  const columns = items.map((item, i) => `(${floorValue(item.key, item.filters, values).text}) AS v${i}`);
  return { text: `SELECT ${columns.join(', ') || 'NULL'}`, values };
}
