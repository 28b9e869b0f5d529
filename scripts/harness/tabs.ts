/**
 * Talking to the content script the way the popup does: runtime messages sent from inside the
 * extension to a tab. The extension has no "tabs" permission, so tabs are found by asking every
 * one and matching the URL each content script reports about itself.
 */
import type { TabMessage, TabProtocol, TabStatus } from '../../core/protocol';
import { pollUntil } from './poll';
import type { ExtensionHarness } from './types';

type TabType = TabMessage['type'];

/** Asks every tab's content script; tabs without one (extension pages, about:blank) are left out. */
export async function askTabs<K extends TabType>(
  harness: ExtensionHarness,
  type: K,
  data: TabProtocol[K]['data'] = {} as TabProtocol[K]['data'],
): Promise<Array<{ tabId: number; answer: TabProtocol[K]['result'] }>> {
  return harness.inExtension(
    async ({ type, data }) => {
      interface TabsApi {
        query(filter: object): Promise<Array<{ id?: number }>>;
        sendMessage(tabId: number, message: object): Promise<unknown>;
      }
      const scope = globalThis as unknown as { browser?: { tabs: TabsApi }; chrome?: { tabs: TabsApi } };
      const api = (scope.browser ?? scope.chrome)!.tabs;
      const answers = await Promise.all(
        (await api.query({})).map(async ({ id }) => {
          const answer = await api.sendMessage(id!, { type, data }).catch(() => undefined);
          return answer === undefined || answer === null ? null : { tabId: id!, answer };
        }),
      );
      return answers.filter((entry) => entry !== null);
    },
    { type, data },
  ) as Promise<Array<{ tabId: number; answer: TabProtocol[K]['result'] }>>;
}

/** Sends one message to one tab's content script and returns its answer. */
export async function sendToTab<K extends TabType>(
  harness: ExtensionHarness,
  tabId: number,
  type: K,
  data: TabProtocol[K]['data'] = {} as TabProtocol[K]['data'],
): Promise<TabProtocol[K]['result']> {
  return harness.inExtension(
    ({ tabId, message }) => {
      type Api = { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (scope.browser ?? scope.chrome)!.tabs.sendMessage(tabId, message);
    },
    { tabId, message: { type, data } },
  ) as Promise<TabProtocol[K]['result']>;
}

/** The toolbar badge text of a tab (Chrome MV3's `action`, Firefox MV2's `browserAction`). */
export function badgeText(harness: ExtensionHarness, tabId: number): Promise<string> {
  return harness.inExtension(async (tabId) => {
    type Action = { getBadgeText(details: { tabId: number }): Promise<string> };
    type Api = { action?: Action; browserAction?: Action };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome)!;
    return (api.action ?? api.browserAction)!.getBadgeText({ tabId });
  }, tabId);
}

/**
 * The status of the tab showing `url` once `done` says so (by default: no longer "working"), with
 * the tab's id; null when no such status came within `timeoutMs`.
 */
export async function statusOf(
  harness: ExtensionHarness,
  url: string,
  done: (status: TabStatus) => boolean = (status) => status.state !== 'working',
  timeoutMs = 15_000,
): Promise<{ tabId: number; status: TabStatus } | null> {
  let found: { tabId: number; status: TabStatus } | null = null;
  const check = async () => {
    const entry = (await askTabs(harness, 'status')).find(({ answer }) => answer.url === url);
    found = entry && done(entry.answer) ? { tabId: entry.tabId, status: entry.answer } : null;
    return found !== null;
  };
  await pollUntil(check, timeoutMs, 100, `a status for ${url}`).catch(() => undefined);
  return found;
}
