/**
 * Recognises the bundled chapter on any page. At build time every 4-character shingle of the folded
 * story (fingerprint-fold.ts) goes into a Bloom filter (fingerprint-bloom.ts); at page time the page's
 * shingles are looked up. Order never matters, so shuffled, split or merged paragraphs change nothing,
 * and punctuation, whitespace and the site's character swaps are folded away before hashing.
 */
import type { BundledMatch } from './types';
import {
  bloomHas,
  createBloom,
  decodeBloom,
  encodeBloom,
  fromBloomWords,
  toBloomWords,
  type Bloom,
  type BloomData,
  type BloomWords,
} from './fingerprint-bloom';
import {
  boilerplateKey,
  countFooterLines,
  indexBoilerplate,
  isBoilerplate,
  type BoilerplateIndex,
} from './fingerprint-boilerplate';
import { foldSymbols, forEachShingle } from './fingerprint-fold';

/** Compact, JSON-serialisable summary of the bundled chapter, built once and shipped. */
export interface ChapterFingerprint {
  version: 1;
  /** Shingle length in folded symbols (an ideograph or a Latin word each). */
  k: number;
  /** Distinct story shingles: the denominator of coverage. */
  shingles: number;
  /** Every story shingle. */
  bloom: BloomData;
  /** Folded keys of the footer lines (fingerprint-boilerplate.ts). */
  boilerplate: string[];
}

/**
 * The fingerprint as the background hands it to chapter pages: the same, with the filter as 32-bit
 * words, so that a page uses it at once instead of decoding it on every chapter it opens.
 */
export interface PageFingerprint extends Omit<ChapterFingerprint, 'bloom'> {
  bloom: BloomWords;
}

/** What one page line is, relative to the bundled chapter. */
export type BundledLineClass = 'story' | 'boilerplate' | null;

/** The page verdict and each paragraph's class, from one pass. */
export interface BundledPageAnalysis {
  match: BundledMatch;
  lines: BundledLineClass[];
}

/**
 * Four characters: long enough that another chapter with the same cast and vocabulary shares few
 * shingles, short enough that a swapped word the folding misses (简单 → 复杂) costs only a few.
 */
const SHINGLE_LENGTH = 4;
/** About 3% false positives: decoys stay far below the match threshold, and the whole fingerprint
 * stays small enough to travel in every chapter page's plan. The cap keeps the JSON under 8 kB for
 * up to ~6,000 shingles. */
const BITS_PER_SHINGLE = 7;
const MAX_BITS = 5_400 * 8;
/** "The page carries a third of the chapter": the first of two pages carries about half. */
export const MATCH_MIN_COVERAGE = 0.3;
/** Most of the page's chapter text must be this chapter's (ads and a next chapter are the rest). */
export const MATCH_MIN_SCORE = 0.4;
/**
 * A line is story when enough of its shingles are the chapter's: a short story line can lose more
 * than half of them to a swapped word or a renamed person, while lines of other chapters with the
 * same cast stay under a third. Three hits at least, so that a false positive or two cannot do it.
 */
const STORY_MIN_SHARE = 0.4;
const STORY_MIN_HITS = 3;
const STORY_MIN_HAN = 8;

interface Compiled {
  k: number;
  shingles: number;
  bloom: Bloom;
  boilerplate: BoilerplateIndex;
}

const compiledCache = new WeakMap<ChapterFingerprint | PageFingerprint, Compiled>();

/** The fingerprint made ready for lookups, once per fingerprint object. */
function compile(fp: ChapterFingerprint | PageFingerprint): Compiled {
  let compiled = compiledCache.get(fp);
  if (!compiled) {
    if (fp.version !== 1) throw new Error(`unknown chapter fingerprint version ${String(fp.version)}`);
    const bloom = 'words' in fp.bloom ? fromBloomWords(fp.bloom) : decodeBloom(fp.bloom);
    compiled = { k: fp.k, shingles: fp.shingles, bloom, boilerplate: indexBoilerplate(fp.boilerplate) };
    compiledCache.set(fp, compiled);
  }
  return compiled;
}

/** The form chapter pages receive (the background makes it once and sends it with every plan). */
export function toPageFingerprint(fp: ChapterFingerprint): PageFingerprint {
  return { ...fp, bloom: toBloomWords(compile(fp).bloom) };
}

/**
 * Build time (and tools that read the chapter file): the fingerprint of the bundled chapter's
 * paragraphs (story, then site footer).
 */
export function buildFingerprint(paragraphs: readonly string[]): ChapterFingerprint {
  const footer = countFooterLines(paragraphs);
  const story = paragraphs.slice(0, paragraphs.length - footer);
  const hashes = new Set<number>();
  for (const paragraph of story) {
    forEachShingle(foldSymbols(paragraph).symbols, SHINGLE_LENGTH, (hash) => hashes.add(hash));
  }
  // Sorted so that the filter, and so the JSON, do not depend on insertion order.
  const sorted = [...hashes].sort((a, b) => a - b);
  const bloom = createBloom(sorted, BITS_PER_SHINGLE, MAX_BITS);
  const fp: ChapterFingerprint = {
    version: 1,
    k: SHINGLE_LENGTH,
    shingles: hashes.size,
    bloom: encodeBloom(bloom),
    boilerplate: paragraphs.slice(paragraphs.length - footer).map(boilerplateKey),
  };
  // The filter is at hand: whoever uses this object (a bench, the CLI) need not decode its text.
  compiledCache.set(fp, {
    k: fp.k,
    shingles: fp.shingles,
    bloom,
    boilerplate: indexBoilerplate(fp.boilerplate),
  });
  return fp;
}

interface LineScan {
  shingles: number;
  hits: number;
  han: number;
  /** Valid only until the next fold (see FoldedText). */
  symbols: Uint16Array;
}

/** Looks up each shingle of `line`; matched hashes go into `seen` when given (for coverage). */
function scanLine(compiled: Compiled, line: string, seen?: Set<number>): LineScan {
  const { symbols, han } = foldSymbols(line);
  let hits = 0;
  const shingles = forEachShingle(symbols, compiled.k, (hash) => {
    if (!bloomHas(compiled.bloom, hash)) return;
    hits++;
    seen?.add(hash);
  });
  return { shingles, hits, han, symbols };
}

/** Story first: a story line is never offered to the (strict) boilerplate test. */
function classifyScan(compiled: Compiled, scan: LineScan): BundledLineClass {
  const enough = scan.hits >= STORY_MIN_HITS && scan.hits >= scan.shingles * STORY_MIN_SHARE;
  if (scan.han >= STORY_MIN_HAN && enough) return 'story';
  return isBoilerplate(compiled.boilerplate, scan.symbols) ? 'boilerplate' : null;
}

/** Paragraphs looked up between pauses of analyseBundledPageSteps. */
const PARAGRAPHS_PER_STEP = 40;

/** Page time: the match verdict plus each paragraph's class, in one pass over the page's paragraphs. */
export function analyseBundledPage(
  fp: ChapterFingerprint | PageFingerprint,
  paragraphs: readonly string[],
): BundledPageAnalysis {
  const steps = analyseBundledPageSteps(fp, paragraphs);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** analyseBundledPage in steps, pausing every PARAGRAPHS_PER_STEP paragraphs. */
export function* analyseBundledPageSteps(
  fp: ChapterFingerprint | PageFingerprint,
  paragraphs: readonly string[],
): Generator<void, BundledPageAnalysis> {
  const compiled = compile(fp);
  const seen = new Set<number>();
  let total = 0;
  let hits = 0;
  const lines: BundledLineClass[] = [];
  for (const [index, line] of paragraphs.entries()) {
    if (index % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    const scan = scanLine(compiled, line, seen);
    const verdict = classifyScan(compiled, scan);
    total += scan.shingles;
    // The footer is the bundled chapter's text too, just not its story.
    hits += verdict === 'boilerplate' ? scan.shingles : scan.hits;
    lines.push(verdict);
  }
  const coverage = Math.min(1, seen.size / Math.max(1, compiled.shingles));
  const score = total === 0 ? 0 : hits / total;
  const matched = coverage >= MATCH_MIN_COVERAGE && score >= MATCH_MIN_SCORE;
  return { match: { matched, score, coverage }, lines };
}

/** Page time: how much of the bundled chapter the page's chapter paragraphs carry, and whether it is it. */
export function matchBundledChapter(
  fp: ChapterFingerprint | PageFingerprint,
  paragraphs: readonly string[],
): BundledMatch {
  return analyseBundledPage(fp, paragraphs).match;
}

/** Page time, per line: from the bundled chapter's story, its site boilerplate, or neither/unknown. */
export function classifyBundledLine(
  fp: ChapterFingerprint | PageFingerprint,
  line: string,
): BundledLineClass {
  const compiled = compile(fp);
  return classifyScan(compiled, scanLine(compiled, line));
}
