import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRules } from '@/core/rules/compile';
import { exportRules } from '@/core/rules/export';
import { detectRulesFormat, importRulesFile } from '@/core/rules/import';
import { importLegadoRules, readLegadoScope } from '@/core/rules/import-legado';
import { importTextRules } from '@/core/rules/import-text';
import { findRuleSpans } from '@/core/rules/match';
import { mergeRules } from '@/core/rules/merge';
import { createRule, type UserRule } from '@/core/rules/model';
import type { RuleReason } from '@/core/rules/reasons';
import { codesOf } from '@/tests/helpers/reasons';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/rules/${name}`, import.meta.url), 'utf8');
const corpus = readFileSync(new URL('../../../shared/corpus/spam-lines.txt', import.meta.url), 'utf8');
const corpusEntries = (prefix: string): string[] =>
  corpus
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length));

describe('importLegadoRules on a hand-written export', () => {
  const result = importLegadoRules(fixture('legado-sample.json'));
  const byName = new Map(result.rules.map((rule) => [rule.name, rule]));
  const problem = (name: string): RuleReason | undefined =>
    result.problems.find((p) => p.name === name)?.reason;
  const codes = (name: string): string[] => codesOf(problem(name)!);

  it('accounts for every entry: imported or reported', () => {
    expect(result.rules.length + result.problems.length).toBe(17);
  });

  it('reads flags, ids, groups, order and the older field names', () => {
    expect(byName.get('行首网址')).toMatchObject({ id: 'legado-1700000000001', group: '净化', order: 1 });
    expect(byName.get('行首网址')).toMatchObject({
      isRegex: true,
      enabled: true,
      origin: 'legado',
      scope: [],
    });
    expect(byName.get('旧版字段')).toMatchObject({ pattern: '全文字更新\\s*最快', enabled: true, order: 14 });
    expect(byName.get('没有编号也没有开关')).toMatchObject({ id: 'legado-15', isRegex: true, enabled: true });
  });

  it('keeps disabled rules disabled', () => {
    expect(byName.get('停用的求票')).toMatchObject({ enabled: false, isRegex: false });
  });

  it('reports what the linear-time engine or a remover cannot do', () => {
    expect(codes('重复的句子')).toEqual([
      'invalid.expression',
      'compile.unsupported',
      'feature.backReference',
    ]);
    expect(problem('改字')).toEqual({ code: 'legado.replaces', params: { replacement: '小说' } });
    expect(problem('只改标题')).toEqual({ code: 'legado.titlesOnly', params: {} });
    expect(codes('Java 交集')).toContain('feature.classIntersection');
    expect(codes('向后查找')).toContain('feature.lookBehind');
    expect(problem('空的')).toEqual({ code: 'legado.noPattern', params: {} });
    expect(problem('#16')).toEqual({ code: 'legado.entryNotObject', params: {} });
  });

  it('runs translated Java flags on the engine', () => {
    const rules = [byName.get('行首网址')!, byName.get('忽略大小写')!];
    const compiled = compileRules(rules, 'www.example.com');
    expect(compiled.problems).toEqual([]);
    expect(findRuleSpans(compiled, '本站最新网址：m.example.com')).toHaveLength(1);
    expect(findRuleSpans(compiled, '访问www.Example-Novel.com')).toHaveLength(1);
  });

  it('maps URL scopes to hosts and never lets a book-scoped rule run everywhere', () => {
    expect(byName.get('站点广告')).toMatchObject({ scope: ['www.example-novel.com'], enabled: true });
    expect(byName.get('一本书的规则')).toMatchObject({ scope: [], enabled: false });
    expect(byName.get('一本书的规则')).toMatchObject({
      note: '',
      notes: [{ code: 'legado.scopeNames', params: { names: expect.stringContaining('我的修仙日记') } }],
    });
    expect(byName.get('书和站点')!.notes).toEqual([
      { code: 'legado.scopeKept', params: { hosts: 'm.example-novel.com', names: expect.any(String) } },
    ]);
    expect(byName.get('书和站点')).toMatchObject({ scope: ['m.example-novel.com'], enabled: true });
    expect(byName.get('排除一本书')).toMatchObject({ excludeScope: [], enabled: false });
    const noted = result.notes.map((note) => note.name);
    expect(noted).toEqual(expect.arrayContaining(['一本书的规则', '书和站点', '排除一本书']));
  });

  it('accepts a single rule object', () => {
    const single = importLegadoRules(fixture('legado-single.json'));
    expect(single.problems).toEqual([]);
    expect(single.rules).toHaveLength(1);
    expect(single.rules[0]!.scope).toEqual(['www.example-novel.com', '*.example-mirror.net']);
  });

  it('reports malformed JSON as one problem instead of throwing', () => {
    const broken = importLegadoRules(fixture('legado-malformed.json.txt'));
    expect(broken.rules).toEqual([]);
    expect(broken.problems).toEqual([
      { name: '', pattern: '', reason: { code: 'file.notJson', params: { error: expect.any(String) } } },
    ]);
    expect(importLegadoRules('42').problems[0]!.reason).toEqual({ code: 'legado.notList', params: {} });
  });
});

describe('readLegadoScope', () => {
  it.each([
    ['https://www.a.com/x.html##备注', ['www.a.com'], []],
    ['www.a.com, m.a.com;书名', ['www.a.com', 'm.a.com'], ['书名']],
    ['第1.2卷；笔趣阁', [], ['第1.2卷', '笔趣阁']],
    ['', [], []],
  ])('%s', (scope, hosts, names) => {
    expect(readLegadoScope(scope)).toEqual({ hosts, names });
  });
});

describe('importing the real rule sets of the corpus as Legado files', () => {
  const legadoFile = (patterns: string[], isRegex: boolean): string =>
    JSON.stringify(
      patterns.map((pattern, i) => ({ id: i + 1, name: `r${i + 1}`, pattern, replacement: '', isRegex })),
    );

  it.each([
    ['re: lines as expressions', corpusEntries('re: '), true],
    ['lit: lines as literals', corpusEntries('lit: '), false],
    ['lit: lines as expressions', corpusEntries('lit: '), true],
  ] as const)('%s: none is silently lost', (_label, patterns, isRegex) => {
    expect(patterns.length).toBeGreaterThan(100);
    const result = importLegadoRules(legadoFile(patterns, isRegex));
    expect(result.rules.length + result.problems.length).toBe(patterns.length);
    const imported = new Set(result.rules.map((rule) => rule.pattern));
    const reported = new Set(result.problems.map((p) => p.pattern));
    for (const pattern of patterns) expect(imported.has(pattern) || reported.has(pattern)).toBe(true);
    // Everything imported really compiles.
    expect(compileRules(result.rules, 'www.example.com').problems).toEqual([]);
  });

  it('reports the Legado-only syntax among the corpus patterns by name', () => {
    const problems = importLegadoRules(legadoFile(corpusEntries('lit: '), true)).problems;
    const codes = problems.flatMap((p) => codesOf(p.reason));
    expect(codes).toContain('feature.lookBehind');
    expect(codes).toContain('compile.matchesEmpty');
  });

  it('translates JS/Java escapes RE2 lacks (\\u3000, escaped full-width punctuation)', () => {
    const result = importLegadoRules(legadoFile(corpusEntries('re: '), true));
    const rules = result.rules.filter((rule) => /\\u3000|\\）/.test(rule.pattern));
    expect(rules.length).toBeGreaterThan(0);
    expect(compileRules(rules, 'x.com').rules).toHaveLength(rules.length);
  });
});

describe('plain-text lists', () => {
  it('makes literal rules, skipping blanks and comments, reporting what is too short', () => {
    const result = importTextRules(fixture('spam-list.txt'));
    expect(result.rules.map((rule) => rule.pattern)).toEqual([
      '记住本站域名永不迷路',
      '本书由示例书屋整理发布',
      '快.来.示.例.书.屋',
      '记住本站域名永不迷路',
    ]);
    expect(result.rules.every((rule) => !rule.isRegex && rule.origin === 'list' && rule.enabled)).toBe(true);
    expect(result.problems).toEqual([
      {
        name: '。',
        pattern: '。',
        reason: {
          code: 'invalid.text',
          params: { reason: { code: 'compile.tooShort', params: { count: 2 } } },
        },
      },
    ]);
  });
});

describe('format detection and the project format', () => {
  const own: UserRule[] = [
    createRule({ id: 'a', name: '甲', pattern: '示例广告', group: 'g', note: '说明', order: 3 }),
    createRule({
      id: 'b',
      pattern: '本站.*',
      isRegex: true,
      scope: ['*.example.com'],
      excludeScope: ['m.example.com'],
    }),
    createRule({ id: 'c', pattern: '停用规则', enabled: false, origin: 'legado' }),
  ];

  it.each([
    [exportRules(own), 'jingdu'],
    [fixture('legado-sample.json'), 'legado'],
    [fixture('legado-single.json'), 'legado'],
    [fixture('legado-malformed.json.txt'), 'legado'],
    [fixture('spam-list.txt'), 'text'],
    ['[txt全集下载]\n{示例文学网}', 'text'],
  ])('detects format %#', (text, format) => {
    expect(detectRulesFormat(text)).toBe(format);
  });

  it('round-trips through export and import without loss', () => {
    const result = importRulesFile(exportRules(own));
    expect(result).toMatchObject({ format: 'jingdu', problems: [], notes: [] });
    expect(result.rules).toEqual(own);
  });

  it('round-trips imported Legado rules too', () => {
    const legado = importLegadoRules(fixture('legado-sample.json')).rules;
    expect(importRulesFile(exportRules(legado)).rules).toEqual(legado);
  });

  it('reads the importer’s notes that a format 1 file kept as English lines in the note', () => {
    const old = {
      ...own[0],
      note: '说明\nscope names books or sources (某书), not sites: imported disabled',
    };
    const { notes: _notes, ...fields } = old;
    const file = JSON.stringify({ format: 'jingdu-rules', version: 1, rules: [fields] });
    const result = importRulesFile(file);
    expect(result.notes).toEqual([]);
    expect(result.rules).toEqual([
      { ...own[0], note: '说明', notes: [{ code: 'legado.scopeNames', params: { names: '某书' } }] },
    ]);
    // A file of the current format keeps its note as written.
    const current = importRulesFile(JSON.stringify({ format: 'jingdu-rules', version: 2, rules: [old] }));
    expect(current.rules[0]!.note).toBe(old.note);
  });

  it('reports broken entries of a project file and keeps the rest', () => {
    const file = JSON.stringify({ format: 'jingdu-rules', version: 1, rules: [own[0], { pattern: 7 }, 'x'] });
    const result = importRulesFile(file);
    expect(result.rules).toEqual([own[0]]);
    expect(result.problems.map((p) => p.reason)).toEqual([
      { code: 'stored.noPattern', params: { number: 2 } },
      { code: 'stored.notObject', params: { number: 3 } },
    ]);
  });
});

describe('mergeRules', () => {
  const mine = [
    createRule({ id: 'u-1', name: '我的', pattern: '示例广告' }),
    createRule({ id: 'u-2', pattern: '站点广告', scope: ['www.example.com'] }),
  ];

  it('skips rules with the same content and never overwrites the reader’s rules', () => {
    const incoming = [
      createRule({ id: 'u-1', name: '别人的', pattern: '别的广告' }),
      createRule({ id: 'x', name: '同内容', pattern: '示例广告' }),
      createRule({ id: 'y', pattern: '站点广告', scope: ['other.org'] }),
      createRule({ id: 'z', pattern: '别的广告' }),
    ];
    const merged = mergeRules(mine, incoming);
    expect(merged.rules.slice(0, 2)).toEqual(mine);
    expect(merged.added.map((rule) => [rule.id, rule.pattern])).toEqual([
      ['u-1-2', '别的广告'],
      ['y', '站点广告'],
    ]);
    expect(merged.duplicates.map((rule) => rule.id)).toEqual(['x', 'z']);
    expect(new Set(merged.rules.map((rule) => rule.id)).size).toBe(merged.rules.length);
  });

  it('de-duplicates a corpus import against itself', () => {
    const patterns = corpusEntries('re: ');
    const imported = importRulesFile(
      JSON.stringify(patterns.map((pattern) => ({ pattern, replacement: '', isRegex: true }))),
    );
    const merged = mergeRules([], imported.rules);
    expect(merged.added.length).toBe(new Set(patterns.map((p) => p.trim())).size);
    expect(merged.added.length + merged.duplicates.length).toBe(patterns.length);
  });
});
