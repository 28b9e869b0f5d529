/**
 * The typed message protocol between the extension's parts. One map per direction; every message
 * has one `data` object in and a typed result out. Validation of incoming shapes lives here too,
 * so that no listener trusts what it receives.
 */
import type { PageFingerprint } from './fingerprint';
import { isPageFingerprint } from './fingerprint-shape';
import { isUserRule, type UserRuleId } from './rule-ids';
import type { BundledMatch, Flag, Removal } from './types';

/** What the content script reports about its tab. */
export type TabState =
  | 'working' // detection or cleaning still running (in short slices)
  | 'not-chapter' // the gate or detection said no: nothing was touched
  | 'cleaned' // a chapter, cleaned (possibly nothing to remove)
  | 'paused' // a chapter, but cleaning is switched off for this site or globally
  | 'safety-stop' // the rules would have removed too much: nothing removed
  | 'gave-up'; // the page kept changing beyond the time budget: late changes no longer handled

export interface RemovalView extends Removal {
  id: number;
}

export interface TabStatus {
  /** The page's address, so that tools driving several tabs can tell them apart. */
  url: string;
  host: string;
  state: TabState;
  title: string;
  bundled: BundledMatch;
  removed: RemovalView[];
  flags: Flag[];
  /** Whether automatic cleaning is on for this host (the per-site switch, else the global one). */
  autoClean: boolean;
  /** True when the page fought back and removals are hidden instead (the list and undo work the same). */
  hiding?: boolean;
  /** Detection + cleaning time of the last run, in milliseconds. */
  ms: number;
  /** All the content script's work on this page so far: total time, longest task, task count. */
  work?: { totalMs: number; longestMs: number; tasks: number };
}

/** Popup (or options page) → content script in a tab. */
export interface TabProtocol {
  status: { data: Record<string, never>; result: TabStatus };
  restore: { data: { id: number }; result: TabStatus };
  restoreAll: { data: Record<string, never>; result: TabStatus };
  clean: { data: Record<string, never>; result: TabStatus };
  /**
   * The tab's chapter: `lines` as served (what a rule is previewed on in the options page) and
   * `left`, its paragraphs as they now stand on the page (what the CLI's browser mode reports).
   */
  chapterLines: { data: Record<string, never>; result: { title: string; lines: string[]; left: string[] } };
}

/** A user rule's match in one chapter line (UTF-16 offsets in the line as sent). */
export interface RuleHit {
  line: number;
  start: number;
  end: number;
  /** Shown to the reader: "user:<rule name>". */
  rule: UserRuleId;
}

/**
 * What the background decides for one chapter page: clean or not, and where user rules match. It
 * also hands over the bundled chapter's fingerprint: only chapter pages need it, so it travels with
 * their plan instead of weighing on the script every page loads, in the form a page uses at once.
 */
export interface PagePlan {
  autoClean: boolean;
  hits: RuleHit[];
  fingerprint?: PageFingerprint;
  /**
   * What the site shows on its other chapters (core/site-memory.ts): indexes into the request's
   * `lines` and `around`. Indexes, not texts, so a plan can only name what the page itself holds.
   */
  learned?: number[];
  learnedAround?: number[];
}

/**
 * What a plan request may carry, at most: the chapter's title, its lines and the texts around it.
 * Bounds, so that a hostile page cannot make the background churn; the content script keeps
 * within them (a longer line goes cut), since a refused request would leave the page without the
 * reader's site switch and rules.
 */
export const PLAN_LIMITS = {
  title: 300,
  around: 300,
  aroundLength: 300,
  lines: 20_000,
  lineLength: 20_000,
};

/** Content script → background. */
export interface BackgroundProtocol {
  /**
   * Settings for this host, user-rule matches in the chapter's lines (rules run in the background)
   * and what recurs on the site's other chapters: the chapter's `title`, `lines` and the texts of the
   * blocks `around` it are what the site memory compares (as hashes) and learns.
   */
  pagePlan: {
    data: { host: string; title: string; lines: string[]; around: string[] };
    result: PagePlan;
  };
  /** The tab's removal count and match, for its toolbar badge. */
  tabReport: { data: { removed: number; matched: boolean; state: TabState }; result: null };
  /**
   * A page recognised as carrying the bundled chapter, cleaned: its chapter's lines as left on the
   * page, for the background to repair the shipped chapter from (core/repair/).
   */
  chapterCopy: { data: { lines: string[] }; result: null };
}

export type TabMessage = {
  [K in keyof TabProtocol]: { type: K; data: TabProtocol[K]['data'] };
}[keyof TabProtocol];
export type BackgroundMessage = {
  [K in keyof BackgroundProtocol]: { type: K; data: BackgroundProtocol[K]['data'] };
}[keyof BackgroundProtocol];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

/** The message if `raw` is a well-formed tab message, else null. */
export function parseTabMessage(raw: unknown): TabMessage | null {
  if (!isObject(raw) || !hasOnlyKeys(raw, ['type', 'data']) || !isObject(raw.data)) return null;
  const { type, data } = raw;
  if (type === 'restore')
    return hasOnlyKeys(data, ['id']) && Number.isSafeInteger(data.id)
      ? { type, data: { id: data.id as number } }
      : null;
  if (type === 'status' || type === 'restoreAll' || type === 'clean' || type === 'chapterLines')
    return Object.keys(data).length === 0 ? { type, data: {} } : null;
  return null;
}

const TAB_STATES: readonly TabState[] = [
  'working',
  'not-chapter',
  'cleaned',
  'paused',
  'safety-stop',
  'gave-up',
];

/** Absent, or a list of indexes (non-negative integers). */
const isIndexes = (raw: unknown) =>
  raw === undefined ||
  (Array.isArray(raw) && raw.every((index) => Number.isSafeInteger(index) && index >= 0));

/** True when `raw` is a page plan as the background sends it. */
export function isPagePlan(raw: unknown): raw is PagePlan {
  if (!isObject(raw) || typeof raw.autoClean !== 'boolean' || !Array.isArray(raw.hits)) return false;
  if (raw.fingerprint !== undefined && !isPageFingerprint(raw.fingerprint)) return false;
  if (!isIndexes(raw.learned) || !isIndexes(raw.learnedAround)) return false;
  return raw.hits.every(
    (hit: unknown) =>
      isObject(hit) &&
      Number.isSafeInteger(hit.line) &&
      Number.isSafeInteger(hit.start) &&
      Number.isSafeInteger(hit.end) &&
      // A span is a non-empty stretch of its line: a negative or reversed one would read as
      // "everything but the last characters" further down.
      (hit.line as number) >= 0 &&
      (hit.start as number) >= 0 &&
      (hit.start as number) < (hit.end as number) &&
      typeof hit.rule === 'string' &&
      isUserRule(hit.rule),
  );
}

/** True when `raw` is a list of at most `count` texts of at most `length` characters each. */
function isTextList(raw: unknown, count: number, length: number): raw is string[] {
  return (
    Array.isArray(raw) &&
    raw.length <= count &&
    raw.every((text) => typeof text === 'string' && text.length <= length)
  );
}

function parsePagePlanRequest(data: Record<string, unknown>): BackgroundMessage | null {
  const { host, title, lines, around } = data;
  if (!hasOnlyKeys(data, ['host', 'title', 'lines', 'around'])) return null;
  if (typeof host !== 'string' || host.length > 255) return null;
  if (typeof title !== 'string' || title.length > PLAN_LIMITS.title) return null;
  if (!isTextList(lines, PLAN_LIMITS.lines, PLAN_LIMITS.lineLength)) return null;
  if (!isTextList(around, PLAN_LIMITS.around, PLAN_LIMITS.aroundLength)) return null;
  return { type: 'pagePlan', data: { host, title, lines, around } };
}

/**
 * Bounds on a chapter copy. The bundled chapter is 160 lines and 8,000 characters; a page that
 * carries it has a few hundred lines at most, and a copy far beyond these is not one.
 */
export const COPY_LIMITS = { lines: 2_000, characters: 200_000 };

function parseChapterCopy(data: Record<string, unknown>): BackgroundMessage | null {
  const { lines } = data;
  if (!hasOnlyKeys(data, ['lines']) || !Array.isArray(lines) || lines.length > COPY_LIMITS.lines) return null;
  let characters = 0;
  for (const line of lines) {
    if (typeof line !== 'string') return null;
    characters += line.length;
    if (characters > COPY_LIMITS.characters) return null;
  }
  return { type: 'chapterCopy', data: { lines: lines as string[] } };
}

/** The message if `raw` is a well-formed background message, else null. */
export function parseBackgroundMessage(raw: unknown): BackgroundMessage | null {
  if (!isObject(raw) || !hasOnlyKeys(raw, ['type', 'data']) || !isObject(raw.data)) return null;
  if (raw.type === 'pagePlan') return parsePagePlanRequest(raw.data);
  if (raw.type === 'chapterCopy') return parseChapterCopy(raw.data);
  if (raw.type !== 'tabReport') return null;
  const { removed, matched, state } = raw.data;
  const valid =
    hasOnlyKeys(raw.data, ['removed', 'matched', 'state']) &&
    Number.isSafeInteger(removed) &&
    (removed as number) >= 0 &&
    typeof matched === 'boolean' &&
    TAB_STATES.includes(state as TabState);
  return valid
    ? { type: 'tabReport', data: { removed: removed as number, matched, state: state as TabState } }
    : null;
}
