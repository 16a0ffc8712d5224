import i18next, { type TFunction } from 'i18next';
import { apiEn } from '../shared/locales/api.en.js';
import { apiZhCN } from '../shared/locales/api.zh-CN.js';
import { en } from '../shared/locales/en.js';
import { siteEn } from '../shared/locales/site.en.js';
import { siteZhCN } from '../shared/locales/site.zh-CN.js';
import { zhCN } from '../shared/locales/zh-CN.js';
import type { Language } from './errors.js';

/**
 * Words on the server: the same catalogues (src/shared/locales) and the same engine (i18next,
 * `{{placeholders}}`) the browser uses. `translation` is the interface's, which the browser loads too;
 * `site` is the public site's, which only the server renders; `api` the API's refusals and problems.
 */
const words = i18next.createInstance();
void words.init({
  resources: {
    'zh-CN': { translation: zhCN, site: siteZhCN, api: apiZhCN },
    en: { translation: en, site: siteEn, api: apiEn },
  },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
  // A placeholder the caller leaves out reads as nothing, never as {{name}}.
  missingInterpolationHandler: () => '',
});

export function wordsIn(language: Language, namespace: 'translation' | 'site' | 'api' = 'translation'): TFunction {
  return words.getFixedT(language, namespace);
}

/** A placeholder filled with another word of the catalogue (by its key) rather than a value. */
export interface WordRef {
  word: string;
}
type Params = Record<string, string | number | WordRef>;
/** How a phrase's arguments fill its template's placeholders. */
type Phrase = (...args: never[]) => Params;
export interface Phrases {
  [key: string]: Phrase | Phrases;
}
/** A catalogue section with its phrases as functions of their arguments, every other word as it is. */
export type Phrasebook<C, F> = {
  [K in keyof C]: K extends keyof F
    ? F[K] extends (...args: infer A) => Params
      ? (...args: A) => string
      : Phrasebook<C[K], F[K]>
    : C[K];
};

/**
 * A section of a catalogue to read as typed words (`w.columns.news`, `w.page(2, 9)`): plain words as the
 * catalogue holds them, phrases filled through i18next from their arguments.
 */
export function phrasebook<C extends object, F extends Phrases>(
  t: TFunction,
  key: string,
  section: C,
  phrases: F,
): Phrasebook<C, F> {
  const book: Record<string, unknown> = { ...(section as Record<string, unknown>) };
  for (const [name, phrase] of Object.entries(phrases)) {
    const at = `${key}.${name}`;
    book[name] =
      typeof phrase === 'function'
        ? (...args: never[]) => {
            const params = Object.entries(phrase(...args)).map(([p, v]) => [p, typeof v === 'object' ? t(v.word) : v]);
            return t(at, Object.fromEntries(params));
          }
        : phrasebook(t, at, (section as Record<string, object>)[name]!, phrase);
  }
  return book as Phrasebook<C, F>;
}
