import { describe, expect, it } from 'vitest';
import { autoCleanFor, planPage } from '@/core/page-plan';
import { createRule } from '@/core/rules/model';
import { defaultSettings } from '@/core/settings';

describe('planPage', () => {
  it('applies the site switch to a host with a port (switches are stored without it)', () => {
    const settings = { ...defaultSettings(), sites: { localhost: 'off' as const } };
    expect(autoCleanFor(settings, 'localhost:8080')).toBe(false);
    expect(autoCleanFor(settings, 'LOCALHOST')).toBe(false);
  });

  it('falls back to the global switch for hosts without their own', () => {
    expect(autoCleanFor({ ...defaultSettings(), enabled: false }, 'example.com')).toBe(false);
    expect(autoCleanFor(defaultSettings(), 'example.com')).toBe(true);
  });

  it("reports where the reader's rules match, by line, with the rule's name", () => {
    const rule = createRule({ pattern: '西红柿小说网', name: '站名' });
    const settings = { ...defaultSettings(), rules: [rule] };
    const plan = planPage(settings, 'www.example.com', ['第一行故事。', '欢迎来到西红柿小说网']);
    expect(plan.autoClean).toBe(true);
    expect(plan.hits).toEqual([{ line: 1, start: 4, end: 10, rule: 'user:站名' }]);
  });

  it('finds no matches when cleaning is off for the site', () => {
    const settings = {
      ...defaultSettings(),
      sites: { 'example.com': 'off' as const },
      rules: [createRule({ pattern: '广告' })],
    };
    expect(planPage(settings, 'example.com', ['广告'])).toEqual({ autoClean: false, hits: [] });
  });
});
