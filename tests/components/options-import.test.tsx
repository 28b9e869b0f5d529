import { readFileSync } from 'node:fs';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { createRule } from '@/core/rules/model';
import { click, settle, t, text } from './helpers';
import { HOSTILE, button, mockOptionsActions, mountOptions, settingsWith, type } from './options-helpers';

const LEGADO = readFileSync('tests/fixtures/rules/legado-options.json', 'utf8');

async function importPasted(root: HTMLElement, pasted: string): Promise<void> {
  await type(root.querySelector('#import-text'), pasted);
  await click(button(root, t('importPasted')));
}

/** Chooses a file in the file input, as a person would. */
async function chooseFile(input: Element | null, file: File): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

function part(root: ParentNode, id: string): string[] {
  return [...root.querySelectorAll(`[data-part="${id}"] li`)].map((li) => li.textContent ?? '');
}

describe('import', () => {
  it('imports Legado JSON: what was added, what was not and why, what changed, what was refused', async () => {
    const actions = mockOptionsActions();
    const root = await mountOptions(actions);
    await importPasted(root, LEGADO);
    expect(text(root, '.report__summary')).toBe(t('importSummary', [t('formatLegado'), '5', '0', '1']));
    expect(part(root, 'import-added')).toHaveLength(5);
    expect(part(root, 'import-problems')[0]).toBe(
      '重复的句子(.{4,})\\1正则表达式使用了反向引用 \\1，线性时间引擎无法运行。',
    );
    expect(part(root, 'import-notes')[0]).toBe(
      '一本书的规则作者的话：.*适用范围写的是书名或书源（我的修仙日记），不是网站：导入后已停用',
    );
    expect(part(root, 'import-refused')[0]).toMatch(/^吞掉整章.*会删除本章 100% 的文字（上限是四分之一）。/);
    const stored = actions.stored().rules;
    expect(stored.map((rule) => [rule.name, rule.enabled])).toEqual([
      ['汽水广告', true],
      ['停用的求票', false],
      ['一本书的规则', false],
      ['吞掉整章', false],
      ['站点广告', true],
    ]);
    expect(stored.find((rule) => rule.name === '站点广告')?.scope).toEqual(['www.example-novel.com']);
    expect([...root.querySelectorAll('.rule__name')].map((name) => name.textContent)).toHaveLength(5);
    // The importer's note, stored in the rule as a reason, is shown in the reader's language.
    expect(stored.find((rule) => rule.name === '一本书的规则')).toMatchObject({
      note: '',
      notes: [{ code: 'legado.scopeNames', params: { names: '我的修仙日记' } }],
    });
    expect(text(root, '.rule[data-rule-id="legado-1700000000204"] .rule__note')).toBe(
      '适用范围写的是书名或书源（我的修仙日记），不是网站：导入后已停用',
    );
  });

  it('never overwrites the reader’s rules and skips what is already there', async () => {
    const mine = createRule({ id: 'legado-1700000000201', name: '我的', pattern: '我自己的规则' });
    const same = createRule({ id: 'u-same', name: '我的汽水', pattern: '橘子汽水联盟[^。]*', isRegex: true });
    const actions = mockOptionsActions({ settings: settingsWith([mine, same]) });
    const root = await mountOptions(actions);
    await importPasted(root, LEGADO);
    expect(text(root, '.report__summary')).toBe(t('importSummary', [t('formatLegado'), '4', '1', '1']));
    expect(part(root, 'import-duplicates')).toEqual(['汽水广告 橘子汽水联盟[^。]*']);
    const stored = actions.stored().rules;
    expect(stored.slice(0, 2)).toEqual([mine, same]);
    expect(new Set(stored.map((rule) => rule.id)).size).toBe(stored.length);
  });

  it('imports a plain text list from a file, one literal rule a line', async () => {
    const actions = mockOptionsActions();
    const root = await mountOptions(actions);
    const list = '# 我的清单\n橘子汽水联盟特别赞助本章\n。\n记住本站域名永不迷路\n';
    await chooseFile(
      root.querySelector('#import-file'),
      new File([list], 'spam.txt', { type: 'text/plain' }),
    );
    expect(text(root, '.report__summary')).toBe(t('importSummary', [t('formatText'), '2', '0', '1']));
    expect(actions.stored().rules.map((rule) => [rule.pattern, rule.isRegex, rule.origin])).toEqual([
      ['橘子汽水联盟特别赞助本章', false, 'list'],
      ['记住本站域名永不迷路', false, 'list'],
    ]);
  });

  it('reads a list saved in GB 18030, as many Chinese spam lists are', async () => {
    const actions = mockOptionsActions();
    const root = await mountOptions(actions);
    // "橘子汽水联盟特别赞助本章\n" in GB 18030.
    const bytes = [
      233, 217, 215, 211, 198, 251, 203, 174, 193, 170, 195, 203, 204, 216, 177, 240, 212, 222, 214, 250, 177,
      190, 213, 194, 10,
    ];
    await chooseFile(root.querySelector('#import-file'), new File([new Uint8Array(bytes)], 'gbk.txt'));
    expect(actions.stored().rules.map((rule) => rule.pattern)).toEqual(['橘子汽水联盟特别赞助本章']);
  });

  it('says why a file that is not a rule file cannot be imported, and saves nothing', async () => {
    const actions = mockOptionsActions();
    const root = await mountOptions(actions);
    await importPasted(root, '[{"name": "broken"');
    expect(part(root, 'import-problems')[0]).toMatch(
      new RegExp(`^${t('importWholeFile')}这个文件不是有效的 JSON：`),
    );
    expect(actions.update).not.toHaveBeenCalled();
  });

  it('shows names and patterns from the file as text', async () => {
    const root = await mountOptions(mockOptionsActions());
    const file = JSON.stringify([
      { name: HOSTILE, pattern: `${HOSTILE}广告`, isRegex: false, isEnabled: true },
    ]);
    await importPasted(root, file);
    expect(part(root, 'import-added')).toEqual([`${HOSTILE} ${HOSTILE}广告`]);
    expect(document.querySelector('img, [onerror]')).toBeNull();
  });
});
