/**
 * Watches for content added after load (late ads, lazily inserted chapter text) and hands it to the
 * cleaner in batches: records are collected and handled once per tick, our own changes are never
 * seen (they run inside `quietly`), and the work is bounded: when a page keeps changing, the
 * watcher backs off, and past a hard budget it stops and says it gave up. A batch may be handled
 * in slices (see slices.ts): the next one waits until it is done.
 */

export interface WatchBudget {
  /** Delay before a batch is handled; doubles while the page keeps changing, up to `maxDelayMs`. */
  delayMs: number;
  maxDelayMs: number;
  /** Most added nodes handled in one batch; the rest wait for the next. */
  maxNodesPerBatch: number;
  /** Total handling time after which the watcher stops for good. */
  hardLimitMs: number;
}

export const DEFAULT_BUDGET: WatchBudget = {
  delayMs: 50,
  maxDelayMs: 2000,
  maxNodesPerBatch: 400,
  hardLimitMs: 1500,
};

export interface WatchHooks {
  /**
   * Handles one batch of added nodes (still connected to the page). Work done at once is timed
   * here and runs unseen. Work spread over tasks returns a promise of its active time (pauses left
   * out) and runs each of its tasks through `quietly` itself.
   */
  handle(added: Node[]): void | Promise<number>;
  /** Called once when the hard budget is spent. */
  gaveUp?(): void;
  now?: () => number;
}

export class LateContentWatcher {
  private observer: MutationObserver;
  private pending: Node[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private delay: number;
  private spent = 0;
  private stopped = false;
  private quiet = 0;
  private lastFlush = -Infinity;
  /** True while a batch handled in slices is still running. */
  private busy = false;

  constructor(
    private readonly root: Node,
    private readonly hooks: WatchHooks,
    private readonly budget: WatchBudget = DEFAULT_BUDGET,
  ) {
    const View = (root.ownerDocument ?? (root as Document)).defaultView;
    const Observer = View?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.collect(records));
    this.delay = budget.delayMs;
  }

  /** Starts watching `root`, and `alsoWatch` (the shadow root holding the chapter, say). */
  start(alsoWatch: readonly Node[] = []): void {
    if (this.stopped) return;
    for (const target of [this.root, ...alsoWatch])
      this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
  }

  /** Added nodes collected and not yet handed over: what the page did since the last batch. */
  waiting(): readonly Node[] {
    return this.pending;
  }

  /** Runs our own DOM changes without the watcher seeing them. */
  quietly<T>(change: () => T): T {
    // The page's own changes still queued are handed over first: the takeRecords below that
    // drops ours would drop them too.
    if (this.quiet === 0) this.collect(this.observer.takeRecords());
    this.quiet++;
    try {
      return change();
    } finally {
      this.quiet--;
      this.observer.takeRecords();
    }
  }

  private collect(records: MutationRecord[]): void {
    if (this.quiet > 0 || this.stopped) return;
    for (const record of records) {
      if (record.type === 'characterData') this.pending.push(record.target);
      record.addedNodes.forEach((node) => this.pending.push(node));
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.pending.length > 0 && this.timer === null && !this.busy && !this.stopped)
      this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  private async flush(): Promise<void> {
    this.timer = null;
    if (this.stopped) return;
    const now = this.hooks.now ?? (() => performance.now());
    const batch = this.pending.splice(0, this.budget.maxNodesPerBatch).filter((node) => node.isConnected);
    const started = now();
    const handled = batch.length > 0 ? this.quietly(() => this.hooks.handle(batch)) : undefined;
    if (handled instanceof Promise) {
      this.busy = true;
      try {
        this.spent += await handled;
      } finally {
        this.busy = false;
      }
      if (this.stopped) return;
    } else this.spent += now() - started;
    if (this.spent >= this.budget.hardLimitMs) {
      this.stop();
      this.hooks.gaveUp?.();
      return;
    }
    // A page that keeps changing gets answered less and less often; a quiet spell resets the pace.
    const changing = this.pending.length > 0 || started - this.lastFlush < this.delay * 4;
    this.delay = changing ? Math.min(this.budget.maxDelayMs, this.delay * 2) : this.budget.delayMs;
    this.lastFlush = started;
    this.schedule();
  }
}
