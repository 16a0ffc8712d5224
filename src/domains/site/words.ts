import { type Phrasebook, phrasebook, wordsIn } from '../../server/words.js';
import { siteEn } from '../../shared/locales/site.en.js';
import { siteZhCN } from '../../shared/locales/site.zh-CN.js';

export type SiteLanguage = 'zh' | 'en';

const pad = (n: number) => String(n).padStart(2, '0');

/** The site's phrases that take values, and how their arguments fill the catalogue's placeholders. */
const phrases = {
  objections: (received: number, answered: number) => ({ received, answered }),
  page: (n: number, of: number) => ({ n, of }),
  results: (n: number, q: string, more: boolean) => ({ n, q, more: more ? { word: 'site.resultsMore' } : '' }),
  noResults: (q: string) => ({ q }),
  keyFigures: (year: number) => ({ year }),
  callPage: {
    defaultQuota: (n: number) => ({ n }),
    formats: (types: string, mb: number) => ({ types, mb }),
    points: (n: number) => ({ n }),
    notYet: (day: string) => ({ day }),
    yearCalls: (year: number) => ({ year }),
  },
  openGov: {
    count: (n: number) => ({ n }),
    results: (n: number) => ({ n }),
  },
  messages: {
    captchaQuestion: (a: number, b: number, op: 'plus' | 'minus') => ({ a, b, op: { word: `site.captchaOps.${op}` } }),
    promise: (days: Record<string, number>) => ({ consult: days.consult ?? '', complain: days.complain ?? '' }),
    statistics: (year: number) => ({ year }),
  },
  openData: {
    licenceText: (bureau: string) => ({ bureau }),
    projects: (year: number) => ({ year }),
    figures: (year: number) => ({ year }),
  },
  contactPage: {
    intro: (bureau: string) => ({ bureau }),
  },
  dateOf: (y: number, m: number, d: number) => ({ y, m, d, m2: pad(m), d2: pad(d) }),
  timeOf: (y: number, m: number, d: number, hh: string, mm: string) => ({
    y,
    m,
    d,
    m2: pad(m),
    d2: pad(d),
    hh,
    min: mm,
  }),
};

/** The public site's fixed words in Chinese and English; items themselves are in the language they were written. */
export type Words = Phrasebook<typeof siteZhCN.site, typeof phrases>;

export const siteWords: Record<SiteLanguage, Words> = {
  zh: phrasebook(wordsIn('zh-CN', 'site'), 'site', siteZhCN.site, phrases),
  en: phrasebook(wordsIn('en', 'site'), 'site', siteEn.site, phrases),
};
