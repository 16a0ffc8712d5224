import type { Language } from '../../server/errors.js';
import { fenToYuan, groupedYuan, yuanToFen } from '../../shared/money.js';
import type { FormField } from './form-spec.js';
import { textOf } from '../../server/sanitize.js';
import { applicationLabels } from './labels.js';
import type { ApplicationSection, ApplicationView } from './schema.js';
import { indicatorKinds } from './template.js';

/** One part of a rendered section: label–value rows, a titled narrative, or a table. */
export type RenderedBlock =
  | { kind: 'fields'; rows: [string, string][] }
  | { kind: 'text'; heading: string; paragraphs: string[] }
  | {
      kind: 'table';
      caption?: string;
      header: string[];
      rows: string[][];
      widths?: number[];
      /** Columns of figures, set flush right. */
      numeric?: number[];
      /** The last row is a total. */
      totalRow?: boolean;
    };
export interface RenderedSection {
  key: ApplicationSection;
  title: string;
  blocks: RenderedBlock[];
}

/** What a 申报书 is rendered from: the project's own fields, its sections, and the call's extra fields. */
export interface ApplicationContent {
  title: string;
  requestedFen: number | null;
  application: ApplicationView;
  formFields: FormField[];
  formData: Record<string, unknown>;
}

/** A rich-text section as the paragraphs a reader sees: one per block element or line break. */
export function paragraphsOf(html: string): string[] {
  return html
    .split(/<\/(?:p|h\d|li|blockquote|tr)>|<br\s*\/?>/i)
    .map((part) => textOf(part))
    .filter(Boolean);
}

const money = (yuan: string) => {
  const fen = yuanToFen(yuan);
  return fen === undefined ? yuan : groupedYuan(fen);
};

function extraValue(field: FormField, value: unknown, none: string): string {
  if (value === undefined || value === null || value === '') return none;
  if (field.type === 'table' && Array.isArray(value)) {
    return value
      .map((row) =>
        (field.columns ?? []).map((c) => `${c.label}：${(row as Record<string, unknown>)[c.key] ?? ''}`).join('，'),
      )
      .join('；');
  }
  if (field.type === 'money') return money(String(value));
  return String(value);
}

/**
 * The 申报书 as sections of rows, narratives and tables, in the reader's language: what the printed
 * document lays out, what the version comparison compares, and what 查重 reads.
 */
export function renderApplication(content: ApplicationContent, language: Language): RenderedSection[] {
  const l = applicationLabels(language);
  const f = l.fields;
  const a = content.application;
  const or = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? f.none : String(value);
  const sections: RenderedSection[] = [];

  sections.push({
    key: 'basic',
    title: l.sections.basic,
    blocks: [
      {
        kind: 'fields',
        rows: [
          [f.title, content.title],
          [f.techField, a.techFieldName ? `${a.techFieldName}（${a.techField}）` : or(a.techField)],
          [f.industry, or(a.industry)],
          [f.period, a.startOn && a.endOn ? f.range(a.startOn, a.endOn) : f.none],
          [f.requested, content.requestedFen === null ? f.none : f.yuan(groupedYuan(content.requestedFen))],
        ],
      },
      ...(a.partners.length
        ? [
            {
              kind: 'table' as const,
              caption: f.partners,
              header: [f.partnerName, f.uscc, f.partnerRole],
              rows: a.partners.map((p) => [p.name, p.uscc, or(p.role)]),
              widths: [35, 30, 35],
            },
          ]
        : []),
    ],
  });

  const applicant = a.applicant;
  sections.push({
    key: 'applicant',
    title: l.sections.applicant,
    blocks: applicant
      ? [
          {
            kind: 'fields',
            rows: [
              [f.orgName, applicant.name],
              [f.uscc, applicant.uscc],
              [f.orgType, l.orgTypes[applicant.type] ?? applicant.type],
              [f.address, or(applicant.address)],
              [f.legalRepresentative, or(applicant.legalRepresentative)],
              [f.contact, or(applicant.contactName)],
              [f.phone, or(applicant.contactPhone)],
              [f.email, or(applicant.contactEmail)],
            ],
          },
          ...(applicant.figures
            ? [
                {
                  kind: 'fields' as const,
                  rows: [
                    [f.figuresOf(applicant.figures.year), ''],
                    [f.revenue, applicant.figures.revenue === null ? f.none : money(applicant.figures.revenue)],
                    [f.rdSpend, applicant.figures.rdSpend === null ? f.none : money(applicant.figures.rdSpend)],
                    [f.staff, or(applicant.figures.staff)],
                    [f.rdStaff, or(applicant.figures.rdStaff)],
                  ] as [string, string][],
                },
              ]
            : []),
        ]
      : [{ kind: 'fields', rows: [[f.orgName, f.none]] }],
  });

  const team = [
    ...(a.leader ? [{ ...a.leader, leader: true }] : []),
    ...a.members.map((m) => ({ ...m, leader: false })),
  ];
  sections.push({
    key: 'team',
    title: l.sections.team,
    blocks: [
      {
        kind: 'table',
        header: [f.name, f.gender, f.idNumber, f.proTitle, f.degree, f.projectRole, f.months],
        rows: team.map((p) => [
          p.leader ? `${p.name}\n${f.leaderMark}` : p.name,
          p.gender ? (l.genders[p.gender] ?? p.gender) : '',
          p.idNumberMasked ?? '',
          p.title ?? '',
          p.degree ?? '',
          p.role ?? '',
          p.months === null ? '' : String(p.months),
        ]),
        widths: [14, 7, 24, 13, 9, 22, 11],
        numeric: [6],
      },
    ],
  });

  sections.push({
    key: 'texts',
    title: l.sections.texts,
    blocks: (Object.keys(l.texts) as (keyof typeof l.texts)[])
      .filter((key) => a.texts[key] !== undefined)
      .map((key) => ({ kind: 'text' as const, heading: l.texts[key], paragraphs: paragraphsOf(a.texts[key] ?? '') })),
  });

  sections.push({
    key: 'indicators',
    title: l.sections.indicators,
    blocks: [
      {
        kind: 'table',
        header: [f.indicator, f.value, f.unit],
        rows: a.indicators.map((i) => [
          i.kind === 'other' ? (i.name ?? l.indicators.other) : l.indicators[i.kind],
          String(i.value),
          i.unit ?? indicatorKinds[i.kind],
        ]),
        widths: [50, 25, 25],
        numeric: [1],
      },
    ],
  });

  const totals = a.budgetTotals;
  const lineTotal = (line: { fiscal: string; self: string; other: string }) =>
    fenToYuan((yuanToFen(line.fiscal) ?? 0) + (yuanToFen(line.self) ?? 0) + (yuanToFen(line.other) ?? 0));
  sections.push({
    key: 'budget',
    title: l.sections.budget,
    blocks: [
      {
        kind: 'table',
        caption: language === 'en' ? 'Amounts in yuan' : '金额单位：元',
        header: [f.category, l.sources.fiscal, l.sources.self, l.sources.other, l.sources.total, f.note],
        rows: [
          ...a.budget.map((line) => [
            l.budget[line.category],
            money(line.fiscal),
            money(line.self),
            money(line.other),
            money(lineTotal(line)),
            line.note ?? '',
          ]),
          [f.sum, money(totals.fiscal), money(totals.self), money(totals.other), money(totals.total), ''],
        ],
        widths: [17, 16, 16, 14, 16, 21],
        numeric: [1, 2, 3, 4],
        totalRow: true,
      },
    ],
  });

  sections.push({
    key: 'milestones',
    title: l.sections.milestones,
    blocks: [
      {
        kind: 'table',
        header: [f.due, f.milestone, f.deliverable],
        rows: a.milestones.map((m) => [f.date(m.dueOn), m.title, m.deliverable ?? '']),
        widths: [22, 43, 35],
      },
    ],
  });

  if (content.formFields.length) {
    sections.push({
      key: 'extra',
      title: l.sections.extra,
      blocks: [
        {
          kind: 'fields',
          rows: content.formFields.map((field) => [
            field.label,
            extraValue(field, content.formData[field.key], f.none),
          ]),
        },
      ],
    });
  }
  return sections;
}
