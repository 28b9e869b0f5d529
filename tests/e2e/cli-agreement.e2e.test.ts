/**
 * `npm run clean` in its three modes on every corpus page: the Node DOM, the Chrome build in
 * Chromium and the Firefox build in Firefox ESR must make the same decisions. The corpus labels are
 * not the point here (tests/corpus checks them); agreement between the modes is.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanInBrowser } from '@/scripts/clean-cli/browser-mode';
import { decodeHtml } from '@/scripts/clean-cli/decode';
import { cleanInNodeDom } from '@/scripts/clean-cli/node-dom';
import { isPageError, type PageError, type PageResult } from '@/scripts/clean-cli/result';
import { fingerprintOf } from '@/scripts/fingerprint-plugin';
import { CORPUS_DIR, readCorpus } from '@/tests/helpers/corpus';

/**
 * Pages whose own scripts rewrite the chapter once they run (so the live page legitimately differs
 * from the markup the Node DOM reads, and may differ between browsers). None so far: every script
 * of the corpus pages comes from a host the browser mode blocks, or leaves the chapter alone.
 */
const SCRIPTS_REWRITE_CHAPTER = new Set<string>();

interface ParsedOtherwise {
  why: string;
  /** Text the browser's parse holds where the Node DOM's does not… */
  onlyInBrowser: string;
  /** …in this part of a result. */
  seen: (result: PageResult) => string;
}

/**
 * Pages the Node DOM (happy-dom) parses otherwise than a browser, so the two modes clean different
 * markup: with what the browser has and the Node DOM lacks. The test checks the difference is there.
 */
const PARSED_DIFFERENTLY: ReadonlyMap<string, ParsedOtherwise> = new Map([
  [
    'bxwx-ch-zhetian-3',
    {
      why: '"<&nbsp;书海阁&nbsp;>" is text in HTML; happy-dom drops it as a tag',
      onlyInBrowser: '书海阁',
      seen: (result) => [result.pageText, ...result.removed.map((removal) => removal.text)].join('\n'),
    },
  ],
  [
    'ttkan-ch-qingshan-1',
    {
      why: 'a saved fragment with unbalanced closing tags: the report link ends up in the chapter box in Chromium',
      onlyInBrowser: '章節報錯',
      // In the chapter box it is one of its lines: kept, or removed as one.
      seen: (result) => [...result.paragraphs, ...removedLines(result)].join('\n'),
    },
  ],
]);

const pages = existsSync(`${CORPUS_DIR}pages`)
  ? readCorpus().filter(({ id }) => !SCRIPTS_REWRITE_CHAPTER.has(id))
  : [];
const inputs = pages.map(({ file }) => ({ file: path.basename(file), bytes: readFileSync(file) }));
const cases = pages.map(({ id }, index) => [id, index] as const);

const removedLines = (result: PageResult) =>
  result.removed.filter((r) => r.kind === 'line').map((r) => r.text);
type Row = PageResult | PageError;
let chromium: Row[] = [];

/** The page's result, or the test fails with what kept `browser` from reading it. */
function read(row: Row | undefined, browser: string): PageResult {
  if (row === undefined) return expect.fail(`no row from ${browser}`);
  if (isPageError(row)) return expect.fail(`${browser} could not read it: ${row.error}`);
  return row;
}

beforeAll(async () => {
  if (inputs.length > 0) chromium = await cleanInBrowser(inputs);
}, 180_000);

it('has the corpus to compare on', () => {
  expect(pages.length, `no corpus pages in ${CORPUS_DIR}pages`).toBeGreaterThan(10);
});

describe('npm run clean: Node DOM and the extension in Chromium agree', () => {
  const fingerprint = fingerprintOf(path.resolve('public/chapter.txt'));
  const node = inputs.map(({ file, bytes }, index) =>
    cleanInNodeDom(file, decodeHtml(bytes), `http://localhost/${index}/${file}`, fingerprint),
  );

  it.each(cases)('%s', (id, index) => {
    const [inNode, inBrowser] = [node[index]!, read(chromium[index], 'Chromium')];
    expect(inBrowser.isChapter).toBe(inNode.isChapter);
    expect(inBrowser.title).toBe(inNode.title);
    const parsedOtherwise = PARSED_DIFFERENTLY.get(id);
    if (parsedOtherwise) {
      const { seen, why, onlyInBrowser } = parsedOtherwise;
      expect(seen(inBrowser), why).toContain(onlyInBrowser);
      expect(seen(inNode), why).not.toContain(onlyInBrowser);
      return;
    }
    expect(inBrowser.paragraphs).toEqual(inNode.paragraphs);
    expect(removedLines(inBrowser)).toEqual(removedLines(inNode));
    expect(inBrowser.bundledChapter.matched).toBe(inNode.bundledChapter.matched);
  });
});

describe('npm run clean --browser: the extension in Chromium and in Firefox agree', () => {
  let firefox: Row[] = [];
  let started = 0;
  beforeAll(async () => {
    started = Date.now();
    if (inputs.length > 0) firefox = await cleanInBrowser(inputs, undefined, [], 'firefox');
  }, 180_000);
  afterAll(() => {
    const same = cases.filter(([, index]) => sameDecisions(chromium[index], firefox[index])).length;
    const chapters = firefox.filter((row) => !isPageError(row) && row.isChapter).length;
    console.log(
      `Chromium and Firefox: the same chapter decision, title and removed lines on ${same} of ` +
        `${cases.length} corpus pages (${chapters} chapters); the Firefox pass took ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  // The page's innerText is left out: it follows each browser's own layout of what is not chapter.
  it.each(cases)('%s', (_id, index) => {
    const [inChromium, inFirefox] = [read(chromium[index], 'Chromium'), read(firefox[index], 'Firefox')];
    expect(inFirefox.isChapter).toBe(inChromium.isChapter);
    expect(inFirefox.title).toBe(inChromium.title);
    expect(removedLines(inFirefox)).toEqual(removedLines(inChromium));
    expect(inFirefox.removed).toEqual(inChromium.removed);
    expect(inFirefox.paragraphs).toEqual(inChromium.paragraphs);
    expect(inFirefox.flags).toEqual(inChromium.flags);
    expect(inFirefox.bundledChapter.matched).toBe(inChromium.bundledChapter.matched);
  });
});

function sameDecisions(a: Row | undefined, b: Row | undefined): boolean {
  if (!a || !b || isPageError(a) || isPageError(b)) return false;
  return (
    a.isChapter === b.isChapter &&
    a.title === b.title &&
    JSON.stringify(removedLines(a)) === JSON.stringify(removedLines(b))
  );
}
