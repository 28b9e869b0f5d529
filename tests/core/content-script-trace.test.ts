/**
 * The bench's reading of a Chromium trace (scripts/bench/content-script-trace.ts): which of the
 * page's main-thread tasks count as the content script's, measured whole.
 */
import { describe, expect, it } from 'vitest';
import { contentScriptTasks } from '@/scripts/bench/content-script-trace';

const SCRIPT = 'chrome-extension://abc/chapter-cleaner.js';
const MAIN = { pid: 1, tid: 1, ph: 'X' };
const task = (ts: number, dur: number) => ({ ...MAIN, name: 'RunTask', ts, dur });
const inner = (name: string, ts: number, dur: number, url?: string) => ({
  ...MAIN,
  name,
  ts,
  dur,
  args: url ? { data: { url } } : {},
});

describe('the content script’s tasks in a trace', () => {
  it('counts every task its code ran in, whole, from its first run on, and nothing that ran no script', () => {
    const events = [
      task(0, 9000),
      inner('ParseHTML', 10, 8000),
      task(10_000, 12_000),
      inner('EvaluateScript', 10_100, 11_000, SCRIPT),
      task(30_000, 20_000),
      inner('Layout', 30_100, 19_000),
      task(60_000, 15_000),
      inner('RunMicrotasks', 61_000, 13_000),
      task(80_000, 7000),
      inner('TimerFire', 80_050, 6000),
      // Another thread's task is never the page's.
      { ...task(81_000, 40_000), tid: 2 },
    ];
    expect(contentScriptTasks(events, SCRIPT)).toEqual({ tasks: [12, 15, 7], longestMs: 15, totalMs: 34 });
  });

  it('says so when the trace never ran the script', () => {
    expect(() => contentScriptTasks([task(0, 1000)], SCRIPT)).toThrow(/no run of/);
  });
});
