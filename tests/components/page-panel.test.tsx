import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { PopupApp } from '@/components/popup-app';
import { cleanedStatus, click, mockActions, mount, settle, t, text } from './helpers';

const mountPage = (actions = mockActions()) => mount(<PopupApp actions={actions} initialView="page" />);

describe('page panel', () => {
  it('says plainly when the tab cannot have a content script', async () => {
    const root = await mountPage(mockActions('unreachable'));
    expect(text(root, '#panel-page h2')).toBe(t('pageUnreachableTitle'));
    expect(text(root, '#panel-page')).toContain(t('pageUnreachableBody'));
    expect(root.querySelector('#panel-page button')).toBeNull();
  });

  it('shows an error the content script reported, as text', async () => {
    const root = await mountPage(mockActions({ error: '<b>TypeError</b>: x is undefined' }));
    expect(text(root, '#panel-page h2')).toBe(t('pageFailedTitle'));
    expect(text(root, '#panel-page code')).toBe('<b>TypeError</b>: x is undefined');
    expect(root.querySelector('#panel-page b')).toBeNull();
  });

  it('says so when the page is not a chapter, and offers nothing to undo', async () => {
    const root = await mountPage(
      mockActions(cleanedStatus({ state: 'not-chapter', removed: [], flags: [] })),
    );
    expect(text(root, '#panel-page h2')).toBe('本页不是小说章节');
    expect(root.querySelector('.removals, [role="switch"]')).toBeNull();
  });

  it('shows a loading line until the tab answers', async () => {
    const actions = mockActions();
    actions.getStatus.mockReturnValue(new Promise(() => undefined));
    const root = await mountPage(actions);
    expect(text(root, '#panel-page')).toBe(t('pageLoading'));
  });

  it('a failing tab request reads as unreachable, not as a crash', async () => {
    const actions = mockActions();
    actions.getStatus.mockRejectedValue(new Error('boom'));
    const root = await mountPage(actions);
    expect(text(root, '#panel-page h2')).toBe(t('pageUnreachableTitle'));
  });

  it('shows the title, the bundled match with coverage, the counts and the time', async () => {
    const root = await mountPage();
    expect(text(root, '#panel-page h2')).toBe('已清理本章');
    expect(text(root, '.page__title')).toBe('第十四章 掌声');
    expect(text(root, '.page__match')).toBe('随附章节 · 覆盖 87%');
    expect(text(root, '.page__counts')).toBe('移除了 2 行、1 个元素 · 用时 12 毫秒');
  });

  it('says when the page is another chapter than the bundled one', async () => {
    const status = cleanedStatus({ bundled: { matched: false, score: 0.1, coverage: 0.05 } });
    const root = await mountPage(mockActions(status));
    expect(text(root, '.page__match')).toBe('不是随附章节');
  });

  it('lists every removal with its rule and kind', async () => {
    const root = await mountPage();
    const items = [...root.querySelectorAll('.removal')];
    expect(items.map((item) => text(item, '.removal__text'))).toEqual([
      '请记住本站域名',
      'www.example-novel.com',
      '广告',
    ]);
    expect(items.map((item) => item.querySelector('.removal__rule')?.getAttribute('data-rule'))).toEqual([
      'remember-address',
      'web-address',
      'ad-slot',
    ]);
    expect(items.map((item) => text(item, '.removal__rule'))).toEqual(['记住网址提示', '网址', '广告位']);
    expect(text(items[2]!, '.removal__meta')).toContain('元素');
  });

  it('restores one removal by id and shows the tab’s new status', async () => {
    const actions = mockActions();
    const after = cleanedStatus();
    after.removed = after.removed.filter((removal) => removal.id !== 2);
    actions.restore.mockResolvedValue(after);
    const root = await mountPage(actions);
    const button = root.querySelector('[data-removal="2"] button');
    expect(button?.getAttribute('aria-describedby')).toBe('removal-2');
    await click(button);
    expect(actions.restore).toHaveBeenCalledWith(2);
    expect(root.querySelector('[data-removal="2"]')).toBeNull();
    expect(text(root, '.tabs__count')).toBe('2');
  });

  it('keeps keyboard focus in the list when a restored item leaves it', async () => {
    const actions = mockActions();
    const after = cleanedStatus();
    after.removed = after.removed.filter((removal) => removal.id !== 2);
    actions.restore.mockResolvedValue(after);
    actions.restoreAll.mockResolvedValue(cleanedStatus({ removed: [] }));
    const root = await mountPage(actions);
    await click(root.querySelector('[data-removal="2"] button'));
    expect(document.activeElement).toBe(root.querySelector('[data-removal="3"] button'));
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === '全部恢复') ?? null);
    expect(document.activeElement).toBe(root.querySelector('#removals-heading'));
  });

  it('ignores a second action while the first one runs', async () => {
    const actions = mockActions();
    actions.restore.mockReturnValue(new Promise(() => undefined));
    const root = await mountPage(actions);
    await click(root.querySelector('[data-removal="1"] button'));
    await click(root.querySelector('[data-removal="2"] button'));
    expect(actions.restore).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-removal="2"] button')?.getAttribute('aria-disabled')).toBe('true');
    expect(root.querySelector('.removals')?.closest('section')?.getAttribute('aria-busy')).toBe('true');
  });

  it('restores everything', async () => {
    const actions = mockActions();
    actions.restoreAll.mockResolvedValue(cleanedStatus({ removed: [] }));
    const root = await mountPage(actions);
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === '全部恢复') ?? null);
    expect(actions.restoreAll).toHaveBeenCalledTimes(1);
    expect(text(root, '.page__empty')).toBe('没有移除任何内容。');
  });

  it('shows the flags with their reasons, in the reader language', async () => {
    const root = await mountPage();
    expect(text(root, '.flag__text')).toBe('“去网站看看。”');
    expect(text(root, '.flag__reason')).toBe('对话中出现广告用语（规则 网址）');
  });

  it('switches automatic cleaning off for this host and shows the page once the tab has applied it', async () => {
    const actions = mockActions();
    const paused = cleanedStatus({ state: 'paused', autoClean: false, removed: [] });
    actions.setAutoClean.mockImplementation(async () => void actions.getStatus.mockResolvedValue(paused));
    const root = await mountPage(actions);
    const toggle = root.querySelector<HTMLInputElement>('[role="switch"]')!;
    expect(toggle.checked).toBe(true);
    expect(toggle.closest('label')?.textContent).toBe('在 www.example-novel.com 上自动清理');
    await click(toggle);
    expect(actions.setAutoClean).toHaveBeenCalledWith('www.example-novel.com', false);
    expect(root.querySelector<HTMLInputElement>('[role="switch"]')!.checked).toBe(false);
    expect(text(root, '#panel-page h2')).toBe('本站未自动清理');
  });

  it('shows the switch as chosen even when the tab is slow to apply it', async () => {
    const actions = mockActions();
    const root = await mountPage(actions);
    await click(root.querySelector('[role="switch"]'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 900)));
    expect(actions.getStatus.mock.calls.length).toBeGreaterThan(2);
    expect(root.querySelector<HTMLInputElement>('[role="switch"]')!.checked).toBe(false);
    expect(root.querySelector<HTMLInputElement>('[role="switch"]')!.disabled).toBe(false);
  });

  it('follows the tab when it finishes applying the switch after the popup stopped asking', async () => {
    const actions = mockActions(cleanedStatus({ state: 'paused', autoClean: false, removed: [] }));
    let report: (() => void) | undefined;
    actions.watchTab.mockImplementation((listener) => {
      report = listener;
      return () => (report = undefined);
    });
    const root = await mountPage(actions);
    await click(root.querySelector('[role="switch"]'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 900)));
    expect(text(root, '#panel-page h2')).toBe('本站未自动清理');
    // The tab finishes cleaning long after the switch (a slow machine) and says so.
    actions.getStatus.mockResolvedValue(cleanedStatus());
    await act(() => report?.());
    await settle();
    expect(text(root, '#panel-page h2')).toBe('已清理本章');
    expect(root.querySelector<HTMLInputElement>('[role="switch"]')!.checked).toBe(true);
  });

  it('shows a heavy page as cleaned once its tab reports the end of the work', async () => {
    const actions = mockActions(cleanedStatus({ state: 'working', removed: [] }));
    let report: (() => void) | undefined;
    actions.watchTab.mockImplementation((listener) => {
      report = listener;
      return () => (report = undefined);
    });
    const root = await mountPage(actions);
    expect(text(root, '#panel-page h2')).toBe(t('stateWorking'));
    actions.getStatus.mockResolvedValue(cleanedStatus());
    await act(() => report?.());
    await settle();
    expect(text(root, '#panel-page h2')).toBe('已清理本章');
  });

  it('cleans again on request', async () => {
    const actions = mockActions();
    const root = await mountPage(actions);
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === '重新清理') ?? null);
    expect(actions.cleanAgain).toHaveBeenCalledTimes(1);
  });

  it('explains a paused site and a safety stop', async () => {
    const paused = await mountPage(
      mockActions(cleanedStatus({ state: 'paused', autoClean: false, removed: [] })),
    );
    expect(text(paused, '#panel-page h2')).toBe('本站未自动清理');
    expect(paused.querySelector<HTMLInputElement>('[role="switch"]')!.checked).toBe(false);
    const stopped = await mountPage(mockActions(cleanedStatus({ state: 'safety-stop', removed: [] })));
    expect(text(stopped, '#panel-page')).toContain(t('stateSafetyStopBody'));
  });
});
