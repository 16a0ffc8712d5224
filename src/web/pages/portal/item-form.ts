import dayjs, { type Dayjs } from 'dayjs';
import {
  catalogueColumns,
  type catalogueTopics,
  type GuideDetails,
  type ItemDetail,
  type openGovCategories,
  type PortalColumn,
  type PortalFile,
  type validities,
} from './model';

/** The editor's form: the item's fields as the inputs hold them (dates as Dayjs, attachments as files). */
export interface EditorValues {
  title: string;
  summary?: string | null;
  source?: string | null;
  docNo?: string | null;
  validity?: (typeof validities)[number] | null;
  effectiveOn?: Dayjs | null;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  objectionContact?: string | null;
  guide?: Partial<GuideDetails>;
  openGovCategory?: (typeof openGovCategories)[number];
  interprets?: number | null;
  topic?: (typeof catalogueTopics)[number] | null;
  bodyHtml: string;
  attachments: PortalFile[];
}

const day = (value: string | null | undefined) => (value ? dayjs(value) : null);
const dayText = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const text = (value: string | null | undefined) => value?.trim() || null;
const lines = (list: (string | undefined)[] | undefined) => (list ?? []).map((s) => s?.trim() ?? '').filter(Boolean);

export function valuesOf(item: ItemDetail | undefined): EditorValues {
  if (!item)
    return {
      title: '',
      bodyHtml: '',
      attachments: [],
      guide: { materials: [''], steps: [''] },
      openGovCategory: 'other',
    };
  const guide = item.details ?? {};
  return {
    title: item.title,
    summary: item.summary,
    source: item.source,
    docNo: item.docNo,
    validity: item.validity,
    effectiveOn: day(item.effectiveOn),
    startsOn: day(item.startsOn),
    endsOn: day(item.endsOn),
    objectionContact: item.objectionContact,
    guide: {
      ...guide,
      materials: guide.materials?.length ? guide.materials : [''],
      steps: guide.steps?.length ? guide.steps : [''],
    },
    openGovCategory: item.details?.category ?? 'other',
    interprets: item.details?.interprets ?? null,
    topic: item.topic,
    bodyHtml: item.bodyHtml,
    attachments: item.attachments,
  };
}

/** What PUT/POST /api/portal/items take: only the column's own fields, blanks as null. */
export function bodyOf(column: PortalColumn, v: EditorValues) {
  return {
    column,
    title: v.title.trim(),
    summary: text(v.summary),
    bodyHtml: v.bodyHtml ?? '',
    source: text(v.source),
    docNo: text(v.docNo),
    effectiveOn: dayText(v.effectiveOn),
    ...(column === 'policies' ? { validity: v.validity ?? null } : {}),
    ...(column === 'publicity'
      ? { startsOn: dayText(v.startsOn), endsOn: dayText(v.endsOn), objectionContact: text(v.objectionContact) }
      : {}),
    ...(column === 'consultations' ? { startsOn: dayText(v.startsOn), endsOn: dayText(v.endsOn) } : {}),
    ...(column === 'guide'
      ? {
          guide: {
            conditions: v.guide?.conditions?.trim() ?? '',
            materials: lines(v.guide?.materials),
            steps: lines(v.guide?.steps),
            timeLimit: v.guide?.timeLimit?.trim() ?? '',
            fee: v.guide?.fee?.trim() ?? '',
            contact: v.guide?.contact?.trim() ?? '',
          },
        }
      : {}),
    ...(column === 'open-gov'
      ? {
          openGovCategory: v.openGovCategory ?? 'other',
          interprets: v.openGovCategory === 'interpretation' ? (v.interprets ?? null) : null,
        }
      : {}),
    ...((catalogueColumns as readonly string[]).includes(column) ? { topic: v.topic ?? null } : {}),
    attachments: (v.attachments ?? []).map((f) => f.id),
  };
}

/** The words of a body (what the server counts as "has a body"). */
export function bodyWords(html: string): string {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Images in a body without a text alternative: a screen reader would read nothing for them. */
export function imagesWithoutAlt(html: string): number {
  if (!html.includes('<img')) return 0;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll('img')].filter((img) => !img.getAttribute('alt')?.trim()).length;
}
