import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanInBrowser } from '@/scripts/clean-cli/browser-mode';
import { decodeHtml } from '@/scripts/clean-cli/decode';
import { cleanInNodeDom } from '@/scripts/clean-cli/node-dom';
import { isPageError, type PageError, type PageResult } from '@/scripts/clean-cli/result';
import { fingerprintOf } from '@/scripts/fingerprint-plugin';
import { CORPUS_DIR } from '../helpers/corpus';

const PAGES = path.join(CORPUS_DIR, 'pages');
/**
 * Pages whose own scripts rewrite the chapter once they run (so the live page legitimately differs
 * from the markup the Node DOM reads). None so far: every script of the corpus pages comes from a
 * host the browser mode blocks, or leaves the chapter alone.
 */
const SCRIPTS_REWRITE_CHAPTER = new Set<string>();

const files = existsSync(PAGES)
  ? readdirSync(PAGES)
      .filter((name) => name.endsWith('.html') && !name.endsWith('.utf8.html'))
      .map((name) =>
        existsSync(path.join(PAGES, name.replace(/\.html$/, '.utf8.html')))
          ? name.replace(/\.html$/, '.utf8.html')
          : name,
      )
      .filter((name) => !SCRIPTS_REWRITE_CHAPTER.has(name))
  : [];

let node: PageResult[] = [];
let browser: Array<PageResult | PageError> = [];

beforeAll(async () => {
  if (files.length === 0) return;
  const inputs = files.map((name) => ({ file: name, bytes: readFileSync(path.join(PAGES, name)) }));
  const fingerprint = fingerprintOf(path.resolve('public/chapter.txt'));
  node = inputs.map(({ file, bytes }, index) =>
    cleanInNodeDom(file, decodeHtml(bytes), `http://localhost/${index}/${file}`, fingerprint),
  );
  browser = await cleanInBrowser(inputs);
}, 180_000);

describe('npm run clean: Node DOM and the extension in Chromium agree', () => {
  it('has the corpus to compare on', () => {
    expect(files.length, `no corpus pages in ${PAGES}`).toBeGreaterThan(10);
  });

  it.each(files.map((file, index) => [file, index] as const))('%s', (_file, index) => {
    const [inNode, inBrowser] = [node[index]!, browser[index]!];
    if (isPageError(inBrowser)) expect.fail(`the browser could not read it: ${inBrowser.error}`);
    expect(inBrowser.isChapter).toBe(inNode.isChapter);
    expect(inBrowser.title).toBe(inNode.title);
    expect(inBrowser.paragraphs).toEqual(inNode.paragraphs);
    const lines = (result: PageResult) => result.removed.filter((r) => r.kind === 'line').map((r) => r.text);
    expect(lines(inBrowser)).toEqual(lines(inNode));
    expect(inBrowser.bundledChapter.matched).toBe(inNode.bundledChapter.matched);
  });
});
