/**
 * The site memory through the built extension: a site's boilerplate, learnt from its first chapter
 * as the reader browses, goes on its second; the same chapter seen again teaches nothing. And the
 * CLI's browser mode, which serves a batch from one host, forgets between pages unless told to
 * learn across them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPageServer, type PageServer } from '@/scripts/browser';
import { cleanInBrowser } from '@/scripts/clean-cli/browser-mode';
import { isPageError, type PageError, type PageResult } from '@/scripts/clean-cli/result';
import { BROWSERS, launchHarness, type ExtensionHarness } from '@/scripts/harness';
import { statusOf } from '@/scripts/harness/tabs';
import { BOILERPLATE, FOOTER, siteChapter, storyOf } from '../helpers/site-chapters';

const HTML_TYPE = 'text/html; charset=utf-8';
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
  for (const n of [1, 2]) server.put(`/book/${n}.html`, { body: siteChapter(n), contentType: HTML_TYPE });
});
afterAll(async () => {
  await server?.close();
});

const learned = (removed: ReadonlyArray<{ rule: string; text: string }>) =>
  removed.filter(({ rule }) => rule === 'learned-boilerplate').map(({ text }) => text);

describe.each(BROWSERS)('the site memory in %s', (name) => {
  let harness: ExtensionHarness;
  beforeAll(async () => {
    harness = await launchHarness(name);
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** Opens chapter `n` in a new tab, waits for it to be cleaned, and closes it again. */
  async function read(n: number) {
    const page = await harness.open(server.url(`/book/${n}.html`));
    const found = await statusOf(harness, page.url, (status) => status.state === 'cleaned');
    expect(found, `chapter ${n} was not cleaned`).not.toBeNull();
    const text = await page.evaluate(() => document.body.innerText);
    const links = await page.evaluate(() => Array.from(document.links, (link) => link.textContent?.trim()));
    await page.close();
    return { removed: found!.status.removed.map(({ rule, text }) => ({ rule, text })), text, links };
  }

  it('keeps the boilerplate on the first chapter, read twice, and removes it on the second', async () => {
    const first = await read(1);
    expect(learned(first.removed)).toEqual([]);
    expect(first.text).toContain(BOILERPLATE);
    expect(first.text).toContain(FOOTER);
    const again = await read(1);
    expect(again.removed).toEqual(first.removed);
    expect(again.text).toContain(BOILERPLATE);

    const second = await read(2);
    expect(learned(second.removed)).toEqual(expect.arrayContaining([BOILERPLATE, FOOTER]));
    expect(second.text).not.toContain(BOILERPLATE);
    expect(second.text).not.toContain(FOOTER);
    for (const line of storyOf(2)) expect(second.text).toContain(line);
    expect(second.links).toEqual(expect.arrayContaining(['上一章', '目录', '下一章']));
  });
});

describe('the CLI’s browser mode and the site memory', () => {
  const files = (() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jingdu-memory-'));
    return [1, 2].map((n) => {
      const file = path.join(dir, `${n}.html`);
      writeFileSync(file, siteChapter(n));
      return { file, bytes: Buffer.from(siteChapter(n)) };
    });
  })();

  /** Every row a page's result: a page that could not be read fails the test with its reason. */
  const readAll = (rows: Array<PageResult | PageError>): PageResult[] =>
    rows.map((row) => {
      if (isPageError(row)) throw new Error(`${row.file}: ${row.error}`);
      return row;
    });

  it('forgets between the pages of a batch', async () => {
    const results = readAll(await cleanInBrowser(files));
    expect(results.map(({ removed }) => learned(removed))).toEqual([[], []]);
  });

  it('learns across them with --learn-across', async () => {
    const [first, second] = readAll(await cleanInBrowser(files, undefined, [], 'chromium', true));
    expect(learned(first!.removed)).toEqual([]);
    expect(learned(second!.removed)).toEqual(expect.arrayContaining([BOILERPLATE, FOOTER]));
    expect(second!.paragraphs).toEqual(storyOf(2));
  });
});
