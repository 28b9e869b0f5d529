/**
 * Runs stepped work (generators that pause now and then) in short tasks, giving the page the main
 * thread between them, and stops for good past a hard budget. The content script's initial pass and
 * its late-content batches both go through here, so no task of ours is long, whatever the page.
 */

export interface SliceBudget {
  /**
   * Time after which a task starts no further step and gives the thread back; the step under way
   * still finishes, so steps are kept to a few milliseconds. Not less: each pause is a timer, which
   * a browser may delay by a second in a tab in the background.
   */
  sliceMs: number;
  /** Total active time after which the work is abandoned. */
  hardMs: number;
}

export const DEFAULT_SLICES: SliceBudget = { sliceMs: 16, hardMs: 4000 };

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

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs `steps` in tasks of at most about `sliceMs`, recording each task on `clock`. */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  clock: WorkClock,
  budget: SliceBudget = DEFAULT_SLICES,
  now: () => number = () => performance.now(),
  wrap: (slice: () => IteratorResult<void, T>) => IteratorResult<void, T> = (slice) => slice(),
): Promise<SliceOutcome<T>> {
  let spent = 0;
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
