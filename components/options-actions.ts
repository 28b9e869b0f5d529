/**
 * What the options page's views may ask of the extension. Types only: the views depend on this
 * interface, lib/options-actions.ts implements it over storage and messaging, and tests pass a mock.
 * The rule engine itself (validation, preview, import, export) is pure core/ code the views call
 * directly; only storage, tabs and downloads go through here.
 */
import type { Settings } from '@/core/settings';
import type { SettingsRepair } from '@/core/settings-repairs';

/** Settings as loaded, with what had to be repaired on the way (corrupt or unknown stored data). */
export interface LoadedSettings {
  settings: Settings;
  repaired: SettingsRepair[];
}

/** How a save went: `synced: false` when sync storage refused it and it was kept on this device. */
export interface SaveReport {
  synced: boolean;
  message?: string;
}

/** The settings after an update, as written, and how writing them went. */
export interface UpdateResult {
  settings: Settings;
  saved: SaveReport;
}

/** A change to the settings, applied to the freshest stored copy so edits made elsewhere are kept. */
export type SettingsChange = (settings: Settings) => Settings;

/** A tab whose content script found a chapter, with that chapter's lines. */
export interface ChapterTab {
  tabId: number;
  title: string;
  /** The page's host, or '' when the tab did not say. */
  host: string;
  lines: string[];
}

/** The stored repaired reading of the bundled chapter, in brief. */
export interface RepairedSummary {
  /** Pages it was repaired from. */
  pages: number;
  /** Story lines some page carried, of `total`. */
  confirmed: number;
  total: number;
}

/** A site the extension has learnt boilerplate on: chapters seen, and lines seen on more than one. */
export interface LearntSite {
  host: string;
  chapters: number;
  lines: number;
}

/** The learnt sites, and what could not be read among them (dropped, in English). */
export interface LearntSites {
  sites: LearntSite[];
  problems: string[];
}

export interface OptionsActions {
  load(): Promise<LoadedSettings>;
  /** Reads the stored settings afresh, applies `change`, saves; updates run one at a time. */
  update(change: SettingsChange): Promise<UpdateResult>;
  /** Calls `listener` when the settings change elsewhere (the popup, another browser); returns a stop. */
  watch(listener: (settings: Settings) => void): () => void;
  /** The lines of the chapter shipped with the extension: the safety check every rule must pass. */
  loadBundledChapter(): Promise<string[]>;
  /** The open tabs whose content script answers with a chapter. */
  listChapterTabs(): Promise<ChapterTab[]>;
  /** The repaired reading in brief (no pages when only pages seen are stored), or null for nothing. */
  loadRepairedSummary(): Promise<RepairedSummary | null>;
  /** Forgets the repaired reading and the pages seen carrying the chapter. */
  forgetRepaired(): Promise<void>;
  /** What was learnt on each site from its chapters (core/site-memory.ts). */
  loadLearntSites(): Promise<LearntSites>;
  /** Forgets what was learnt on `host`. */
  forgetLearnt(host: string): Promise<void>;
  /** Forgets what was learnt on every site. */
  forgetAllLearnt(): Promise<void>;
  /** Calls `listener` when what was learnt changes (a page read, a site forgotten); returns a stop. */
  watchLearnt(listener: () => void): () => void;
  /** Offers `text` as a file download (a blob URL: nothing leaves the browser). */
  download(filename: string, text: string): void;
}
