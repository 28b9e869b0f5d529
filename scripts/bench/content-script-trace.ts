/**
 * The content script's main-thread tasks as the browser sees them, from a Chromium trace of the
 * page: every task in which its code ran, whole. The status the script reports times only its own
 * slices; a task also holds what runs around a slice in the same turn (the engine module's top
 * level, the code between a message's arrival and the first slice, the browser's bindings set-up
 * on first use of the extension API), and that is what a reader's page waits for.
 *
 * Attribution: the page's own scripts are blocked (a content security policy; the extension's
 * isolated world is not bound by it) and the tab is only ever asked through the extension's service
 * worker, never evaluated in, so every task of the page's main thread in which JavaScript runs is
 * the content script's. Tasks that run nothing but layout, paint or the parser are not counted.
 */
import type { CDPSession } from 'playwright-core';
import type { TabStatus } from '../../core/protocol';
import { askTabs, type ExtensionBrowser } from '../browser';
import { charsetOf } from '../clean-cli/decode';
import type { TraceEvent } from './trace';

const CATEGORIES = [
  'toplevel',
  'v8',
  'v8.execute',
  'devtools.timeline',
  // Where the whole tasks (RunTask) are.
  'disabled-by-default-devtools.timeline',
].join(',');
const SETTLE_MS = 15_000;
/** How long to keep tracing once the script says it is done: a late slice or reply falls inside. */
const TAIL_MS = 400;

/** Events inside a task that mean JavaScript ran in it. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.run',
  'v8.callFunction',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
]);

export interface TracedTasks {
  /** Every task in which the content script ran, in ms, in the order they ran. */
  tasks: number[];
  longestMs: number;
  totalMs: number;
}

/** The content script's tasks in a trace of its page: see the module's comment. */
export function contentScriptTasks(events: readonly TraceEvent[], scriptUrl: string): TracedTasks {
  const start = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url === scriptUrl);
  if (!start) throw new Error(`the trace holds no run of ${scriptUrl}`);
  const thread = events
    .filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks: number[] = [];
  let index = 0;
  for (const task of thread) {
    const end = task.ts + (task.dur ?? 0);
    // Tasks over before the script first ran are the page's loading.
    if (task.name !== 'RunTask' || end < start.ts) continue;
    while (index < thread.length && thread[index]!.ts < task.ts) index++;
    let ranScript = false;
    for (let inner = index; inner < thread.length && thread[inner]!.ts <= end; inner++)
      if (thread[inner] !== task && SCRIPT_EVENTS.has(thread[inner]!.name)) ranScript = true;
    if (ranScript) tasks.push((task.dur ?? 0) / 1000);
  }
  return { tasks, longestMs: Math.max(0, ...tasks), totalMs: tasks.reduce((sum, ms) => sum + ms, 0) };
}

async function collectTrace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/** Waits, through the service worker alone, until the script's status for `url` is settled. */
async function settle(browser: ExtensionBrowser, url: string): Promise<TabStatus | null> {
  const deadline = Date.now() + SETTLE_MS;
  while (Date.now() < deadline) {
    const answers = await askTabs<TabStatus>(browser.worker, 'status');
    const entry = answers.find(({ answer }) => answer.url === url);
    if (entry && entry.answer.state !== 'working') return entry.answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}

/**
 * Opens `html` at `address` in a new tab of `browser` with the page's scripts blocked, traces the
 * tab until the content script has settled, and returns its tasks and its status.
 */
export async function traceContentScript(
  browser: ExtensionBrowser,
  html: Buffer,
  address: string,
  scriptFile: string,
): Promise<{ traced: TracedTasks; status: TabStatus | null }> {
  const page = await browser.context.newPage();
  try {
    await page.route(address, (route) =>
      route.fulfill({
        status: 200,
        contentType: `text/html; charset=${charsetOf(html)}`,
        headers: { 'content-security-policy': "script-src 'none'" },
        body: html,
      }),
    );
    const cdp = await browser.context.newCDPSession(page);
    let status: TabStatus | null = null;
    const events = await collectTrace(cdp, async () => {
      await page.goto(address, { waitUntil: 'commit' });
      status = await settle(browser, address);
      await new Promise((resolve) => setTimeout(resolve, TAIL_MS));
    });
    const scriptUrl = `chrome-extension://${browser.extensionId}/${scriptFile}`;
    return { traced: contentScriptTasks(events, scriptUrl), status };
  } finally {
    await page.close();
  }
}
