/** Shared vocabulary of the engine, the content script, the CLI and the UI. */
import type { FlagReason } from './flag-reasons';
import type { RuleId } from './rule-ids';

/** One thing the cleaner took out of a page; enough to show it and to put it back. */
export interface Removal {
  kind: 'line' | 'element';
  /** The rule that fired: a built-in rule ("remember-address") or the reader's ("user:<name>"). */
  rule: RuleId;
  /** The removed text as the page had it (trimmed; an element's text content). */
  text: string;
}

/** A line the cleaner kept but wants the reader to look at. */
export interface Flag {
  text: string;
  reason: FlagReason;
}

/** How much of the bundled chapter a page carries. */
export interface BundledMatch {
  matched: boolean;
  /** Similarity of the page's chapter text to the bundled chapter, 0..1. */
  score: number;
  /** Share of the bundled chapter present on the page, 0..1. */
  coverage: number;
}

export const NO_BUNDLED_MATCH: BundledMatch = Object.freeze({ matched: false, score: 0, coverage: 0 });
