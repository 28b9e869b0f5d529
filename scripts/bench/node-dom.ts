/**
 * The happy-dom part of the benchmark: detection + cleaning against Readability on fresh parses in
 * the Node DOM, the gate there, and the bundled chapter's matching cost. happy-dom makes every DOM
 * call slow, so these ratios flatter a cleaner that does little DOM work; the Chromium part
 * (chromium-report.ts) is the one that tells what readers get.
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseChapterText } from '../../core/bundled-chapter';
import { analyseBundledPage, type ChapterFingerprint } from '../../core/fingerprint';
import { PageCleaner } from '../../dom/clean-page';
import { passesChapterGate } from '../../dom/gate';
import { walk } from '../../dom/walk';
import { openInNodeDom } from '../node-dom';
import type { CorpusPage } from './corpus';
import { median, medianOf, pad } from './timing';

const WARMUP_ROUNDS = 3;

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
function warmUp(pages: readonly CorpusPage[], fingerprint: ChapterFingerprint): void {
  for (let round = 0; round < WARMUP_ROUNDS; round++)
    for (const page of pages) {
      onFreshPage(page.html, (doc) => new PageCleaner(doc, { fingerprint }).clean());
      onFreshPage(page.html, (doc) => new Readability(doc).parse());
      onFreshPage(page.html, bareWalk);
    }
}

export function benchChaptersInNodeDom(
  pages: readonly CorpusPage[],
  fingerprint: ChapterFingerprint,
  runs: number,
): void {
  console.log(
    `\nhappy-dom, chapter pages: detection + cleaning vs Readability.parse (median ms over ${runs} fresh parses)`,
  );
  warmUp(pages, fingerprint);
  console.log(
    `${pad('page', 34)} ${pad('jingdu', 8)} ${pad('readab.', 8)} ${pad('ratio', 6)} ${pad('walk', 8)} ${pad('ratio', 6)}`,
  );
  const ratios: number[] = [];
  const floors: number[] = [];
  for (const page of pages) {
    const clean = (doc: Document) => new PageCleaner(doc, { fingerprint }).clean();
    const ours = medianOf(runs, () => onFreshPage(page.html, clean));
    const theirs = medianOf(runs, () => onFreshPage(page.html, (doc) => new Readability(doc).parse()));
    const bare = medianOf(runs, () => onFreshPage(page.html, bareWalk));
    ratios.push(ours / theirs);
    floors.push(bare / theirs);
    console.log(
      `${pad(page.id, 34)} ${pad(ours, 8)} ${pad(theirs, 8)} ${pad(ours / theirs, 6)} ${pad(bare, 8)} ${pad(bare / theirs, 6)}`,
    );
  }
  console.log(`happy-dom median ratio to Readability: ${median(ratios).toFixed(3)}`);
  console.log(
    `happy-dom median ratio of one bare walk of the page (each node's type, tag, class, text) to Readability: ${median(floors).toFixed(3)}`,
  );
}

export function benchGateInNodeDom(pages: readonly CorpusPage[], runs: number): void {
  console.log(`\nhappy-dom, non-chapter pages: the gate alone (median ms over ${runs} fresh parses)`);
  const times: number[] = [];
  for (const page of pages) {
    const time = medianOf(runs, () => onFreshPage(page.html, (doc) => void passesChapterGate(doc)));
    times.push(time);
    console.log(`${pad(page.id, 34)} ${pad(time, 8)}`);
  }
  console.log(`happy-dom median gate time: ${median(times).toFixed(3)} ms`);
}

/** Matching cost on a 10,000-character chapter (the bundled chapter's paragraphs, cycled), in Node. */
export function benchMatching(chapterFile: string, fingerprint: ChapterFingerprint, runs: number): void {
  const chapter = parseChapterText(readFileSync(chapterFile, 'utf8'));
  const lines: string[] = [];
  for (let i = 0, total = 0; total < 10_000; i++) {
    const line = chapter[i % chapter.length]!;
    lines.push(line);
    total += line.length;
  }
  analyseBundledPage(fingerprint, lines);
  const cost = medianOf(runs * 4, () => {
    const started = performance.now();
    analyseBundledPage(fingerprint, lines);
    return performance.now() - started;
  });
  const size = JSON.stringify(fingerprint).length;
  console.log(`\nBundled chapter: fingerprint ${(size / 1024).toFixed(2)} kB as built (target ≤ 8 kB)`);
  console.log(
    `matching a ${lines.join('').length}-character chapter in Node: ${cost.toFixed(3)} ms median (target ≤ 1 ms)`,
  );
}
