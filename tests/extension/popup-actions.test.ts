import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PopupActions } from '@/components/actions';
import type { TabStatus } from '@/core/protocol';
import { defaultSettings } from '@/core/settings';
import { createPopupActions, tabIdFromQuery } from '@/lib/popup-actions';
import { loadSettings, saveSettings } from '@/lib/settings-store';

const STATUS: TabStatus = {
  url: 'https://www.example-novel.com/book/1.html',
  host: 'www.example-novel.com',
  state: 'cleaned',
  title: '第一章',
  bundled: { matched: false, score: 0, coverage: 0 },
  removed: [],
  flags: [],
  autoClean: true,
  ms: 3,
};

/** The typed actions the popup entrypoint uses: creating them checks lib against the interface. */
const actionsFor = (search: string): PopupActions => createPopupActions(search);

function answerTabs(answer: (tabId: number, message: unknown) => unknown) {
  return vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation((async (tabId: number, message: unknown) => answer(tabId, message)) as never);
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('tabIdFromQuery', () => {
  it.each([
    ['?tabId=123', 123],
    ['?view=page&tabId=7', 7],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-1', null],
    ['?tabId=12abc', null],
    ['?tabId=99999999999999999999', null],
  ])('%s → %s', (search, id) => expect(tabIdFromQuery(search)).toBe(id));
});

describe('popup actions over messaging', () => {
  it('asks the tab named in the query for its status', async () => {
    const send = answerTabs(() => STATUS);
    expect(await actionsFor('?tabId=42').getStatus()).toEqual(STATUS);
    expect(send).toHaveBeenCalledWith(42, { type: 'status', data: {} });
  });

  it('asks the active tab of the current window when the query names none', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 77 }]) as never);
    const send = answerTabs(() => STATUS);
    await actionsFor('').getStatus();
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(77, { type: 'status', data: {} });
  });

  it('sends restore, restore-all and clean as typed messages', async () => {
    const send = answerTabs(() => STATUS);
    const actions = actionsFor('?tabId=5');
    await actions.restore(9);
    await actions.restoreAll();
    await actions.cleanAgain();
    expect(send.mock.calls.map(([, message]) => message)).toEqual([
      { type: 'restore', data: { id: 9 } },
      { type: 'restoreAll', data: {} },
      { type: 'clean', data: {} },
    ]);
  });

  it('answers "unreachable" for a tab without a content script or one that does not answer', async () => {
    answerTabs(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await actionsFor('?tabId=1').getStatus()).toBe('unreachable');
    vi.restoreAllMocks();
    answerTabs(() => undefined);
    expect(await actionsFor('?tabId=1').getStatus()).toBe('unreachable');
  });

  it('passes on an error the content script reported, and reads anything malformed as unreachable', async () => {
    answerTabs(() => ({ error: 'TypeError: boom' }));
    expect(await actionsFor('?tabId=1').getStatus()).toEqual({ error: 'TypeError: boom' });
    vi.restoreAllMocks();
    answerTabs(() => ({ ...STATUS, state: 'exploded' }));
    expect(await actionsFor('?tabId=1').getStatus()).toBe('unreachable');
  });

  it('opens the options page through the runtime', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await actionsFor('').openOptions();
    expect(open).toHaveBeenCalledOnce();
  });

  it('answers "unreachable" when there is no active tab at all', async () => {
    expect(await actionsFor('').getStatus()).toBe('unreachable');
  });
});

describe('popup actions over storage', () => {
  it('hears the change reports of its own tab only, answers none of them, and stops when told', async () => {
    const actions = actionsFor('?tabId=5');
    const heard = vi.fn();
    const stop = actions.watchTab(heard);
    await vi.waitFor(() => expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true));
    const report = { type: 'tabReport', data: { removed: 2, matched: false, state: 'cleaned' } };
    const from = (tabId: number, id = fakeBrowser.runtime.id) => ({ id, tab: { id: tabId } }) as never;
    const answers = await fakeBrowser.runtime.onMessage.trigger(report, from(5), () => {});
    await fakeBrowser.runtime.onMessage.trigger(report, from(6), () => {});
    await fakeBrowser.runtime.onMessage.trigger(report, from(5, 'another-extension'), () => {});
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'tabReport', data: { removed: -1 } },
      from(5),
      () => {},
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'chapterCopy', data: { lines: [] } },
      from(5),
      () => {},
    );
    expect(heard).toHaveBeenCalledTimes(1);
    expect(answers).toEqual([undefined]);
    stop();
    await fakeBrowser.runtime.onMessage.trigger(report, from(5), () => {});
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('saves reader settings without touching the rest of the settings', async () => {
    const settings = defaultSettings();
    settings.sites['a.example.com'] = 'off';
    await saveSettings(settings);
    const reader = { theme: 'dark', fontSize: 20, lineHeight: 2, width: 30 } as const;
    await actionsFor('').saveReader(reader);
    const { settings: saved } = await loadSettings();
    expect(saved.reader).toEqual(reader);
    expect(saved.sites).toEqual({ 'a.example.com': 'off' });
    expect(await actionsFor('').loadReader()).toEqual(reader);
  });

  it('remembers automatic cleaning per host, under the host without its port', async () => {
    const actions = actionsFor('');
    await actions.setAutoClean('www.example-novel.com', false);
    await actions.setAutoClean('localhost:8080', true);
    expect((await loadSettings()).settings.sites).toEqual({
      'www.example-novel.com': 'off',
      localhost: 'on',
    });
  });

  it('remembers the reading position per chapter in local storage', async () => {
    const text = readFileSync('public/chapter.txt', 'utf8');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(text)),
    );
    const actions = actionsFor('');
    expect(await actions.loadScroll()).toBeNull();
    await actions.saveScroll({ index: 42, offset: 0.5 });
    expect(await actionsFor('').loadScroll()).toEqual({ index: 42, offset: 0.5 });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored)).toEqual([expect.stringMatching(/^readerScroll:[0-9a-f]{8}$/)]);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('另一章的正文。')),
    );
    expect(await actionsFor('').loadScroll()).toBeNull();
  });

  it('ignores a stored position that is not one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('正文。')),
    );
    const actions = actionsFor('');
    await actions.saveScroll({ index: 1, offset: 0 });
    const [key] = Object.keys(await fakeBrowser.storage.local.get(null));
    await fakeBrowser.storage.local.set({ [key!]: { index: -3, offset: 'x' } });
    expect(await actionsFor('').loadScroll()).toBeNull();
  });

  it('loads the packaged chapter and cleans it', async () => {
    const text = readFileSync('public/chapter.txt', 'utf8');
    const fetch = vi.fn(async () => new Response(text));
    vi.stubGlobal('fetch', fetch);
    const chapter = await actionsFor('').loadBundledChapter();
    expect(fetch).toHaveBeenCalledWith(fakeBrowser.runtime.getURL('/chapter.txt'));
    expect(chapter.kept).toHaveLength(160);
    expect(chapter.removed).toHaveLength(2);
  });
});
