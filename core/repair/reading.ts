/**
 * The repaired reading: what intact copies met on the web say about each shipped story line, and in
 * which order they carry them. It is stored (versioned, bounded: stored-reading.ts) and shown by the
 * popup (reading-view.ts). Each copy is a source; a line keeps every distinct reading it was given,
 * so two sources that disagree leave both on record.
 */
import { hashLines } from '../text-hash.ts';
import type { PageAlignment, PageVerdict } from './align-page.ts';
import type { LineHow, Mark } from './align-line.ts';
import { foldLine } from './fold-line.ts';

export const READING_VERSION = 1;

export const READING_LIMITS = {
  /** Copies kept as sources; a reader meets a handful, and each costs a chapter's text. */
  sources: 8,
  /** Pages remembered as seen carrying the chapter (used or not). */
  seen: 20,
  /** Story lines of a shipped chapter (the bundled one has 160). */
  lines: 2000,
  /** Characters of one line's reading. */
  text: 4000,
  /** Characters of what the shipped chapter had under one mark (a name, a word). */
  was: 64,
  /** Characters of a host name. */
  host: 255,
};

/** One intact copy: where and when it was met, and the order of the shipped lines it carries. */
export interface ReadingSource {
  host: string;
  /** Milliseconds since the epoch. */
  date: number;
  /** Shipped story line indices in the page's order. */
  order: number[];
}

/** What one source says a shipped line reads. */
export interface LineReading {
  text: string;
  /** Index into `sources`. */
  source: number;
  how: LineHow;
  marks: Mark[];
  /** Characters that differ from the shipped line. */
  changed: number;
}

/** A page that carried the chapter, and what came of it. */
export interface SeenPage {
  host: string;
  date: number;
  verdict: PageVerdict;
  /** Its lines that copy shipped lines, of those long enough to judge. */
  aligned: number;
  considered: number;
  /** True when it became a source (an intact copy that added something). */
  used: boolean;
}

export interface RepairedReading {
  version: typeof READING_VERSION;
  /** hashLines of the shipped story it repairs: a different shipped text makes it void. */
  chapter: string;
  sources: ReadingSource[];
  /** Per shipped story line, the distinct readings sources gave; empty when none carried it. */
  lines: LineReading[][];
  seen: SeenPage[];
}

/** The key that ties a reading to the shipped story it was aligned with. */
export function storyKey(story: readonly string[]): string {
  return hashLines(story);
}

export function emptyReading(story: readonly string[]): RepairedReading {
  return {
    version: READING_VERSION,
    chapter: storyKey(story),
    sources: [],
    lines: story.map(() => []),
    seen: [],
  };
}

/** The story's characters without punctuation or whitespace: two readings that differ only there agree. */
function storyText(text: string): string {
  const folded = foldLine(text);
  return folded.at.map((at) => text[at]).join('');
}

/**
 * True when a line's reading stays inside the stored bounds. Only a line that folds like a shipped
 * one gets this far, so only one padded with punctuation can be too long; such a line is left out.
 */
function fitsLimits(text: string, marks: readonly Mark[]): boolean {
  return text.length <= READING_LIMITS.text && marks.every(({ was }) => was.length <= READING_LIMITS.was);
}

/** The readings `alignment` would add (line index, reading), and how many lines it carries first. */
function newReadings(reading: RepairedReading, alignment: PageAlignment, source: number) {
  const added: Array<[number, LineReading]> = [];
  let firstCarried = 0;
  for (const { line, text, match } of alignment.lines) {
    const known = reading.lines[line] ?? [];
    if (!fitsLimits(text, match.marks)) continue;
    if (known.length === 0) firstCarried++;
    if (known.some((other) => storyText(other.text) === storyText(text))) continue;
    const { how, marks, changed } = match;
    added.push([line, { text, source, how, marks, changed }]);
  }
  return { added, firstCarried };
}

/**
 * `reading` after meeting a page (`alignment`) on `host` at `date`. Only an intact copy becomes a
 * source, and only when it adds a line or a reading (a second visit to the same page adds nothing);
 * every page is remembered in `seen`.
 */
export function recordPage(
  reading: RepairedReading,
  alignment: PageAlignment,
  host: string,
  date: number,
): RepairedReading {
  const next: RepairedReading = { ...reading, lines: reading.lines.map((readings) => [...readings]) };
  const source = next.sources.length;
  const { added, firstCarried } = newReadings(next, alignment, source);
  const used =
    alignment.verdict === 'repairs' &&
    source < READING_LIMITS.sources &&
    (added.length > 0 || firstCarried > 0);
  const shortHost = host.slice(0, READING_LIMITS.host);
  if (used) {
    const order = alignment.lines
      .filter(({ text, match }) => fitsLimits(text, match.marks))
      .map(({ line }) => line);
    next.sources = [...next.sources, { host: shortHost, date, order }];
    for (const [line, lineReading] of added) next.lines[line]!.push(lineReading);
  }
  const { verdict, aligned, considered } = alignment;
  const seen: SeenPage = { host: shortHost, date, verdict, aligned, considered, used };
  next.seen = [...next.seen, seen].slice(-READING_LIMITS.seen);
  return next;
}

/** True when some source has repaired the reading: what the popup's "Repaired" needs. */
export function hasRepairs(reading: RepairedReading | null): reading is RepairedReading {
  return reading !== null && reading.sources.length > 0;
}
