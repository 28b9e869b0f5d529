/**
 * What the content script loads on chapter pages only: the cleaning session and everything it needs.
 * The page script (index.ts) runs on every page and holds only the gate; the engine, five times its
 * size, is imported from the extension (entrypoints/chapter-engine) when the gate says "chapter",
 * so pages that are not chapters never pay for it.
 */
import type { TabMessage, TabProtocol, TabStatus } from '@/core/protocol';

/** One tab's cleaning session, as the page script drives it. */
export interface PageSession {
  detect(): Promise<boolean>;
  applyPlan(): Promise<void>;
  handle(message: TabMessage): Promise<TabStatus | TabProtocol['chapterLines']['result']>;
}

export interface ChapterEngine {
  createSession(doc: Document, host: string): PageSession;
}

/** The engine's file in the extension: built from entrypoints/chapter-engine, listed as web-accessible. */
export const ENGINE_FILE = 'chapter-engine.js';

/** Where the engine puts itself when its file is evaluated (the content script's own global scope). */
export const ENGINE_GLOBAL = '__jingduChapterEngine';
