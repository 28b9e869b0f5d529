import { describe, expect, it } from 'vitest';
import { isDialogueLine, quotedRanges } from '@/core/rules/dialogue';
import { createRule } from '@/core/rules/model';
import { checkRuleAgainstChapter, MAX_REMOVED_SHARE } from '@/core/rules/safety';
import { codesOf, reasonOf } from '@/tests/helpers/reasons';

// A made-up chapter: a title, narration, dialogue, and two spam lines.
const chapter = [
  '第一章 山门',
  '林风推开山门，院子里积了一层薄雪，远处的钟声一下一下传过来，像是在数着什么。',
  '“掌门指点？你们两个搞了什么交易啊，半夜还在后山？”师姐压低声音问道。',
  '他想起第三章里师父说过的话，摇了摇头，没有回答，只是把手里的灯笼举高了一点。',
  '「明日辰时，藏经阁见。」纸条上只有这一行字。',
  '记住本站域名永不迷路：www.example-novel.com',
  '雪越下越大，他裹紧了衣服，沿着石阶一步一步往上走，脚印很快又被新雪盖住了。',
  '“走吧。”（本章未完，请翻页）',
];

const regex = (pattern: string) => createRule({ pattern, isRegex: true });
const literal = (pattern: string) => createRule({ pattern });

describe('checkRuleAgainstChapter', () => {
  it('refuses a chapter-eating rule and says it spans line breaks', () => {
    const verdict = checkRuleAgainstChapter(regex('第(.*)章(.|\\n)*'), chapter);
    expect(reasonOf(verdict)).toEqual({ code: 'refused.shareAcross', params: { share: 100 } });
  });

  it('refuses [\\s\\S]-style rules that join two spam lines with the story between', () => {
    const verdict = checkRuleAgainstChapter(regex('记住本站[\\s\\S]+请翻页'), ['记住本站一', ...chapter]);
    expect(reasonOf(verdict)?.code).toBe('refused.shareAcross');
  });

  it('refuses a rule that would take out more than a quarter, line by line', () => {
    const verdict = checkRuleAgainstChapter(regex('\\p{Han}{4,}[，。]'), chapter);
    expect(reasonOf(verdict)).toEqual({ code: 'refused.share', params: { share: expect.any(Number) } });
    expect(reasonOf(verdict)?.params['share']).toBeGreaterThan(MAX_REMOVED_SHARE * 100);
  });

  it('refuses a rule that cuts into dialogue, quoting the line', () => {
    const verdict = checkRuleAgainstChapter(literal('交易'), chapter);
    expect(verdict).toEqual({
      ok: false,
      reason: { code: 'refused.dialogue', params: { line: expect.stringMatching(/^“掌门指点/) } },
    });
    const corner = checkRuleAgainstChapter(regex('藏经阁'), chapter);
    expect(reasonOf(corner)?.params['line']).toMatch(/^「明日辰时/);
  });

  it('refuses a 第…章 rule once the dialogue mentions a chapter', () => {
    expect(checkRuleAgainstChapter(regex('第.章'), chapter).ok).toBe(true);
    const verdict = checkRuleAgainstChapter(regex('第.章'), [...chapter, '“你读到第五章了吗？”']);
    expect(reasonOf(verdict)).toEqual({ code: 'refused.dialogue', params: { line: '“你读到第五章了吗？”' } });
  });

  it('accepts narrow spam rules, including one that trims spam after a line of dialogue', () => {
    const site = checkRuleAgainstChapter(regex('记住本站域名.*'), chapter);
    expect(site).toMatchObject({ ok: true, matchedLines: 1 });
    expect(site.ok && site.removedShare).toBeLessThan(MAX_REMOVED_SHARE);
    expect(checkRuleAgainstChapter(literal('(本章未完，请翻页)'), chapter)).toMatchObject({
      ok: true,
      matchedLines: 1,
    });
  });

  it('refuses a rule that cannot run, with the reason', () => {
    const verdict = checkRuleAgainstChapter(regex('(广告)\\1'), chapter);
    expect(codesOf(reasonOf(verdict)!)).toEqual([
      'refused.cannotRun',
      'compile.unsupported',
      'feature.backReference',
    ]);
  });
});

describe('dialogue detection', () => {
  it.each([
    ['“走吧。”他说。', true],
    ['  「好。」', true],
    ['他说："我们明天再来，今天已经太晚了。"', true],
    ['他只说了一个字：“好”，然后转身离开了院子，再也没有回头。', false],
    ['没有引号的叙述。', false],
  ])('%s → %s', (line, expected) => {
    expect(isDialogueLine(line)).toBe(expected);
  });

  it('treats an unclosed quote as running to the end of the line', () => {
    expect(quotedRanges('他说：“一直说到段尾')).toEqual([[3, 10]]);
  });
});
