/**
 * The extension's locale messages outside the browser (the CLI, tests): a message is filled the way
 * browser.i18n.getMessage fills it, so words printed here are the words the extension shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Lookup = (key: string, substitutions?: readonly string[]) => string;

/** A locale's messages.json, from the project folder the scripts and tests run in. */
export function readMessages(locale: string): Record<string, MessageEntry> {
  const file = path.resolve(`public/_locales/${locale}/messages.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, MessageEntry>;
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

/** A lookup over a locale's messages that fails loudly on an unknown key. */
export function lookupFor(locale: string): Lookup {
  const messages = readMessages(locale);
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message "${key}" in ${locale}`);
    return formatMessage(entry, substitutions);
  };
}
