import { describe, expect, it } from 'vitest';
import { compileRules } from '@/core/rules/compile';
import { translatePattern } from '@/core/rules/dialect';
import { compileRulesWith, findRuleSpans } from '@/core/rules/match';
import { createRule, hostMatches, ruleAppliesToHost, type UserRule } from '@/core/rules/model';
import { compileRegex } from '@/core/rules/re2';
import { syntaxError } from '@/core/rules/re2-errors';
import { validateRule } from '@/core/rules/validate';
import { codesOf, reasonOf } from '@/tests/helpers/reasons';

/** The texts the rule matches in the line. */
function matched(rule: UserRule, line: string): string[] {
  const compiled = compileRules([rule], 'www.example.com');
  expect(compiled.problems).toEqual([]);
  return findRuleSpans(compiled, line).map(({ start, end }) => line.slice(start, end));
}

const literal = (pattern: string): UserRule => createRule({ pattern });
const regex = (pattern: string): UserRule => createRule({ pattern, isRegex: true });

describe('validateRule', () => {
  const expression = (...codes: string[]) => ['invalid.expression', ...codes];
  const unsupported = (feature: string) => expression('compile.unsupported', feature);
  const cases: Array<[string, Partial<UserRule>, string[] | null]> = [
    ['empty pattern', { pattern: '' }, ['invalid.patternEmpty']],
    ['blank pattern', { pattern: '   ' }, ['invalid.patternEmpty']],
    ['literal with one letter', { pattern: '<a>' }, ['invalid.text', 'compile.tooShort']],
    ['literal of punctuation only', { pattern: '……' }, ['invalid.text', 'compile.tooShort']],
    ['bad scope entry', { pattern: '广告', scope: ['not a host!'] }, ['invalid.host']],
    ['bad exclusion entry', { pattern: '广告', excludeScope: ['http://'] }, ['invalid.host']],
    ['back-reference', { pattern: '(.+)\\1', isRegex: true }, unsupported('feature.backReference')],
    ['look-ahead', { pattern: '广告(?=。)', isRegex: true }, unsupported('feature.lookAhead')],
    [
      'negative look-ahead',
      { pattern: '广告(?!位)', isRegex: true },
      unsupported('feature.negativeLookAhead'),
    ],
    ['look-behind', { pattern: '(?<=。)广告', isRegex: true }, unsupported('feature.lookBehind')],
    [
      'negative look-behind',
      { pattern: '(?<!不)广告', isRegex: true },
      unsupported('feature.negativeLookBehind'),
    ],
    ['possessive quantifier', { pattern: '广告.*+', isRegex: true }, unsupported('feature.possessive')],
    ['atomic group', { pattern: '(?>广告)', isRegex: true }, unsupported('feature.atomicGroup')],
    [
      'class intersection',
      { pattern: '[a-z&&[^b]]', isRegex: true },
      unsupported('feature.classIntersection'),
    ],
    ['Java property', { pattern: '\\p{javaLowerCase}+', isRegex: true }, unsupported('feature.javaProperty')],
    ['comments mode', { pattern: '(?x) a b', isRegex: true }, expression('compile.commentsMode')],
    [
      'syntax error',
      { pattern: '(广告', isRegex: true },
      expression('compile.invalid', 'syntax.at', 'syntax.missingParen'),
    ],
    ['empty alternative', { pattern: '广告|', isRegex: true }, expression('compile.matchesEmpty')],
    ['everything', { pattern: '.*', isRegex: true }, expression('compile.matchesEmpty')],
    ['plain literal', { pattern: '天才一秒记住' }, null],
    ['scoped regex', { pattern: '本章未完.*', isRegex: true, scope: ['*.example.com'] }, null],
  ];
  it.each(cases)('%s', (_label, fields, codes) => {
    const verdict = validateRule(createRule({ pattern: '', ...fields }));
    if (codes === null) expect(verdict).toEqual({ ok: true });
    else expect(verdict.ok ? 'accepted' : codesOf(verdict.reason)).toEqual(codes);
  });

  it('names what it refuses: the site, the count, the feature, the library’s complaint', () => {
    const reason = (fields: Partial<UserRule>) =>
      reasonOf(validateRule(createRule({ pattern: '', ...fields })));
    expect(reason({ pattern: '广告', scope: ['not a host!'] })).toEqual({
      code: 'invalid.host',
      params: { host: 'not a host!' },
    });
    expect(reason({ pattern: '<a>' })?.params['reason']).toEqual({
      code: 'compile.tooShort',
      params: { count: 2 },
    });
    expect(reason({ pattern: '(.+)\\2', isRegex: true })?.params['reason']).toEqual({
      code: 'compile.unsupported',
      params: { feature: { code: 'feature.backReference', params: { reference: '\\2' } } },
    });
    expect(reason({ pattern: '(广告', isRegex: true })?.params['reason']).toEqual({
      code: 'compile.invalid',
      params: {
        error: {
          code: 'syntax.at',
          params: { problem: { code: 'syntax.missingParen', params: {} }, text: '`(?:广告`' },
        },
      },
    });
  });

  it('reads the regex library’s known complaints as codes and passes any other on as it came', () => {
    expect(syntaxError('error parsing regexp: invalid repeat count: `{1001}`')).toEqual({
      code: 'syntax.at',
      params: { problem: { code: 'syntax.repeatCount', params: {} }, text: '`{1001}`' },
    });
    expect(syntaxError('error parsing regexp: expression too large')).toEqual({
      code: 'syntax.tooLarge',
      params: {},
    });
    for (const message of ['error parsing regexp: invalid capture in lookbehind: `(?<=(a))`', 'odd'])
      expect(syntaxError(message)).toBe(message);
  });
});

describe('translatePattern (Java and JS dialects to RE2)', () => {
  const cases: Array<[string, string, Partial<ReturnType<typeof flagsOf>>]> = [
    ['(?m)^广告$', '^广告$', { multiline: true }],
    ['(?mi)^ad$', '^ad$', { multiline: true, ignoreCase: true }],
    ['(?s)(?i)a.b', 'a.b', { dotAll: true, ignoreCase: true }],
    ['(?u)广告', '广告', {}],
    ['[ \\xa0\\u3000]', '[ \\xa0\\x{3000}]', {}],
    ['\\u{1F600}', '\\x{1F600}', {}],
    ['\\(一秒\\）', '\\(一秒）', {}],
    ['\\x{3000}+', '\\x{3000}+', {}],
    ['a\\Z', 'a\\z', {}],
    ['\\p{IsHan}+', '\\p{Han}+', {}],
    ['[^/]a+?', '[^/]a+?', {}],
    ['[]a]', '[]a]', {}],
  ];
  it.each(cases)('%s', (pattern, source, flags) => {
    const result = translatePattern(pattern);
    expect(result.ok && result.source).toBe(source);
    if (result.ok) expect(result.flags).toEqual({ ...flagsOf(), ...flags });
  });

  it('widens \\s to the full-width and no-break spaces of Chinese pages', () => {
    expect(matched(regex('乐文\\s+小说'), '乐文\u3000\u00a0小说')).toEqual(['乐文\u3000\u00a0小说']);
    expect(matched(regex('[^\\s]+'), '甲\u3000乙')).toEqual(['甲', '乙']);
    expect(matched(regex('甲\\S乙'), '甲\u3000乙')).toEqual([]);
  });

  it('notes flags that have no effect instead of failing', () => {
    const result = translatePattern('(?U)\\w+');
    expect(result.ok && result.notes).toEqual([{ code: 'note.flagUnicode', params: {} }]);
    const noEffect = translatePattern('(?ud)广告');
    expect(noEffect.ok && noEffect.notes).toEqual([
      { code: 'note.flagNoEffect', params: { flag: 'u' } },
      { code: 'note.flagNoEffect', params: { flag: 'd' } },
    ]);
  });
});

function flagsOf(): { ignoreCase: boolean; multiline: boolean; dotAll: boolean } {
  return { ignoreCase: false, multiline: false, dotAll: false };
}

describe('literal rules match on skeletons', () => {
  const cases: Array<[string, string, string[]]> = [
    ['uu看书 www.uukanshu.com', 'UＵ看书 ｗww.uukａnｓhu．com', ['UＵ看书 ｗww.uukａnｓhu．com']],
    ['本章未完', '本.章.未.完.，.登.录', ['本.章.未.完']],
    [
      '精华书阁无错首发',
      '精../华../书../阁../无../错../首../发~~',
      ['精../华../书../阁../无../错../首../发'],
    ],
    ['(本章完)', '他合上书。（本章完）', ['（本章完）']],
    ['请勿开启阅读模式', '请\u200b勿\u200c开启阅读模式', ['请\u200b勿\u200c开启阅读模式']],
    ['www.example.com', '访问Ｗｗｗ．ＥＸＡＭＰＬＥ．ｃｏｍ看书', ['Ｗｗｗ．ＥＸＡＭＰＬＥ．ｃｏｍ']],
    ['最新章节', '😀最新章节😀最新章节', ['最新章节', '最新章节']],
    // Guards: no word-internal ASCII hits, no hits across sentences for short patterns.
    ['.com', 'welcome home', []],
    ['.com', 'a telecom', []],
    ['ri', 'the rich ride', []],
    ['书阁', '他放下书，阁楼里很静。', []],
    ['本章完', '这本章完全看不懂', ['本章完']],
  ];
  it.each(cases)('%s in %s', (pattern, line, expected) => {
    expect(matched(literal(pattern), line)).toEqual(expected);
  });

  it('maps spans to UTF-16 positions of the original line', () => {
    const line = '𠀀𠀀ＵＵ看书';
    const [span] = findRuleSpans(compileRules([literal('uu看书')], 'x.com'), line);
    expect(span).toEqual({ start: 4, end: 8, ruleId: literal('uu看书').id });
  });
});

describe('regex rules run on re2js', () => {
  it('finds every match with its span', () => {
    expect(matched(regex('[（(]本章未完.*?[）)]'), '甲（本章未完，请翻页）乙(本章未完)')).toEqual([
      '（本章未完，请翻页）',
      '(本章未完)',
    ]);
    expect(matched(regex('(?i)^https?://\\S+$'), 'HTTPS://m.example.com/1.html')).toHaveLength(1);
  });

  it('returns on catastrophic patterns instead of hanging', () => {
    const find = compileRegex('(a+)+$');
    expect(find.ok && find.find('a'.repeat(5000) + 'b')).toEqual([]);
    const nested = compileRegex('(x+x+)+y');
    expect(nested.ok && nested.find('x'.repeat(20000))).toEqual([]);
  });
});

describe('scopes', () => {
  const cases: Array<[string, string, boolean]> = [
    ['www.example.com', 'www.example.com', true],
    ['www.example.com', 'WWW.Example.com:8080', true],
    ['www.example.com', 'm.example.com', false],
    ['*.example.com', 'example.com', true],
    ['*.example.com', 'a.b.example.com', true],
    ['*.example.com', 'notexample.com', false],
  ];
  it.each(cases)('%s covers %s: %s', (pattern, host, expected) => {
    expect(hostMatches(pattern, host)).toBe(expected);
  });

  it('applies everywhere when unscoped, and exclusions win', () => {
    const rule = createRule({ pattern: '广告', scope: ['*.example.com'], excludeScope: ['m.example.com'] });
    expect(ruleAppliesToHost(rule, 'www.example.com')).toBe(true);
    expect(ruleAppliesToHost(rule, 'm.example.com')).toBe(false);
    expect(ruleAppliesToHost(rule, 'other.org')).toBe(false);
    expect(ruleAppliesToHost(createRule({ pattern: '广告' }), 'other.org')).toBe(true);
  });
});

describe('compileRules', () => {
  const rules = [
    createRule({ id: 'late', pattern: '广告乙', order: 5 }),
    createRule({ id: 'early', pattern: '广告甲', order: 1 }),
    createRule({ id: 'off', pattern: '广告丙', enabled: false }),
    createRule({ id: 'elsewhere', pattern: '广告丁', scope: ['other.org'] }),
    createRule({ id: 'broken', pattern: '(广告', isRegex: true }),
    createRule({ id: 'regex', pattern: '广告[戊己]', isRegex: true, order: 9 }),
  ];

  it('keeps enabled rules for the host in order and reports the ones that cannot run', () => {
    const compiled = compileRules(rules, 'www.example.com');
    expect(compiled.rules.map((rule) => rule.id)).toEqual(['early', 'late', 'regex']);
    expect(compiled.problems).toEqual([
      { ruleId: 'broken', name: '(广告', reason: expect.objectContaining({ code: 'compile.invalid' }) },
    ]);
    const line = '广告乙广告甲广告丙广告丁广告己';
    expect(findRuleSpans(compiled, line)).toEqual([
      { start: 0, end: 3, ruleId: 'late' },
      { start: 3, end: 6, ruleId: 'early' },
      { start: 12, end: 15, ruleId: 'regex' },
    ]);
  });

  it('runs literal rules without a regex engine and reports the regex ones', () => {
    const compiled = compileRulesWith(rules, 'www.example.com', null);
    expect(compiled.rules.map((rule) => rule.id)).toEqual(['early', 'late']);
    expect(compiled.problems.map((problem) => [problem.ruleId, problem.reason.code])).toEqual([
      ['broken', 'compile.noRegexEngine'],
      ['regex', 'compile.noRegexEngine'],
    ]);
  });
});
