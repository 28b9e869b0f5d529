import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countHan } from '@/core/text/han';
import { buildFingerprint, classifyBundledLine, matchBundledChapter } from '@/core/fingerprint';
import { readAds, readBundledChapter, readCorpusStories, readDecoys } from '../fixtures/bundled/data';
import { damageLine } from '../fixtures/bundled/damage';
import { injectLines, splitSentences } from '../fixtures/bundled/variants';
import { toTraditional } from '../fixtures/bundled/traditional';
import { CORPUS_DIR } from '../helpers/corpus';

const fp = buildFingerprint(readBundledChapter());
const decoys = readDecoys();

/** Every form a decoy chapter can take on a page; none of them is the bundled chapter. */
const forms: [form: string, make: (paragraphs: string[]) => string[]][] = [
  ['as written', (paragraphs) => paragraphs],
  ['in Traditional characters', (paragraphs) => paragraphs.map(toTraditional)],
  ['damaged with the same substitution map', (paragraphs) => paragraphs.map(damageLine)],
  [
    'damaged, in Traditional characters',
    (paragraphs) => paragraphs.map((line) => toTraditional(damageLine(line))),
  ],
  ['with 30 ad lines', (paragraphs) => injectLines(paragraphs, readAds(), 9)],
  [
    'damaged, split into sentences, with ads',
    (paragraphs) => injectLines(splitSentences(paragraphs.map(damageLine)), readAds(), 3),
  ],
];

const cases = decoys.flatMap((decoy) =>
  forms.map(([form, make]) => [decoy.name, form, make(decoy.paragraphs)] as const),
);

/**
 * The highest decoy scores seen when this was written were 0.026 (score) and 0.015 (coverage), far
 * under the thresholds (0.4 and 0.3): asserting 0.1 keeps the margin visible, not just the verdict.
 */
const DECOY_CEILING = 0.1;

describe('decoy chapters: same novel, cast, places and event, other text', () => {
  it('are at least three, each at least 2,500 ideographs long, written in Simplified characters', () => {
    expect(decoys.length).toBeGreaterThanOrEqual(3);
    for (const decoy of decoys) expect(countHan(decoy.paragraphs.join(''))).toBeGreaterThanOrEqual(2500);
  });

  it('share the cast and vocabulary of the bundled chapter', () => {
    const text = decoys.map((decoy) => decoy.paragraphs.join('')).join('');
    for (const word of [
      '江倾',
      '安德鲁·威尔逊',
      '张静仪',
      '吕若',
      '田熹薇',
      '李一彤',
      'OpenAI',
      'Yann LeCun',
    ]) {
      expect(text).toContain(word);
    }
    for (const word of ['发布会', '万象', '无问科技', '台下', '直播', '院士']) expect(text).toContain(word);
  });

  it('change in about a quarter of their ideographs in the Traditional form', () => {
    for (const decoy of decoys) {
      const simplified = [...decoy.paragraphs.join('')];
      const traditional = [...toTraditional(decoy.paragraphs.join(''))];
      const changed = simplified.filter((char, i) => char !== traditional[i]).length;
      expect(changed / countHan(simplified.join(''))).toBeGreaterThan(0.2);
    }
  });

  it.each(cases)('%s %s is not the bundled chapter', (_name, _form, paragraphs) => {
    const match = matchBundledChapter(fp, paragraphs);
    expect(match.matched).toBe(false);
    expect(match.score).toBeLessThan(DECOY_CEILING);
    expect(match.coverage).toBeLessThan(DECOY_CEILING);
  });

  it('are not the bundled chapter even all together on one page', () => {
    const match = matchBundledChapter(
      fp,
      decoys.flatMap((decoy) => decoy.paragraphs),
    );
    expect(match.matched).toBe(false);
    expect(match.coverage).toBeLessThan(DECOY_CEILING);
  });

  it.each(cases)(
    '%s %s has no line taken for footer and almost none for story',
    (_name, _form, paragraphs) => {
      const classes = paragraphs.map((line) => classifyBundledLine(fp, line));
      expect(classes).not.toContain('boilerplate');
      expect(classes.filter((verdict) => verdict === 'story').length).toBeLessThanOrEqual(
        paragraphs.length * 0.02,
      );
    },
  );
});

describe('text that is no chapter', () => {
  it('does not match ad lines alone, nor take one for story or footer', () => {
    const ads = readAds();
    expect(matchBundledChapter(fp, ads).matched).toBe(false);
    expect(ads.map((line) => classifyBundledLine(fp, line))).toEqual(ads.map(() => null));
  });
});

const corpus = readCorpusStories();

describe('real chapters of other novels (the shared corpus, read in place)', () => {
  it('are there to test against', () => {
    // The shared folder is outside the repository; CI checks its presence separately.
    if (!corpus) expect.fail(`${CORPUS_DIR}labels is missing: cannot test against real chapters`);
    expect(corpus.length).toBeGreaterThanOrEqual(5);
  });

  it.each(corpus ?? [])('$id is not the bundled chapter and has no line taken for footer', ({ story }) => {
    const match = matchBundledChapter(fp, story);
    expect(match.matched).toBe(false);
    expect(match.score).toBeLessThan(DECOY_CEILING);
    expect(match.coverage).toBeLessThan(DECOY_CEILING);
    expect(story.map((line) => classifyBundledLine(fp, line))).not.toContain('boilerplate');
  });

  it('spam lines collected from real sites are never taken for story', () => {
    const spam = readFileSync(`${CORPUS_DIR}spam-lines.txt`, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('lit:'))
      .map((line) => line.slice(4).trim());
    expect(spam.length).toBeGreaterThan(100);
    expect(spam.filter((line) => classifyBundledLine(fp, line) === 'story')).toEqual([]);
    expect(matchBundledChapter(fp, spam).matched).toBe(false);
  });
});
