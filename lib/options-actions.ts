/**
 * The options page's actions over the extension: settings from storage (read afresh and written one
 * change at a time), the bundled chapter from the package, chapters of open tabs over typed
 * messaging, and downloads through blob URLs. Tabs are found with tabs.query({}), which gives ids
 * without the "tabs" permission; a tab counts when its content script answers with a chapter.
 */
import { browser } from 'wxt/browser';
import { storyLines } from '@/core/bundled-chapter';
import type { Settings } from '@/core/settings';
import { loadBundledChapter } from './bundled-chapter';
import { forgetRepairedReading, loadRepairedReading } from './repaired-store';
import { sendToTab } from './messaging';
import { forgetAllSites, forgetSite, listSites, onSiteMemoryChanged } from './site-memory-store';
import { loadSettings, onSettingsChanged, saveSettings } from './settings-store';

export interface ChapterTab {
  tabId: number;
  title: string;
  host: string;
  lines: string[];
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/** The chapter a tab sent back, or null when the answer is not one (an error, a non-chapter page). */
export function parseChapterLines(raw: unknown): { title: string; lines: string[] } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { title, lines } = raw as Record<string, unknown>;
  if (typeof title !== 'string' || !isStringList(lines) || lines.length === 0) return null;
  return { title, lines };
}

async function hostOf(tabId: number): Promise<string> {
  try {
    const status: unknown = await sendToTab(tabId, 'status', {});
    const host = (status as { host?: unknown } | null)?.host;
    return typeof host === 'string' ? host : '';
  } catch {
    return '';
  }
}

async function chapterOf(tabId: number): Promise<ChapterTab | null> {
  try {
    const chapter = parseChapterLines(await sendToTab(tabId, 'chapterLines', {}));
    return chapter && { tabId, ...chapter, host: await hostOf(tabId) };
  } catch {
    // No content script there (browser pages, this page itself) or it did not answer.
    return null;
  }
}

/** Every open tab whose content script answers with a chapter, in tab order. */
export async function listChapterTabs(): Promise<ChapterTab[]> {
  const tabs = await browser.tabs.query({});
  const ids = tabs.map((tab) => tab.id).filter((id): id is number => id !== undefined);
  const chapters = await Promise.all(ids.map(chapterOf));
  return chapters.filter((chapter): chapter is ChapterTab => chapter !== null);
}

/** The stored repaired reading in brief (pages used, lines carried); null when nothing is stored. */
export async function loadRepairedSummary() {
  const story = storyLines(await loadBundledChapter());
  const { reading } = await loadRepairedReading(story);
  if (!reading) return null;
  const confirmed = reading.lines.filter((readings) => readings.length > 0).length;
  return { pages: reading.sources.length, confirmed, total: story.length };
}

/** Offers `text` as a download named `filename`; the blob URL is the browser's own, not the network. */
export function downloadText(filename: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; revoking later lets slow browsers finish reading it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The actions for the options page. */
export function createOptionsActions() {
  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (settings: Settings) => Settings) => {
    const run = queue.then(async () => {
      const { settings } = await loadSettings();
      const next = change(settings);
      return { settings: next, saved: await saveSettings(next) };
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    load: async () => {
      const { settings, repaired } = await loadSettings();
      return { settings, repaired };
    },
    update,
    watch: (listener: (settings: Settings) => void) => onSettingsChanged(listener),
    loadBundledChapter,
    listChapterTabs,
    loadRepairedSummary,
    forgetRepaired: forgetRepairedReading,
    loadLearntSites: listSites,
    forgetLearnt: forgetSite,
    forgetAllLearnt: forgetAllSites,
    watchLearnt: onSiteMemoryChanged,
    download: (filename: string, text: string) => downloadText(filename, text),
  };
}
