/**
 * Storage faults: sync storage over quota, corrupted items in either area, storage that cannot be
 * read or written at all. Every fault must end in valid settings and a message, never an exception,
 * and no rule that is still readable somewhere may be lost.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRule, type UserRule } from '@/core/rules/model';
import { defaultSettings, type Settings } from '@/core/settings';
import { FALLBACK_KEY, LOCAL_KEY } from '@/core/storage-keys';
import { loadSettings, saveSettings } from '@/lib/settings-store';

/** Rules big enough to fill three sync items (Chrome allows 8 KiB per item). */
const RULES: UserRule[] = Array.from({ length: 40 }, (_, i) =>
  createRule({ id: `r${i}`, pattern: `广告${i}${'示'.repeat(60)}`, order: i, scope: ['www.ceshi.com'] }),
);
const SETTINGS: Settings = {
  ...defaultSettings(),
  enabled: false,
  sites: { 'a.ceshi.com': 'off' },
  rules: RULES,
};
const QUOTA = new Error('QUOTA_BYTES quota exceeded');

const ids = (rules: readonly UserRule[]) => rules.map((rule) => rule.id);
const syncItems = async () => fakeBrowser.storage.sync.get(null);

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('saving when sync storage is over quota', () => {
  it('keeps everything on this device, says so, and loads every rule back', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(QUOTA);
    const outcome = await saveSettings(SETTINGS);
    expect(outcome).toEqual({
      synced: false,
      message: expect.stringContaining('QUOTA_BYTES quota exceeded'),
    });
    expect(outcome.message).toMatch(/kept on this device/);
    expect(await loadSettings()).toEqual({ settings: SETTINGS, repaired: [], migratedFrom: null });
  });

  it('prefers the settings kept on this device to older ones in sync, until a save syncs again', async () => {
    await saveSettings({ ...SETTINGS, rules: RULES.slice(0, 5) });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(QUOTA);
    expect((await saveSettings(SETTINGS)).synced).toBe(false);
    expect(ids((await loadSettings()).settings.rules)).toEqual(ids(RULES));
    expect(await saveSettings(SETTINGS)).toEqual({ synced: true });
    expect(await fakeBrowser.storage.local.get(FALLBACK_KEY)).toEqual({});
    expect((await loadSettings()).settings).toEqual(SETTINGS);
  });

  it('falls back the same way when removing stale sync items fails halfway', async () => {
    await saveSettings(SETTINGS);
    vi.spyOn(fakeBrowser.storage.sync, 'remove').mockRejectedValue(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'),
    );
    const fewer = { ...SETTINGS, rules: RULES.slice(0, 3) };
    expect(await saveSettings(fewer)).toMatchObject({ synced: false });
    expect((await loadSettings()).settings).toEqual(fewer);
  });

  it('reports, rather than throws, when local storage refuses the fallback too', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(QUOTA);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('local QUOTA_BYTES exceeded'));
    const outcome = await saveSettings(SETTINGS).catch((error: unknown) => ({ threw: String(error) }));
    expect(outcome).toEqual({
      synced: false,
      message: expect.stringMatching(/not saved|could not be saved/),
    });
  });
});

describe('loading corrupted storage', () => {
  beforeEach(async () => {
    await saveSettings(SETTINGS);
    // The fixture spreads the rules over several sync items, as real settings of this size are.
    expect(Object.keys(await syncItems()).filter((key) => key.startsWith('rules.')).length).toBeGreaterThan(
      2,
    );
  });

  it('repairs wrong types in sync items and keeps every rule', async () => {
    const { settings: head, 'rules.0': first } = await syncItems();
    const [rule, ...rest] = first as Array<Record<string, unknown>>;
    await fakeBrowser.storage.sync.set({
      settings: { ...(head as object), enabled: 'no', reader: 'large' },
      'rules.0': [{ ...rule, enabled: 'true', order: '0', scope: 'www.ceshi.com' }, ...rest],
      'sites.0': 'a.ceshi.com=off',
    });
    const { settings, repaired } = await loadSettings();
    expect(ids(settings.rules)).toEqual(ids(RULES));
    expect(settings.rules[0]).toMatchObject({ scope: ['www.ceshi.com'], enabled: false });
    expect(repaired).toEqual(
      expect.arrayContaining([
        { code: 'repair.enabled', params: {} },
        { code: 'repair.readerObject', params: {} },
        expect.objectContaining({
          params: expect.objectContaining({ name: expect.stringMatching(/^广告0/) }),
        }),
      ]),
    );
  });

  it('keeps every rule when the head holds its chunk count as text', async () => {
    const { settings: head } = await syncItems();
    await fakeBrowser.storage.sync.set({ settings: { ...(head as object), ruleChunks: '3' } });
    const { settings, repaired } = await loadSettings();
    expect(repaired.length).toBeGreaterThan(0);
    expect(ids(settings.rules)).toEqual(ids(RULES));
  });

  it('keeps the rules of the other chunks when one chunk is truncated', async () => {
    const items = await syncItems();
    const lost = ids(items['rules.1'] as UserRule[]);
    await fakeBrowser.storage.sync.set({ 'rules.1': JSON.stringify(items['rules.1']).slice(0, 100) });
    const { settings, repaired } = await loadSettings();
    expect(repaired).toContainEqual({ code: 'repair.chunkMissing', params: { part: 'rules.1' } });
    expect(ids(settings.rules)).toEqual(ids(RULES).filter((id) => !lost.includes(id)));
  });

  it.each([
    ['text', 'garbage'],
    ['an object of the wrong shape', { rules: 'x', sites: 5 }],
  ])('keeps every rule and says so when settingsLocal holds %s', async (_name, garbage) => {
    await fakeBrowser.storage.local.set({ [LOCAL_KEY]: garbage });
    const { settings, repaired } = await loadSettings();
    expect(ids(settings.rules)).toEqual(ids(RULES));
    expect(repaired).toContainEqual({ code: 'repair.localUnreadable', params: {} });
  });

  it.each([
    ['text', 'garbage'],
    ['a number', 42],
  ])('keeps the synced rules when settingsFallback holds %s', async (_name, garbage) => {
    await fakeBrowser.storage.local.set({ [FALLBACK_KEY]: garbage });
    const { settings, repaired } = await loadSettings();
    expect(repaired).toEqual([{ code: 'repair.fallbackUnreadable', params: {} }]);
    expect(ids(settings.rules)).toEqual(ids(RULES));
  });

  it('keeps the synced rules when local storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error: LOCK held'));
    const { settings, repaired } = await loadSettings();
    expect(repaired).toEqual([
      { code: 'repair.localFailed', params: { error: expect.stringContaining('IO error: LOCK held') } },
    ]);
    expect(ids(settings.rules)).toEqual(ids(RULES));
  });
});

describe('storage that cannot be read at all', () => {
  it('gives defaults and a message, without throwing', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync unavailable'));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error: LOCK held'));
    const { settings, repaired } = await loadSettings();
    expect(settings).toEqual(defaultSettings());
    expect(repaired).toEqual([
      {
        code: 'repair.unreadable',
        params: { error: expect.stringMatching(/sync unavailable|IO error: LOCK held/) },
      },
    ]);
  });
});
