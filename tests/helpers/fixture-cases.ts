/**
 * The committed fixture corpus (tests/fixtures/pages/<shape>--<slug>/): reading a case, cleaning its
 * source.html as the CLI does, and writing the current output as a baseline for human review.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Flag, Removal } from '@/core/types';
import { PageCleaner } from '@/dom/clean-page';
import { loadPage } from './load-page';

// A variable base: Vite rewrites a literal `new URL(path, import.meta.url)` into an asset URL.
const here = import.meta.url;
export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/pages/', here));

/** expected.json: the verdict, the title and what was taken out or flagged. */
export interface ExpectedReport {
  isChapter: boolean;
  title: string;
  removed: Removal[];
  flags: Flag[];
}

export interface FixtureOutput {
  report: ExpectedReport;
  /** The chapter's paragraphs left, in order (expected.txt holds one a line). */
  paragraphs: string[];
  bodyBefore: string;
  bodyAfter: string;
  bodyRestored: string;
}

export interface FixtureCase {
  name: string;
  html: string;
  expectedText: string[] | null;
  expectedReport: ExpectedReport | null;
}

/** Case folders, sorted. */
export function listFixtures(): string[] {
  return readdirSync(FIXTURE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${FIXTURE_DIR}${entry.name}/source.html`))
    .map((entry) => entry.name)
    .sort();
}

function readIfExists(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

export function readFixture(name: string): FixtureCase {
  const dir = `${FIXTURE_DIR}${name}/`;
  const text = readIfExists(`${dir}expected.txt`);
  const json = readIfExists(`${dir}expected.json`);
  return {
    name,
    html: readFileSync(`${dir}source.html`, 'utf8'),
    expectedText: text === null ? null : text.split('\n').filter((line) => line !== ''),
    expectedReport: json === null ? null : (JSON.parse(json) as ExpectedReport),
  };
}

/** Cleans `html` in a fresh happy-dom window, then restores it. */
export function runFixture(html: string): FixtureOutput {
  const page = loadPage(html);
  try {
    const body = page.document.body;
    const bodyBefore = body.outerHTML;
    const cleaner = new PageCleaner(page.document);
    const { isChapter, title, removed, flags } = cleaner.clean();
    const report: ExpectedReport = {
      isChapter,
      title,
      removed: removed.map(({ kind, rule, text }) => ({ kind, rule, text })),
      flags,
    };
    const paragraphs = cleaner.paragraphs();
    const bodyAfter = body.outerHTML;
    cleaner.restoreAll();
    return { report, paragraphs, bodyBefore, bodyAfter, bodyRestored: body.outerHTML };
  } finally {
    page.close();
  }
}

/** Writes the output as expected.txt and expected.json, to be read and corrected by a person. */
export function writeBaseline(name: string, output: FixtureOutput): void {
  const dir = `${FIXTURE_DIR}${name}/`;
  const text = output.paragraphs.map((line) => `${line}\n`).join('');
  writeFileSync(`${dir}expected.txt`, text);
  writeFileSync(`${dir}expected.json`, `${JSON.stringify(output.report, null, 2)}\n`);
}

/** Removals and flags in a fixed order, so the comparison ignores the order they happened in. */
export function canonical(report: ExpectedReport): ExpectedReport {
  const sorted = <T>(items: readonly T[]) =>
    items
      .map((item) => JSON.stringify(item))
      .sort()
      .map((item) => JSON.parse(item) as T);
  return { ...report, removed: sorted(report.removed), flags: sorted(report.flags) };
}
