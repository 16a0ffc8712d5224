import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

export const languageKey = 'keguan.language';
const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(languageKey);

// zh-CN is the default; English is complete. Both files have the same keys (a test checks).
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: saved === 'en' ? 'en' : 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

export default i18n;
