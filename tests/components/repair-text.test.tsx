/**
 * Repairs of stored settings in the reader's language: the settings code, fed corrupt storage,
 * must give every repair it has, and each must read as a message of the reader's language.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reasonText } from '@/components/reason-text';
import { migrateSettings } from '@/core/settings';
import { SETTINGS_REPAIRS, type SettingsRepair } from '@/core/settings-repairs';
import { joinFromStorage, SYNC_HEAD_KEY } from '@/core/settings-sync';
import { FALLBACK_KEY, LOCAL_KEY } from '@/core/storage-keys';
import { loadSettings } from '@/lib/settings-store';
import { t, translatorFor } from './helpers';

const CORRUPT_SETTINGS: unknown[] = [
  '{"version":2}',
  [],
  42,
  { enabled: true, sites: {} },
  { version: 'x', enabled: 'yes', sites: [], rules: {}, reader: 5 },
  { version: 2, reader: { theme: 'neon', fontSize: 'big', lineHeight: 99, width: 10 } },
  { version: 2, sites: { 'a.ceshi.com': 'maybe', 'b.ceshi.com': 'off' } },
  {
    version: 3,
    rules: [
      5,
      { pattern: '' },
      { pattern: '广告', name: 7, id: 'd' },
      { pattern: '推广', id: 'd', scope: 'all', enabled: true },
      { pattern: '网址', scope: ['a.ceshi.com', 5] },
    ],
  },
  { version: 1, disabledHosts: 'x' },
  { version: 1, disabledHosts: [5] },
  { version: 9 },
];

/** Every repair the settings code reports for the corrupt storage above. */
async function engineRepairs(): Promise<SettingsRepair[]> {
  const repairs = CORRUPT_SETTINGS.flatMap((raw) => migrateSettings(raw).repaired);
  repairs.push(
    ...joinFromStorage(
      { [SYNC_HEAD_KEY]: { version: 3, siteChunks: 'x', ruleChunks: 2 } },
      { [LOCAL_KEY]: 5 },
    ).repaired,
    ...joinFromStorage({ [SYNC_HEAD_KEY]: 5 }, { [LOCAL_KEY]: { rules: [] } }).repaired,
  );
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ [FALLBACK_KEY]: 'garbage' });
  repairs.push(...(await loadSettings()).repaired);
  // Storage areas that cannot be read: one, the other, both.
  for (const failing of [['sync'], ['local'], ['sync', 'local']] as const) {
    fakeBrowser.reset();
    for (const area of failing)
      vi.spyOn(fakeBrowser.storage[area], 'get').mockRejectedValue(new Error(`${area} down`));
    repairs.push(...(await loadSettings()).repaired);
    vi.restoreAllMocks();
  }
  return repairs;
}

describe('repairs of stored settings in the reader language', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports every repair it has, each in words with its values', async () => {
    const repairs = await engineRepairs();
    const codes = new Set(repairs.map((repair) => repair.code));
    for (const code of Object.keys(SETTINGS_REPAIRS)) expect(codes, code).toContain(code);
    for (const locale of ['zh_CN', 'zh_TW', 'en']) {
      const lookup = translatorFor(locale);
      for (const repair of repairs) {
        const shown = reasonText(repair, lookup);
        expect(shown.trim(), repair.code).not.toBe('');
        expect(shown, repair.code).not.toMatch(/\$\w+\$/);
      }
    }
    expect(repairs.map((repair) => reasonText(repair, t))).toEqual(
      expect.arrayContaining([
        '阅读设置 lineHeight 为 99，超出范围：已改为 2.4',
        '第 1 条规则不是 JSON 对象，已移除',
        '规则“推广”：适用网站或类型无法读取，已停用',
        '规则“推广”：编号重复，已改为 d-2',
        '设置版本缺失：按第 3 版读取',
        '同步的设置无法读取（Error: sync down）：改用本设备上的副本',
      ]),
    );
  });
});
