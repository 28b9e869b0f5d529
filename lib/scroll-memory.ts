/**
 * The reader's position per chapter in local storage (never synced: a position is per device). The
 * key carries a hash of the chapter's text, so a different chapter never inherits a position.
 */
import { browser } from 'wxt/browser';

export interface StoredAnchor {
  index: number;
  offset: number;
}

const PREFIX = 'readerScroll:';

/** FNV-1a over the chapter's text: a short, stable name for "this chapter". */
export function chapterKey(paragraphs: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = paragraphs.join('\n');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PREFIX + hash.toString(16).padStart(8, '0');
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
