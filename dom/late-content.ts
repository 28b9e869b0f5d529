/**
 * Watches for content added after load (late ads, lazily inserted chapter text) and hands it to the
 * cleaner in batches: records are collected and handled once per tick, our own changes are never
 * seen (they run inside `quietly`), and the work is bounded: when a page keeps changing, the
 * watcher backs off, and past a hard budget it stops and says it gave up.
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
  /** Handles one batch of added nodes (still connected to the page). */
  handle(added: Node[]): void;
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
    if (this.pending.length > 0 && this.timer === null)
      this.timer = setTimeout(() => this.flush(), this.delay);
  }

  private flush(): void {
    this.timer = null;
    if (this.stopped) return;
    const now = this.hooks.now ?? (() => performance.now());
    const batch = this.pending.splice(0, this.budget.maxNodesPerBatch).filter((node) => node.isConnected);
    const started = now();
    if (batch.length > 0) this.quietly(() => this.hooks.handle(batch));
    this.spent += now() - started;
    if (this.spent >= this.budget.hardLimitMs) {
      this.stop();
      this.hooks.gaveUp?.();
      return;
    }
    // A page that keeps changing gets answered less and less often; a quiet spell resets the pace.
    const busy = this.pending.length > 0 || started - this.lastFlush < this.delay * 4;
    this.delay = busy ? Math.min(this.budget.maxDelayMs, this.delay * 2) : this.budget.delayMs;
    this.lastFlush = started;
    if (this.pending.length > 0) this.timer = setTimeout(() => this.flush(), this.delay);
  }
}
