/**
 * The content script. It is built as an unlisted script and registered in the manifest
 * (wxt.config.ts) rather than through defineContentScript: WXT's content-script context would post
 * a window message and listen for page-dispatchable DOM events that name the extension on every
 * page, and cost 2.6 kB of a 50 kB budget, for features (UI mounting, invalidation) this script
 * does not use. It holds only the gate: the cleaning engine is imported on chapter pages (engine.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { TabMessage, TabStatus } from '@/core/protocol';
import { NO_BUNDLED_MATCH } from '@/core/types';
import { passesChapterGate } from '@/dom/gate';
import { yieldToPage } from '@/dom/slices';
import { answerTabMessages, extensionUrl, onSettingsStored } from '@/lib/page-runtime';
import { ENGINE_FILE, ENGINE_GLOBAL, type ChapterEngine, type PageSession } from './engine';

export { CONTENT_SCRIPT } from './registration';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Imports the engine from the extension; it shares this script's isolated world. */
export async function importEngine(): Promise<ChapterEngine> {
  await import(/* @vite-ignore */ extensionUrl(ENGINE_FILE));
  // Evaluating the engine is a task of its own; what follows starts in the next.
  await yieldToPage();
  const engine = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as ChapterEngine | undefined;
  if (!engine) throw new Error(`${ENGINE_FILE} did not load`);
  return engine;
}

/** What a page without a chapter answers: nothing was looked at beyond the gate, nothing touched. */
function idleStatus(host: string): TabStatus {
  return {
    url: location.href,
    host,
    state: 'not-chapter',
    title: '',
    bundled: NO_BUNDLED_MATCH,
    removed: [],
    flags: [],
    autoClean: true,
    ms: 0,
  };
}

/**
 * Runs on every page: one cheap look, and the engine with its full session on chapter pages only.
 * `loadEngine` is the import above in the extension; tests hand in the module itself.
 */
export async function startOnPage(loadEngine: () => Promise<ChapterEngine> = importEngine): Promise<void> {
  const host = location.host;
  let session: PageSession | null = null;
  let loading: Promise<PageSession> | null = null;
  const sessionFor = () =>
    (loading ??= loadEngine().then((engine) => (session = engine.createSession(document, host))));
  // With the script in every frame, a tab's message reaches all of them and the first answer wins:
  // a frame inside the page answers only when it holds the chapter, and the top page, when it holds
  // none but has frames, waits a moment to let such a frame answer first.
  const isTop = window === window.top;
  let isChapter = false;
  answerTabMessages(
    async (message: TabMessage) => {
      if (isTop && !isChapter && document.getElementsByTagName('iframe').length > 0) await pause(300);
      // A page the gate turned away answers for itself; "clean again" there looks at it in full.
      if (!loading && message.type !== 'clean') return idleStatus(host);
      return (await sessionFor()).handle(message);
    },
    () => isTop || isChapter,
  );
  // A feed, a sitemap or an SVG opened in a tab is XML with no body: nothing to read there.
  if (document.body && passesChapterGate(document).pass) isChapter = await (await sessionFor()).detect();
  // The mark tests wait for; an XML root has no dataset, and a page may have removed its root.
  const root = document.documentElement;
  if (root instanceof HTMLElement) root.dataset.jingdu = isChapter ? 'chapter' : 'idle';
  if (!isChapter || !session) return;
  const chapter: PageSession = session;
  await chapter.applyPlan();
  onSettingsStored(() => void chapter.applyPlan());
}

export default defineUnlistedScript(() => startOnPage());
