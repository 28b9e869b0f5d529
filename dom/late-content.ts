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
   * Handles one batch of added nodes (still connected to the page); resolves with the active time
   * it took (pauses left out). What it does at once runs unseen; a part in a later task (a slice)
   * runs through `quietly` itself.
   */
  handle(added: Node[]): Promise<number>;
  /** Called once when the hard budget is spent. */
  gaveUp?(): void;
}

export class LateContentWatcher {
  #observer: MutationObserver;
  #pending: Node[] = [];
  #timer: ReturnType<typeof setTimeout> | null = null;
  #delay: number;
  #spent = 0;
  #stopped = false;
  #quiet = 0;
  #lastFlush = -Infinity;
  /** True while a batch handled in slices is still running. */
  #busy = false;

  readonly #root: Node;
  readonly #hooks: WatchHooks;
  readonly #budget: WatchBudget;

  constructor(root: Node, hooks: WatchHooks, budget: WatchBudget = DEFAULT_BUDGET) {
    this.#root = root;
    this.#hooks = hooks;
    this.#budget = budget;
    const View = (root.ownerDocument ?? (root as Document)).defaultView;
    const Observer = View?.MutationObserver ?? MutationObserver;
    this.#observer = new Observer((records) => this.#collect(records));
    this.#delay = budget.delayMs;
  }

  /** Starts watching `root`, and `alsoWatch` (the shadow root holding the chapter, say). */
  start(alsoWatch: readonly Node[] = []): void {
    if (this.#stopped) return;
    for (const target of [this.#root, ...alsoWatch])
      this.#observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.#stopped = true;
    this.#observer.disconnect();
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = [];
  }

  /** Added nodes collected and not yet handed over: what the page did since the last batch. */
  waiting(): readonly Node[] {
    return this.#pending;
  }

  /** Runs our own DOM changes without the watcher seeing them. */
  quietly<T>(change: () => T): T {
    // The page's own changes still queued are handed over first: the takeRecords below that
    // drops ours would drop them too.
    if (this.#quiet === 0) this.#collect(this.#observer.takeRecords());
    this.#quiet++;
    try {
      return change();
    } finally {
      this.#quiet--;
      this.#observer.takeRecords();
    }
  }

  #collect(records: MutationRecord[]): void {
    if (this.#quiet > 0 || this.#stopped) return;
    for (const record of records) {
      if (record.type === 'characterData') this.#pending.push(record.target);
      record.addedNodes.forEach((node) => this.#pending.push(node));
    }
    this.#schedule();
  }

  #schedule(): void {
    // (Never after stop(): collect() stops first, and a batch ending after it returns early.)
    if (this.#pending.length > 0 && this.#timer === null && !this.#busy)
      this.#timer = setTimeout(() => void this.#flush(), this.#delay);
  }

  async #flush(): Promise<void> {
    this.#timer = null;
    if (this.#stopped) return;
    const batch = this.#pending.splice(0, this.#budget.maxNodesPerBatch).filter((node) => node.isConnected);
    const started = performance.now();
    this.#busy = true;
    try {
      if (batch.length > 0) this.#spent += await this.quietly(() => this.#hooks.handle(batch));
    } finally {
      this.#busy = false;
    }
    if (this.#stopped) return;
    if (this.#spent >= this.#budget.hardLimitMs) {
      this.stop();
      this.#hooks.gaveUp?.();
      return;
    }
    // A page that keeps changing gets answered less and less often; a quiet spell resets the pace.
    const changing = this.#pending.length > 0 || started - this.#lastFlush < this.#delay * 4;
    this.#delay = changing ? Math.min(this.#budget.maxDelayMs, this.#delay * 2) : this.#budget.delayMs;
    this.#lastFlush = started;
    this.#schedule();
  }
}

/**
 * Records what a page adds from the first look at it until the watcher starts: detection, the
 * collection of lines and the wait for the background's plan all yield to the page, and an ad it
 * injects then is in no scan and in no batch unless someone writes it down.
 */
export class EarlyAdditions {
  #observer: MutationObserver | null = null;
  #added: Node[] = [];

  start(root: Node): void {
    if (this.#observer) return;
    const View = (root.ownerDocument ?? (root as Document)).defaultView;
    const Observer = View?.MutationObserver ?? MutationObserver;
    this.#observer = new Observer((records) => this.#collect(records));
    this.#observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Stops recording; returns what was added meanwhile. */
  take(): Node[] {
    if (this.#observer) {
      this.#collect(this.#observer.takeRecords());
      this.#observer.disconnect();
      this.#observer = null;
    }
    return this.#added.splice(0);
  }

  #collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') this.#added.push(record.target);
      record.addedNodes.forEach((node) => this.#added.push(node));
    }
  }
}
