/**
 * What V8 itself does on the page's main thread during one run, from a Chromium trace: lazy
 * compilation, tier-up interrupts, garbage collection and the like, by trace event. A CPU profile
 * charges compilation to whichever function was running; the trace names it.
 */
import type { Browser, Page } from 'playwright-core';
import { RUN_END, RUN_START } from './page-harness';

const CATEGORIES = [
  'v8',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
];

/** A Chromium trace event, with the arguments the bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface EventTotal {
  name: string;
  count: number;
  ms: number;
}

/** Totals of the complete events on the thread that marked the run, between its two marks. */
export function totalsInRun(events: readonly TraceEvent[]): EventTotal[] {
  const start = events.find((e) => e.name === RUN_START);
  const end = events.find((e) => e.name === RUN_END);
  if (!start || !end) throw new Error('the trace holds no marks around the run');
  const totals = new Map<string, EventTotal>();
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== start.pid || e.tid !== start.tid) continue;
    if (e.ts < start.ts || e.ts > end.ts || (!e.name.startsWith('V8.') && !e.name.includes('GC'))) continue;
    const total = totals.get(e.name) ?? { name: e.name, count: 0, ms: 0 };
    total.count++;
    total.ms += (e.dur ?? 0) / 1000;
    totals.set(e.name, total);
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}

export interface TracedRun {
  /** The time the page measured for the run. */
  ms: number;
  events: EventTotal[];
}

/** Traces `run` (which returns its own time) in `page`, with the V8 events of the run on the main thread. */
export async function traceRun(browser: Browser, page: Page, run: () => Promise<number>): Promise<TracedRun> {
  await browser.startTracing(page, { categories: CATEGORIES });
  const ms = await run();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as
    { traceEvents: TraceEvent[] } | TraceEvent[];
  return { ms, events: totalsInRun(Array.isArray(trace) ? trace : trace.traceEvents) };
}
