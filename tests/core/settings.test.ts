import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRule, parseHostPattern } from '@/core/rules/model';
import {
  DEFAULT_SETTINGS,
  READER_LIMITS,
  THEMES,
  defaultSettings,
  migrateSettings,
  type Settings,
  type SettingsV1,
} from '@/core/settings';

/** Every invariant current settings must hold, as a list of what is wrong. */
function violations(settings: Settings): string[] {
  const wrong: string[] = [];
  if (settings.version !== 3) wrong.push('version');
  if (typeof settings.enabled !== 'boolean') wrong.push('enabled');
  for (const [host, mode] of Object.entries(settings.sites)) {
    if (parseHostPattern(host) !== host || (mode !== 'on' && mode !== 'off')) wrong.push(`site ${host}`);
  }
  const { theme, fontSize, lineHeight, width } = settings.reader;
  if (!THEMES.includes(theme)) wrong.push('theme');
  const inRange = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;
  if (!inRange(fontSize, READER_LIMITS.fontSize)) wrong.push('fontSize');
  if (!inRange(lineHeight, READER_LIMITS.lineHeight)) wrong.push('lineHeight');
  if (!inRange(width, READER_LIMITS.width)) wrong.push('width');
  const ids = settings.rules.map((rule) => rule.id);
  if (new Set(ids).size !== ids.length) wrong.push('duplicate rule ids');
  if (settings.rules.some((rule) => typeof rule.pattern !== 'string' || rule.pattern.trim() === '')) {
    wrong.push('rule pattern');
  }
  return wrong;
}

const rule = createRule({ id: 'r1', pattern: '示例广告', scope: ['www.example.com'], note: '我的' });
const v3: Settings = {
  version: 3,
  enabled: false,
  sites: { 'www.example.com': 'off', 'm.example.org': 'on' },
  rules: [rule, createRule({ id: 'r2', pattern: '本站.*', isRegex: true })],
  reader: { theme: 'sepia', fontSize: 20, lineHeight: 2, width: 40 },
};

describe('DEFAULT_SETTINGS', () => {
  it('is valid, frozen, and equal to a fresh copy', () => {
    expect(violations(defaultSettings())).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(DEFAULT_SETTINGS).toEqual(defaultSettings());
  });
});

describe('migrateSettings', () => {
  it.each([undefined, null])('treats %s as a first run: defaults, nothing repaired', (raw) => {
    expect(migrateSettings(raw)).toEqual({ settings: defaultSettings(), repaired: [], migratedFrom: null });
  });

  it('keeps valid current settings exactly', () => {
    expect(migrateSettings(structuredClone(v3))).toEqual({ settings: v3, repaired: [], migratedFrom: null });
  });

  it('migrates version 1', () => {
    const v1: SettingsV1 = {
      version: 1,
      enabled: true,
      disabledHosts: ['www.a.com', 'B.com'],
      theme: 'dark',
      fontSize: 16,
    };
    const { settings, repaired, migratedFrom } = migrateSettings(v1);
    expect(migratedFrom).toBe(1);
    expect(repaired).toEqual([]);
    expect(settings).toEqual({
      ...defaultSettings(),
      sites: { 'www.a.com': 'off', 'b.com': 'off' },
      reader: { ...defaultSettings().reader, theme: 'dark', fontSize: 16 },
    });
  });

  it('migrates a minimal version 1 and repairs its odd values', () => {
    expect(migrateSettings({ version: 1, enabled: false, disabledHosts: [] }).settings.enabled).toBe(false);
    const odd = migrateSettings({
      version: 1,
      enabled: 'yes',
      disabledHosts: ['ok.com', 5, 'bad host'],
      theme: 'neon',
      fontSize: 40,
    });
    expect(odd.settings).toMatchObject({ enabled: true, sites: { 'ok.com': 'off' } });
    expect(odd.settings.reader).toMatchObject({ theme: 'system', fontSize: 28 });
    expect(odd.repaired).toHaveLength(4);
  });

  it.each([
    ['garbage text', 'not json {'],
    ['a number', 42],
    ['a list', [1, 2]],
  ])('resets %s to defaults with a message', (_label, raw) => {
    const { settings, repaired } = migrateSettings(raw);
    expect(settings).toEqual(defaultSettings());
    expect(repaired).toEqual([{ code: 'repair.notObject', params: {} }]);
  });

  it('reads settings stored as JSON text', () => {
    const { settings, repaired } = migrateSettings(JSON.stringify(v3));
    expect(settings).toEqual(v3);
    expect(repaired).toEqual([{ code: 'repair.jsonText', params: {} }]);
  });

  it('reads what it understands of a newer version and keeps the rules', () => {
    const future = {
      ...structuredClone(v3),
      version: 4,
      cloudSync: { token: 'x' },
      reader: { ...v3.reader, font: 'serif' },
    };
    const { settings, repaired, migratedFrom } = migrateSettings(future);
    expect(settings).toEqual(v3);
    expect(migratedFrom).toBe(4);
    expect(repaired).toEqual([{ code: 'repair.newerVersion', params: { version: 4 } }]);
  });

  it('repairs wrong types part by part', () => {
    const raw = {
      version: 2,
      enabled: 1,
      sites: ['www.a.com'],
      rules: 'none',
      reader: { theme: 7, fontSize: 'big', width: 5 },
    };
    const { settings, repaired } = migrateSettings(raw);
    expect(violations(settings)).toEqual([]);
    expect(settings.reader).toEqual({ ...defaultSettings().reader, width: 20 });
    expect(repaired.map(({ code }) => code)).toEqual([
      'repair.enabled',
      'repair.sitesObject',
      'repair.rulesList',
      'repair.theme',
      'repair.readerNumber',
      'repair.readerRange',
    ]);
  });

  it('keeps every readable rule of a damaged rule list', () => {
    const raw = {
      ...structuredClone(v3),
      rules: [
        rule,
        null,
        { pattern: '' },
        { ...rule, id: 'r1', pattern: '另一条' },
        {
          id: 'r3',
          pattern: '类型错',
          isRegex: 'yes',
          enabled: true,
          scope: [],
          excludeScope: [],
          order: 'x',
        },
        { ...rule, id: 'r4', pattern: '范围坏了', scope: [42], enabled: true },
        { ...rule, id: 'r5', pattern: '排除坏了', excludeScope: 'not a host!', enabled: true },
      ],
    };
    const { settings, repaired } = migrateSettings(raw);
    expect(violations(settings)).toEqual([]);
    expect(settings.rules.map((r) => [r.id, r.pattern, r.enabled])).toEqual([
      ['r1', '示例广告', true],
      ['r1-2', '另一条', true],
      ['r3', '类型错', false],
      ['r4', '范围坏了', false],
      ['r5', '排除坏了', false],
    ]);
    expect(settings.rules[2]).toMatchObject({ isRegex: false, order: 4 });
    const dropped = (code: string, number: number) => ({
      code: 'repair.ruleDropped',
      params: { reason: { code, params: { number } } },
    });
    expect(repaired).toEqual([
      dropped('stored.notObject', 2),
      dropped('stored.noPattern', 3),
      { code: 'repair.ruleDuplicateId', params: { name: '示例广告', id: 'r1-2' } },
      {
        code: 'stored.fieldsReset',
        params: { name: '类型错', fields: expect.stringMatching(/isRegex/) },
      },
      { code: 'stored.disabled', params: { name: '类型错' } },
      { code: 'stored.disabled', params: { name: '示例广告' } },
      { code: 'stored.disabled', params: { name: '示例广告' } },
    ]);
  });

  it('always yields valid settings, whatever it is given, and is idempotent', () => {
    const shaped = fc.record(
      {
        version: fc.oneof(fc.constantFrom(1, 2, 3, 4), fc.anything()),
        enabled: fc.anything(),
        disabledHosts: fc.anything(),
        sites: fc.oneof(fc.dictionary(fc.string(), fc.constantFrom('on', 'off', 'x')), fc.anything()),
        rules: fc.oneof(
          fc.array(fc.record({ id: fc.string(), pattern: fc.string(), scope: fc.anything() })),
          fc.anything(),
        ),
        reader: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shaped), (raw) => {
        const { settings } = migrateSettings(raw);
        expect(violations(settings)).toEqual([]);
        expect(migrateSettings(structuredClone(settings))).toEqual({
          settings,
          repaired: [],
          migratedFrom: null,
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('version 2 → 3: the notes an importer wrote into a rule become reasons', () => {
  const ruleV2 = (id: string, note: string) => {
    const { notes: _notes, ...fields } = createRule({ id, pattern: `示例广告${id}`, note });
    return fields;
  };
  const stored = {
    ...structuredClone(v3),
    version: 2,
    rules: [
      ruleV2('a', 'my own words\nscope names books or sources (某书, 某源), not sites: imported disabled'),
      ruleV2('b', 'scope kept to www.a.com, m.a.com; ignored names 书甲, 书乙'),
      ruleV2('c', 'exclusion names books or sources (某源): imported disabled'),
      ruleV2('d', '我的'),
      ruleV2('e', 'scope kept to every site, as I wanted'),
    ],
  };

  it('moves the importer’s lines out of the note and keeps the reader’s own words as they were', () => {
    const { settings, repaired, migratedFrom } = migrateSettings(structuredClone(stored));
    expect(migratedFrom).toBe(2);
    expect(repaired).toEqual([]);
    expect(settings.rules.map(({ id, note, notes }) => ({ id, note, notes }))).toEqual([
      {
        id: 'a',
        note: 'my own words',
        notes: [{ code: 'legado.scopeNames', params: { names: '某书, 某源' } }],
      },
      {
        id: 'b',
        note: '',
        notes: [{ code: 'legado.scopeKept', params: { hosts: 'www.a.com, m.a.com', names: '书甲, 书乙' } }],
      },
      { id: 'c', note: '', notes: [{ code: 'legado.exclusionNames', params: { names: '某源' } }] },
      { id: 'd', note: '我的', notes: [] },
      { id: 'e', note: 'scope kept to every site, as I wanted', notes: [] },
    ]);
  });

  it('reads the migrated settings back unchanged, as version 3', () => {
    const { settings } = migrateSettings(structuredClone(stored));
    expect(migrateSettings(structuredClone(settings))).toEqual({
      settings,
      repaired: [],
      migratedFrom: null,
    });
  });

  it('leaves a version 3 note alone, even a line shaped like an old importer note', () => {
    const note = 'scope names books or sources (某书), not sites: imported disabled';
    const current = { ...structuredClone(v3), rules: [createRule({ id: 'x', pattern: '示例广告', note })] };
    expect(migrateSettings(current).settings.rules[0]).toMatchObject({ note, notes: [] });
  });

  it('drops unreadable notes of version 3 and says so', () => {
    const good = { code: 'legado.scopeNames', params: { names: '某书' } };
    const bad = [
      'scope names books or sources (某书), not sites: imported disabled',
      { code: 'legado.unknown', params: {} },
      { code: 'legado.scopeNames', params: {} },
      { code: 'legado.scopeNames', params: { names: '某书', extra: 1 } },
    ];
    const rule = { ...createRule({ id: 'x', pattern: '示例广告' }), notes: [good, ...bad] };
    const { settings, repaired } = migrateSettings({ ...structuredClone(v3), rules: [rule] });
    expect(settings.rules[0]!.notes).toEqual([good]);
    expect(repaired).toEqual([{ code: 'stored.fieldsReset', params: { name: '示例广告', fields: 'notes' } }]);
  });
});
