/** Test support for the popup's views: the zh_CN message lookup, a mock actions interface, rendering. */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { vi, type Mock } from 'vitest';
import type { PopupActions, TabAnswer, Translate } from '@/components/actions';
import { I18n } from '@/components/i18n';
import type { ReaderChapter } from '@/core/clean-paragraphs';
import type { TabStatus } from '@/core/protocol';
import { defaultSettings } from '@/core/settings';
import { lookupFor } from './messages';

/** The zh_CN lookup, typed for the views. */
export function translatorFor(locale = 'zh_CN'): Translate {
  return lookupFor(locale);
}

export const t = translatorFor('zh_CN');

export const CHAPTER: ReaderChapter = {
  heading: '掌声如潮水般起伏',
  headingDerived: true,
  kept: ['掌声如潮水般起伏,持续了近一分钟才渐渐平息。', '第二段正文。', '第三段正文。'],
  removed: [
    { text: '本站所有小说为转载作品', rule: 'bundled-chapter-footer' },
    { text: 'Copyright 2020 西红柿小说 all Rights Reserved', rule: 'bundled-chapter-footer' },
  ],
};

export function cleanedStatus(overrides: Partial<TabStatus> = {}): TabStatus {
  return {
    url: 'https://www.example-novel.com/book/1.html',
    host: 'www.example-novel.com',
    state: 'cleaned',
    title: '第十四章 掌声',
    bundled: { matched: true, score: 0.9, coverage: 0.874 },
    removed: [
      { id: 1, kind: 'line', rule: 'remember-address', text: '请记住本站域名' },
      { id: 2, kind: 'line', rule: 'web-address', text: 'www.example-novel.com' },
      { id: 3, kind: 'element', rule: 'ad-slot', text: '广告' },
    ],
    flags: [
      { text: '“去网站看看。”', reason: { code: 'flag.adInDialogue', params: { rule: 'web-address' } } },
    ],
    autoClean: true,
    ms: 12.3,
    ...overrides,
  };
}

export type MockActions = { [K in keyof PopupActions]: Mock<PopupActions[K]> };

/** Actions that answer at once with the given chapter, default settings and tab answer. */
export function mockActions(
  answer: TabAnswer = cleanedStatus(),
  chapter: ReaderChapter = CHAPTER,
): MockActions {
  return {
    loadBundledChapter: vi.fn(async () => chapter),
    loadReader: vi.fn(async () => defaultSettings().reader),
    saveReader: vi.fn(async () => undefined),
    loadRepaired: vi.fn(async () => ({ view: null, days: [], rejected: [], problems: [] })),
    watchRepaired: vi.fn(() => () => undefined),
    loadScroll: vi.fn(async () => null),
    saveScroll: vi.fn(async () => undefined),
    getStatus: vi.fn(async () => answer),
    watchTab: vi.fn(() => () => undefined),
    restore: vi.fn(async () => answer),
    restoreAll: vi.fn(async () => answer),
    cleanAgain: vi.fn(async () => answer),
    setAutoClean: vi.fn(async () => undefined),
    openOptions: vi.fn(async () => undefined),
  };
}

/** Renders into a fresh container with the zh_CN lookup and lets effects and promises settle. */
export async function mount(ui: ComponentChildren): Promise<HTMLElement> {
  document.body.replaceChildren();
  const container = document.createElement('div');
  document.body.append(container);
  await rerender(ui, container);
  return container;
}

/** Renders `ui` again into a container made by `mount`, as an update of the same tree. */
export async function rerender(ui: ComponentChildren, container: HTMLElement): Promise<void> {
  await act(async () => {
    render(<I18n.Provider value={t}>{ui}</I18n.Provider>, container);
  });
  await settle();
}

/** Lets pending promises resolve and re-renders happen. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
}

export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(() => (element as HTMLElement).click());
  await settle();
}

export async function key(element: Element | null, keyName: string): Promise<void> {
  if (!element) throw new Error('no element for the key');
  await act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true }));
  });
}

export function text(root: ParentNode, selector: string): string {
  return root.querySelector(selector)?.textContent ?? '';
}
