/**
 * The popup's actions over the extension: the bundled chapter from the package, settings and the
 * reading position from storage, and the tab's content script over typed messaging. A tab that
 * cannot have a content script answers 'unreachable' rather than an error.
 */
import { browser } from 'wxt/browser';
import fingerprint from 'virtual:bundled-fingerprint';
import { storyLines } from '@/core/bundled-chapter';
import { prepareBundledChapter, type ReaderChapter } from '@/core/clean-paragraphs';
import type { TabProtocol } from '@/core/protocol';
import { normalizeHost } from '@/core/rules/model';
import type { ReaderSettings, Settings } from '@/core/settings';
import { loadBundledChapter } from './bundled-chapter';
import { loadRepairedData } from './repaired-data';
import { onRepairedReadingChanged } from './repaired-store';
import { onTabReports, sendToTab, TabUnreachableError } from './messaging';
import { chapterKey, loadScroll, saveScroll, type StoredAnchor } from './scroll-memory';
import { loadSettings, saveSettings } from './settings-store';
import { parseTabAnswer, type TabAnswer } from './tab-answer';

type StatusMessage = Exclude<keyof TabProtocol, 'chapterLines'>;

/** The tab named by `?tabId=` in the popup page's query, else null. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  const id = raw !== null && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(id) ? id : null;
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the tab; no tab, or a tab without a content script, is 'unreachable'. */
async function askTab<K extends StatusMessage>(
  tabId: number | null,
  type: K,
  data: TabProtocol[K]['data'],
): Promise<TabAnswer> {
  if (tabId === null) return 'unreachable';
  try {
    return parseTabAnswer(await sendToTab(tabId, type, data));
  } catch (error) {
    if (error instanceof TabUnreachableError) return 'unreachable';
    throw error;
  }
}

/** Reads the settings afresh and writes them changed, so that edits made elsewhere are kept. */
async function updateSettings(change: (settings: Settings) => void): Promise<void> {
  const { settings } = await loadSettings();
  change(settings);
  await saveSettings(settings);
}

/** `make` called once, on first use; later calls share its promise. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= make());
}

/** The actions for a popup page whose query is `search` (`?tabId=` names the tab, else the active one). */
export function createPopupActions(search: string) {
  const named = tabIdFromQuery(search);
  const tabId = once(() => (named !== null ? Promise.resolve(named) : activeTabId().catch(() => null)));
  const paragraphs = once(loadBundledChapter);
  const scrollKey = once(async () => chapterKey(await paragraphs()));
  return {
    loadBundledChapter: async (): Promise<ReaderChapter> =>
      prepareBundledChapter(await paragraphs(), fingerprint),
    loadReader: async (): Promise<ReaderSettings> => (await loadSettings()).settings.reader,
    saveReader: (reader: ReaderSettings) => updateSettings((settings) => void (settings.reader = reader)),
    loadRepaired: async () => loadRepairedData(storyLines(await paragraphs())),
    watchRepaired: (listener: () => void) => onRepairedReadingChanged(listener),
    loadScroll: async () => loadScroll(await scrollKey()),
    saveScroll: async (anchor: StoredAnchor) => saveScroll(await scrollKey(), anchor),
    getStatus: async () => askTab(await tabId(), 'status', {}),
    watchTab: (listener: () => void) => {
      let stop: (() => void) | null = null;
      let stopped = false;
      void tabId().then((id) => {
        if (id !== null && !stopped) stop = onTabReports(id, listener);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
    restore: async (id: number) => askTab(await tabId(), 'restore', { id }),
    restoreAll: async () => askTab(await tabId(), 'restoreAll', {}),
    cleanAgain: async () => askTab(await tabId(), 'clean', {}),
    setAutoClean: (host: string, on: boolean) =>
      updateSettings((settings) => void (settings.sites[normalizeHost(host)] = on ? 'on' : 'off')),
    openOptions: () => browser.runtime.openOptionsPage(),
  };
}
