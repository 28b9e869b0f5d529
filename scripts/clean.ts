/**
 * Page-cleaning CLI on the content script's engine:
 *   npm run clean -- --json [--browser [chromium|firefox]] [--url URL] [--rules FILE] FILE...
 * prints one JSON object per page, one per line (see clean-cli/result.ts). `--browser` alone is
 * Chromium; a browser name right after it (or `--browser=NAME`) picks that browser's build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fingerprintOf } from './fingerprint-plugin';
import { cleanInBrowser } from './clean-cli/browser-mode';
import { decodeHtml } from './clean-cli/decode';
import { cleanInNodeDom, type SiteMemories } from './clean-cli/node-dom';
import { loadRules } from './clean-cli/rules';
import { browserOption } from './clean-cli/browser-option';

const USAGE =
  'usage: npm run clean -- --json [--browser [chromium|firefox]] [--url URL] [--rules FILE] [--learn-across] FILE...';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
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

const files = positionals.map((file) => {
  try {
    return { file, bytes: readFileSync(file) };
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as Error).message}`);
  }
});

const rules = (() => {
  if (values.rules === undefined) return [];
  try {
    return loadRules(values.rules);
  } catch (error) {
    return fail(`cannot read the rules file ${values.rules}: ${(error as Error).message}`);
  }
})();

if (browser) {
  for (const result of await cleanInBrowser(files, values.url, rules, browser, values['learn-across']))
    console.log(JSON.stringify(result));
} else {
  const fingerprint = fingerprintOf(path.resolve('public/chapter.txt'));
  // Pages of a batch are unrelated saved pages served from one host: each starts with an empty site
  // memory unless the batch is one site's chapters and --learn-across says so.
  const shared: SiteMemories = new Map();
  files.forEach(({ file, bytes }, index) => {
    const url = values.url ?? `http://localhost/${index}/${encodeURIComponent(path.basename(file))}`;
    const memories = values['learn-across'] ? shared : new Map();
    console.log(JSON.stringify(cleanInNodeDom(file, decodeHtml(bytes), url, fingerprint, rules, memories)));
  });
}
