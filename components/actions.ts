/**
 * What the popup's views may ask of the extension. Types only: the views depend on this interface,
 * lib/popup-actions.ts implements it over messaging and storage, and tests pass a mock.
 */
import type { ReaderChapter } from '@/core/clean-paragraphs';
import type { TabStatus } from '@/core/protocol';
import type { RepairedView } from '@/core/repair/reading-view';
import type { ReaderSettings } from '@/core/settings';

/**
 * The content script's answer: its status, the error it reported, or 'unreachable' when the tab
 * cannot have a content script (browser pages, stores) or has none yet (opened before install).
 */
export type TabAnswer = TabStatus | 'unreachable' | { error: string };

/** A reading position that survives a change of font size: a paragraph and how far into it. */
export interface ScrollAnchor {
  /** Index of the first paragraph whose bottom is below the top of the view. */
  index: number;
  /** How much of that paragraph is scrolled past, 0..1. */
  offset: number;
}

/** Which reading of the bundled chapter the reader shows. */
export type Reading = 'shipped' | 'repaired';

/** A page met on a day, the day written in the reader's language ("3 Dec", "12月3日"). */
export interface DatedHost {
  host: string;
  day: string;
}

/** What is known of the repaired reading (core/repair/). */
export interface RepairedReadingData {
  /** Null until an intact copy has repaired something. */
  view: RepairedView | null;
  /** The day each source (`view.notes`, same order) was met. */
  days: string[];
  /** Pages that served the chapter damaged another way than the shipped copy: not used. */
  rejected: DatedHost[];
  /** What was wrong with the stored reading (it was dropped), as English data. */
  problems: string[];
}

export interface PopupActions {
  /** The bundled chapter as shipped, cleaned by the engine. */
  loadBundledChapter(): Promise<ReaderChapter>;
  loadReader(): Promise<ReaderSettings>;
  saveReader(reader: ReaderSettings): Promise<void>;
  /** The repaired reading, as far as intact copies met on the web have repaired it. */
  loadRepaired(): Promise<RepairedReadingData>;
  /** Calls `listener` when the repaired reading changes (a copy was recorded); returns a stop. */
  watchRepaired(listener: () => void): () => void;
  /** The remembered position in the bundled chapter, or null when there is none. */
  loadScroll(): Promise<ScrollAnchor | null>;
  saveScroll(anchor: ScrollAnchor): Promise<void>;
  /** About the tab the popup is for (the active tab, or `?tabId=` of the popup page). */
  getStatus(): Promise<TabAnswer>;
  /**
   * Calls `listener` whenever that tab's content script reports a change of its own (a cleaning that
   * finished, a late ad removed); returns a stop.
   */
  watchTab(listener: () => void): () => void;
  restore(id: number): Promise<TabAnswer>;
  restoreAll(): Promise<TabAnswer>;
  cleanAgain(): Promise<TabAnswer>;
  /** Remembers automatic cleaning for `host` ('on' or 'off' in the settings' sites). */
  setAutoClean(host: string, on: boolean): Promise<void>;
  /** Opens the options page (rules and per-site settings) in a tab. */
  openOptions(): Promise<void>;
}

/** Keys of the UI messages; the Simplified Chinese file is the reference every locale must match. */
export type MessageKey = keyof typeof import('../public/_locales/zh_CN/messages.json');

/** Looks up a UI message, filling its placeholders in order. */
export type Translate = (key: MessageKey, substitutions?: readonly string[]) => string;
