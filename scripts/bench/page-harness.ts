/**
 * The benchmark's side inside a browser page (bundled by bundles.ts as `BenchHarness`): loads a
 * bundle as a real script, then times one engine run at a time on a fresh clone of the live
 * document, so that every run starts from the page as served and no run sees another's changes.
 */
import type * as EngineBundle from './engine-entry';
import type * as ReadabilityBundle from './readability-entry';

/** The nonce the benchmark's page server allows scripts by: the page's own scripts have none. */
export const SCRIPT_NONCE = 'jingdu-bench';

/** User-timing marks around each load and run, so that a browser trace can be cut to it. */
export const RUN_START = 'jingdu-bench-run-start';
export const RUN_END = 'jingdu-bench-run-end';

export type BenchEngine = 'jingdu' | 'readability' | 'gate';

export interface RunResult {
  ms: number;
  /** What the run found, to tell a run that did the work from one that stopped early. */
  outcome: string;
}

const loaded = globalThis as unknown as {
  JingduEngine?: typeof EngineBundle;
  JingduReadability?: typeof ReadabilityBundle;
};
let fingerprint: unknown;

/**
 * Runs `source` as a script of the page and returns how long parsing and running its top level took.
 * With `profiled`, a DevTools CPU profile (console.profile) covers exactly that.
 */
export function load(source: string, profiled = false): number {
  const script = document.createElement('script');
  script.nonce = SCRIPT_NONCE;
  script.textContent = source;
  if (profiled) console.profile('load');
  performance.mark(RUN_START);
  const started = performance.now();
  document.head.append(script);
  const elapsed = performance.now() - started;
  performance.mark(RUN_END);
  if (profiled) console.profileEnd('load');
  script.remove();
  return elapsed;
}

/** The fingerprint for the next runs: a plain-data copy, as a message from the background delivers it. */
export function setFingerprint(value: unknown): void {
  fingerprint = value;
}

type Outcome =
  | { engine: 'readability'; article: { textContent?: string | null } | null }
  | { engine: 'gate'; pass: boolean }
  | { engine: 'jingdu'; report: ReturnType<EngineBundle.PageCleaner['clean']> };

function runOn(engine: BenchEngine, doc: Document): Outcome {
  if (engine === 'readability')
    return { engine, article: new loaded.JingduReadability!.Readability(doc).parse() };
  const api = loaded.JingduEngine!;
  if (engine === 'gate') return { engine, pass: api.passesChapterGate(doc).pass };
  const options = { fingerprint } as ConstructorParameters<typeof api.PageCleaner>[1];
  return { engine, report: new api.PageCleaner(doc, options).clean() };
}

function describe(outcome: Outcome): string {
  if (outcome.engine === 'gate') return outcome.pass ? 'gate passes' : 'gate fails';
  if (outcome.engine === 'readability') {
    const text = outcome.article?.textContent;
    return outcome.article ? `article of ${text?.length ?? 0} characters` : 'no article';
  }
  const { report } = outcome;
  if (!report.isChapter) return 'not a chapter';
  return `chapter, ${report.removed.length} removed${report.bundled.matched ? ', bundled chapter' : ''}`;
}

/**
 * One run of `engine` on a fresh `document.cloneNode(true)`; only the engine's work is timed and,
 * with `profiled`, covered by a DevTools CPU profile (console.profile).
 */
export function run(engine: BenchEngine, profiled = false): RunResult {
  const clone = document.cloneNode(true) as Document;
  if (profiled) console.profile('run');
  performance.mark(RUN_START);
  const started = performance.now();
  const outcome = runOn(engine, clone);
  const ms = performance.now() - started;
  performance.mark(RUN_END);
  if (profiled) console.profileEnd('run');
  return { ms, outcome: describe(outcome) };
}
