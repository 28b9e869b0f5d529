/**
 * Rule-engine reasons in words. The reasons come from the engine itself (every code it has, fed the
 * inputs that produce them), and every code must have its message, with its values in the table's
 * order, in each locale.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reasonText, SHOWN_REASONS } from '@/components/reason-text';
import { reasonKey } from '@/core/reason';
import { translatePattern } from '@/core/rules/dialect';
import { importRulesFile } from '@/core/rules/import';
import { importLegadoValue } from '@/core/rules/import-legado';
import { createRule } from '@/core/rules/model';
import { RULE_REASONS, ruleReason, type RuleReason } from '@/core/rules/reasons';
import { checkRuleAgainstChapter } from '@/core/rules/safety';
import { validateRule, validateRuleWith } from '@/core/rules/validate';
import { loadRules } from '@/scripts/clean-cli/rules';
import { codesOf } from '@/tests/helpers/reasons';
import { t, translatorFor } from './helpers';
import { readMessages } from './messages';

const STORY = [
  '第一章 雪夜',
  '雪落在屋檐上，他推开门，看见院子里的灯还亮着。',
  '她把书合上，望着窗外出神，过了很久才轻声说话。',
  '风从巷子口吹进来，带着一点炊烟的味道。',
  '他们沿着河岸走了很远，谁也没有先开口。',
];

/** Expressions the engine refuses, one for each reason it gives (features, syntax errors…). */
const BAD_EXPRESSIONS = [
  '(.{4,})\\1',
  '(?<=本站)网址',
  '(?<!本站)网址',
  '广告(?=位)',
  '广告(?!位)',
  '(?>广告)',
  '\\G广告',
  '广告\\R',
  '\\X广告',
  '(?<n>广告)\\k<n>',
  '\\p{javaLowerCase}+',
  '[a-z&&[^aeiou]]',
  '[广告[位]]',
  '广告.*+',
  '(?x)广 告',
  '(?q)广告',
  'a|',
  '[a',
  'a(b',
  'a)b',
  '*a',
  'a**',
  'a{2,1}',
  '\\C',
  '[z-a]',
  'a\\',
  '(?P<a-b>x)',
  '(?z:a)',
  `${'(?:b'.repeat(1001)}c${')+c'.repeat(1001)}`,
  'x{1000}'.repeat(1500),
];

const LEGADO = [
  { name: '多站', pattern: '广告一', scope: 'https://www.a.com,我的修仙日记' },
  { name: '一本书', pattern: '广告二', scope: '我的修仙日记' },
  { name: '排除书', pattern: '广告三', excludeScope: '某书源' },
  { name: '空的', pattern: '' },
  { name: '替换', pattern: '广告四', replacement: '***' },
  { name: '标题', pattern: '广告五', scopeContent: false },
  7,
  { name: '回引', pattern: '(广告)\\1', isRegex: true },
];

/** The fields of a stored rule, for the entries of a Jingdu file below that get one or two wrong. */
const FIELDS = {
  group: '',
  isRegex: false,
  scope: [],
  excludeScope: [],
  enabled: true,
  note: '',
  notes: [],
  origin: 'user',
};

const JINGDU = {
  format: 'jingdu-rules',
  version: 9,
  rules: [
    'not a rule',
    { ...FIELDS, id: 'a', name: '无内容', order: 1 },
    { ...FIELDS, id: 'b', name: '坏字段', pattern: '橘子汽水', order: 'first', enabled: 'yes' },
    { ...FIELDS, id: 'c', name: '无网站', pattern: '柠檬汽水', order: 3, scope: 5 },
    { ...FIELDS, id: 'd', name: '坏网站', pattern: '葡萄汽水', order: 4, scope: ['www.a.com', 'bad_host!'] },
    { ...FIELDS, id: 'e', name: '回引', pattern: '(汽水)\\1', order: 5, isRegex: true, enabled: false },
  ],
};

/** Every kind of reason and note the rule engine gives the options page, from the engine itself. */
function engineReasons(): RuleReason[] {
  const reasons: RuleReason[] = [];
  const refuse = (verdict: { ok: true } | { ok: false; reason: RuleReason }) => {
    if (!verdict.ok) reasons.push(verdict.reason);
  };
  for (const pattern of BAD_EXPRESSIONS)
    refuse(validateRule({ pattern, isRegex: true, scope: [], excludeScope: [] }));
  refuse(validateRule({ pattern: '。', isRegex: false, scope: [], excludeScope: [] }));
  refuse(validateRule({ pattern: ' ', isRegex: false, scope: [], excludeScope: [] }));
  refuse(validateRule({ pattern: '广告', isRegex: false, scope: ['bad_host!'], excludeScope: [] }));
  refuse(validateRuleWith({ pattern: '广告', isRegex: true, scope: [], excludeScope: [] }, null));
  for (const pattern of ['(?u)广告', '(?d)广告', '(?U)广告']) {
    const translated = translatePattern(pattern);
    if (translated.ok) reasons.push(...translated.notes);
  }
  const check = (pattern: string, isRegex: boolean, lines = STORY) =>
    refuse(checkRuleAgainstChapter(createRule({ pattern, isRegex }), lines));
  check('.{2,}', true);
  check('第(.*)章(.|\\n)*', true);
  check('汽水联盟', false, [...STORY, '“橘子汽水联盟来了。”她说。']);
  check('(a)\\1', true);
  check('', false);
  const imported = [
    importRulesFile(JSON.stringify(LEGADO)),
    importRulesFile(JSON.stringify(JINGDU)),
    importRulesFile('{"format": "jingdu-rules"}'),
    importRulesFile('[{"name": "broken"'),
    importLegadoValue('not a list'),
  ];
  for (const result of imported)
    reasons.push(...[...result.problems, ...result.notes].map((problem) => problem.reason));
  return reasons;
}

const JSON_ERROR = (() => {
  try {
    JSON.parse('[{"name": "broken"');
  } catch (error) {
    return (error as Error).message;
  }
  return '';
})();

const LOCALES = ['zh_CN', 'zh_TW', 'en'];

describe('every reason code has its message in every locale', () => {
  const codes = Object.keys(SHOWN_REASONS);

  it.each(LOCALES)('%s: a message per code, filled with the code’s values in order', (locale) => {
    const messages = readMessages(locale);
    expect(codes.length).toBeGreaterThan(80);
    for (const code of codes) {
      const entry = messages[reasonKey(code)];
      expect(entry, `${locale}: ${code}`).toBeDefined();
      const placeholders = Object.entries(entry!.placeholders ?? {});
      const order = placeholders.sort(([, a], [, b]) => a.content.localeCompare(b.content));
      expect(
        order.map(([name]) => name),
        `${locale}: ${code}`,
      ).toEqual(SHOWN_REASONS[code]);
      for (const name of SHOWN_REASONS[code]!)
        expect(entry!.message.toLowerCase(), `${locale}: ${code}`).toContain(`$${name.toLowerCase()}$`);
    }
  });

  it('has no two codes sharing a message, and no reason message left without its code', () => {
    const keys = codes.map((code) => reasonKey(code));
    expect(new Set(keys).size).toBe(keys.length);
    const family = /^(feature|syntax|compile|note|invalid|refused|stored|file|legado|repair)[A-Z]/;
    for (const locale of LOCALES) {
      const orphans = Object.keys(readMessages(locale)).filter(
        (key) => family.test(key) && !keys.includes(key),
      );
      expect(orphans, locale).toEqual([]);
    }
  });
});

describe('rule-engine reasons in the reader language', () => {
  const reasons = engineReasons();

  it('the engine gives every code it has, and each reads without English in Chinese', () => {
    const given = new Set(reasons.flatMap(codesOf));
    expect([...given].sort()).toEqual(Object.keys(RULE_REASONS).sort());
    for (const reason of reasons) {
      const shown = reasonText(reason, t);
      // No English sentence is left, only names and regex fragments (and the JSON parser's message).
      expect(shown.replace(JSON_ERROR, ''), reason.code).not.toMatch(/[a-z]{2,} [a-z]{2,}/i);
      expect(shown, reason.code).not.toMatch(/\$\w+\$/);
    }
  });

  it('reads naturally in Simplified Chinese, with the technical parts kept', () => {
    expect(reasons.map((reason) => reasonText(reason, t))).toEqual(
      expect.arrayContaining([
        '正则表达式使用了反向引用 \\1，线性时间引擎无法运行。',
        '正则表达式使用了后行断言 (?<=…)，线性时间引擎无法运行。',
        '正则表达式使用了占有量词（如 a++），线性时间引擎无法运行。',
        '正则表达式无效：缺少右方括号“]”：`[a`。',
        '正则表达式可以匹配空文本，因此会匹配每一行。',
        '这段文字少于 2 个字母、数字或汉字，几乎哪里都能匹配。',
        '会删除本章 100% 的文字（上限是四分之一）。',
        '会删到引号里的对话：“橘子汽水联盟来了。”她说。',
        '适用范围写的是书名或书源（我的修仙日记），不是网站：导入后已停用',
        '适用范围只保留了网站 www.a.com，忽略了书名或书源 我的修仙日记',
        '无法运行：正则表达式使用了反向引用 \\1，线性时间引擎无法运行。',
        '规则“坏字段”：字段 order, enabled 缺失或无法读取，已重置',
        '标志 (?u) 在这里不起作用',
        `这个文件不是有效的 JSON：${JSON_ERROR}`,
      ]),
    );
  });

  it('reads in Traditional Chinese and English too, every value filled in', () => {
    for (const locale of ['zh_TW', 'en']) {
      const lookup = translatorFor(locale);
      for (const reason of reasons) {
        const shown = reasonText(reason, lookup);
        expect(shown.trim(), reason.code).not.toBe('');
        expect(shown, reason.code).not.toMatch(/\$\w+\$/);
      }
    }
    const lookBehind = validateRule({ pattern: '(?<=本站)网址', isRegex: true, scope: [], excludeScope: [] });
    expect(!lookBehind.ok && reasonText(lookBehind.reason, translatorFor('zh_TW'))).toBe(
      '正規表示式使用了後行斷言 (?<=…)，線性時間引擎無法執行。',
    );
    expect(!lookBehind.ok && reasonText(lookBehind.reason, translatorFor('en'))).toBe(
      'The expression uses a look-behind (?<=…), which the linear-time engine cannot run.',
    );
  });

  it('shows the regex library’s own message as it came when it is not a known error', () => {
    const odd = ruleReason('invalid.expression', {
      reason: ruleReason('compile.invalid', { error: 'something odd' }),
    });
    expect(reasonText(odd, t)).toBe('正则表达式无效：something odd。');
  });
});

describe('the CLI prints the same reasons in the English of the extension', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says why a rule of a --rules file was skipped, from the en messages', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jingdu-reasons-')), 'rules.json');
    writeFileSync(file, JSON.stringify(LEGADO.slice(0, 2).concat([LEGADO[7]!])));
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    expect(loadRules(file).map((rule) => rule.name)).toEqual(['多站', '一本书']);
    expect(printed).toEqual([
      `--rules ${file}: skipped 回引: The expression uses a back-reference \\1, which the linear-time engine cannot run.`,
      `--rules ${file}: 多站: Scope kept to www.a.com; the names 我的修仙日记 were ignored`,
      `--rules ${file}: 一本书: The scope names books or sources (我的修仙日记), not sites: imported disabled`,
    ]);
  });
});
