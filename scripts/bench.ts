/**
 * `npm run bench`: figures, not assertions. For every corpus page, the median detection + cleaning
 * time over fresh parses in the Node DOM (happy-dom) beside Mozilla Readability's parse time on
 * fresh parses of the same page, and their ratio; the gate's time on non-chapter pages; bundled
 * chapter matching cost; repair's alignment cost (in the background); the site memory's cost; the
 * sizes of the built content script and of the fingerprint.
 */
import { statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseChapterText, storyLines } from '../core/bundled-chapter';
import { alignPage } from '../core/repair/align-page';
import { indexShipped } from '../core/repair/shipped-index';
import { analyseBundledPage } from '../core/fingerprint';
import { PageCleaner } from '../dom/clean-page';
import { passesChapterGate } from '../dom/gate';
import { walk } from '../dom/walk';
import { corpusPages, type CorpusPage } from './bench/corpus';
import { benchSiteMemory } from './bench/site-memory';
import { median, medianOf, pad } from './bench/timing';
import { fingerprintOf } from './fingerprint-plugin';
import { openInNodeDom } from './node-dom';
import { startPageServer } from './browser';
import { launchHarness } from './harness';
import { ensureChromium } from './system-browsers.mjs';
import { runHostileCase, serveHostilePages } from './heavy/run';
import { readFileSync } from 'node:fs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP_ROUNDS = 3;
const fingerprint = fingerprintOf(path.resolve('public/chapter.txt'));

/** Parses `html` into a fresh document, runs `work` on it and returns work's time in ms. */
function onFreshPage(html: string, work: (doc: Document) => void): number {
  const page = openInNodeDom(html);
  const started = performance.now();
  work(page.document);
  const elapsed = performance.now() - started;
  page.close();
  return elapsed;
}

/** The least any cleaner that reads the whole page must do: one walk reading each node once. */
function bareWalk(doc: Document): number {
  let read = 0;
  walk(doc.body, {
    enter(node) {
      if (node.nodeType === 3) read += (node as Text).data.length;
      else if (node.nodeType === 1)
        read += (node as Element).tagName.length + ((node as Element).getAttribute('class')?.length ?? 0);
      return true;
    },
  });
  return read;
}

/**
 * Runs both cleaners over every chapter page a few times before anything is timed, so that neither
 * is measured while the JIT is still compiling it: without this the first pages in the list time
 * whichever code has run least so far, not the page.
 */
function warmUp(pages: readonly CorpusPage[]): void {
  for (let round = 0; round < WARMUP_ROUNDS; round++)
    for (const page of pages) {
      onFreshPage(page.html, (doc) => new PageCleaner(doc, { fingerprint }).clean());
      onFreshPage(page.html, (doc) => new Readability(doc).parse());
      onFreshPage(page.html, bareWalk);
    }
}

function benchChapters(): void {
  console.log('\nChapter pages: detection + cleaning vs Readability.parse (median ms over fresh parses)');
  const pages = corpusPages().filter((p) => p.isChapter);
  warmUp(pages);
  console.log(
    `${pad('page', 34)} ${pad('jingdu', 8)} ${pad('readab.', 8)} ${pad('ratio', 6)} ${pad('walk', 8)} ${pad('ratio', 6)}`,
  );
  const ratios: number[] = [];
  const floors: number[] = [];
  for (const page of pages) {
    const ours = medianOf(RUNS, () =>
      onFreshPage(page.html, (doc) => new PageCleaner(doc, { fingerprint }).clean()),
    );
    const theirs = medianOf(RUNS, () => onFreshPage(page.html, (doc) => new Readability(doc).parse()));
    const bare = medianOf(RUNS, () => onFreshPage(page.html, bareWalk));
    ratios.push(ours / theirs);
    floors.push(bare / theirs);
    console.log(
      `${pad(page.id, 34)} ${pad(ours, 8)} ${pad(theirs, 8)} ${pad(ours / theirs, 6)} ${pad(bare, 8)} ${pad(bare / theirs, 6)}`,
    );
  }
  console.log(`median ratio to Readability: ${median(ratios).toFixed(3)}   (target ≤ 0.1)`);
  console.log(
    `median ratio of one bare walk of the page (each node's type, tag, class, text) to Readability: ${median(floors).toFixed(3)}`,
  );
}

function benchGate(): void {
  console.log('\nNon-chapter pages: the gate alone (median ms over fresh parses)');
  const times: number[] = [];
  for (const page of corpusPages().filter((p) => !p.isChapter)) {
    const time = medianOf(RUNS, () => onFreshPage(page.html, (doc) => void passesChapterGate(doc)));
    times.push(time);
    console.log(`${pad(page.id, 34)} ${pad(time, 8)}`);
  }
  console.log(`median gate time: ${median(times).toFixed(3)} ms   (target ≤ 0.5)`);
}

function benchMatching(): void {
  const chapter = parseChapterText(readFileSync('public/chapter.txt', 'utf8'));
  // A 10,000-character chapter: the bundled chapter's paragraphs, cycled.
  const lines: string[] = [];
  for (let i = 0, total = 0; total < 10_000; i++) {
    const line = chapter[i % chapter.length]!;
    lines.push(line);
    total += line.length;
  }
  analyseBundledPage(fingerprint, lines);
  const cost = medianOf(RUNS * 4, () => {
    const started = performance.now();
    analyseBundledPage(fingerprint, lines);
    return performance.now() - started;
  });
  const size = JSON.stringify(fingerprint).length;
  console.log(`\nBundled chapter: fingerprint ${(size / 1024).toFixed(2)} kB (target ≤ 8 kB)`);
  console.log(
    `matching a ${lines.join('').length}-character chapter: ${cost.toFixed(3)} ms median (target ≤ 1 ms)`,
  );
}

/**
 * What aligning a page with the shipped story costs the background: the chapter as shipped (every
 * line found by its folded text), every line with a word changed (each compared with candidates),
 * and a copy's worth of lines that align with nothing (every candidate tried and refused).
 */
function benchRepair(): void {
  const story = storyLines(parseChapterText(readFileSync('public/chapter.txt', 'utf8')));
  const started = performance.now();
  const index = indexShipped(story);
  const indexing = performance.now() - started;
  const changed = story.map((line) => line.slice(0, 2) + '某' + line.slice(3));
  const noise = story.map((line) => [...line].reverse().join(''));
  console.log(`\nRepair: indexing the shipped story ${indexing.toFixed(2)} ms (once per background start)`);
  for (const [name, lines] of [
    ['the chapter as shipped', story],
    ['every line with a word changed', changed],
    ['lines that align with nothing', noise],
  ] as const) {
    const cost = medianOf(RUNS, () => {
      const begun = performance.now();
      alignPage(index, lines);
      return performance.now() - begun;
    });
    console.log(`aligning ${name.padEnd(32)} ${cost.toFixed(2)} ms median`);
  }
}

function contentScriptSize(): void {
  const file = path.resolve('.output/chrome-mv3/chapter-cleaner.js');
  // The benchmark measures the extension as built from this tree.
  spawnSync('node_modules/.bin/wxt', ['build'], { stdio: 'ignore' });
  const bytes = statSync(file).size;
  console.log(`\nBuilt content script: ${(bytes / 1000).toFixed(2)} kB minified (target ≤ 50 kB)`);
}

/** The heavy and hostile pages at full size, through the built extension in Chromium. */
async function benchHostilePages(): Promise<void> {
  console.log("\nHeavy and hostile pages in Chromium: the content script's main-thread work");
  const server = await startPageServer();
  const cases = serveHostilePages(server, Number(process.env.BENCH_HOSTILE_SCALE ?? 1));
  const browser = await launchHarness('chromium');
  try {
    for (const hostile of cases) {
      const status = await runHostileCase(browser, server, hostile);
      const work = status?.work;
      console.log(
        `${pad(hostile.name, 28)} ${pad(status?.state ?? 'no answer', 12)} total ${pad(work?.totalMs ?? NaN, 8)} ms` +
          `  longest task ${pad(work?.longestMs ?? NaN, 7)} ms  (${work?.tasks ?? 0} tasks)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

benchChapters();
benchGate();
benchMatching();
benchRepair();
benchSiteMemory(corpusPages(), RUNS);
contentScriptSize();
if (ensureChromium()) await benchHostilePages();
