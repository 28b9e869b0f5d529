/**
 * Repair from whole pages: synthesised intact copies (tests/helpers/intact-copy.ts) in several
 * shapes, and pages that must repair nothing. Figures are printed for the report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignPage, PAGE_POLICY } from '@/core/repair/align-page';
import { emptyReading, hasRepairs, recordPage, type RepairedReading } from '@/core/repair/reading';
import { viewReading } from '@/core/repair/reading-view';
import { servedFor } from '@/core/repair/site-damage';
import { indexShipped } from '@/core/repair/shipped-index';
import { readAds, readBundledChapter, readDecoys } from '../fixtures/bundled/data';
import { damageLine, restoreChapter } from '../fixtures/bundled/damage';
import {
  halves,
  injectLines,
  renamePeople,
  repunctuate,
  shuffle,
  splitSentences,
} from '../fixtures/bundled/variants';
import { measure, synthesiseIntactCopy } from '../helpers/intact-copy';

const story = readBundledChapter().slice(0, 160);
const index = indexShipped(story);
const ads = readAds();
const DAY = Date.UTC(2025, 11, 3);

/** What a reader's browser does with each page in turn: align it and record it. */
function visit(pages: ReadonlyArray<readonly string[]>, hosts = pages.map((_, i) => `site${i}.example`)) {
  let reading: RepairedReading = emptyReading(story);
  pages.forEach((lines, i) => (reading = recordPage(reading, alignPage(index, lines), hosts[i]!, DAY + i)));
  return reading;
}

/** The lines the popup would show for the repaired reading. */
function shown(reading: RepairedReading): string[] {
  return viewReading(reading, story).paragraphs.map(({ text }) => text);
}

/** A page as a site serves it: indented, with ads among the lines. */
function served(lines: readonly string[], seed: number): string[] {
  return injectLines(
    lines.map((line) => `\u3000\u3000${line}`),
    ads,
    seed,
  );
}

function report(name: string, figures: { exact: number; of: number; inOrder: boolean }): void {
  console.log(`repair, ${name}: ${figures.exact}/${figures.of} lines exact, in order: ${figures.inOrder}`);
}

describe('an intact copy', () => {
  it.each([1, 2, 3])('round trip (seed %i): lines exact and in the original order', (seed) => {
    const copy = synthesiseIntactCopy(story, seed);
    const alignment = alignPage(index, served(copy.lines, seed));
    expect(alignment.verdict).toBe('repairs');
    const reading = visit([served(copy.lines, seed)]);
    const figures = measure(copy.lines, shown(reading));
    report(`whole copy, seed ${seed}`, figures);
    expect(figures.exact).toBeGreaterThanOrEqual(Math.ceil(0.95 * copy.lines.length));
    expect(figures.inOrder).toBe(true);
    expect(viewReading(reading, story).paragraphs.map(({ line }) => line)).toEqual(copy.shipped);
  });

  it('leaves every ad out: only lines that copy a shipped line join', () => {
    const reading = visit([served(synthesiseIntactCopy(story, 4).lines, 4)]);
    const text = shown(reading).join('\n');
    for (const ad of ads) expect(text).not.toContain(ad.slice(0, 8));
    expect(shown(reading)).toHaveLength(story.length);
  });

  it('notes its host, date, and what it changed', () => {
    const reading = visit([served(synthesiseIntactCopy(story, 5).lines, 5)], ['www.example.com']);
    const { notes, paragraphs } = viewReading(reading, story);
    const repaired = paragraphs.filter(({ state }) => state === 'repaired');
    expect(notes).toEqual([
      {
        host: 'www.example.com',
        date: DAY,
        lines: repaired.length,
        chars: repaired.reduce((sum, { line }) => sum + reading.lines[line]![0]!.changed, 0),
      },
    ]);
    console.log(`repair, whole copy: ${notes[0]!.chars} characters in ${notes[0]!.lines} lines`);
    expect(notes[0]!.lines).toBeGreaterThan(120);
    expect(paragraphs.find(({ line }) => line === 114)).toMatchObject({
      state: 'repaired',
      how: 'scrambled',
    });
  });

  it('cut into sentences by the site: the paragraphs are found again whole, quotes closed', () => {
    const copy = synthesiseIntactCopy(story, 16);
    // As the page is sent after cleaning: its ads are gone, its cut paragraphs are not.
    const page = splitSentences(copy.lines).map((line) => `\u3000\u3000${line}`);
    expect(page.filter((line) => /^\s*”$/.test(line)).length).toBeGreaterThan(3);
    const figures = measure(copy.lines, shown(visit([page])));
    report('copy cut into sentences', figures);
    expect(figures.exact).toBeGreaterThanOrEqual(Math.ceil(0.95 * copy.lines.length));
    expect(figures.inOrder).toBe(true);
  });

  it('with renamed people still repairs, the names marked as swaps', () => {
    const copy = synthesiseIntactCopy(story, 6);
    const reading = visit([renamePeople(copy.lines)]);
    const { paragraphs } = viewReading(reading, story);
    const swaps = paragraphs.flatMap(({ text, marks }) =>
      marks.filter(({ kind }) => kind === 'swap').map(({ start, end }) => text.slice(start, end)),
    );
    expect(swaps).toEqual(expect.arrayContaining(['林默', '汉斯克', '赵晓雯']));
    const figures = measure(renamePeople(copy.lines), shown(reading));
    report('copy with renamed people', figures);
    expect(figures.exact).toBeGreaterThanOrEqual(Math.ceil(0.9 * copy.lines.length));
  });
});

describe('a copy in two halves', () => {
  const copy = synthesiseIntactCopy(story, 7);
  const [first, second] = halves(copy.lines);

  it.each([
    ['first', first],
    ['second', second],
  ])('the %s half alone repairs that half, in order', (name, half) => {
    const reading = visit([served(half, 8)]);
    const figures = measure(half, shown(reading));
    report(`${name} half alone`, figures);
    expect(figures.exact).toBeGreaterThanOrEqual(Math.ceil(0.95 * half.length));
    expect(figures.inOrder).toBe(true);
  });

  it.each([
    ['first then second', [first, second]],
    ['second then first', [second, first]],
  ])('both halves, %s, combine into the whole chapter in order', (name, pages) => {
    const reading = visit(pages.map((half, i) => served(half, i)));
    expect(reading.sources).toHaveLength(2);
    const figures = measure(copy.lines, shown(reading));
    report(`two halves, ${name}`, figures);
    expect(figures.exact).toBeGreaterThanOrEqual(Math.ceil(0.95 * copy.lines.length));
    expect(figures.inOrder).toBe(true);
  });
});

describe('pages that repair nothing', () => {
  /** Another damage map of the same classes: the pronoun cycle turned back, many-to-one the other way. */
  const OTHER_MAP = new Map(
    [...'他你你我我他她他是不有无没无女男白黑'.matchAll(/(.)(.)/gu)].map(([, a, b]) => [a!, b!]),
  );
  const damageOtherwise = (line: string) => [...line].map((char) => OTHER_MAP.get(char) ?? char).join('');

  it.each([
    ['the chapter as shipped', story],
    [
      'the chapter as shipped, in another shuffle, re-punctuated, with ads',
      served(shuffle(story, 9).map(repunctuate), 9),
    ],
    ['the first half as shipped', halves(story)[0]],
  ])('%s: the same as shipped, nothing to repair', (_name, lines) => {
    const alignment = alignPage(index, lines);
    expect(alignment.verdict).toBe('same-as-shipped');
    expect(hasRepairs(visit([lines]))).toBe(false);
  });

  it('a copy damaged by another map', () => {
    const lines = synthesiseIntactCopy(story, 10).lines.map(damageOtherwise);
    const alignment = alignPage(index, lines);
    console.log(
      `repair, other map: ${alignment.wrongLines} of ${alignment.aligned} aligned lines break the rule`,
    );
    expect(alignment.verdict).toBe('damaged-another-way');
    const reading = visit([lines]);
    expect(hasRepairs(reading)).toBe(false);
    expect(reading.seen).toMatchObject([{ verdict: 'damaged-another-way', used: false }]);
  });

  it('any map: whatever a page repairs goes the way the damage goes', () => {
    const directed = ['他我你她', '有没无', '不是', '男女', '黑白'];
    const maps = fc.tuple(
      ...directed.map((members) =>
        fc.array(fc.constantFrom(...members), { minLength: members.length, maxLength: members.length }),
      ),
    );
    fc.assert(
      fc.property(maps, (choices) => {
        const map = new Map(
          directed.flatMap((members, c) => [...members].map((m, k) => [m, choices[c]![k]!])),
        );
        const lines = synthesiseIntactCopy(story, 11).lines.map((line) =>
          [...line].map((ch) => map.get(ch) ?? ch).join(''),
        );
        const { paragraphs } = viewReading(visit([lines]), story);
        for (const { text, marks } of paragraphs)
          for (const mark of marks.filter(({ kind }) => kind === 'char'))
            expect(servedFor(text.slice(mark.start, mark.end))).toBe(mark.was);
      }),
      { numRuns: 25 },
    );
  });

  it('a few lines a site got wrong are left as shipped; the rest repairs', () => {
    const copy = synthesiseIntactCopy(story, 12);
    const wrong = copy.lines
      .map((line, i) => i)
      .filter((i) => i >= 10 && damageOtherwise(copy.lines[i]!) !== copy.lines[i])
      .slice(0, 2);
    const lines = copy.lines.map((line, i) => (wrong.includes(i) ? damageOtherwise(line) : line));
    const alignment = alignPage(index, lines);
    expect(alignment).toMatchObject({ verdict: 'repairs', wrongLines: 2 });
    const view = viewReading(visit([lines]), story);
    for (const i of wrong) {
      const shipped = copy.shipped[i]!;
      expect(view.paragraphs.find(({ line }) => line === shipped)).toMatchObject({
        state: 'unconfirmed',
        text: story[shipped],
      });
    }
    expect(
      measure(
        copy.lines,
        view.paragraphs.map(({ text }) => text),
      ).exact,
    ).toBe(copy.lines.length - 2);
  });

  it.each(readDecoys().map((decoy) => [decoy.name, decoy.paragraphs] as const))(
    'another chapter of the novel (%s), as written, damaged, or quoting ten lines of this one',
    (name, paragraphs) => {
      const quoting = injectLines(paragraphs, restoreChapter(story).slice(20, 30), 13);
      for (const [form, lines] of [
        ['as written', paragraphs],
        ['damaged', paragraphs.map(damageLine)],
        ['quoting', quoting],
      ] as const) {
        const alignment = alignPage(index, lines);
        const share = alignment.aligned / alignment.considered;
        console.log(
          `repair, sibling ${name} ${form}: ${alignment.aligned}/${alignment.considered} lines align`,
        );
        expect(share).toBeLessThan(PAGE_POLICY.minAlignedShare);
        expect(alignment.verdict).toBe('not-this-chapter');
        expect(hasRepairs(visit([lines]))).toBe(false);
      }
    },
  );
});

describe('two sources', () => {
  const copy = synthesiseIntactCopy(story, 14);

  it('that disagree on a line: it stays as shipped and both readings are kept', () => {
    const other = copy.lines.map((line, i) => (i === 40 ? line.replace(/^(..)/, '某某') : line));
    const changed = copy.shipped[40]!;
    const reading = visit([copy.lines, other], ['a.example', 'b.example']);
    expect(reading.lines[changed]!.map(({ text }) => text)).toEqual([copy.lines[40], other[40]]);
    const paragraph = viewReading(reading, story).paragraphs.find(({ line }) => line === changed)!;
    expect(paragraph).toMatchObject({ state: 'disputed', text: story[changed] });
    expect(paragraph.readings).toEqual([
      { text: copy.lines[40], host: 'a.example' },
      { text: other[40], host: 'b.example' },
    ]);
  });

  it('that agree: the second adds nothing, and a page seen twice is one source', () => {
    const reading = visit([copy.lines, served(copy.lines, 15), copy.lines]);
    expect(reading.sources).toHaveLength(1);
    expect(reading.seen.map(({ used }) => used)).toEqual([true, false, false]);
  });
});
