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

/** Runs on every page: one cheap look, and the full session on chapter pages only. */
export async function startOnPage(): Promise<void> {
  const session = new ChapterSession(document, location.host);
  const isChapter = session.detect();
  document.documentElement.dataset.jingdu = isChapter ? 'chapter' : 'idle';
  answerTabMessages((message) => session.handle(message));
  if (!isChapter) return;
  await session.applyPlan();
  onSettingsStored(() => void session.applyPlan());
}

export default defineUnlistedScript(startOnPage);
