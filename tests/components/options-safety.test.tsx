import { describe, expect, it } from 'vitest';
import { createRule } from '@/core/rules/model';
import { importRulesFile } from '@/core/rules/import';
import { click, t, text } from './helpers';
import {
  HOSTILE,
  SPAM,
  STORY,
  button,
  choose,
  mockOptionsActions,
  mountOptions,
  settingsWith,
  submit,
  type,
} from './options-helpers';

const CHAPTER = ['第一章 雪夜', ...STORY, SPAM, ...STORY, ...STORY];

async function editorWith(pattern: string, isRegex: boolean, pasted: readonly string[] = CHAPTER) {
  const actions = mockOptionsActions();
  const root = await mountOptions(actions);
  await click(button(root, t('ruleNew')));
  await choose(root.querySelector('#preview-source'), 'paste');
  await type(root.querySelector('#preview-text'), pasted.join('\n'));
  if (isRegex) await click(root.querySelector('input[name="rule-kind"]:not(:checked)'));
  await type(root.querySelector('#rule-pattern'), pattern);
  return { actions, root };
}

describe('rules that would hurt the story are refused, with the reason, and not saved', () => {
  it.each([
    ['.{2,}', t('refusedShare', ['100'])],
    ['第(.*)章(.|\\n)*', t('refusedShareAcross', ['100'])],
  ])('%s', async (pattern, reason) => {
    const { actions, root } = await editorWith(pattern, true);
    const refusal = root.querySelector('.refusal[role="alert"]')!;
    expect(text(refusal, '.refusal__title')).toBe(t('ruleRefused', [t('sourcePaste')]));
    expect(text(refusal, '.refusal__reason')).toBe(reason);
    await submit(root.querySelector('form.editor'));
    expect(actions.update).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(refusal);
  });

  it('a rule that cuts into quoted dialogue', async () => {
    const { actions, root } = await editorWith('汽水联盟', false, [...CHAPTER, '“橘子汽水联盟来了。”她说。']);
    expect(text(root, '.refusal__reason')).toBe('会删到引号里的对话：“橘子汽水联盟来了。”她说。');
    await submit(root.querySelector('form.editor'));
    expect(actions.update).not.toHaveBeenCalled();
  });

  it('is checked on the bundled chapter too, whatever the preview shows', async () => {
    const { root } = await editorWith('.{2,}', true, []);
    expect(text(root, '.refusal__title')).toBe(t('ruleRefused', [t('sourceBundled')]));
  });

  it('a stored rule cannot be switched on when it would hurt the bundled chapter', async () => {
    const rule = createRule({ id: 'u-all', name: '全部', pattern: '.{2,}', isRegex: true, enabled: false });
    const actions = mockOptionsActions({ settings: settingsWith([rule]) });
    const root = await mountOptions(actions);
    const toggle = root.querySelector<HTMLInputElement>('.rule [role="switch"]')!;
    await click(toggle);
    expect(actions.update).not.toHaveBeenCalled();
    expect(toggle.checked).toBe(false);
    expect(text(root, '.rule [role="alert"]')).toBe('没有启用：会删除本章 100% 的文字（上限是四分之一）。');
  });

  it('a stored rule the engine cannot run says so in the list', async () => {
    const rule = createRule({ id: 'u-br', name: '重复', pattern: '(.{4,})\\1', isRegex: true });
    const root = await mountOptions(mockOptionsActions({ settings: settingsWith([rule]) }));
    expect(text(root, '.rule .field__error')).toBe(
      '这条规则无法运行：正则表达式使用了反向引用 \\1，线性时间引擎无法运行。',
    );
  });
});

describe('untrusted text is shown as text', () => {
  it('a rule name, a pattern and chapter text holding markup render as text, never as elements', async () => {
    const rule = createRule({ id: 'u-x', name: HOSTILE, pattern: `${SPAM}${HOSTILE}`, note: HOSTILE });
    const actions = mockOptionsActions({ settings: settingsWith([rule]) });
    const root = await mountOptions(actions);
    expect(text(root, '.rule__name')).toBe(HOSTILE);
    expect(text(root, '.rule__note')).toBe(HOSTILE);
    await click(button(root, t('ruleNew')));
    await choose(root.querySelector('#preview-source'), 'paste');
    await type(root.querySelector('#preview-text'), [...STORY, `${HOSTILE}${SPAM}`, ...STORY].join('\n'));
    await type(root.querySelector('#rule-name'), HOSTILE);
    await type(root.querySelector('#rule-pattern'), SPAM);
    expect(text(root, '.preview-line__text')).toBe(`${HOSTILE}${SPAM}`);
    expect(text(root, '.preview-line__reason')).toBe(t('removedByUser', [HOSTILE]));
    expect(document.querySelector('img, [onerror]')).toBeNull();
  });
});

describe('export', () => {
  it('downloads the rules in Jingdu’s own format, which imports back the same rules', async () => {
    const rules = [
      createRule({ id: 'u-1', name: '汽水', pattern: SPAM, scope: ['www.a.com'], note: '备注' }),
      createRule({
        id: 'u-2',
        name: '网址',
        pattern: '本站网址[:：]\\S+',
        isRegex: true,
        enabled: false,
        order: 1,
      }),
    ];
    const actions = mockOptionsActions({ settings: settingsWith(rules) });
    const root = await mountOptions(actions);
    await click(button(root, t('rulesExport')));
    const [name, file] = actions.download.mock.calls[0]!;
    expect(name).toBe('jingdu-rules.json');
    expect(JSON.parse(file)).toMatchObject({ format: 'jingdu-rules', version: 2 });
    expect(importRulesFile(file)).toMatchObject({ format: 'jingdu', rules, problems: [] });
  });
});
