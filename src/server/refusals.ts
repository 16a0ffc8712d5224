import { apiEn } from '../shared/locales/api.en.js';
import { apiZhCN } from '../shared/locales/api.zh-CN.js';
import { AppError } from './errors.js';
import { wordsIn } from './words.js';

/** Words in each language the API answers in. */
export interface Words {
  zh: string;
  en: string;
}

/** A table of the API's catalogue as words in both languages, for a refusal's placeholders. */
export function inBothLanguages<K extends string>(zh: Record<K, string>, en: Record<K, string>): Record<K, Words> {
  return Object.fromEntries((Object.keys(zh) as K[]).map((key) => [key, { zh: zh[key], en: en[key] }])) as Record<
    K,
    Words
  >;
}

/** What a workflow acts on, its states, the acts refused and the steps that come first, as refusals name them. */
const subjects = inBothLanguages(apiZhCN.refusals.subjects, apiEn.refusals.subjects);
const states: Record<string, Words> = inBothLanguages(apiZhCN.refusals.states, apiEn.refusals.states);
const actions: Record<string, Words> = inBothLanguages(apiZhCN.refusals.actions, apiEn.refusals.actions);
const projectStepInto: Record<string, Words> = inBothLanguages(apiZhCN.refusals.steps, apiEn.refusals.steps);
export type Subject = keyof typeof subjects;

/** The step that brings a project into a state, for "not yet …" refusals. */
const projectOrder = [
  'draft',
  'submitted',
  'recommended',
  'under_review',
  'reviewed',
  'approved',
  'acceptance_requested',
  'accepted',
] as const;

const wordsOf = (map: Record<string, Words>, key: string, fallback: string): Words =>
  map[key] ?? { zh: fallback, en: fallback };

/**
 * A state refusal that says what stands in the way: "该申报尚未经属地推荐，不能进行形式审查" when an
 * earlier step is missing, else the state it is in ("该拨付批次当前为“已拨付”，不能拨付").
 */
export function refusal(
  subject: Subject,
  state: string | null,
  action: string,
  o: { allowedFrom?: readonly string[] } = {},
): AppError {
  const details = { state, action };
  const actionWords = wordsOf(actions, action, action);
  if (subject === 'project' && state && o.allowedFrom?.length) {
    const at = projectOrder.indexOf(state as (typeof projectOrder)[number]);
    const needed = o.allowedFrom
      .map((s) => projectOrder.indexOf(s as (typeof projectOrder)[number]))
      .filter((i) => i >= 0);
    const first = needed.length ? Math.min(...needed) : -1;
    if (at >= 0 && first > at) {
      const step = projectStepInto[projectOrder[first]!];
      if (step) return stepMissing(subject, step, action, details);
    }
  }
  const stateWords = state ? wordsOf(states, `${subject}.${state}`, state) : wordsOf(states, `${subject}.none`, '—');
  return new AppError('INVALID_TRANSITION', {
    params: { subject: subjects[subject], state: stateWords, action: actionWords },
    details,
  });
}

/**
 * A refusal naming the step that must come first, in words given by the caller: still 409
 * INVALID_TRANSITION, its message the sentence "该申报（项目）尚未经属地推荐，不能进行形式审查".
 */
export function stepMissing(subject: Subject, step: Words, action: string, details?: unknown): AppError {
  const who = subjects[subject];
  const what = wordsOf(actions, action, action);
  const sentence = {
    zh: wordsIn('zh-CN', 'api')('refusals.stepMissing', { who: who.zh, step: step.zh, what: what.zh }),
    en: wordsIn('en', 'api')('refusals.stepMissing', { who: who.en, step: step.en, what: what.en }),
  };
  return new AppError('INVALID_TRANSITION', { sentence, details });
}
