/**
 * Watches one page the CLI reads for what would leave it waiting forever: the page leaving for
 * another address, its renderer crashing or closing (the harness tells `stop`, see OpenOptions),
 * or its time running out. The first of these ends the page's reading with an error that says
 * what happened, and closes its tab.
 */
export interface PageWatch {
  /** Ends the page's reading with `what` (the first call counts). */
  stop(what: string): void;
  /** Aborted once the reading is over, whichever way: the harness closes the tab then. */
  signal: AbortSignal;
  /** Throws what happened to the page, if anything has. */
  check(): void;
  /** Time left before the page's limit, for waits of its own (at least 1 ms). */
  remainingMs(): number;
  /** `work`, unless something happens to the page first. */
  race<T>(work: Promise<T>): Promise<T>;
}

/** Starts watching a page that has at most `limitMs` to give its reading. */
export function watchPage(limitMs: number): PageWatch {
  let trouble: Error | null = null;
  let reject: (error: Error) => void = () => undefined;
  const troubled = new Promise<never>((_, fail) => (reject = fail));
  troubled.catch(() => undefined); // handled by race(); a watch nobody races must not crash the CLI
  const done = new AbortController();
  const stop = (what: string) => {
    if (trouble) return;
    trouble = new Error(what);
    reject(trouble);
  };
  const deadline = Date.now() + limitMs;
  const timer = setTimeout(() => stop(`did not settle within ${limitMs / 1000} s`), limitMs);
  return {
    stop,
    signal: done.signal,
    check: () => {
      if (trouble) throw trouble;
    },
    remainingMs: () => Math.max(1, deadline - Date.now()),
    race: (work) =>
      Promise.race([work, troubled]).finally(() => {
        clearTimeout(timer);
        done.abort();
      }),
  };
}
