import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignPage } from '@/core/repair/align-page';
import { emptyReading, READING_LIMITS, recordPage, storyKey } from '@/core/repair/reading';
import { indexShipped } from '@/core/repair/shipped-index';
import { readStoredReading } from '@/core/repair/stored-reading';
import { readBundledChapter } from '../fixtures/bundled/data';
import { synthesiseIntactCopy } from '../helpers/intact-copy';
import { halves } from '../fixtures/bundled/variants';

const story = readBundledChapter().slice(0, 160);
const key = storyKey(story);
const index = indexShipped(story);
const copy = synthesiseIntactCopy(story, 21);
const [first, second] = halves(copy.lines);
const valid = [first, second].reduce(
  (reading, lines, i) =>
    recordPage(reading, alignPage(index, lines), `host${i}.example`, 1_700_000_000_000 + i),
  emptyReading(story),
);
/** The stored form: what storage hands back is a structured clone. */
const stored = () => structuredClone(valid) as unknown as Record<string, unknown> & typeof valid;

describe('the stored repaired reading', () => {
  it('reads back what was written', () => {
    expect(valid.sources).toHaveLength(2);
    expect(readStoredReading(stored(), key, story.length)).toEqual({
      reading: valid,
      problems: [],
      discard: false,
    });
  });

  it('is nothing, quietly, when nothing is stored', () => {
    for (const raw of [undefined, null])
      expect(readStoredReading(raw, key, story.length)).toEqual({
        reading: null,
        problems: [],
        discard: false,
      });
  });

  it('of another shipped text goes quietly (the extension was updated)', () => {
    expect(readStoredReading({ ...stored(), chapter: 'deadbeef' }, key, story.length)).toEqual({
      reading: null,
      problems: [],
      discard: true,
    });
  });

  it('from a newer version is reported and not read, but not thrown away', () => {
    const result = readStoredReading({ ...stored(), version: 2 }, key, story.length);
    expect(result).toEqual({
      reading: null,
      problems: ['repaired reading comes from a newer version (2): not read'],
      discard: false,
    });
  });

  const corrupt: Array<[string, (value: ReturnType<typeof stored>) => unknown]> = [
    ['a string', () => 'repaired'],
    ['a list', () => []],
    ['no version', (value) => ({ ...value, version: undefined })],
    ['a version as text', (value) => ({ ...value, version: '1' })],
    ['sources not a list', (value) => ({ ...value, sources: {} })],
    [
      'too many sources',
      (value) => ({ ...value, sources: Array(READING_LIMITS.sources + 1).fill(value.sources[0]) }),
    ],
    [
      'a source without a host',
      (value) => ({ ...value, sources: [{ ...value.sources[0], host: 7 }, value.sources[1]] }),
    ],
    [
      'an order past the story',
      (value) => ({ ...value, sources: [{ ...value.sources[0], order: [story.length] }, value.sources[1]] }),
    ],
    [
      'an order that repeats a line',
      (value) => ({ ...value, sources: [{ ...value.sources[0], order: [3, 3] }, value.sources[1]] }),
    ],
    ['a line too few', (value) => ({ ...value, lines: value.lines.slice(1) })],
    [
      'a reading of a source that is not there',
      (value) => {
        value.lines[0]![0]!.source = 5;
        return value;
      },
    ],
    [
      'a mark past its text',
      (value) => {
        const reading = value.lines.flat().find(({ marks }) => marks.length > 0)!;
        reading.marks[0]!.end = reading.text.length + 1;
        return value;
      },
    ],
    [
      'a reversed mark',
      (value) => {
        const reading = value.lines.flat().find(({ marks }) => marks.length > 0)!;
        reading.marks[0]!.start = reading.marks[0]!.end;
        return value;
      },
    ],
    [
      'marks out of order',
      (value) => {
        const reading = value.lines.flat().find(({ marks }) => marks.length > 1)!;
        reading.marks.reverse();
        return value;
      },
    ],
    [
      'an unknown kind of line',
      (value) => {
        value.lines[0]![0]!.how = 'guessed' as never;
        return value;
      },
    ],
    [
      'a text too long',
      (value) => {
        value.lines[0]![0]!.text = 'x'.repeat(READING_LIMITS.text + 1);
        return value;
      },
    ],
    [
      'a seen page with an unknown verdict',
      (value) => ({ ...value, seen: [{ ...value.seen[0], verdict: 'maybe' }] }),
    ],
  ];

  it.each(corrupt)('with %s is reported and dropped', (_name, corruptIt) => {
    const result = readStoredReading(corruptIt(stored()), key, story.length);
    expect(result.reading).toBeNull();
    expect(result.discard).toBe(true);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^repaired reading unreadable \(.+\): forgotten$/);
  });

  // Each run reads a whole chapter's reading twice: on a loaded machine that takes a while.
  it('never throws, and anything it reads is read again the same', () => {
    const mutate = fc
      .tuple(fc.nat(), fc.anything())
      .map(([at, value]) => (reading: ReturnType<typeof stored>) => {
        const paths: Array<[object, string]> = [];
        const walk = (node: unknown) => {
          if (typeof node !== 'object' || node === null) return;
          for (const [name, child] of Object.entries(node)) {
            paths.push([node, name]);
            walk(child);
          }
        };
        walk(reading);
        const [parent, name] = paths[at % paths.length]!;
        (parent as Record<string, unknown>)[name] = value;
        return reading;
      });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          mutate.map((change) => change(stored())),
        ),
        (raw) => {
          const result = readStoredReading(raw, key, story.length);
          if (result.reading)
            expect(readStoredReading(structuredClone(result.reading), key, story.length).reading).toEqual(
              result.reading,
            );
          else
            expect(result.problems.length > 0 || result.discard || raw === undefined || raw === null).toBe(
              true,
            );
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
