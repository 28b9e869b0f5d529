/** The UI messages as the browser would fill them, for tests of every tier (no DOM, no Preact). */
export {
  formatMessage,
  lookupFor,
  readMessages,
  type Lookup,
  type MessageEntry,
} from '@/scripts/locale-messages';

/** The _locales folder Chrome picks for a UI language such as "en-US", "zh-CN" or "zh-TW". */
export function localeFor(uiLanguage: string): string {
  if (!/^zh\b/i.test(uiLanguage)) return 'en';
  return /-(TW|HK|MO|Hant)\b/i.test(uiLanguage) ? 'zh_TW' : 'zh_CN';
}
