/**
 * What a site repeats on every chapter: lines and blocks that recur on its other chapter pages are
 * its boilerplate, whatever their words. Learnt locally as the reader browses, as 32-bit hashes of
 * folded text only (never the text), bounded per site and for all sites, and cleared with the site.
 *
 * A page teaches only when it is another chapter: the same chapter again (a reload, another copy of
 * its text, its second page) shares its title or its longest lines with one seen, and teaches
 * nothing. A line that reads as story (narration, dialogue, a sentence of any length) is never
 * learnt: a poem or a catchphrase that recurs in a novel stays story.
 */
import { foldForMatching } from './fold';
import { skeletonText } from './normalize';
import { hasNarrationMarker } from './text/narration';
import { quotedRanges } from './text/quotes';

export const SITE_MEMORY_VERSION = 1;

/** One site's memory: chapters seen (their marks) and the lines seen on them. */
export interface SiteMemory {
  version: typeof SITE_MEMORY_VERSION;
  chapters: ChapterSeen[];
  /** Line hash (hex) → the chapters (indexes into `chapters` ids) it was seen on, newest last. */
  lines: Record<string, LineSeen>;
}

export interface ChapterSeen {
  id: number;
  /** Hashes of the title and of the longest story lines: how the same chapter is known again. */
  marks: number[];
  seen: number;
}

export interface LineSeen {
  chapters: number[];
  seen: number;
}

export const MEMORY_LIMITS = {
  /** Lines remembered per site: a site's boilerplate is a few dozen lines. */
  lines: 300,
  /** Chapters remembered per site, to know a chapter seen again. */
  chapters: 40,
  /** Chapters a line remembers: two are enough to call it recurring. */
  chaptersPerLine: 3,
  /** Longest lines of a chapter kept as its marks. */
  marks: 6,
  /** Sites remembered on this device (lib/site-memory-store.ts): the least recently seen go. */
  sites: 60,
} as const;

/** Longest learnable line, in skeleton characters: boilerplate is a line, not a paragraph. */
const LEARNABLE_LENGTH = 80;
/** A line with this many Han characters and a sentence's end reads as story. */
const SENTENCE_HAN = 24;

/** FNV-1a of the folded skeleton: the same line in another width, script or spacing hashes alike. */
export function lineKey(text: string): number {
  const folded = foldForMatching(skeletonText(text));
  let hash = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) {
    hash ^= folded.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** True for a line that may be learnt as boilerplate: short, no narration, no dialogue, no long sentence. */
export function isLearnable(text: string): boolean {
  const folded = foldForMatching(skeletonText(text));
  if (folded.length < 2 || folded.length > LEARNABLE_LENGTH) return false;
  if (hasNarrationMarker(folded) || quotedRanges(text).length > 0) return false;
  const han = (folded.match(/\p{Script=Han}/gu) ?? []).length;
  return !(han >= SENTENCE_HAN && /[。！？!?…]/.test(text));
}

/** A chapter page as the memory sees it: its title, its chapter lines, the texts around it. */
export interface PageTexts {
  title: string;
  lines: readonly string[];
  around: readonly string[];
}

/** The marks of a page: its title's hash and those of its longest lines that read as story. */
export function chapterMarks(page: PageTexts): number[] {
  const longest = page.lines
    .filter((line) => !isLearnable(line))
    .sort((a, b) => b.length - a.length)
    .slice(0, MEMORY_LIMITS.marks);
  return [lineKey(page.title), ...longest.map(lineKey)];
}

function emptyMemory(): SiteMemory {
  return { version: SITE_MEMORY_VERSION, chapters: [], lines: {} };
}

/** The chapter seen before that this page is again (shares its title or two of its lines), if any. */
function sameChapter(memory: SiteMemory, marks: readonly number[]): ChapterSeen | undefined {
  const [title, ...lines] = marks;
  return memory.chapters.find((chapter) => {
    if (chapter.marks[0] === title && title !== lineKey('')) return true;
    return chapter.marks.slice(1).filter((mark) => lines.includes(mark)).length >= 2;
  });
}

export interface LearntForPage {
  /** Indexes into `page.lines` and `page.around` of what recurs on the site's other chapters. */
  lines: number[];
  around: number[];
  /** The memory with this page learnt (unchanged but for recency when it is a chapter seen again). */
  memory: SiteMemory;
}

function recurring(memory: SiteMemory, texts: readonly string[], chapter: number | undefined): number[] {
  const found: number[] = [];
  texts.forEach((text, index) => {
    if (!isLearnable(text)) return;
    const seen = memory.lines[lineKey(text).toString(16)];
    if (seen?.chapters.some((id) => id !== chapter)) found.push(index);
  });
  return found;
}

/** Keeps the most recently seen `limit` entries of a record. */
function newest<T extends { seen: number }>(entries: Array<[string, T]>, limit: number): Array<[string, T]> {
  return entries.sort((a, b) => b[1].seen - a[1].seen).slice(0, limit);
}

/**
 * What on `page` the site has shown on other chapters, and the memory with `page` learnt. `now`
 * orders entries for eviction; the oldest go first when a bound is reached.
 */
export function learnPage(stored: SiteMemory | undefined, page: PageTexts, now: number): LearntForPage {
  const memory = structuredCloneMemory(stored ?? emptyMemory());
  const marks = chapterMarks(page);
  const again = sameChapter(memory, marks);
  const lines = recurring(memory, page.lines, again?.id);
  const around = recurring(memory, page.around, again?.id);
  if (again) {
    again.seen = now;
    return { lines, around, memory };
  }
  const id = memory.chapters.reduce((max, chapter) => Math.max(max, chapter.id), 0) + 1;
  memory.chapters.push({ id, marks, seen: now });
  memory.chapters = newest(
    memory.chapters.map((chapter) => [String(chapter.id), chapter] as [string, ChapterSeen]),
    MEMORY_LIMITS.chapters,
  ).map(([, chapter]) => chapter);
  for (const text of [...page.lines, ...page.around]) {
    if (!isLearnable(text)) continue;
    const key = lineKey(text).toString(16);
    const seen = (memory.lines[key] ??= { chapters: [], seen: now });
    if (!seen.chapters.includes(id))
      seen.chapters = [...seen.chapters, id].slice(-MEMORY_LIMITS.chaptersPerLine);
    seen.seen = now;
  }
  memory.lines = Object.fromEntries(newest(Object.entries(memory.lines), MEMORY_LIMITS.lines));
  return { lines, around, memory };
}

function structuredCloneMemory(memory: SiteMemory): SiteMemory {
  return {
    version: memory.version,
    chapters: memory.chapters.map((chapter) => ({ ...chapter, marks: [...chapter.marks] })),
    lines: Object.fromEntries(
      Object.entries(memory.lines).map(([key, seen]) => [key, { ...seen, chapters: [...seen.chapters] }]),
    ),
  };
}

/** A stored value read back: a site memory of this version, or null (a corrupt value teaches nothing). */
export function readSiteMemory(value: unknown): SiteMemory | null {
  if (typeof value !== 'object' || value === null) return null;
  const memory = value as Partial<SiteMemory>;
  if (memory.version !== SITE_MEMORY_VERSION || !Array.isArray(memory.chapters)) return null;
  if (typeof memory.lines !== 'object' || memory.lines === null) return null;
  const chaptersOk = memory.chapters.every(
    (chapter) =>
      Number.isSafeInteger(chapter?.id) &&
      Number.isFinite(chapter?.seen) &&
      Array.isArray(chapter?.marks) &&
      chapter.marks.every((mark) => Number.isSafeInteger(mark)),
  );
  const linesOk = Object.entries(memory.lines).every(
    ([key, seen]) =>
      /^[0-9a-f]{1,8}$/.test(key) &&
      Number.isFinite(seen?.seen) &&
      Array.isArray(seen?.chapters) &&
      seen.chapters.every((id) => Number.isSafeInteger(id)),
  );
  return chaptersOk && linesOk ? (memory as SiteMemory) : null;
}
