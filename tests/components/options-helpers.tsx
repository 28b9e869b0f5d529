/** Test support for the options page's views: a mock actions interface over an in-memory store. */
import { readFileSync } from 'node:fs';
import { act } from 'preact/test-utils';
import { vi, type Mock } from 'vitest';
import type { ChapterTab, LearntSite, OptionsActions, SaveReport } from '@/components/options-actions';
import { OptionsApp } from '@/components/options-app';
import { parseChapterText } from '@/core/bundled-chapter';
import { createRule, type UserRule } from '@/core/rules/model';
import { defaultSettings, type Settings } from '@/core/settings';
import type { SettingsRepair } from '@/core/settings-repairs';
import { mount, settle } from './helpers';

/** The chapter shipped with the extension: the text every rule is checked against. */
export const BUNDLED = parseChapterText(readFileSync('public/chapter.txt', 'utf8'));

/** A story-free spam line the built-in rules keep, and a rule that removes it. */
export const SPAM = '橘子汽水联盟特别赞助本章';
export const STORY = [
  '雪落在屋檐上，他推开门，看见院子里的灯还亮着。',
  '她把书合上，望着窗外出神，过了很久才轻声说话。',
  '风从巷子口吹进来，带着一点炊烟的味道。',
  '他们沿着河岸走了很远，谁也没有先开口。',
];
export const HOSTILE = '<img src=x onerror=alert(1)>';

export interface MockOptions {
  settings?: Settings;
  repaired?: SettingsRepair[];
  tabs?: ChapterTab[];
  saved?: SaveReport;
  /** Sites with something learnt on them. */
  learnt?: LearntSite[];
}

export type MockOptionsActions = { [K in keyof OptionsActions]: Mock<OptionsActions[K]> } & {
  /** The settings as last saved. */
  stored(): Settings;
  /** The hosts with something learnt on them, as now stored. */
  learntHosts(): string[];
  /** Learns on another site, as a page read in another tab would. */
  learnElsewhere(site: LearntSite): void;
};

/** Actions over an in-memory copy of the settings; `update` applies changes to it like storage would. */
export function mockOptionsActions(options: MockOptions = {}): MockOptionsActions {
  let stored = structuredClone(options.settings ?? defaultSettings());
  let learnt = structuredClone(options.learnt ?? []);
  const learntListeners = new Set<() => void>();
  const learntChanged = () => learntListeners.forEach((listener) => listener());
  return {
    load: vi.fn(async () => ({ settings: structuredClone(stored), repaired: options.repaired ?? [] })),
    update: vi.fn(async (change) => {
      stored = change(structuredClone(stored));
      return { settings: structuredClone(stored), saved: options.saved ?? { synced: true } };
    }),
    watch: vi.fn(() => () => undefined),
    loadBundledChapter: vi.fn(async () => BUNDLED),
    listChapterTabs: vi.fn(async () => options.tabs ?? []),
    loadRepairedSummary: vi.fn(async () => null),
    forgetRepaired: vi.fn(async () => undefined),
    loadLearntSites: vi.fn(async () => ({ sites: structuredClone(learnt), problems: [] })),
    forgetLearnt: vi.fn(async (host) => {
      learnt = learnt.filter((site) => site.host !== host);
      learntChanged();
    }),
    forgetAllLearnt: vi.fn(async () => {
      learnt = [];
      learntChanged();
    }),
    watchLearnt: vi.fn((listener) => {
      learntListeners.add(listener);
      return () => learntListeners.delete(listener);
    }),
    download: vi.fn(),
    stored: () => stored,
    learntHosts: () => learnt.map(({ host }) => host),
    learnElsewhere: (site) => {
      learnt = [...learnt, site];
      learntChanged();
    },
  };
}

export function settingsWith(rules: UserRule[], sites: Settings['sites'] = {}): Settings {
  return { ...defaultSettings(), rules, sites };
}

export const SPAM_RULE = createRule({ id: 'u-spam', name: '橘子汽水', pattern: SPAM });

export async function mountOptions(actions: MockOptionsActions): Promise<HTMLElement> {
  return mount(<OptionsApp actions={actions} />);
}

/** Types into an input or text area as a person would: the value changes and an input event fires. */
export async function type(element: Element | null, value: string): Promise<void> {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement))
    throw new Error('no field to type into');
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

/** Chooses an option of a select, as a person would. */
export async function choose(element: Element | null, value: string): Promise<void> {
  if (!(element instanceof HTMLSelectElement)) throw new Error('no select to choose from');
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

/** Submits a form as pressing its submit button would. */
export async function submit(form: Element | null): Promise<void> {
  if (!(form instanceof HTMLFormElement)) throw new Error('no form to submit');
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

/** The button whose text is exactly `label`. */
export function button(root: ParentNode, label: string): HTMLButtonElement | null {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label) ?? null;
}
