import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from '../shared/locales/zh-CN';

export const languageKey = 'keguan.language';
export type Language = 'zh-CN' | 'en';
const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(languageKey);

// zh-CN is the default and ships with the app; English (complete: both files have the same keys, a test
// checks) is fetched when someone first reads in it, so a Chinese reader never downloads it.
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

/** Switches the interface's language, loading English's words the first time; the choice is remembered in this browser. */
export async function switchLanguage(language: Language, remember = true): Promise<void> {
  if (language === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('../shared/locales/en');
    i18n.addResourceBundle('en', 'translation', en);
  }
  if (remember) localStorage.setItem(languageKey, language);
  await i18n.changeLanguage(language);
}

/** The reader's saved language, ready before the first screen is drawn. */
export const languageReady: Promise<void> = saved === 'en' ? switchLanguage('en', false) : Promise.resolve();

export default i18n;
