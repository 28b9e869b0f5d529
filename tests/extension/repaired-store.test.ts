/**
 * The background's side of repair over (fake) browser storage: copies recorded one at a time into
 * the stored reading, a corrupt stored value reported and dropped, storage faults losing nothing.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storyLines } from '@/core/bundled-chapter';
import { REPAIRED_READING_KEY } from '@/core/storage-keys';
import { createCopyRecorder, hostOf } from '@/lib/chapter-copies';
import { loadRepairedSummary } from '@/lib/options-actions';
import { loadRepairedData } from '@/lib/repaired-data';
import { forgetRepairedReading, loadRepairedReading } from '@/lib/repaired-store';
import { readBundledChapter, readDecoys } from '../fixtures/bundled/page-data';
import { halves } from '../fixtures/bundled/variants';
import { synthesiseIntactCopy } from '../helpers/intact-copy';

const story = storyLines(readBundledChapter());
const copy = synthesiseIntactCopy(story, 31);
const recorder = () =>
  createCopyRecorder(
    async () => story,
    () => 1_764_763_200_000,
  );
const stored = async () => (await fakeBrowser.storage.local.get(REPAIRED_READING_KEY))[REPAIRED_READING_KEY];

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('recording chapter copies', () => {
  it('stores an intact copy as a source, with its host and date', async () => {
    expect(story).toHaveLength(160);
    expect(await recorder().record(copy.lines, 'www.example.com')).toBe('repairs');
    const { reading, problems } = await loadRepairedReading(story);
    expect(problems).toEqual([]);
    expect(reading!.sources).toEqual([
      { host: 'www.example.com', date: 1_764_763_200_000, order: copy.shipped },
    ]);
  });

  it('stores no source for another chapter, and remembers the page was seen', async () => {
    expect(await recorder().record(readDecoys()[0]!.paragraphs, 'sibling.example')).toBe('not-this-chapter');
    const { reading } = await loadRepairedReading(story);
    expect(reading!.sources).toEqual([]);
    expect(reading!.seen).toMatchObject([
      { host: 'sibling.example', verdict: 'not-this-chapter', used: false },
    ]);
  });

  it('takes two copies offered at once one after the other: both become sources', async () => {
    const copies = recorder();
    const [first, second] = halves(copy.lines);
    await Promise.all([copies.record(first, 'a.example'), copies.record(second, 'b.example')]);
    const { reading } = await loadRepairedReading(story);
    expect(reading!.sources.map(({ host }) => host)).toEqual(['a.example', 'b.example']);
  });

  it('drops a corrupt stored reading with a reason, and builds a new one', async () => {
    await fakeBrowser.storage.local.set({
      [REPAIRED_READING_KEY]: { ...(await freshReading()), sources: 'none' },
    });
    const loaded = await loadRepairedReading(story);
    expect(loaded.reading).toBeNull();
    expect(loaded.problems).toEqual(['repaired reading unreadable (sources is not a list): forgotten']);
    expect(await stored()).toBeUndefined();
    await recorder().record(copy.lines, 'www.example.com');
    expect((await loadRepairedReading(story)).reading!.sources).toHaveLength(1);
  });

  it('does not write over a reading it could not read', async () => {
    await recorder().record(copy.lines, 'first.example');
    const before = await stored();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    expect(await recorder().record(copy.lines, 'second.example')).toBe('repairs');
    vi.restoreAllMocks();
    expect(await stored()).toEqual(before);
  });

  it('forgets the reading on request', async () => {
    await recorder().record(copy.lines, 'www.example.com');
    await forgetRepairedReading();
    expect(await loadRepairedReading(story)).toEqual({ reading: null, problems: [], discard: false });
  });
});

describe('the repaired reading as the popup gets it', () => {
  it('is nothing known until a copy repairs something', async () => {
    await recorder().record(story, 'shipped.example');
    expect(await loadRepairedData(story)).toEqual({ view: null, days: [], rejected: [], problems: [] });
  });

  it('has the view, a day per source, and each host that served a copy damaged another way once', async () => {
    const otherwise = (line: string) => line.replace(/他/g, '她').replace(/不/g, '没');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    const copies = recorder();
    await copies.record(copy.lines.map(otherwise), 'bad.example');
    await copies.record(copy.lines.map(otherwise), 'bad.example');
    await copies.record(copy.lines, 'www.example.com');
    const data = await loadRepairedData(story);
    expect(data.view!.notes.map(({ host }) => host)).toEqual(['www.example.com']);
    expect(data.days).toEqual(['3 Dec']);
    expect(data.rejected.map(({ host }) => host)).toEqual(['bad.example']);
  });
});

describe('the repaired reading as the options page gets it', () => {
  it('counts the pages used and the lines they carry; null when nothing is stored', async () => {
    const shipped = readFileSync('public/chapter.txt', 'utf8');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(shipped)),
    );
    expect(await loadRepairedSummary()).toBeNull();
    const [first] = halves(copy.lines);
    await recorder().record(first, 'a.example');
    expect(await loadRepairedSummary()).toEqual({ pages: 1, confirmed: first.length, total: 160 });
  });
});

/** A reading as the recorder stores it, for corrupting. */
async function freshReading(): Promise<Record<string, unknown>> {
  await recorder().record(copy.lines, 'www.example.com');
  const value = (await stored()) as Record<string, unknown>;
  await fakeBrowser.storage.local.clear();
  return value;
}

describe('hostOf', () => {
  it.each([
    ['https://www.example.com/book/1.html', 'www.example.com'],
    ['http://localhost:8080/a', 'localhost:8080'],
    ['not an address', ''],
    [undefined, ''],
  ])('%s → %s', (url, host) => expect(hostOf(url)).toBe(host));
});
