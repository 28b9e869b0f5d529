/**
 * The repaired reading in local storage (never synced: it is made from pages read on this device).
 * Reads always answer: a stored value that cannot be read is reported and removed, and a storage
 * error reads as nothing stored, with the error reported.
 */
import { browser } from 'wxt/browser';
import type { RepairedReading } from '@/core/repair/reading';
import { storyKey } from '@/core/repair/reading';
import { readStoredReading, type LoadedReading } from '@/core/repair/stored-reading';
import { REPAIRED_READING_KEY } from '@/core/storage-keys';

/** The stored reading of `story` (the shipped story lines), if there is a readable one. */
export async function loadRepairedReading(story: readonly string[]): Promise<LoadedReading> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(REPAIRED_READING_KEY))[REPAIRED_READING_KEY];
  } catch (error) {
    return {
      reading: null,
      problems: [`repaired reading could not be read: ${String(error)}`],
      discard: false,
    };
  }
  const loaded = readStoredReading(raw, storyKey(story), story.length);
  if (loaded.discard) await browser.storage.local.remove(REPAIRED_READING_KEY).catch(() => undefined);
  return loaded;
}

export async function saveRepairedReading(reading: RepairedReading): Promise<void> {
  await browser.storage.local.set({ [REPAIRED_READING_KEY]: reading });
}

/** Forgets the repaired reading and the pages seen (the options page's control). */
export async function forgetRepairedReading(): Promise<void> {
  await browser.storage.local.remove(REPAIRED_READING_KEY);
}

/** Calls `listener` when the stored reading changes (a copy was recorded, or it was forgotten). */
export function onRepairedReadingChanged(listener: () => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && REPAIRED_READING_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
