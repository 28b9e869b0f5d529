/**
 * The content script's browser glue, on the browser's own promise-based runtime API rather than the
 * polyfill: the content script runs on every page and must stay small (the polyfill alone is 10 kB),
 * and all it needs is runtime messaging and storage change events. Replies go through
 * `sendResponse`, which Chrome and Firefox both honour.
 */
import { touchesSettings } from '@/core/storage-keys';
import { parseTabMessage, type BackgroundProtocol, type TabMessage } from '@/core/protocol';

interface Sender {
  id?: string;
}

interface RuntimeApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (
          message: unknown,
          sender: Sender,
          sendResponse: (response: unknown) => void,
        ) => boolean | undefined,
      ): void;
    };
  };
  storage?: { onChanged: { addListener(listener: (changes: object, area: string) => void): void } };
}

function api(): RuntimeApi {
  const scope = globalThis as unknown as { browser?: RuntimeApi; chrome?: RuntimeApi };
  const found = scope.browser?.runtime ? scope.browser : scope.chrome;
  if (!found?.runtime) throw new Error('no extension runtime in this context');
  return found;
}

/** The address of a file of the extension (for the content script's import of its engine). */
export function extensionUrl(path: string): string {
  return api().runtime.getURL(path);
}

/** Sends a message from the content script to the background. */
export async function askBackground<K extends keyof BackgroundProtocol>(
  type: K,
  data: BackgroundProtocol[K]['data'],
): Promise<BackgroundProtocol[K]['result']> {
  return (await api().runtime.sendMessage({ type, data })) as BackgroundProtocol[K]['result'];
}

/**
 * Answers well-formed messages from this extension's own pages; everything else is ignored. When
 * `willAnswer` says no, this frame stays silent and leaves the answer to another frame of the tab.
 */
export function answerTabMessages(
  handle: (message: TabMessage) => unknown,
  willAnswer: () => boolean = () => true,
): void {
  const runtime = api().runtime;
  runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = sender.id === runtime.id ? parseTabMessage(raw) : null;
    if (!message || !willAnswer()) return undefined;
    Promise.resolve()
      .then(() => handle(message))
      .then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
}

/** Calls `listener` when the reader's settings change (other storage writes are ignored). */
export function onSettingsStored(listener: () => void): void {
  api().storage?.onChanged.addListener((changes, area) => {
    if (touchesSettings(area, Object.keys(changes))) listener();
  });
}
