/**
 * Typed messaging over the WebExtension runtime for the extension's own pages and the background:
 * the popup and the options page send to a tab's content script, the background listens for the
 * content script. Senders get typed results; the listener gets only messages that passed the
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
  tab?: { id?: number };
  /** The address of the frame that sent the message (set by the browser, not the sender). */
  url?: string;
}

/** True when a message comes from this extension (pages cannot send runtime messages as it). */
function isOwnSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * Listens in the background for content-script messages, with the sending tab's id and the address
 * of the sending frame.
 */
export function onBackgroundMessage(
  handle: (
    message: BackgroundMessage,
    tabId: number,
    frameUrl: string | undefined,
  ) => unknown | Promise<unknown>,
): () => void {
  const listener = (raw: unknown, sender: Sender) => {
    const message = isOwnSender(sender) ? parseBackgroundMessage(raw) : null;
    const tabId = sender.tab?.id;
    return message && tabId !== undefined ? Promise.resolve(handle(message, tabId, sender.url)) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
