import { browser } from 'wxt/browser';

/** Keys of the UI messages, from the default locale. */
export type MessageName = keyof typeof import('../public/_locales/zh_CN/messages.json');

/** getMessage as one plain signature: WXT types it with one overload per literal message name. */
type GetMessage = (name: string, substitutions?: string[]) => string;

/**
 * The browser's message lookup for the UI. A missing message comes back as its key rather than as
 * an empty string, so that a gap shows up in review instead of as a blank button.
 */
export function translate(key: MessageName, substitutions?: readonly string[]): string {
  const getMessage = browser.i18n.getMessage.bind(browser.i18n) as unknown as GetMessage;
  return getMessage(key, substitutions ? [...substitutions] : undefined) || key;
}

/** The language the browser's UI is in, as a BCP 47 tag for `<html lang>`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** A day as the reader's language writes it short ("3 Dec", "12月3日"). */
export function formatDay(ms: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short' }).format(ms);
}
