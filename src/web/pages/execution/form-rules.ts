import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import { yuanToFen } from '../../../shared/money';
import type { AgreementContent } from './types';

export const fundingSources = ['local', 'superior', 'self_raised'] as const;

export const moneyRule = (t: TFunction) => ({ pattern: /^\d{1,13}(\.\d{1,2})?$/, message: t('project.moneyRule') });

/** The sum of amounts in fen, or undefined while any is not yet a valid amount. */
export function sumFen(amounts: (string | number | undefined)[]): number | undefined {
  let total = 0;
  for (const amount of amounts) {
    const fen = amount === undefined ? undefined : yuanToFen(amount);
    if (fen === undefined) return undefined;
    total += fen;
  }
  return total;
}

const day = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

/** Form values (dayjs dates, one period field) → the API's agreement content. */
export function contentFromForm(values: Record<string, unknown>): AgreementContent {
  const { period, milestones, ...rest } = values as {
    period: [dayjs.Dayjs, dayjs.Dayjs];
    milestones?: { title: string; dueOn: dayjs.Dayjs; deliverable?: string }[];
  } & Omit<AgreementContent, 'startOn' | 'endOn' | 'milestones'>;
  return {
    ...rest,
    indicators: rest.indicators ?? [],
    budget: rest.budget ?? [],
    startOn: day(period[0]),
    endOn: day(period[1]),
    milestones: (milestones ?? []).map((m) => ({ ...m, dueOn: day(m.dueOn), deliverable: m.deliverable || undefined })),
  };
}

/** The API's agreement content → form values. */
export function formFromContent(content: AgreementContent): Record<string, unknown> {
  return {
    ...content,
    period: [dayjs(content.startOn), dayjs(content.endOn)],
    milestones: content.milestones.map((m) => ({ ...m, dueOn: dayjs(m.dueOn) })),
  };
}
