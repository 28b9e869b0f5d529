/**
 * Typed messaging over the WebExtension runtime for the extension's own pages and the background:
 * the popup and the options page send to a tab's content script, the background listens for the
 * content script, and the popup hears the reports of the tab it shows. Senders get typed results; the listener gets only messages that passed the
 * protocol's shape check and come from this extension itself. The content script's side of the same
 * protocol is lib/page-runtime.ts.
 */
import { browser } from 'wxt/browser';
import { parseBackgroundMessage, type BackgroundMessage, type TabProtocol } from '@/core/protocol';

/** Raised when a tab has no content script (browser pages, stores) or it did not answer. */
export class TabUnreachableError extends Error {
  constructor(
    readonly tabId: number,
    cause: unknown,
  ) {
    super(`tab ${tabId} has no Jingdu content script: ${String(cause)}`);
  }
}

/** Sends a message to the content script of `tabId`. */
export async function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  type: K,
  data: TabProtocol[K]['data'],
): Promise<TabProtocol[K]['result']> {
  try {
    const result: unknown = await browser.tabs.sendMessage(tabId, { type, data });
    if (result === undefined) throw new Error('no answer');
    return result as TabProtocol[K]['result'];
  } catch (error) {
    throw new TabUnreachableError(tabId, error);
  }
}

interface Sender {
  id?: string;
  tab?: { id?: number; incognito?: boolean };
  /** The address of the frame that sent the message (set by the browser, not the sender). */
  url?: string;
}

/** Where a content-script message came from, as the browser records it (not as the page says). */
export interface MessageOrigin {
  tabId: number;
  /** The address of the sending frame. */
  frameUrl: string | undefined;
  /** True for a private (incognito) tab: nothing it does may be kept. */
  incognito: boolean;
}

/** True when a message comes from this extension (pages cannot send runtime messages as it). */
function isOwnSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** Listens in the background for content-script messages, with where each came from. */
export function onBackgroundMessage(
  handle: (message: BackgroundMessage, origin: MessageOrigin) => unknown | Promise<unknown>,
): () => void {
  const listener = (raw: unknown, sender: Sender) => {
    const message = isOwnSender(sender) ? parseBackgroundMessage(raw) : null;
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return undefined;
    const origin = { tabId, frameUrl: sender.url, incognito: sender.tab?.incognito === true };
    return Promise.resolve(handle(message, origin));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Calls `listener` on each change report (`tabReport`) the content script of `tabId` sends. The
 * background answers those messages; this listener never does, so it takes nothing from it.
 */
export function onTabReports(tabId: number, listener: () => void): () => void {
  const hear = (raw: unknown, sender: Sender): undefined => {
    if (!isOwnSender(sender) || sender.tab?.id !== tabId) return undefined;
    if (parseBackgroundMessage(raw)?.type === 'tabReport') listener();
    return undefined;
  };
  browser.runtime.onMessage.addListener(hear);
  return () => browser.runtime.onMessage.removeListener(hear);
}
