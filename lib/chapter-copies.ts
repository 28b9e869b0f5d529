/**
 * The background's side of repair: each chapter copy a page offers is aligned with the shipped
 * story (core/repair/) and recorded in the stored reading. Copies are taken one at a time, so two
 * tabs finishing together cannot overwrite each other's sources.
 */
import { alignPage, type PageVerdict } from '@/core/repair/align-page';
import { emptyReading, recordPage } from '@/core/repair/reading';
import { indexShipped, type ShippedIndex } from '@/core/repair/shipped-index';
import { loadRepairedReading, saveRepairedReading } from './repaired-store';

export interface CopyRecorder {
  /** Aligns and records `lines` from a page on `host`; resolves to what the page turned out to be. */
  record(lines: readonly string[], host: string): Promise<PageVerdict>;
}

/** A recorder over the shipped story `loadStory` gives (read once, on first use). */
export function createCopyRecorder(
  loadStory: () => Promise<string[]>,
  now: () => number = Date.now,
): CopyRecorder {
  let shipped: Promise<{ story: string[]; index: ShippedIndex }> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const prepare = () => (shipped ??= loadStory().then((story) => ({ story, index: indexShipped(story) })));
  const recordOne = async (lines: readonly string[], host: string) => {
    const { story, index } = await prepare();
    const alignment = alignPage(index, lines);
    const loaded = await loadRepairedReading(story);
    // Storage that could not be read, or a reading of a newer version, is not written over.
    if (!loaded.reading && !loaded.discard && loaded.problems.length > 0) return alignment.verdict;
    await saveRepairedReading(recordPage(loaded.reading ?? emptyReading(story), alignment, host, now()));
    return alignment.verdict;
  };
  return {
    record(lines, host) {
      const run = queue.then(() => recordOne(lines, host));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** The host of a page address, or '' when there is none to read. */
export function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
}
