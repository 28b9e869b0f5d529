import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OptionsActions } from '@/components/options-actions';
import { createRule } from '@/core/rules/model';
import { defaultSettings, type Settings } from '@/core/settings';
import { FALLBACK_KEY } from '@/core/storage-keys';
import { createOptionsActions, downloadText, parseChapterLines } from '@/lib/options-actions';
import { loadSettings, saveSettings } from '@/lib/settings-store';

/** The typed actions the options entrypoint uses: creating them checks lib against the interface. */
const actionsFor = (): OptionsActions => createOptionsActions();

const LINES = ['第一章 雪夜', '雪落在屋檐上。', '橘子汽水联盟特别赞助本章'];

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('options actions over storage', () => {
  it('loads defaults on a first run, and what was repaired from corrupt storage', async () => {
    expect(await actionsFor().load()).toEqual({ settings: defaultSettings(), repaired: [] });
    await fakeBrowser.storage.sync.set({
      settings: { version: 2, enabled: 'yes', reader: { theme: 'neon' } },
    });
    const { settings, repaired } = await actionsFor().load();
    expect(settings.enabled).toBe(true);
    expect(repaired).toEqual([
      { code: 'repair.enabled', params: {} },
      { code: 'repair.theme', params: { value: '"neon"' } },
    ]);
  });

  it('applies a change to the freshest stored settings, so changes made elsewhere are kept', async () => {
    const actions = actionsFor();
    await actions.load();
    const elsewhere = defaultSettings();
    elsewhere.sites['a.example.com'] = 'off';
    await saveSettings(elsewhere);
    const rule = createRule({ pattern: '橘子汽水联盟' });
    const result = await actions.update((settings) => ({ ...settings, rules: [rule] }));
    expect(result.saved).toEqual({ synced: true });
    expect(result.settings.sites).toEqual({ 'a.example.com': 'off' });
    expect((await loadSettings()).settings).toEqual(result.settings);
  });

  it('runs updates one at a time, each on the result of the one before', async () => {
    const actions = actionsFor();
    const add = (host: string) => (settings: Settings) => ({
      ...settings,
      sites: { ...settings.sites, [host]: 'off' as const },
    });
    await Promise.all([
      actions.update(add('a.com')),
      actions.update(add('b.com')),
      actions.update(add('c.com')),
    ]);
    expect((await loadSettings()).settings.sites).toEqual({ 'a.com': 'off', 'b.com': 'off', 'c.com': 'off' });
  });

  it('says when sync storage refused the settings and they were kept on this device', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const result = await actionsFor().update((settings) => ({ ...settings, enabled: false }));
    expect(result.saved.synced).toBe(false);
    expect(result.saved.message).toContain('QUOTA_BYTES quota exceeded');
    expect(await fakeBrowser.storage.local.get(FALLBACK_KEY)).toEqual({
      [FALLBACK_KEY]: expect.objectContaining({ enabled: false }),
    });
    expect((await loadSettings()).settings.enabled).toBe(false);
  });

  it('tells a watcher about settings saved elsewhere, and stops when asked', async () => {
    const seen: Settings[] = [];
    const stop = actionsFor().watch((settings) => seen.push(settings));
    await saveSettings({ ...defaultSettings(), enabled: false });
    await vi.waitFor(() => expect(seen.at(-1)?.enabled).toBe(false));
    stop();
    const count = seen.length;
    await saveSettings(defaultSettings());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(count);
  });
});

describe('chapters of open tabs', () => {
  /** Open tabs with these ids (and one without an id); `tabs` says how each content script answers. */
  function answer(ids: number[], tabs: Record<number, (type: string) => unknown>) {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [
      ...ids.map((id) => ({ id })),
      {},
    ]) as never);
    return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
      tabId: number,
      message: { type: string },
    ) => {
      const handle = tabs[tabId];
      if (!handle) throw new Error('Could not establish connection. Receiving end does not exist.');
      return handle(message.type);
    }) as never);
  }

  it('lists every tab whose content script answers with a chapter, with its host', async () => {
    const send = answer([3, 4, 5, 6], {
      3: (type) => (type === 'chapterLines' ? { title: '第一章 雪夜', lines: LINES } : { host: 'www.a.com' }),
      4: (type) => (type === 'chapterLines' ? { title: '', lines: [] } : { host: 'www.b.com' }),
      5: () => ({ error: 'TypeError: boom' }),
    });
    expect(await actionsFor().listChapterTabs()).toEqual([
      { tabId: 3, title: '第一章 雪夜', host: 'www.a.com', lines: LINES },
    ]);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({});
    expect(send).toHaveBeenCalledWith(3, { type: 'chapterLines', data: {} });
    expect(send).toHaveBeenCalledWith(6, { type: 'chapterLines', data: {} });
  });

  it('keeps a chapter whose tab will not say its host', async () => {
    answer([8], { 8: (type) => (type === 'chapterLines' ? { title: 'T', lines: LINES } : undefined) });
    expect(await actionsFor().listChapterTabs()).toEqual([{ tabId: 8, title: 'T', host: '', lines: LINES }]);
  });

  it.each([
    [null, null],
    ['lines', null],
    [{ title: 'T', lines: 'a' }, null],
    [{ title: 'T', lines: [1, 2] }, null],
    [{ title: 7, lines: ['a'] }, null],
    [{ title: 'T', lines: [] }, null],
    [
      { title: 'T', lines: ['a'] },
      { title: 'T', lines: ['a'] },
    ],
  ])('parseChapterLines(%j) → %j', (raw, parsed) => expect(parseChapterLines(raw)).toEqual(parsed));
});

describe('downloads', () => {
  it('offers the text as a file through a blob URL, then lets the URL go', async () => {
    vi.useFakeTimers();
    const create = vi.fn(() => 'blob:chrome-extension://id/1');
    const revoke = vi.fn();
    vi.spyOn(URL, 'createObjectURL').mockImplementation(create);
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(revoke);
    const clicked: Array<{ href: string; download: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    downloadText('jingdu-rules.json', '{"format":"jingdu-rules"}');
    const blob = (create.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toBe('{"format":"jingdu-rules"}');
    expect(clicked).toEqual([{ href: 'blob:chrome-extension://id/1', download: 'jingdu-rules.json' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    vi.advanceTimersByTime(10_000);
    expect(revoke).toHaveBeenCalledWith('blob:chrome-extension://id/1');
    vi.useRealTimers();
  });
});
