/**
 * Runs stepped work (generators that pause now and then) in short tasks, giving the page the main
 * thread between them, and stops for good past a hard budget. The content script's initial pass and
 * its late-content batches both go through here, so no task of ours is long, whatever the page.
 */

export interface SliceBudget {
  /**
   * Time after which a task starts no further step and gives the thread back; the step under way
   * still finishes, so steps are kept to a few milliseconds.
   */
  sliceMs: number;
  /** Total active time after which the work is abandoned. */
  hardMs: number;
}

/**
 * A task ends once 8 ms have gone, so that with the step under way it stays under 16 ms (the
 * longest a frame waits at 60 Hz).
 */
export const DEFAULT_SLICES: SliceBudget = { sliceMs: 8, hardMs: 4000 };

/** Work time accounting: total active time and the longest single task. */
export class WorkClock {
  totalMs = 0;
  longestMs = 0;
  tasks = 0;

  record(ms: number): void {
    this.totalMs += ms;
    this.longestMs = Math.max(this.longestMs, ms);
    this.tasks++;
  }
}

export type SliceOutcome<T> = { done: true; value: T } | { done: false };

/**
 * Ends the current task and resumes in a new one. A message to ourselves, not a timer: browsers
 * clamp chained timers to 4 ms and delay those of a tab in the background by up to a second
 * (Firefox does so to the tabs a reader opens behind the one being read), which would hold a late
 * ad on screen that long. A message is delivered as soon as the page has had its turn.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * Runs `steps` in tasks of at most about `sliceMs`, recording each task on `clock`. The first slice
 * waits for a task of its own: the caller may be finishing a task that already did work (the end of
 * another run, a message's reply), and the two together would make one long task.
 */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  clock: WorkClock,
  budget: SliceBudget = DEFAULT_SLICES,
  now: () => number = () => performance.now(),
  wrap: (slice: () => IteratorResult<void, T>) => IteratorResult<void, T> = (slice) => slice(),
): Promise<SliceOutcome<T>> {
  let spent = 0;
  await yieldToPage();
  for (;;) {
    const started = now();
    const next = wrap(() => {
      let step = steps.next();
      while (!step.done && now() - started < budget.sliceMs) step = steps.next();
      return step;
    });
    const elapsed = now() - started;
    clock.record(elapsed);
    spent += elapsed;
    if (next.done) return { done: true, value: next.value };
    if (spent >= budget.hardMs) return { done: false };
    await yieldToPage();
  }
}
