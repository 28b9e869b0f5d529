/**
 * `npm run bench -- --profile PAGE`: CPU profiles (the DevTools protocol's Profiler domain) of an
 * engine on one corpus page in a fresh Chromium page: loading its bundle, its cold run, and a warm
 * run after the five warm runs the bench times, each printed as its top functions by self time. The
 * raw profiles are saved for DevTools' Performance panel under test-artifacts/profile/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { callHarness, inFreshPage, servePages, WARM_RUNS } from './browser-engines';
import type { ChromiumBench } from './chromium-report';
import type { CorpusPage } from './corpus';
import type { BenchEngine, RunResult } from './page-harness';
import { traceRun, type TracedRun } from './trace';
import { pad } from './timing';

const OUT = path.resolve('test-artifacts/profile');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  name: string;
  where: string;
  ms: number;
}

/** Self time per function (name and place), longest first. A sample's time runs to the next sample. */
export function selfTimes(profile: CpuProfile): SelfTime[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let at = profile.startTime;
  const stamps = deltas.map((delta) => (at += delta));
  const totals = new Map<string, SelfTime>();
  samples.forEach((id, i) => {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id)!.callFrame;
    const name = functionName || '(anonymous)';
    const where = url ? `${path.basename(url)}:${lineNumber + 1}:${columnNumber + 1}` : '';
    const key = `${name} ${where}`;
    const entry = totals.get(key) ?? { name, where, ms: 0 };
    entry.ms += ((stamps[i + 1] ?? profile.endTime) - stamps[i]!) / 1000;
    totals.set(key, entry);
  });
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}

type Phase = 'load' | 'cold' | 'warm';
const PHASES: Record<Phase, string> = {
  load: 'Loading the bundle (parse + top level)',
  cold: 'Cold run (first run in the page)',
  warm: `Warm run (after ${WARM_RUNS} warm runs)`,
};

interface Recorded {
  ms: number;
  outcome: string;
  profile: CpuProfile;
}

/** Runs `work`, which profiles itself with console.profile, and returns its result with the profile. */
async function profiled(cdp: CDPSession, work: () => Promise<RunResult>): Promise<Recorded> {
  const finished = new Promise<CpuProfile>((resolve) =>
    cdp.once('Profiler.consoleProfileFinished', ({ profile }) => resolve(profile as CpuProfile)),
  );
  const result = await work();
  return { ...result, profile: await finished };
}

/** The bundle's load, a cold run and a warm run of `engine`, each profiled, in one fresh page. */
async function recordPage(
  bench: ChromiumBench,
  url: string,
  engine: BenchEngine,
  intervalUs: number,
): Promise<Record<Phase, Recorded>> {
  return inFreshPage(bench.browser, bench.bundles, url, async (tab) => {
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
    const source = engine === 'readability' ? bench.bundles.readability : bench.bundles.engine;
    const load = await profiled(cdp, async () => ({
      ms: await callHarness<number>(tab, 'load', source, true),
      outcome: 'loaded',
    }));
    if (engine !== 'readability') await callHarness(tab, 'setFingerprint', bench.fingerprint);
    const cold = await profiled(cdp, () => callHarness<RunResult>(tab, 'run', engine, true));
    for (let i = 0; i < WARM_RUNS; i++) await callHarness(tab, 'run', engine);
    const warm = await profiled(cdp, () => callHarness<RunResult>(tab, 'run', engine, true));
    return { load, cold, warm };
  });
}

/** The same three phases in another fresh page, traced rather than profiled. */
async function tracePage(
  bench: ChromiumBench,
  url: string,
  engine: BenchEngine,
): Promise<Record<Phase, TracedRun>> {
  return inFreshPage(bench.browser, bench.bundles, url, async (tab) => {
    const source = engine === 'readability' ? bench.bundles.readability : bench.bundles.engine;
    const traced = (work: () => Promise<number>) => traceRun(bench.browser, tab, work);
    const timeRun = async () => (await callHarness<RunResult>(tab, 'run', engine)).ms;
    const load = await traced(() => callHarness<number>(tab, 'load', source));
    if (engine !== 'readability') await callHarness(tab, 'setFingerprint', bench.fingerprint);
    const cold = await traced(timeRun);
    for (let i = 0; i < WARM_RUNS; i++) await callHarness(tab, 'run', engine);
    const warm = await traced(timeRun);
    return { load, cold, warm };
  });
}

/** Means over pages of named figures. */
function meanBy<T extends { ms: number }>(lists: ReadonlyArray<readonly T[]>, key: (item: T) => string): T[] {
  const totals = new Map<string, T>();
  for (const list of lists)
    for (const item of list) {
      const entry = totals.get(key(item)) ?? { ...item, ms: 0 };
      entry.ms += item.ms / lists.length;
      totals.set(key(item), entry);
    }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}

/** Prints the top functions by self time, and V8's own main-thread events, averaged over the pages. */
function printPhase(
  phase: Phase,
  records: readonly Recorded[],
  traces: readonly TracedRun[],
  top: number,
): void {
  const times = meanBy(
    records.map((r) => selfTimes(r.profile)),
    (t) => `${t.name} ${t.where}`,
  );
  // The harness's own frames hold the profiler's start and stop, and while loading the bundle its
  // parse and compile (a profile charges compilation to the caller): shown apart from the engine's.
  const isHarness = (t: SelfTime) => t.where.startsWith('BenchHarness.js') || t.name === 'mark';
  const harness = times.filter(isHarness).reduce((sum, t) => sum + t.ms, 0);
  const busy = times.filter((t) => t.name !== '(idle)' && !isHarness(t));
  const sampled = busy.reduce((sum, t) => sum + t.ms, 0);
  const runs = records.map((r) => r.ms.toFixed(1)).join(', ');
  console.log(
    `\n${PHASES[phase]}: ${runs} ms profiled (${records[0]!.outcome}); ${sampled.toFixed(1)} ms sampled ` +
      `in the engine (${harness.toFixed(1)} ms more in the harness: profiler start and stop; when loading, the bundle's compilation)`,
  );
  for (const { name, where, ms } of busy.slice(0, top))
    console.log(`${pad(ms, 8)} ms ${pad(((100 * ms) / sampled).toFixed(1), 5)}%  ${name}  ${where}`);
  const traced = traces.map((t) => t.ms.toFixed(1)).join(', ');
  console.log(
    `  V8 on the main thread in the same phase, traced in other fresh pages (${traced} ms; events nest):`,
  );
  for (const { name, count, ms } of meanBy(
    traces.map((t) => t.events),
    (t) => t.name,
  ).slice(0, 8))
    console.log(`${pad(ms, 8)} ms  ${name} ×${(count / traces.length).toFixed(1)} per page`);
}

/**
 * Profiles the load, one cold and one warm run of `engine` on `page`, in `runs` fresh pages, and
 * prints the top `top` functions of each phase by self time (mean over the pages), then traces the
 * same phases in `runs` more fresh pages for V8's own main-thread work.
 */
export async function profilePage(
  bench: ChromiumBench,
  page: CorpusPage,
  engine: BenchEngine,
  options: { top: number; intervalUs: number; runs: number },
): Promise<void> {
  const url = servePages(bench.server, [page]).get(page.id)!;
  const recorded: Array<Record<Phase, Recorded>> = [];
  const traced: Array<Record<Phase, TracedRun>> = [];
  for (let i = 0; i < options.runs; i++) {
    recorded.push(await recordPage(bench, url, engine, options.intervalUs));
    traced.push(await tracePage(bench, url, engine));
  }
  console.log(
    `Profile of ${engine} on ${page.id} in Chromium, mean of ${options.runs} fresh page(s), sampled every ` +
      `${options.intervalUs} µs (the profiler slows first runs most: it records every function compiled).\n` +
      '(program) is time in the engine outside any JS function; (garbage collector) is collection. ' +
      'Compiling on first use is charged to the caller: the trace below names it.',
  );
  mkdirSync(OUT, { recursive: true });
  for (const phase of Object.keys(PHASES) as Phase[]) {
    printPhase(
      phase,
      recorded.map((r) => r[phase]),
      traced.map((t) => t[phase]),
      options.top,
    );
    const file = path.join(OUT, `${page.id}-${engine}-${phase}.cpuprofile`);
    writeFileSync(file, JSON.stringify(recorded[0]![phase].profile));
  }
  console.log(`\nThe first page's profiles are in ${path.relative('.', OUT)}/ (DevTools, Performance panel)`);
}
