import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Translate } from '@/components/actions';
import { ruleNoteText, ruleReasonText } from '@/components/rule-reason';
import { translatePattern } from '@/core/rules/dialect';
import { importRulesFile } from '@/core/rules/import';
import { importLegadoValue } from '@/core/rules/import-legado';
import { createRule } from '@/core/rules/model';
import { checkRuleAgainstChapter } from '@/core/rules/safety';
import { validateRule, validateRuleWith } from '@/core/rules/validate';
import { t, translatorFor } from './helpers';

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
function engineReasons(): string[] {
  const reasons: string[] = [];
  const refuse = (verdict: { ok: true } | { ok: false; reason: string }) => {
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
  return [...new Set(reasons)];
}

/** A lookup that records the keys it is asked for. */
function recording(lookup: Translate, used: Set<string>): Translate {
  return (key, substitutions) => {
    used.add(key);
    return lookup(key, substitutions);
  };
}

/** The message keys components/rule-reason.ts can ask for. */
function keysOfModule(): string[] {
  const messages = Object.keys(JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')));
  const source = readFileSync('components/rule-reason.ts', 'utf8');
  return [...source.matchAll(/'(\w+)'/g)].map((match) => match[1]!).filter((key) => messages.includes(key));
}

const JSON_ERROR = (() => {
  try {
    JSON.parse('[{"name": "broken"');
  } catch (error) {
    return (error as Error).message;
  }
  return '';
})();

describe('rule-engine reasons in the reader language', () => {
  const reasons = engineReasons();

  it('translates every reason and note the engine gives, and the engine gives every shape it knows', () => {
    const used = new Set<string>();
    const zh = recording(t, used);
    expect(reasons.length).toBeGreaterThan(50);
    for (const reason of reasons) {
      const shown = ruleReasonText(reason, zh);
      expect(shown, reason).not.toBe(reason);
      // No English sentence is left, only names and regex fragments (and the JSON parser's message).
      expect(shown.replace(JSON_ERROR, ''), reason).not.toMatch(/[a-z]{2,} [a-z]{2,}/i);
    }
    expect([...used].sort()).toEqual(expect.arrayContaining(keysOfModule().sort()));
    expect(keysOfModule()).toHaveLength(new Set(keysOfModule()).size);
  });

  it('reads naturally in Simplified Chinese, with the technical parts kept', () => {
    const shown = reasons.map((reason) => ruleReasonText(reason, t));
    expect(shown).toEqual(
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
      ]),
    );
  });

  it('has every message in Traditional Chinese and English too', () => {
    for (const locale of ['zh_TW', 'en']) {
      const lookup = translatorFor(locale);
      for (const reason of reasons) expect(ruleReasonText(reason, lookup).trim()).not.toBe('');
    }
    const tw = translatorFor('zh_TW');
    expect(
      ruleReasonText(
        'The expression uses a look-behind (?<=…), which the linear-time engine cannot run.',
        tw,
      ),
    ).toBe('正規表示式使用了後行斷言 (?<=…)，線性時間引擎無法執行。');
  });

  it('shows an unknown reason as it came, and a reason with an unknown part whole', () => {
    for (const reason of [
      '<b>something new</b>',
      'The expression frobnicates.',
      'The expression uses a time machine, which the linear-time engine cannot run.',
      '',
    ])
      expect(ruleReasonText(reason, t)).toBe(reason);
    // An error text from the regex library that is not known stays as it came, inside the sentence.
    expect(ruleReasonText('The expression is not valid: something odd.', t)).toBe(
      '正则表达式无效：something odd。',
    );
  });

  it('translates the lines an importer wrote into a rule’s note and keeps the reader’s own', () => {
    const note = 'my own words\nscope names books or sources (某书), not sites: imported disabled';
    expect(ruleNoteText(note, t)).toBe(
      'my own words\n适用范围写的是书名或书源（某书），不是网站：导入后已停用',
    );
  });
});
