/**
 * The way back from whatever storage hands us for the repaired reading: nothing, the current
 * version, a newer version after a downgrade, a reading of another shipped text (the extension was
 * updated), or corrupt data. Unlike the settings there is nothing the reader typed to save: a
 * reading that is not entirely readable is dropped whole and the problem reported, and the next
 * intact copy builds it again.
 */
import type { LineHow, Mark } from './align-line.ts';
import type { PageVerdict } from './align-page.ts';
import {
  READING_LIMITS,
  READING_VERSION,
  type LineReading,
  type ReadingSource,
  type RepairedReading,
  type SeenPage,
} from './reading.ts';

export interface LoadedReading {
  reading: RepairedReading | null;
  /** What was wrong with the stored value, in English (tests and logs read it as is). */
  problems: string[];
  /** True when the stored value should be removed: corrupt, or for another shipped text. */
  discard: boolean;
}

const HOWS: readonly LineHow[] = ['folded', 'swapped', 'scrambled'];
const VERDICTS: readonly PageVerdict[] = [
  'repairs',
  'same-as-shipped',
  'damaged-another-way',
  'not-this-chapter',
];

/** Thrown inside the checks; caught once, at the top, with the part that failed. */
class Unreadable extends Error {}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Unreadable(`${what} is not an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, max: number, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Unreadable(`${what} is not a list`);
  if (value.length > max) throw new Unreadable(`${what} has more than ${max} entries`);
  return value;
}

function integer(value: unknown, max: number, what: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0 || (value as number) > max)
    throw new Unreadable(`${what} is not a whole number from 0 to ${max}`);
  return value as number;
}

function text(value: unknown, max: number, what: string): string {
  if (typeof value !== 'string' || value.length > max)
    throw new Unreadable(`${what} is not text of at most ${max} characters`);
  return value;
}

function oneOf<T extends string>(value: unknown, known: readonly T[], what: string): T {
  if (!known.includes(value as T)) throw new Unreadable(`${what} is unknown`);
  return value as T;
}

function readMark(raw: unknown, length: number, what: string): Mark {
  const mark = record(raw, what);
  const start = integer(mark.start, length, `${what} start`);
  const end = integer(mark.end, length, `${what} end`);
  if (end <= start) throw new Unreadable(`${what} is empty or reversed`);
  const was = text(mark.was, READING_LIMITS.was, `${what} shipped text`);
  return { start, end, was, kind: oneOf(mark.kind, ['char', 'swap'] as const, `${what} kind`) };
}

function readLineReading(raw: unknown, sources: number, what: string): LineReading {
  const entry = record(raw, what);
  const lineText = text(entry.text, READING_LIMITS.text, `${what} text`);
  if (sources === 0) throw new Unreadable(`${what} names a source, and there is none`);
  const marks = list(entry.marks, lineText.length, `${what} marks`).map((mark, i) =>
    readMark(mark, lineText.length, `${what} mark ${i}`),
  );
  // The popup cuts the text at the marks: they must come in order, one after another.
  if (marks.some((mark, i) => i > 0 && mark.start < marks[i - 1]!.end))
    throw new Unreadable(`${what} marks overlap or are out of order`);
  return {
    text: lineText,
    source: integer(entry.source, sources - 1, `${what} source`),
    how: oneOf(entry.how, HOWS, `${what} kind`),
    marks,
    changed: integer(entry.changed, lineText.length, `${what} count`),
  };
}

function readSource(raw: unknown, lineCount: number, what: string): ReadingSource {
  const source = record(raw, what);
  const order = list(source.order, lineCount, `${what} order`).map((line) =>
    integer(line, lineCount - 1, `${what} order entry`),
  );
  if (new Set(order).size !== order.length) throw new Unreadable(`${what} order repeats a line`);
  return {
    host: text(source.host, READING_LIMITS.host, `${what} host`),
    date: integer(source.date, Number.MAX_SAFE_INTEGER, `${what} date`),
    order,
  };
}

function readSeen(raw: unknown, what: string): SeenPage {
  const seen = record(raw, what);
  if (typeof seen.used !== 'boolean') throw new Unreadable(`${what} used is not true or false`);
  return {
    host: text(seen.host, READING_LIMITS.host, `${what} host`),
    date: integer(seen.date, Number.MAX_SAFE_INTEGER, `${what} date`),
    verdict: oneOf(seen.verdict, VERDICTS, `${what} verdict`),
    aligned: integer(seen.aligned, Number.MAX_SAFE_INTEGER, `${what} count`),
    considered: integer(seen.considered, Number.MAX_SAFE_INTEGER, `${what} count`),
    used: seen.used,
  };
}

function readCurrent(root: Record<string, unknown>, lineCount: number): RepairedReading {
  const sources = list(root.sources, READING_LIMITS.sources, 'sources').map((source, i) =>
    readSource(source, lineCount, `source ${i}`),
  );
  const lines = list(root.lines, READING_LIMITS.lines, 'lines');
  if (lines.length !== lineCount) throw new Unreadable(`lines has ${lines.length} entries, not ${lineCount}`);
  return {
    version: READING_VERSION,
    chapter: root.chapter as string,
    sources,
    lines: lines.map((readings, line) =>
      list(readings, READING_LIMITS.sources, `line ${line}`).map((entry, i) =>
        readLineReading(entry, sources.length, `line ${line} reading ${i}`),
      ),
    ),
    seen: list(root.seen, READING_LIMITS.seen, 'seen pages').map((seen, i) =>
      readSeen(seen, `seen page ${i}`),
    ),
  };
}

/** The stored reading for the shipped story with key `chapter` and `lineCount` lines, if readable. */
export function readStoredReading(raw: unknown, chapter: string, lineCount: number): LoadedReading {
  if (raw === undefined || raw === null) return { reading: null, problems: [], discard: false };
  try {
    const root = record(raw, 'the repaired reading');
    const version = root.version;
    if (typeof version === 'number' && Number.isSafeInteger(version) && version > READING_VERSION)
      return {
        reading: null,
        problems: [`repaired reading comes from a newer version (${version}): not read`],
        discard: false,
      };
    if (version !== READING_VERSION)
      throw new Unreadable(`version ${JSON.stringify(version) ?? 'missing'} is unknown`);
    // A reading of another shipped text is no fault: the extension was updated. It goes quietly.
    if (root.chapter !== chapter) return { reading: null, problems: [], discard: true };
    return { reading: readCurrent(root, lineCount), problems: [], discard: false };
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    return {
      reading: null,
      problems: [`repaired reading unreadable (${error.message}): forgotten`],
      discard: true,
    };
  }
}
