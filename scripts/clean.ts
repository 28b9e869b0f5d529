/**
 * Page-cleaning CLI on the content script's engine:
 *   npm run clean -- --json [--browser [chromium|firefox]] [--url URL] [--rules FILE] [--page-timeout S] FILE...
 * prints one JSON object per page, one per line, as soon as each page is done (see
 * clean-cli/result.ts). `--browser` alone is Chromium; a browser name right after it (or
 * `--browser=NAME`) picks that browser's build. A page that cannot be read gets a row
 * {"file", "error"} and the run goes on. Exit status: 0 when every page was read, 2 when some page
 * got an error row, 1 for bad arguments (nothing is read then).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { browserOption } from './clean-cli/browser-option';
import type { SiteMemories } from './clean-cli/node-dom';
import {
  isPageError,
  PAGE_LIMIT_MS,
  type PageError,
  type PageInput,
  type PageResult,
} from './clean-cli/result';

const USAGE =
  'usage: npm run clean -- --json [--browser [chromium|firefox]] [--url URL] [--rules FILE] [--page-timeout S] [--learn-across] FILE...';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

const { browser, rest } = (() => {
  try {
    return browserOption(process.argv.slice(2));
  } catch (error) {
    return fail(String((error as Error).message));
  }
})();

const { values, positionals } = (() => {
  try {
    return parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        'learn-across': { type: 'boolean' },
        url: { type: 'string' },
        rules: { type: 'string' },
        'page-timeout': { type: 'string' },
      },
    });
  } catch (error) {
    return fail(String((error as Error).message));
  }
})();

if (!values.json) fail('--json is required (the only output format)');
if (positionals.length === 0) fail('no FILE given');
if (values.url !== undefined && !/^https?:\/\//.test(values.url))
  fail(`--url must be an http(s) address: ${values.url}`);
const pageLimitMs =
  values['page-timeout'] === undefined ? PAGE_LIMIT_MS : 1000 * Number(values['page-timeout']);
if (!(pageLimitMs > 0)) fail(`--page-timeout must be a number of seconds: ${values['page-timeout']}`);
if (values['page-timeout'] !== undefined && !browser) fail('--page-timeout applies to --browser only');

// The engines are loaded once the arguments are known good: a usage error answers at once.
const { loadRules } = await import('./clean-cli/rules');
const rules = (() => {
  if (values.rules === undefined) return [];
  try {
    return loadRules(values.rules);
  } catch (error) {
    return fail(`cannot read the rules file ${values.rules}: ${(error as Error).message}`);
  }
})();

/** Each file's bytes, or the reason it cannot be read (which becomes that page's error row). */
const files: PageInput[] = positionals.map((file) => {
  try {
    return { file, bytes: readFileSync(file) };
  } catch (error) {
    return { file, error: `cannot read the file: ${(error as Error).message}` };
  }
});

let errors = 0;
function print(row: PageResult | PageError): void {
  if (isPageError(row)) errors++;
  console.log(JSON.stringify(row));
}

if (browser) {
  const { cleanPagesInBrowser } = await import('./clean-cli/browser-mode');
  try {
    const learnAcross = values['learn-across'];
    for await (const row of cleanPagesInBrowser(files, {
      url: values.url,
      rules,
      pageLimitMs,
      browser,
      learnAcross,
    }))
      print(row);
  } catch (error) {
    // The browser itself could not start (no build, no browser): no page was read.
    fail(String((error as Error).message));
  }
} else {
  const [{ fingerprintOf }, { decodeHtml }, { cleanInNodeDom }] = await Promise.all([
    import('./fingerprint-plugin'),
    import('./clean-cli/decode'),
    import('./clean-cli/node-dom'),
  ]);
  const fingerprint = fingerprintOf(path.resolve('public/chapter.txt'));
  // Pages of a batch are unrelated saved pages served from one host: each starts with an empty site
  // memory unless the batch is one site's chapters and --learn-across says so.
  const shared: SiteMemories = new Map();
  files.forEach((entry, index) => {
    if ('error' in entry) return print(entry);
    const url = values.url ?? `http://localhost/${index}/${encodeURIComponent(path.basename(entry.file))}`;
    const memories = values['learn-across'] ? shared : new Map();
    try {
      print(cleanInNodeDom(entry.file, decodeHtml(entry.bytes), url, fingerprint, rules, memories));
    } catch (error) {
      print({ file: entry.file, error: String((error as Error).message ?? error) });
    }
  });
}
process.exitCode = errors > 0 ? 2 : 0;
