/**
 * The chapter engine, loaded by the content script on chapter pages only (see
 * entrypoints/chapter-cleaner/engine.ts): evaluating the file puts the session factory where the
 * content script that imported it finds it. It shares that script's isolated world, never the
 * page's.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ENGINE_GLOBAL, type ChapterEngine } from '../chapter-cleaner/engine';
import { ChapterSession } from '../chapter-cleaner/session';

export const engine: ChapterEngine = {
  createSession: (doc, host) => new ChapterSession(doc, host),
};

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = engine;
});
