import { createHash } from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { orgAnnualFigures, orgs, people, projects, techFields } from '../../db/tables/index.js';
import { AppError } from '../../server/errors.js';
import type { FieldProblem } from '../../server/problems.js';
import * as clock from '../../shared/clock.js';
import { fenToYuan } from '../../shared/money.js';
import { isValidUscc, normaliseUscc } from '../orgs/uscc.js';
import { maskIdNumber } from '../people/id-number.js';
import { sanitizeBody, textOf } from '../../server/sanitize.js';
import { budgetInFen, budgetTotals, checkBudget } from './budget.js';
import { periodMonths } from './period.js';
import type {
  ApplicantSnapshot,
  ApplicationInput,
  ApplicationSection,
  ApplicationView,
  StoredApplication,
  TeamPerson,
} from './schema.js';
import type { ApplicationTemplate } from './template.js';

/** The states in which a person counts as leading a project: in review, or running. */
const openStates = [
  'submitted',
  'recommended',
  'under_review',
  'reviewed',
  'reported',
  'approved',
  'acceptance_requested',
] as const;

/** Which section of the 申报书 a refused field belongs to, so the form lists what is missing where it is typed. */
export function sectionOf(field: string): ApplicationSection {
  const [root, part] = field.replace(/^body\./, '').split('.');
  if (root === 'formData') return 'extra';
  if (root === 'attachments') return 'attachments';
  if (root === 'requestedFunding') return 'budget';
  if (root !== 'application') return 'basic';
  switch (part) {
    case 'applicant':
      return 'applicant';
    case 'leader':
    case 'members':
      return 'team';
    case 'texts':
      return 'texts';
    case 'indicators':
      return 'indicators';
    case 'budget':
      return 'budget';
    case 'milestones':
      return 'milestones';
    default:
      return 'basic';
  }
}

async function peopleOf(db: DbOrTx, orgId: number, ids: number[]) {
  if (!ids.length) return [];
  return db
    .select()
    .from(people)
    .where(and(inArray(people.id, ids), eq(people.orgId, orgId)));
}

/** 申报单位 as it stands on the profile, with the figures of the year before the call's when the call asks them. */
export async function snapshotOfApplicant(
  db: DbOrTx,
  orgId: number,
  figuresYear: number | null,
): Promise<ApplicantSnapshot> {
  const [org] = await db.select().from(orgs).where(eq(orgs.id, orgId));
  if (!org) throw new AppError('NOT_FOUND');
  const [figures] =
    figuresYear === null
      ? []
      : await db
          .select()
          .from(orgAnnualFigures)
          .where(and(eq(orgAnnualFigures.orgId, orgId), eq(orgAnnualFigures.year, figuresYear)));
  return {
    confirmedAt: clock.now().toISOString(),
    name: org.name,
    uscc: org.uscc,
    type: org.type,
    address: org.address,
    legalRepresentative: org.legalRepresentative,
    contactName: org.contactName,
    contactPhone: org.contactPhone,
    contactEmail: org.contactEmail,
    figures:
      figuresYear === null
        ? null
        : {
            year: figuresYear,
            revenue: figures?.revenueFen == null ? null : fenToYuan(figures.revenueFen),
            rdSpend: figures?.rdSpendFen == null ? null : fenToYuan(figures.rdSpendFen),
            staff: figures?.staff ?? null,
            rdStaff: figures?.rdStaff ?? null,
          },
  };
}

interface ProjectForApplication {
  id: number;
  orgId: number;
  callId: number;
  application: unknown;
  requestedFen: number | null;
}

/**
 * Applies a PATCH's sections to the stored 申报书: each section sent replaces the stored one. Whatever is
 * malformed now (a person not of the organisation, an amount past the fen, a text over its limit) is refused;
 * what is merely missing waits for the submission.
 */
export async function mergeApplication(
  db: DbOrTx,
  project: ProjectForApplication,
  template: ApplicationTemplate,
  year: number,
  input: ApplicationInput,
) {
  const stored: StoredApplication = { ...(project.application as StoredApplication) };
  const problems: FieldProblem[] = [];
  const at = (path: string) => `body.application.${path}`;
  for (const key of ['techField', 'industry', 'startOn', 'endOn', 'milestones', 'indicators', 'members'] as const) {
    if (input[key] !== undefined) (stored as Record<string, unknown>)[key] = input[key];
  }
  if (input.techField) {
    const [field] = await db
      .select({ code: techFields.code })
      .from(techFields)
      .where(and(eq(techFields.code, input.techField), eq(techFields.active, true)));
    if (!field) problems.push({ field: at('techField'), problem: 'tech_field_unknown' });
  }
  if (input.partners !== undefined) {
    const usccs = input.partners.map((p) => normaliseUscc(p.uscc));
    // A partner already in the registry is linked to it (and named as registered); a new one keeps what was typed.
    const registered = usccs.length
      ? await db.select({ id: orgs.id, name: orgs.name, uscc: orgs.uscc }).from(orgs).where(inArray(orgs.uscc, usccs))
      : [];
    stored.partners = input.partners.map((p, index) => {
      const uscc = usccs[index]!;
      if (!isValidUscc(uscc)) problems.push({ field: at(`partners.${index}.uscc`), problem: 'uscc_invalid' });
      const known = registered.find((o) => o.uscc === uscc);
      return { ...p, uscc, orgId: known?.id ?? null, name: known?.name ?? p.name };
    });
    if (input.partners.length > template.maxPartners)
      problems.push({ field: at('partners'), problem: 'list_too_long', params: { maximum: template.maxPartners } });
  }
  if (input.leader !== undefined) stored.leader = input.leader;
  const personIds = [...(input.leader ? [input.leader.personId] : []), ...(input.members ?? []).map((m) => m.personId)];
  const found = await peopleOf(db, project.orgId, personIds);
  if (input.leader && !found.some((p) => p.id === input.leader!.personId))
    problems.push({ field: at('leader.personId'), problem: 'person_not_of_org' });
  (input.members ?? []).forEach((m, index) => {
    if (!found.some((p) => p.id === m.personId))
      problems.push({ field: at(`members.${index}.personId`), problem: 'person_not_of_org' });
  });
  if (input.members && input.members.length > template.maxMembers)
    problems.push({ field: at('members'), problem: 'list_too_long', params: { maximum: template.maxMembers } });
  if (input.texts !== undefined) {
    const texts: NonNullable<StoredApplication['texts']> = {};
    for (const [key, dirty] of Object.entries(input.texts) as [keyof typeof texts, string][]) {
      const spec = template.texts.find((t) => t.key === key);
      if (!spec) {
        problems.push({ field: at(`texts.${key}`), problem: 'not_form_field' });
        continue;
      }
      const clean = sanitizeBody(dirty);
      const length = [...textOf(clean)].length;
      if (length > spec.maxLength)
        problems.push({ field: at(`texts.${key}`), problem: 'text_too_long', params: { maximum: spec.maxLength } });
      texts[key] = clean;
    }
    stored.texts = texts;
  }
  if (input.indicators) {
    input.indicators.forEach((line, index) => {
      if (!template.indicators.kinds.includes(line.kind))
        problems.push({
          field: at(`indicators.${index}.kind`),
          problem: 'not_an_option',
          params: { values: template.indicators.kinds.join('、') },
        });
    });
  }
  if (input.budget !== undefined) {
    const { lines, problems: money } = budgetInFen(input.budget);
    problems.push(...money);
    stored.budget = lines.map((line, index) => ({
      category: line.category,
      fiscal: fenToYuan(line.fiscal),
      self: fenToYuan(line.self),
      other: fenToYuan(line.other),
      note: input.budget![index]!.note ?? null,
    }));
  }
  if (input.applicantConfirmed === true)
    stored.applicant = await snapshotOfApplicant(db, project.orgId, template.applicantFigures ? year - 1 : null);
  if (input.applicantConfirmed === false) stored.applicant = null;
  if (problems.length) throw AppError.invalidFields(problems);
  const leader = stored.leader ? found.find((p) => p.id === stored.leader!.personId) : undefined;
  return { stored, leaderPersonId: stored.leader?.personId ?? null, leaderName: leader?.name };
}

/**
 * What the 申报书 still lacks or breaks against its call, field by field — shown per section while it is a
 * draft, and the reasons a submission is refused.
 */
export async function applicationProblems(
  db: DbOrTx,
  project: ProjectForApplication & { title: string },
  template: ApplicationTemplate,
): Promise<FieldProblem[]> {
  const a = project.application as StoredApplication;
  const problems: FieldProblem[] = [];
  const at = (path: string) => `body.application.${path}`;
  const required = (path: string, value: unknown) => {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) {
      problems.push({ field: at(path), problem: 'required' });
      return false;
    }
    return true;
  };
  // 基本信息
  if (required('techField', a.techField)) {
    const [field] = await db
      .select({ code: techFields.code })
      .from(techFields)
      .where(and(eq(techFields.code, a.techField!), eq(techFields.active, true)));
    if (!field) problems.push({ field: at('techField'), problem: 'tech_field_unknown' });
  }
  required('industry', a.industry);
  const hasStart = required('startOn', a.startOn);
  const hasEnd = required('endOn', a.endOn);
  if (hasStart && hasEnd) {
    if (a.endOn! < a.startOn!) problems.push({ field: at('endOn'), problem: 'ends_before_start' });
    else {
      const months = periodMonths(a.startOn!, a.endOn!);
      if (months < template.periodMonths.min)
        problems.push({
          field: at('endOn'),
          problem: 'period_too_short',
          params: { months, min: template.periodMonths.min },
        });
      if (months > template.periodMonths.max)
        problems.push({
          field: at('endOn'),
          problem: 'period_too_long',
          params: { months, max: template.periodMonths.max },
        });
    }
    if (template.startFrom && a.startOn! < template.startFrom)
      problems.push({ field: at('startOn'), problem: 'starts_before', params: { date: template.startFrom } });
    if (template.endBy && a.endOn! > template.endBy)
      problems.push({ field: at('endOn'), problem: 'ends_after', params: { date: template.endBy } });
  }
  // 申报单位
  if (!a.applicant) problems.push({ field: at('applicant'), problem: 'applicant_unconfirmed' });
  else if (
    template.applicantFigures &&
    (!a.applicant.figures ||
      a.applicant.figures.revenue === null ||
      a.applicant.figures.rdSpend === null ||
      a.applicant.figures.staff === null)
  ) {
    problems.push({
      field: at('applicant.figures'),
      problem: 'applicant_figures_missing',
      params: { year: a.applicant.figures?.year ?? '' },
    });
  }
  // 项目负责人及团队
  if (!a.leader) problems.push({ field: at('leader.personId'), problem: 'required' });
  else {
    const [leader] = await peopleOf(db, project.orgId, [a.leader.personId]);
    if (!leader) problems.push({ field: at('leader.personId'), problem: 'person_not_of_org' });
    else if (!leader.idNumber) problems.push({ field: at('leader.personId'), problem: 'leader_id_number_missing' });
    if (!a.leader.role) problems.push({ field: at('leader.role'), problem: 'required' });
    if (!a.leader.months) problems.push({ field: at('leader.months'), problem: 'required' });
    const limit = await leaderLimitProblem(db, project.id, a.leader.personId, template.leaderOpenLimit);
    if (limit) problems.push(limit);
  }
  // 研究内容 …
  for (const spec of template.texts) {
    const text = a.texts?.[spec.key];
    if (spec.required && (!text || !textOf(text)))
      problems.push({ field: at(`texts.${spec.key}`), problem: 'required' });
    else if (text && [...textOf(text)].length > spec.maxLength)
      problems.push({ field: at(`texts.${spec.key}`), problem: 'text_too_long', params: { maximum: spec.maxLength } });
  }
  // 绩效目标
  const indicators = a.indicators ?? [];
  if (indicators.length < template.indicators.minCount)
    problems.push({
      field: at('indicators'),
      problem: 'list_too_short',
      params: { minimum: template.indicators.minCount },
    });
  indicators.forEach((line, index) => {
    if (line.kind === 'other' && (!line.name || !line.unit))
      problems.push({ field: at(`indicators.${index}.name`), problem: 'indicator_named' });
  });
  // 经费预算
  if (template.budget) {
    const { lines } = budgetInFen(a.budget ?? []);
    problems.push(...checkBudget(lines, template.budget, project.requestedFen));
  }
  // 进度安排
  const milestones = a.milestones ?? [];
  if (milestones.length < template.minMilestones)
    problems.push({ field: at('milestones'), problem: 'list_too_short', params: { minimum: template.minMilestones } });
  if (a.startOn && a.endOn) {
    milestones.forEach((m, index) => {
      if (m.dueOn < a.startOn! || m.dueOn > a.endOn!)
        problems.push({ field: at(`milestones.${index}.dueOn`), problem: 'milestone_outside_period' });
    });
  }
  return problems;
}

/**
 * 限项: a person may lead at most `limit` open projects (submitted and in review, or running), whichever
 * call they came through. The refusal names the projects already led.
 */
async function leaderLimitProblem(
  db: DbOrTx,
  projectId: number,
  personId: number,
  limit: number,
): Promise<FieldProblem | undefined> {
  const led = await db
    .select({ title: projects.title })
    .from(projects)
    .where(
      and(eq(projects.leaderPersonId, personId), ne(projects.id, projectId), inArray(projects.state, [...openStates])),
    )
    .limit(20);
  if (led.length < limit) return undefined;
  return {
    field: 'body.application.leader.personId',
    problem: 'leader_limit',
    params: { count: led.length, limit, titles: led.map((p) => `《${p.title}》`).join('、') },
  };
}

function asTeamPerson(
  person: typeof people.$inferSelect | undefined,
  personId: number,
  line: { role?: string | null; months?: number | null },
): TeamPerson {
  return {
    personId,
    name: person?.name ?? '',
    gender: person?.gender ?? null,
    idNumberMasked: maskIdNumber(person?.idNumber ?? null),
    title: person?.title ?? null,
    degree: person?.degree ?? null,
    field: person?.field ?? null,
    role: line.role ?? null,
    months: line.months ?? null,
  };
}

/** The 申报书 as every reader sees it: people from the registry (ID numbers masked), the field's name, budget totals. */
export async function applicationView(db: DbOrTx, project: ProjectForApplication): Promise<ApplicationView> {
  const a = project.application as StoredApplication;
  const ids = [...(a.leader ? [a.leader.personId] : []), ...(a.members ?? []).map((m) => m.personId)];
  const found = await peopleOf(db, project.orgId, ids);
  const [field] = a.techField
    ? await db.select({ name: techFields.name }).from(techFields).where(eq(techFields.code, a.techField))
    : [];
  const { lines } = budgetInFen(a.budget ?? []);
  const totals = budgetTotals(lines);
  return {
    techField: a.techField ?? null,
    techFieldName: field?.name ?? null,
    industry: a.industry ?? null,
    startOn: a.startOn ?? null,
    endOn: a.endOn ?? null,
    partners: a.partners ?? [],
    applicant: a.applicant ?? null,
    leader: a.leader
      ? asTeamPerson(
          found.find((p) => p.id === a.leader!.personId),
          a.leader.personId,
          a.leader,
        )
      : null,
    members: (a.members ?? []).map((m) =>
      asTeamPerson(
        found.find((p) => p.id === m.personId),
        m.personId,
        m,
      ),
    ),
    texts: a.texts ?? {},
    indicators: a.indicators ?? [],
    budget: (a.budget ?? []).map((l) => ({ ...l, note: l.note ?? null })),
    budgetTotals: {
      fiscal: fenToYuan(totals.fiscal),
      self: fenToYuan(totals.self),
      other: fenToYuan(totals.other),
      total: fenToYuan(totals.total),
    },
    milestones: a.milestones ?? [],
  };
}

/**
 * The checksum printed on the 申报书: SHA-256 of what was submitted (title, amount, sections, extra fields) in a
 * canonical form (keys sorted), so the same content always gives the same sum.
 */
export function checksumOf(content: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, v]) => [k, canonical(v)]),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(content)))
    .digest('hex');
}

/** The checksum as printed: the first 16 hex digits in groups of four. */
export function printedChecksum(checksum: string): string {
  return checksum
    .slice(0, 16)
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1-');
}
