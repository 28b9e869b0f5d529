/**
 * The content script. It is built as an unlisted script and registered in the manifest
 * (wxt.config.ts) rather than through defineContentScript: WXT's content-script context would post
 * a window message and listen for page-dispatchable DOM events that name the extension on every
 * page, and cost 2.6 kB of a 50 kB budget, for features (UI mounting, invalidation) this script
 * does not use.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerTabMessages, onSettingsStored } from '@/lib/page-runtime';
import { ChapterSession } from './session';

export { CONTENT_SCRIPT } from './registration';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs on every page: one cheap look, and the full session on chapter pages only. */
export async function startOnPage(): Promise<void> {
  const session = new ChapterSession(document, location.host);
  // With the script in every frame, a tab's message reaches all of them and the first answer wins:
  // a frame inside the page answers only when it holds the chapter, and the top page, when it holds
  // none but has frames, waits a moment to let such a frame answer first.
  const isTop = window === window.top;
  let isChapter = false;
  answerTabMessages(
    async (message) => {
      if (isTop && !isChapter && document.getElementsByTagName('iframe').length > 0) await pause(300);
      return session.handle(message);
    },
    () => isTop || isChapter,
  );
  isChapter = await session.detect();
  // The mark tests wait for; an XML root has no dataset, and a page may have removed its root.
  const root = document.documentElement;
  if (root instanceof HTMLElement) root.dataset.jingdu = isChapter ? 'chapter' : 'idle';
  if (!isChapter) return;
  await session.applyPlan();
  onSettingsStored(() => void session.applyPlan());
}

export default defineUnlistedScript(startOnPage);
