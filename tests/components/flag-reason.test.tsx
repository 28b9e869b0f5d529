import { describe, expect, it } from 'vitest';
import { flagReasonText, ruleNameText } from '@/components/flag-reason';
import { FLAG_CODES, type FlagReason } from '@/core/flag-reasons';
import { BUILT_IN_RULES } from '@/core/rule-ids';
import { classifyLine } from '@/core/classify-line';
import { PageCleaner } from '@/dom/clean-page';
import { drain } from '@/dom/walk';
import { t } from './helpers';

const STORY = Array.from(
  { length: 4 },
  (_, i) => `雪落在屋檐上，他推开第${i + 1}扇木门，看见院子里的灯笼还亮着。`,
);

function chapterPage(): Document {
  const body = STORY.map((line) => `${line}<br><br>`).join('');
  return new DOMParser().parseFromString(
    `<html><head><title>第一章 雪夜_长夜书</title></head><body><h1>第一章 雪夜</h1>
<div id="content">${body}</div><a href="/1.html">上一章</a><a href="/">目录</a><a href="/3.html">下一章</a></body></html>`,
    'text/html',
  );
}

/** Every kind of flag the engine raises, from the engine itself. */
function engineReasons(): FlagReason[] {
  const reasons: FlagReason[] = [];
  for (const line of [
    '《斗破苍穹》',
    '看小说“杂书网zashu.net”',
    '他打开浏览器搜索那个名字，结果一无所获。',
  ]) {
    const verdict = classifyLine(line, {});
    if (verdict.action === 'flag') reasons.push(verdict.reason);
  }
  const refused = new PageCleaner(chapterPage());
  refused.detect();
  refused.useRules(new Map(STORY.map((line) => [line, [{ start: 0, end: line.length, rule: 'user:all' }]])));
  reasons.push(...refused.cleanDetected().flags.map((flag) => flag.reason));
  const late = new PageCleaner(chapterPage());
  late.clean();
  const box = late.doc.getElementById('content')!;
  const added = Array.from({ length: 12 }, (_, i) =>
    late.doc.createTextNode(`天才一秒记住本站地址：www.ceshi${i}.com`),
  );
  for (const node of added) box.append(node, late.doc.createElement('br'));
  drain(late.cleanAddedSteps(added));
  reasons.push(...late.report().flags.map((flag) => flag.reason));
  const seen = new Set<string>();
  return reasons.filter((reason) => !seen.has(JSON.stringify(reason)) && seen.add(JSON.stringify(reason)));
}

describe('flag reasons in the reader language', () => {
  it('translates every kind of flag the engine raises', () => {
    const reasons = engineReasons();
    expect(reasons.map((reason) => reason.code).sort()).toEqual(
      [
        'flag.adInDialogue',
        'flag.adInStory',
        'flag.lateSafety',
        'flag.loneBookTitle',
        'flag.safetyStop',
      ].sort(),
    );
    expect(reasons.map((reason) => flagReasonText(reason, t))).toEqual(
      expect.arrayContaining(['单独一行的书名', '规则将删除本章 100% 的内容，因此未作任何删除']),
    );
  });

  it('names the rule in the reader language, the reader’s own rules by their name', () => {
    const reason: FlagReason = { code: 'flag.adInStory', params: { rule: 'web-address' } };
    expect(flagReasonText(reason, t)).toBe('正文句子中出现广告用语（规则 网址）');
    expect(ruleNameText('user:橘子', t)).toBe('你的规则“橘子”');
  });

  it('has words for every flag code and every built-in rule', () => {
    for (const code of FLAG_CODES) {
      const text = flagReasonText({ code, params: { rule: 'copyright', share: 30 } } as FlagReason, t);
      expect(text, code).not.toMatch(/^flag_|^$/);
    }
    for (const rule of BUILT_IN_RULES) expect(ruleNameText(rule, t), rule).not.toMatch(/^removedBy_|^$/);
  });
});
