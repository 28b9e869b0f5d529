import { describe, expect, it } from 'vitest';
import { createRule, type UserRule } from '@/core/rules/model';
import { defaultSettings, type Settings } from '@/core/settings';
import {
  CHROME_SYNC_QUOTA,
  LOCAL_KEY,
  SYNC_HEAD_KEY,
  itemBytes,
  joinFromStorage,
  splitForSync,
  utf8Length,
} from '@/core/settings-sync';

const manyRules = (count: number, size: number): UserRule[] =>
  Array.from({ length: count }, (_, i) =>
    createRule({ id: `r${i}`, pattern: `广告${i}${'示'.repeat(size)}`, note: `第${i}条`, order: i }),
  );

function settingsWith(rules: UserRule[], siteCount = 3): Settings {
  const sites = Object.fromEntries(
    Array.from({ length: siteCount }, (_, i) => [`site${i}.example.com`, i % 2 ? 'on' : 'off'] as const),
  );
  return { ...defaultSettings(), enabled: false, sites, rules };
}

/** Asserts the sync part respects every quota. */
function expectWithinQuota(sync: Record<string, unknown>): void {
  const sizes = Object.entries(sync).map(([key, value]) => itemBytes(key, value));
  expect(Math.max(...sizes)).toBeLessThanOrEqual(CHROME_SYNC_QUOTA.itemQuotaBytes);
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(CHROME_SYNC_QUOTA.syncQuotaBytes);
  expect(sizes.length).toBeLessThanOrEqual(CHROME_SYNC_QUOTA.maxItems!);
}

describe('utf8Length', () => {
  it('counts bytes the way storage quotas do', () => {
    expect(utf8Length('ab')).toBe(2);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('示')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
  });
});

describe('splitForSync / joinFromStorage', () => {
  it('puts small settings entirely in sync and joins them back', () => {
    const settings = settingsWith(manyRules(20, 10));
    const split = splitForSync(settings);
    expect(split.localRuleCount).toBe(0);
    expect(split.localSiteCount).toBe(0);
    expect(split.sync[SYNC_HEAD_KEY]).toMatchObject({
      version: 3,
      enabled: false,
      ruleChunks: 1,
      siteChunks: 1,
    });
    expectWithinQuota(split.sync);
    expect(joinFromStorage(split.sync, split.local)).toEqual({ settings, repaired: [], migratedFrom: null });
  });

  it('keeps rules that do not fit locally, in order', () => {
    const settings = settingsWith(manyRules(600, 100), 50);
    const split = splitForSync(settings);
    expectWithinQuota(split.sync);
    expect(split.localRuleCount).toBeGreaterThan(0);
    expect(split.localRuleCount).toBeLessThan(600);
    expect((split.local[LOCAL_KEY] as { rules: UserRule[] }).rules[0]!.id).toBe(
      `r${600 - split.localRuleCount}`,
    );
    expect(joinFromStorage(split.sync, split.local).settings).toEqual(settings);
  });

  it('keeps a rule bigger than one item, and all after it, locally', () => {
    const rules = manyRules(5, 10);
    rules[2] = createRule({ id: 'huge', pattern: '长'.repeat(4000) });
    const split = splitForSync(settingsWith(rules));
    expect(split.localRuleCount).toBe(3);
    expectWithinQuota(split.sync);
    expect(joinFromStorage(split.sync, split.local).settings.rules).toEqual(rules);
  });

  it('honours a smaller quota', () => {
    const quota = { syncQuotaBytes: 4000, itemQuotaBytes: 1000, maxItems: 6 };
    const settings = settingsWith(manyRules(40, 5), 30);
    const split = splitForSync(settings, quota);
    const sizes = Object.entries(split.sync).map(([key, value]) => itemBytes(key, value));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(4000);
    expect(sizes.length).toBeLessThanOrEqual(6);
    expect(joinFromStorage(split.sync, split.local).settings).toEqual(settings);
  });

  it('gives defaults when both areas are empty', () => {
    expect(joinFromStorage({}, {})).toEqual({
      settings: defaultSettings(),
      repaired: [],
      migratedFrom: null,
    });
  });

  it('reports a missing chunk and keeps the rules it still has', () => {
    const settings = settingsWith(manyRules(300, 100));
    const split = splitForSync(settings);
    delete split.sync['rules.1'];
    const { settings: joined, repaired } = joinFromStorage(split.sync, split.local);
    expect(repaired).toEqual([{ code: 'repair.chunkMissing', params: { part: 'rules.1' } }]);
    expect(joined.rules.length).toBeGreaterThan(0);
    expect(joined.rules.length).toBeLessThan(300);
    expect(joined.rules.every((rule) => settings.rules.some((r) => r.id === rule.id))).toBe(true);
  });

  it('repairs a corrupt head without losing local rules', () => {
    const rules = manyRules(2, 5);
    const { settings, repaired } = joinFromStorage(
      { [SYNC_HEAD_KEY]: 'garbage' },
      { [LOCAL_KEY]: { rules } },
    );
    expect(settings.rules).toEqual(rules);
    expect(repaired[0]).toEqual({ code: 'repair.syncItem', params: {} });
  });

  it('migrates a version 1 object found under the head key', () => {
    const v1 = { version: 1, enabled: true, disabledHosts: ['www.a.com'] };
    const { settings, migratedFrom } = joinFromStorage({ [SYNC_HEAD_KEY]: v1 }, {});
    expect(migratedFrom).toBe(1);
    expect(settings.sites).toEqual({ 'www.a.com': 'off' });
  });
});
