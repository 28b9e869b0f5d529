/** The UI messages as the browser would fill them, for tests of every tier (no DOM, no Preact). */
import { readFileSync } from 'node:fs';

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Lookup = (key: string, substitutions?: readonly string[]) => string;

export function readMessages(locale: string): Record<string, MessageEntry> {
  return JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    MessageEntry
  >;
}

/** Fills a message the way browser.i18n.getMessage does: $NAME$ → placeholder content → $n. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
    })
    .replace(/\$\$/g, '$');
}

/** A lookup over a locale's messages.json that fails loudly on an unknown key. */
export function lookupFor(locale: string): Lookup {
  const messages = readMessages(locale);
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message "${key}" in ${locale}`);
    return formatMessage(entry, substitutions);
  };
}

/** The _locales folder Chrome picks for a UI language such as "en-US", "zh-CN" or "zh-TW". */
export function localeFor(uiLanguage: string): string {
  if (!/^zh\b/i.test(uiLanguage)) return 'en';
  return /-(TW|HK|MO|Hant)\b/i.test(uiLanguage) ? 'zh_TW' : 'zh_CN';
}
