import i18next, { type TFunction } from 'i18next';
import { en } from '../shared/locales/en.js';
import { zhCN } from '../shared/locales/zh-CN.js';
import type { Language } from './errors.js';

/**
 * The interface's words on the server: the same catalogue (src/shared/locales) and the same engine
 * (i18next, `{{placeholders}}`) the browser uses, so a document or an export reads as the screens do.
 */
const words = i18next.createInstance();
void words.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export function wordsIn(language: Language): TFunction {
  return words.getFixedT(language);
}
