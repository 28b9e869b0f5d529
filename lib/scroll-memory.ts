/**
 * The reader's position per chapter in local storage (never synced: a position is per device). The
 * key carries a hash of the chapter's text, so a different chapter never inherits a position.
 */
import { browser } from 'wxt/browser';
import { hashLines } from '@/core/text-hash';

export interface StoredAnchor {
  index: number;
  offset: number;
}

const PREFIX = 'readerScroll:';

/** A short, stable name for "this chapter", from a hash of its text. */
export function chapterKey(paragraphs: readonly string[]): string {
  return PREFIX + hashLines(paragraphs);
}

function isAnchor(value: unknown): value is StoredAnchor {
  if (typeof value !== 'object' || value === null) return false;
  const { index, offset } = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(index) &&
    (index as number) >= 0 &&
    typeof offset === 'number' &&
    offset >= 0 &&
    offset <= 1
  );
}

/** The stored position for `key`, or null when there is none or it is unreadable. */
export async function loadScroll(key: string): Promise<StoredAnchor | null> {
  const stored = await browser.storage.local.get(key);
  const value: unknown = stored[key];
  return isAnchor(value) ? { index: value.index, offset: value.offset } : null;
}

export async function saveScroll(key: string, anchor: StoredAnchor): Promise<void> {
  await browser.storage.local.set({ [key]: { index: anchor.index, offset: anchor.offset } });
}
