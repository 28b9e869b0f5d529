/**
 * The committed fixture corpus (see tests/fixtures/pages/README.md): each source.html is cleaned in
 * happy-dom and compared with expected.txt and expected.json. A case without expected files, or every
 * case under UPDATE_FIXTURES=1, gets the current output written as a baseline instead, for review.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  canonical,
  listFixtures,
  readFixture,
  runFixture,
  writeBaseline,
  type FixtureCase,
  type FixtureOutput,
} from '../helpers/fixture-cases';

const UPDATE = process.env.UPDATE_FIXTURES === '1';

const cases = listFixtures();

it('has at least 12 cases over at least 6 page shapes, negatives included', () => {
  const shapes = new Set(cases.map((name) => name.split('--')[0]));
  expect(cases.length).toBeGreaterThanOrEqual(12);
  expect(shapes.size).toBeGreaterThanOrEqual(6);
  expect(shapes.has('negative')).toBe(true);
});

describe.each(cases)('%s', (name) => {
  let fixture: FixtureCase;
  let output: FixtureOutput;
  let baseline = false;
  beforeAll(() => {
    fixture = readFixture(name);
    output = runFixture(fixture.html);
    baseline = UPDATE || fixture.expectedText === null || fixture.expectedReport === null;
    if (baseline) writeBaseline(name, output);
  });

  it('keeps exactly the expected chapter paragraphs', () => {
    if (baseline) return;
    expect(output.paragraphs).toEqual(fixture.expectedText);
  });

  it('reports the expected verdict, title, removals and flags', () => {
    if (baseline) return;
    expect(canonical(output.report)).toEqual(canonical(fixture.expectedReport!));
  });

  it('changes nothing when the page is not a chapter', () => {
    if ((fixture.expectedReport ?? output.report).isChapter) return;
    expect(output.bodyAfter === output.bodyBefore, 'body changed').toBe(true);
  });

  it('restoreAll gives back the original body', () => {
    expect(output.bodyRestored === output.bodyBefore, 'body after restoreAll differs').toBe(true);
  });
});
