import { describe, expect, it } from 'vitest';
import { createRule } from '@/core/rules/model';
import { click, key, t, text } from './helpers';
import {
  BUNDLED,
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

const CHAPTER = [STORY[0]!, SPAM, ...STORY.slice(1), `${STORY[1]}橘子汽水联盟特别赞助本章`, STORY[2]!];

/** Opens the editor for a new rule and previews on `pasted`. */
async function openEditor(actions = mockOptionsActions(), pasted = CHAPTER.join('\n')) {
  const root = await mountOptions(actions);
  await click(button(root, t('ruleNew')));
  await choose(root.querySelector('#preview-source'), 'paste');
  await type(root.querySelector('#preview-text'), pasted);
  return root;
}

function previewed(root: ParentNode) {
  return [...root.querySelectorAll('.preview-line')].map((line) => ({
    outcome: line.getAttribute('data-outcome'),
    text: text(line, '.preview-line__text'),
    removed: [...line.querySelectorAll('del')].map((del) => del.textContent).join(''),
  }));
}

describe('rule editor: live preview', () => {
  it('shows which lines a literal rule removes, cuts, or keeps and flags, as the cleaner decides', async () => {
    const root = await openEditor(undefined, [...CHAPTER, `他喝了一口橘子汽水联盟的饮料，笑了。`].join('\n'));
    await type(root.querySelector('#rule-pattern'), '橘子汽水联盟');
    expect(previewed(root)).toEqual([
      { outcome: 'removed', text: SPAM, removed: SPAM },
      { outcome: 'cut', text: `${STORY[1]}${SPAM}`, removed: SPAM },
      { outcome: 'flagged', text: '他喝了一口橘子汽水联盟的饮料，笑了。', removed: '' },
    ]);
    expect([...root.querySelectorAll('.preview-line mark, .preview-line del.is-match')].length).toBe(3);
    expect(text(root, '.preview__summary')).toBe(t('previewSummary', ['3', '8', '1', '1', '1']));
    expect(text(root, '.preview-line__reason')).toBe(t('removedByUser', ['橘子汽水联盟']));
    expect(text(root, '.preview-line[data-outcome="flagged"] .preview-line__reason')).toBe(
      t('flagAdInStory', [t('removedByUser', ['橘子汽水联盟'])]),
    );
  });

  it('previews on an open tab’s chapter and says when the rule’s scope leaves that site out', async () => {
    const tabs = [{ tabId: 7, title: '第一章 雪夜', host: 'www.novel-site.com', lines: CHAPTER }];
    const actions = mockOptionsActions({ tabs });
    const root = await openEditor(actions);
    await choose(root.querySelector('#preview-source'), 'tab:7');
    await type(root.querySelector('#rule-pattern'), SPAM);
    expect(previewed(root).map((line) => line.outcome)).toEqual(['removed', 'cut']);
    expect(root.querySelector('.editor__preview .field__help')).toBeNull();
    await click(root.querySelector('input[name="rule-scope"]:not(:checked)'));
    await type(root.querySelector('#rule-hosts'), 'www.other-site.com');
    expect(text(root, '.editor__preview')).toContain(t('previewOutOfScope', ['www.novel-site.com']));
  });

  it('previews on the bundled chapter by default, where a spam rule matches nothing', async () => {
    const root = await mountOptions(mockOptionsActions());
    await click(button(root, t('ruleNew')));
    await type(root.querySelector('#rule-pattern'), SPAM);
    expect(text(root, '.preview__summary')).toBe(
      t('previewSummary', ['0', String(BUNDLED.length), '0', '0', '0']),
    );
  });
});

describe('rule editor: saving', () => {
  it('saves a literal rule scoped to sites, with its name, note and switch, and lists it', async () => {
    const actions = mockOptionsActions();
    const root = await openEditor(actions);
    await type(root.querySelector('#rule-name'), '汽水广告');
    await type(root.querySelector('#rule-pattern'), SPAM);
    await click(root.querySelector('input[name="rule-scope"]:not(:checked)'));
    await type(root.querySelector('#rule-hosts'), 'localhost:5173, https://www.Novel-Site.com/1.html');
    await type(root.querySelector('#rule-note'), '只在这两个站');
    await submit(root.querySelector('form.editor'));
    const [rule] = actions.stored().rules;
    expect(rule).toMatchObject({
      name: '汽水广告',
      pattern: SPAM,
      isRegex: false,
      scope: ['localhost', 'www.novel-site.com'],
      enabled: true,
      note: '只在这两个站',
      origin: 'user',
    });
    expect(root.querySelector('form.editor')).toBeNull();
    expect(text(root, '.rule__name')).toBe('汽水广告');
    expect(document.activeElement?.closest('.rule')?.getAttribute('data-rule-id')).toBe(rule!.id);
  });

  it('edits a rule in place, keeping its id: switching it off', async () => {
    const rule = createRule({ id: 'u-1', name: '汽水', pattern: SPAM, order: 3 });
    const actions = mockOptionsActions({ settings: settingsWith([rule]) });
    const root = await mountOptions(actions);
    await click(root.querySelector(`[aria-label="${t('ruleEditFor', ['汽水'])}"]`));
    expect(root.querySelector<HTMLInputElement>('#rule-pattern')!.value).toBe(SPAM);
    await click(root.querySelector('.editor__fields .check input'));
    await submit(root.querySelector('form.editor'));
    expect(actions.stored().rules).toEqual([{ ...rule, enabled: false }]);
  });

  it('refuses a rule that repeats another, by content', async () => {
    const rule = createRule({ id: 'u-1', name: '汽水', pattern: SPAM });
    const actions = mockOptionsActions({ settings: settingsWith([rule]) });
    const root = await openEditor(actions);
    await type(root.querySelector('#rule-pattern'), SPAM);
    expect(text(root, '#rule-pattern-message')).toBe(t('ruleDuplicate', ['汽水']));
    await submit(root.querySelector('form.editor'));
    expect(actions.update).not.toHaveBeenCalled();
  });

  it('asks for a pattern and for sites, and does not save without them', async () => {
    const actions = mockOptionsActions();
    const root = await openEditor(actions);
    await click(root.querySelector('input[name="rule-scope"]:not(:checked)'));
    await submit(root.querySelector('form.editor'));
    expect(text(root, '#rule-pattern-message')).toBe(t('rulePatternEmpty'));
    expect(text(root, '#rule-hosts-message')).toBe(t('ruleHostsMissing'));
    expect(document.activeElement?.id).toBe('rule-pattern');
    await type(root.querySelector('#rule-hosts'), 'www.ok.com bad_host!');
    expect(text(root, '#rule-hosts-message')).toBe(t('invalidHost', ['bad_host!']));
    expect(actions.update).not.toHaveBeenCalled();
  });

  it('Escape closes the editor without saving and gives focus back to the button that opened it', async () => {
    const actions = mockOptionsActions();
    const root = await openEditor(actions);
    await type(root.querySelector('#rule-pattern'), SPAM);
    await key(root.querySelector('#rule-pattern'), 'Escape');
    expect(root.querySelector('form.editor')).toBeNull();
    expect(document.activeElement?.textContent).toBe(t('ruleNew'));
    expect(actions.update).not.toHaveBeenCalled();
  });
});

describe('rule editor: expressions the engine cannot run', () => {
  it.each([
    ['[a', '正则表达式无效：缺少右方括号“]”：`[a`。'],
    ['(.{4,})\\1', '正则表达式使用了反向引用 \\1，线性时间引擎无法运行。'],
    ['(?<=本站)网址', '正则表达式使用了后行断言 (?<=…)，线性时间引擎无法运行。'],
    ['广告(?!位)', '正则表达式使用了否定先行断言 (?!…)，线性时间引擎无法运行。'],
    ['a|', '正则表达式可以匹配空文本，因此会匹配每一行。'],
  ])('%s is reported with the engine’s reason, translated, and not saved', async (pattern, reason) => {
    const actions = mockOptionsActions();
    const root = await openEditor(actions);
    await click(root.querySelector('input[name="rule-kind"]:not(:checked)'));
    await type(root.querySelector('#rule-pattern'), pattern);
    const message = text(root, '#rule-pattern-message');
    expect(message).toBe(t('ruleInvalid', [reason]));
    expect(root.querySelector('#rule-pattern')?.getAttribute('aria-invalid')).toBe('true');
    await submit(root.querySelector('form.editor'));
    expect(actions.update).not.toHaveBeenCalled();
  });

  it('says, translated, how an expression was read', async () => {
    const root = await openEditor();
    await click(root.querySelector('input[name="rule-kind"]:not(:checked)'));
    await type(root.querySelector('#rule-pattern'), '(?u)橘子汽水联盟');
    expect(root.querySelector('#rule-pattern')?.getAttribute('aria-invalid')).toBe('false');
    expect(text(root, '#rule-pattern-message')).toContain(
      t('ruleExpressionNote', ['标志 (?u) 在这里不起作用']),
    );
  });
});

describe('rule list', () => {
  it('deletes a rule and moves focus to the next rule, then to “new rule” when none is left', async () => {
    const rules = [
      createRule({ id: 'u-1', name: '一', pattern: '橘子汽水联盟' }),
      createRule({ id: 'u-2', name: '二', pattern: '柠檬汽水联盟' }),
    ];
    const actions = mockOptionsActions({ settings: settingsWith(rules) });
    const root = await mountOptions(actions);
    await click(root.querySelector(`[aria-label="${t('ruleDeleteFor', ['一'])}"]`));
    expect(actions.stored().rules).toEqual([rules[1]]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe(t('ruleEditFor', ['二']));
    await click(root.querySelector(`[aria-label="${t('ruleDeleteFor', ['二'])}"]`));
    expect(actions.stored().rules).toEqual([]);
    expect(document.activeElement?.textContent).toBe(t('ruleNew'));
  });

  it('switches a rule off and on again from the list', async () => {
    const rule = createRule({ id: 'u-1', name: '一', pattern: SPAM });
    const actions = mockOptionsActions({ settings: settingsWith([rule]) });
    const root = await mountOptions(actions);
    const toggle = () =>
      root.querySelector<HTMLInputElement>(`[aria-label="${t('ruleEnabledFor', ['一'])}"]`)!;
    await click(toggle());
    expect(actions.stored().rules[0]!.enabled).toBe(false);
    expect(toggle().checked).toBe(false);
    await click(toggle());
    expect(actions.stored().rules[0]!.enabled).toBe(true);
  });

  it('paints an empty, busy frame until the settings are loaded', async () => {
    const actions = mockOptionsActions();
    actions.load.mockReturnValue(new Promise(() => undefined));
    const root = await mountOptions(actions);
    expect(root.querySelector('main.options')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('main.options')?.getAttribute('aria-label')).toBe(t('optionsLoading'));
    expect(root.querySelector('section')).toBeNull();
  });
});
