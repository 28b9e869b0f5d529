import { describe, expect, it } from 'vitest';
import {
  analyseBundledPage,
  buildFingerprint,
  matchBundledChapter,
  toPageFingerprint,
  type ChapterFingerprint,
  type PageFingerprint,
} from '@/core/fingerprint';
import { readAds, readBundledChapter, readDecoys } from '../fixtures/bundled/data';
import { damageLine, restoreChapter } from '../fixtures/bundled/damage';
import {
  asciify,
  halves,
  injectLines,
  mergePairs,
  renamePeople,
  repunctuate,
  shuffle,
  splitSentences,
} from '../fixtures/bundled/variants';

const shipped = readBundledChapter();
const story = shipped.slice(0, 160);
const fp = buildFingerprint(shipped);
/** Guessed original: swaps and word-level antonyms undone on the damaged lines. */
const clean = restoreChapter(story);
/** Only the character classes undone: folds to exactly the shipped text. */
const cleanClasses = restoreChapter(story, false);
const [firstHalf, secondHalf] = halves(clean);
const [firstHalfShipped, secondHalfShipped] = halves(story);

describe('buildFingerprint', () => {
  it('fits in 8 kB of JSON and survives a JSON round trip', () => {
    const json = JSON.stringify(fp);
    expect(json.length).toBeLessThanOrEqual(8000);
    const parsed = JSON.parse(json) as ChapterFingerprint;
    expect(matchBundledChapter(parsed, clean)).toEqual(matchBundledChapter(fp, clean));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildFingerprint(shipped))).toBe(JSON.stringify(fp));
    expect(JSON.stringify(buildFingerprint([...shipped]))).toBe(JSON.stringify(fp));
  });

  it('holds the story and keeps the two footer lines apart from it', () => {
    expect(fp.boilerplate).toHaveLength(2);
    expect(fp.shingles).toBeGreaterThan(3000);
    expect(JSON.stringify(buildFingerprint(story).boilerplate)).toBe('[]');
  });
});

const matching: [name: string, paragraphs: string[], minCoverage: number, maxCoverage: number][] = [
  ['as shipped', shipped, 0.99, 1],
  ['the story lines only', story, 0.99, 1],
  ['the clean original (classes undone)', cleanClasses, 0.99, 1],
  ['the clean original (classes and swapped words undone)', clean, 0.9, 1],
  ['re-punctuated full width, commas dropped, indented', clean.map(repunctuate), 0.9, 1],
  ['re-punctuated to ASCII with extra commas', story.map(repunctuate).map(asciify), 0.95, 1],
  ['split at every sentence end', splitSentences(clean), 0.9, 1],
  ['shuffled and merged in pairs', mergePairs(shuffle(clean, 3)), 0.9, 1],
  ['shuffled', shuffle(clean, 11), 0.9, 1],
  ['with 30 ad lines injected', injectLines(clean, readAds(), 1), 0.9, 1],
  ['damaged on every other line only', clean.map((line, i) => (i % 2 ? damageLine(line) : line)), 0.9, 1],
  ['with its people renamed', renamePeople(clean), 0.85, 1],
  ['as the first of two pages', firstHalf, 0.4, 0.6],
  ['as the second of two pages', secondHalf, 0.4, 0.6],
  ['as the first of two pages, damaged', firstHalfShipped, 0.4, 0.6],
  [
    'as the second of two pages, damaged, shuffled, with ads',
    injectLines(secondHalfShipped, readAds(), 4),
    0.4,
    0.6,
  ],
  ['next to a whole other chapter', [...clean, ...readDecoys()[0]!.paragraphs], 0.9, 1],
];

describe('matchBundledChapter on the same text', () => {
  it.each(matching)('matches it %s', (_name, paragraphs, minCoverage, maxCoverage) => {
    const match = matchBundledChapter(fp, paragraphs);
    expect(match.matched).toBe(true);
    expect(match.coverage).toBeGreaterThanOrEqual(minCoverage);
    expect(match.coverage).toBeLessThanOrEqual(maxCoverage);
    expect(match.score).toBeGreaterThan(0.45);
  });

  it('scores the shipped text as all chapter and counts injected ads against the score', () => {
    expect(matchBundledChapter(fp, shipped).score).toBeGreaterThan(0.99);
    const withAds = matchBundledChapter(fp, injectLines(story, readAds(), 2));
    expect(withAds.coverage).toBeGreaterThan(0.99);
    expect(withAds.score).toBeGreaterThan(0.75);
    expect(withAds.score).toBeLessThan(0.95);
  });

  it('scores a page that is half another chapter at about one half', () => {
    const decoy = readDecoys()[1]!.paragraphs;
    const { score } = matchBundledChapter(fp, [...firstHalf, ...decoy]);
    expect(score).toBeGreaterThan(0.4);
    expect(score).toBeLessThan(0.6);
  });
});

describe('the fingerprint in the form pages receive', () => {
  /** As the extension ships it (JSON text), and as the background sends it on (words, through JSON). */
  const asShipped = JSON.parse(JSON.stringify(fp)) as ChapterFingerprint;
  const asSent = JSON.parse(JSON.stringify(toPageFingerprint(asShipped))) as PageFingerprint;
  const decoys = readDecoys().map((decoy): [string, string[]] => [
    `the decoy ${decoy.name}`,
    decoy.paragraphs,
  ]);

  const pages: Array<[string, string[]]> = [
    ...matching.map(([name, lines]): [string, string[]] => [name, lines]),
    ...decoys,
  ];

  it.each(pages)('gives the same verdict and line classes on the chapter %s', (_name, paragraphs) => {
    const expected = analyseBundledPage(asShipped, paragraphs);
    expect(analyseBundledPage(asSent, paragraphs)).toEqual(expected);
    expect(analyseBundledPage(fp, paragraphs)).toEqual(expected);
  });

  it('carries the same filter as the shipped text, word for word', () => {
    expect(asSent.bloom.words).toHaveLength(Math.ceil(fp.bloom.bits / 32));
    expect(toPageFingerprint(fp)).toEqual(asSent);
    expect({ ...asSent, bloom: undefined }).toEqual({ ...asShipped, bloom: undefined });
  });
});

describe('matchBundledChapter below the thresholds', () => {
  it('does not match a page that quotes a fifth of the chapter', () => {
    const fifth = clean.filter((_line, i) => i % 5 === 0);
    const match = matchBundledChapter(fp, fifth);
    expect(match.coverage).toBeGreaterThan(0.1);
    expect(match.coverage).toBeLessThan(0.3);
    expect(match.matched).toBe(false);
  });

  it('does not match when the chapter is a small part of what the page calls its chapter', () => {
    const others = readDecoys().flatMap((decoy) => decoy.paragraphs);
    const match = matchBundledChapter(fp, [...firstHalf, ...others, ...others]);
    expect(match.coverage).toBeGreaterThan(0.4);
    expect(match.score).toBeLessThan(0.4);
    expect(match.matched).toBe(false);
  });

  it.each([
    ['no paragraphs', []],
    ['blank paragraphs', ['', '   ', '\u3000']],
    ['only punctuation', ['……', '“”,。!?']],
  ])('gives zero for %s', (_name, paragraphs) => {
    expect(matchBundledChapter(fp, paragraphs)).toEqual({ matched: false, score: 0, coverage: 0 });
  });
});
