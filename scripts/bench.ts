/**
 * `npm run bench`: figures, not assertions.
 *   - happy-dom: detection + cleaning against Readability on fresh parses in the Node DOM, the gate
 *     there, the matching cost (bench/node-dom.ts), repair's alignment cost (bench/repair.ts) and the
 *     site memory's cost (bench/site-memory.ts).
 *   - chromium: per corpus chapter page, this engine and Mozilla Readability cold and warm on clones
 *     of the live page, their ratios and the medians; the gate on non-chapter pages
 *     (bench/chromium-report.ts).
 *   - extension: the built content script's size and, through the built extension, its tasks on
 *     each chapter page, as it times them and as a trace shows them whole (bench/extension-tasks.ts).
 *   - hostile: the heavy and hostile pages through the built extension.
 * `npm run bench -- --only chromium,extension` runs some of the parts; `--cold-runs N` takes each
 * Chromium figure as the median over N fresh pages (one by default), for a loaded machine;
 * `--against REF` adds this tree's engine against commit REF's, interleaved page by page (the part
 * "against": `--only against --against REF` runs that alone).
 * `npm run bench -- --profile PAGE [--engine readability|gate] [--runs N] [--top N] [--interval µs]`
 * shows instead where loading the bundle, a cold run and a warm run on a corpus page (its id) spend
 * their time (bench/profile.ts).
 */
import { statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchAgainstRef } from './bench/against-ref';
import { buildBenchBundles } from './bench/bundles';
import { benchChaptersInChromium, benchGateInChromium, type ChromiumBench } from './bench/chromium-report';
import { corpusPages, type CorpusPage } from './bench/corpus';
import { benchContentScript, benchContentScriptTrace } from './bench/extension-tasks';
import { benchChaptersInNodeDom, benchGateInNodeDom, benchMatching } from './bench/node-dom';
import { profilePage } from './bench/profile';
import { checkoutRef } from './bench/ref-tree';
import { pad } from './bench/timing';
import { benchSiteMemory } from './bench/site-memory';
import { fingerprintOf } from './fingerprint-plugin';
import { toPageFingerprint } from '../core/fingerprint';
import { CHROME_BUILD, launchChromium, startPageServer } from './browser';
import { ensureChromium } from './system-browsers.mjs';
import { launchHarness } from './harness';
import { benchRepair } from './bench/repair';
import { CONTENT_SCRIPT } from '../entrypoints/chapter-cleaner/registration';
import { runHostileCase, serveHostilePages } from './heavy/run';

const PARTS = ['happy-dom', 'chromium', 'against', 'extension', 'hostile'] as const;
type Part = (typeof PARTS)[number];
const CHAPTER_FILE = path.resolve('public/chapter.txt');
const fingerprint = fingerprintOf(CHAPTER_FILE);

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    profile: { type: 'string' },
    engine: { type: 'string', default: 'jingdu' },
    top: { type: 'string', default: '15' },
    interval: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    'cold-runs': { type: 'string', default: '1' },
    against: { type: 'string' },
  },
});

let extensionBuilt = false;

/** Builds the extension from this tree (once per run) and prints the content script's size. */
function buildAndSize(): void {
  if (extensionBuilt) return;
  extensionBuilt = true;
  const build = spawnSync('node_modules/.bin/wxt', ['build'], { stdio: 'ignore' });
  if (build.status !== 0) throw new Error('`wxt build` failed: run `npm run build` to see why');
  const bytes = statSync(path.join(CHROME_BUILD, CONTENT_SCRIPT.file)).size;
  console.log(`\nBuilt content script: ${(bytes / 1000).toFixed(2)} kB minified (target ≤ 50 kB)`);
}

/** The heavy and hostile pages at full size, through the built extension in Chromium. */
async function benchHostilePages(): Promise<void> {
  buildAndSize();
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

/** Runs `use` with Chromium (no extension), a page server and freshly built bundles. */
async function withChromiumBench(use: (bench: ChromiumBench) => Promise<void>): Promise<void> {
  const bundles = await buildBenchBundles();
  const server = await startPageServer();
  const browser = await launchChromium();
  try {
    const pagesPerFigure = Number(values['cold-runs']);
    await use({ browser, server, bundles, fingerprint: toPageFingerprint(fingerprint), pagesPerFigure });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** This tree's engine against the engine of commit `ref`, interleaved page by page. */
async function againstRef(bench: ChromiumBench, ref: string, chapters: CorpusPage[]): Promise<void> {
  const tree = await checkoutRef(ref);
  try {
    const bundles = { ...bench.bundles, engine: (await buildBenchBundles(tree.dir)).engine };
    await benchAgainstRef(bench, { label: ref, bundles, fingerprint: tree.fingerprint }, chapters);
  } finally {
    tree.remove();
  }
}

function pageById(pages: readonly CorpusPage[], id: string): CorpusPage {
  const page = pages.find((p) => p.id === id);
  if (!page) throw new Error(`no corpus page "${id}"; pages: ${pages.map((p) => p.id).join(', ')}`);
  return page;
}

async function runProfile(id: string): Promise<void> {
  const engine = values.engine;
  if (engine !== 'jingdu' && engine !== 'readability' && engine !== 'gate')
    throw new Error('--engine is jingdu, readability or gate');
  const page = pageById(corpusPages(), id);
  const options = { top: Number(values.top), intervalUs: Number(values.interval), runs: Number(values.runs) };
  await withChromiumBench((bench) => profilePage(bench, page, engine, options));
}

/** Each part of the benchmark, in the order they run. */
const RUN_PART: Record<Part, (chapters: CorpusPage[], others: CorpusPage[]) => void | Promise<void>> = {
  'happy-dom': (chapters, others) => {
    const runs = Number(process.env.BENCH_RUNS ?? 5);
    benchChaptersInNodeDom(chapters, fingerprint, runs);
    benchGateInNodeDom(others, runs);
    benchMatching(CHAPTER_FILE, fingerprint, runs);
    benchRepair(CHAPTER_FILE, runs);
    benchSiteMemory([...chapters, ...others], runs);
  },
  chromium: (chapters, others) =>
    withChromiumBench(async (bench) => {
      await benchChaptersInChromium(bench, chapters);
      await benchGateInChromium(bench, others);
    }),
  against: (chapters) => {
    if (values.against === undefined) throw new Error('the against part needs --against REF');
    const ref = values.against;
    return withChromiumBench((bench) => againstRef(bench, ref, chapters));
  },
  extension: async (chapters) => {
    buildAndSize();
    await benchContentScript(chapters);
    await benchContentScriptTrace(chapters);
  },
  hostile: () => benchHostilePages(),
};

async function runBench(parts: readonly Part[]): Promise<void> {
  const pages = corpusPages();
  const chapters = pages.filter((p) => p.isChapter);
  const others = pages.filter((p) => !p.isChapter);
  if (parts.some((part) => part !== 'happy-dom') && !ensureChromium()) return;
  for (const part of PARTS.filter((p) => parts.includes(p))) {
    const started = performance.now();
    await RUN_PART[part](chapters, others);
    console.log(`(${part} part: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
}

if (values.profile !== undefined) await runProfile(values.profile);
else {
  const parts =
    values.only?.split(',') ?? PARTS.filter((part) => part !== 'against' || values.against !== undefined);
  const unknown = parts.filter((part) => !PARTS.includes(part as Part));
  if (unknown.length > 0) throw new Error(`unknown part ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`);
  await runBench(parts as Part[]);
}
