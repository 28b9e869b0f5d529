/**
 * The site memory in the background, over (fake) browser storage: each chapter page's plan learns
 * the page and names what recurs on the site's other chapters; one entry per site, bounded in
 * sites; a corrupt entry dropped and reported; nothing kept from a private tab or a site left
 * alone; forgotten one site or all at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { PagePlan } from '@/core/protocol';
import { MEMORY_LIMITS } from '@/core/site-memory';
import { REPAIRED_READING_KEY, SITE_MEMORY_PREFIX, touchesSettings } from '@/core/storage-keys';
import { createSiteLearner } from '@/lib/site-learner';
import { forgetAllSites, forgetSite, listSites, siteMemoryKey } from '@/lib/site-memory-store';
import { saveSettings } from '@/lib/settings-store';
import { defaultSettings } from '@/core/settings';

const BOILERPLATE = '本页由青竹工作室整理排版，转发请保留';
const FOOTER = '青竹文库 · 夜读的好去处';

/** Chapter `n` of a site as its content script offers it for a plan. */
function chapter(n: number, host = 'www.qingzhu.example:8080') {
  const story = Array.from(
    { length: 10 },
    (_, i) => `第${n}夜，他沿着河岸走了很久，第${i + 1}盏灯在雾里亮了起来，远处有人在唱一首旧歌。`,
  );
  return {
    host,
    title: `第${n}章 灯下`,
    lines: [BOILERPLATE, ...story],
    around: ['上一章 目录 下一章', FOOTER],
  };
}

/** Asks the background for a plan as a content script in tab 7 would (a private tab if `incognito`). */
async function plan(data: ReturnType<typeof chapter>, incognito = false): Promise<PagePlan> {
  // Only what the background reads of a sender: the browser fills in much more.
  const sender = {
    id: fakeBrowser.runtime.id,
    tab: { id: 7, incognito },
    url: `http://${data.host}/book/1.html`,
  } as unknown as Browser.runtime.MessageSender;
  // The background answers with a promise from its listener, which the fake browser hands back.
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(
    { type: 'pagePlan', data },
    sender,
    () => undefined,
  );
  return answers.find((answer) => answer !== undefined) as PagePlan;
}

const stored = async () =>
  Object.fromEntries(
    Object.entries(await fakeBrowser.storage.local.get(null)).filter(([key]) =>
      key.startsWith(SITE_MEMORY_PREFIX),
    ),
  );

let warnings: string[];
beforeEach(() => {
  fakeBrowser.reset();
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
  background.main();
});
afterEach(() => vi.restoreAllMocks());

describe('the site memory in the background', () => {
  it('names nothing on a site’s first chapter, and its boilerplate line and footer on the second', async () => {
    const first = await plan(chapter(1));
    expect(first).toMatchObject({ autoClean: true, learned: [], learnedAround: [] });
    const second = await plan(chapter(2));
    expect(second.learned).toEqual([0]);
    expect(second.learnedAround!.map((index) => chapter(2).around[index])).toEqual(
      expect.arrayContaining([FOOTER]),
    );
    // One entry, under the bare host: the port is not part of the site.
    expect(Object.keys(await stored())).toEqual([`${SITE_MEMORY_PREFIX}www.qingzhu.example`]);
  });

  it('keeps hashes, never the text of a line', async () => {
    await plan(chapter(1));
    await plan(chapter(2));
    const text = JSON.stringify(await stored());
    for (const line of [BOILERPLATE, FOOTER, ...chapter(2).lines])
      expect(text).not.toContain(line.slice(0, 4));
  });

  it('learns nothing from the same chapter seen again', async () => {
    await plan(chapter(1));
    expect((await plan(chapter(1))).learned).toEqual([]);
    expect((await plan(chapter(1))).learned).toEqual([]);
  });

  it('does not mix sites', async () => {
    await plan(chapter(1, 'a.example'));
    expect((await plan(chapter(2, 'b.example'))).learned).toEqual([]);
  });

  it('takes two tabs planning at once one after the other: both chapters are learnt', async () => {
    await Promise.all([plan(chapter(1)), plan(chapter(2))]);
    const memory = (await stored())[siteMemoryKey('www.qingzhu.example')] as { chapters: unknown[] };
    expect(memory.chapters).toHaveLength(2);
    expect((await plan(chapter(3))).learned).toEqual([0]);
  });

  it('keeps at most its bound of sites, the least recently seen dropped', async () => {
    let clock = 1_000;
    const learner = createSiteLearner(
      (problem) => warnings.push(problem),
      () => clock++,
    );
    const page = (host: string) => {
      const { title, lines, around } = chapter(1, host);
      return learner.learn(host, { title, lines, around }, false);
    };
    for (let site = 0; site <= MEMORY_LIMITS.sites; site++) await page(`site${site}.example`);
    const hosts = Object.keys(await stored()).map((key) => key.slice(SITE_MEMORY_PREFIX.length));
    expect(hosts).toHaveLength(MEMORY_LIMITS.sites);
    expect(hosts).not.toContain('site0.example');
    expect(hosts).toContain(`site${MEMORY_LIMITS.sites}.example`);
    // Seen again, a site is recent: the next new site drops the one after it.
    await page('site1.example');
    await page('another.example');
    const after = Object.keys(await stored());
    expect(after).toContain(siteMemoryKey('site1.example'));
    expect(after).not.toContain(siteMemoryKey('site2.example'));
  });

  it('drops a corrupt entry, says so, and still answers the plan', async () => {
    await fakeBrowser.storage.local.set({
      [siteMemoryKey('www.qingzhu.example')]: { version: 1, chapters: 'x' },
    });
    const first = await plan(chapter(1));
    expect(first).toMatchObject({ autoClean: true, learned: [] });
    expect(warnings).toEqual(['Jingdu: site memory of www.qingzhu.example unreadable: forgotten']);
    expect((await plan(chapter(2))).learned).toEqual([0]);
  });

  it('answers the plan without learning when storage cannot be read, and writes nothing', async () => {
    await plan(chapter(1));
    const before = await stored();
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      if (typeof keys === 'string' && keys.startsWith(SITE_MEMORY_PREFIX)) throw new Error('IO error');
      return get(keys as never);
    });
    const second = await plan(chapter(2));
    expect(second).toMatchObject({ autoClean: true, learned: [] });
    expect(warnings.some((warning) => warning.includes('IO error'))).toBe(true);
    vi.mocked(fakeBrowser.storage.local.get).mockRestore();
    expect(await stored()).toEqual(before);
  });

  it('learns nothing from a private tab, and still cleans it with what was learnt', async () => {
    await plan(chapter(1), true);
    expect(await stored()).toEqual({});
    await plan(chapter(1));
    const before = await stored();
    expect((await plan(chapter(2), true)).learned).toEqual([0]);
    expect(await stored()).toEqual(before);
  });

  it('neither learns from nor names anything on a site left alone', async () => {
    await saveSettings({ ...defaultSettings(), sites: { 'www.qingzhu.example': 'off' } });
    await plan(chapter(1));
    const second = await plan(chapter(2));
    expect(second.autoClean).toBe(false);
    expect(second.learned).toBeUndefined();
    expect(await stored()).toEqual({});
  });

  it('is not the reader’s settings: learning does not make open pages plan again', () => {
    expect(touchesSettings('local', [siteMemoryKey('a.example')])).toBe(false);
  });
});

describe('forgetting what was learnt', () => {
  beforeEach(async () => {
    for (const host of ['a.example', 'b.example']) {
      await plan(chapter(1, host));
      await plan(chapter(2, host));
    }
    await fakeBrowser.storage.local.set({ [REPAIRED_READING_KEY]: { kept: true } });
  });

  it('lists each site with its chapters seen and lines seen on more than one', async () => {
    expect(await listSites()).toEqual({
      sites: [
        { host: 'a.example', chapters: 2, lines: 3 },
        { host: 'b.example', chapters: 2, lines: 3 },
      ],
      problems: [],
    });
  });

  it('forgets one site, and the next chapter there starts afresh', async () => {
    await forgetSite('A.example:8080');
    expect(Object.keys(await stored())).toEqual([siteMemoryKey('b.example')]);
    expect((await plan(chapter(3, 'a.example'))).learned).toEqual([]);
    expect((await plan(chapter(3, 'b.example'))).learned).toEqual([0]);
  });

  it('forgets every site, and nothing else', async () => {
    await forgetAllSites();
    expect(await stored()).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [REPAIRED_READING_KEY]: { kept: true } });
  });

  it('drops an unreadable entry from the list and says so', async () => {
    await fakeBrowser.storage.local.set({ [siteMemoryKey('c.example')]: 'garbage' });
    const { sites, problems } = await listSites();
    expect(sites.map(({ host }) => host)).toEqual(['a.example', 'b.example']);
    expect(problems).toEqual(['site memory of c.example unreadable: forgotten']);
    expect(Object.keys(await stored())).not.toContain(siteMemoryKey('c.example'));
  });
});
