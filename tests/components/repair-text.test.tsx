/**
 * Repairs of stored settings in the reader's language: every repair the settings code reports for
 * corrupt storage, produced here by feeding it corrupt storage, must have a translated shape.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { repairText } from '@/components/repair-notice';
import { migrateSettings } from '@/core/settings';
import { joinFromStorage, SYNC_HEAD_KEY } from '@/core/settings-sync';
import { LOCAL_KEY } from '@/core/storage-keys';
import { loadSettings } from '@/lib/settings-store';
import { t } from './helpers';

const CORRUPT_SETTINGS: unknown[] = [
  '{"version":2}',
  [],
  42,
  { version: 'x', enabled: 'yes', sites: [], rules: {}, reader: 5 },
  { version: 2, reader: { theme: 'neon', fontSize: 'big', lineHeight: 99, width: 10 } },
  { version: 2, sites: { 'a.ceshi.com': 'maybe', 'b.ceshi.com': 'off' } },
  {
    version: 2,
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
async function engineRepairs(): Promise<string[]> {
  const repairs = CORRUPT_SETTINGS.flatMap((raw) => migrateSettings(raw).repaired);
  repairs.push(
    ...joinFromStorage(
      { [SYNC_HEAD_KEY]: { version: 2, siteChunks: 'x', ruleChunks: 2 } },
      { [LOCAL_KEY]: 5 },
    ).repaired,
    ...joinFromStorage({ [SYNC_HEAD_KEY]: 5 }, { [LOCAL_KEY]: { rules: [] } }).repaired,
  );
  // Storage areas that cannot be read: one, the other, both.
  for (const failing of [['sync'], ['local'], ['sync', 'local']] as const) {
    fakeBrowser.reset();
    for (const area of failing)
      vi.spyOn(fakeBrowser.storage[area], 'get').mockRejectedValue(new Error(`${area} down`));
    repairs.push(...(await loadSettings()).repaired);
    vi.restoreAllMocks();
  }
  return [...new Set(repairs)];
}

describe('repairs of stored settings in the reader language', () => {
  it('translates every repair the settings code reports, keeping its values', async () => {
    const repairs = await engineRepairs();
    expect(repairs.length).toBeGreaterThanOrEqual(24);
    const untranslated = repairs.filter((repair) => repairText(repair, t) === repair);
    expect(untranslated).toEqual([]);
    for (const repair of repairs) expect(repairText(repair, t)).not.toMatch(/\$\w+\$/);
    expect(repairs.map((repair) => repairText(repair, t))).toEqual(
      expect.arrayContaining([
        '阅读设置 lineHeight 为 99，超出范围：已改为 2.4',
        '第 1 条规则无法读取，已移除',
      ]),
    );
  });

  it('shows a repair it does not know as it came', () => {
    expect(repairText('something new happened', t)).toBe('something new happened');
  });
});
