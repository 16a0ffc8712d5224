import { type Phrasebook, phrasebook, wordsIn } from '../../server/words.js';
import { siteEn } from '../../shared/locales/site.en.js';
import { siteZhCN } from '../../shared/locales/site.zh-CN.js';
import type { SiteLanguage } from '../site/words.js';
import { disclosureWordsIn } from './outcomes.js';

/** The 依申请公开 pages' phrases that take values. */
const phrases = {
  statistics: (year: number) => ({ year }),
  extendedBy: (days: number) => ({ days }),
  correctionBy: (day: string) => ({ day }),
};

/** The words of the 依申请公开 pages, and the national table's words for kinds, forms, deliveries and outcomes. */
function wordsFor(language: SiteLanguage) {
  const official = disclosureWordsIn(language === 'en' ? 'en' : 'zh-CN');
  const section = language === 'en' ? siteEn.disclosure : siteZhCN.disclosure;
  return {
    ...phrasebook(wordsIn(language === 'en' ? 'en' : 'zh-CN', 'site'), 'disclosure', section, phrases),
    kinds: official.kinds as Record<string, string>,
    forms: official.forms as Record<string, string>,
    deliveries: official.deliveries as Record<string, string>,
    outcomes: official.outcomes,
  };
}

export type DisclosureWords = Phrasebook<typeof siteZhCN.disclosure, typeof phrases> & ReturnType<typeof wordsFor>;

export const disclosureWords: Record<SiteLanguage, DisclosureWords> = { zh: wordsFor('zh'), en: wordsFor('en') };
