/**
 * Watches one page the CLI reads for what would leave it waiting forever: the page leaving for
 * another address, its renderer crashing or closing, or its time running out. The first of these
 * ends the page's reading with an error that says what happened.
 */
import type { Page } from 'playwright-core';

export interface PageWatch {
  page: Page;
  /** Throws what happened to the page, if anything has. */
  check(): void;
  /** Time left before the page's limit, for waits of its own (at least 1 ms). */
  remainingMs(): number;
  /** `work`, unless something happens to the page first. */
  race<T>(work: Promise<T>): Promise<T>;
}

/** Starts watching `page`, which is to show `address`, for at most `limitMs`. */
export function watchPage(page: Page, address: string, limitMs: number): PageWatch {
  let trouble: Error | null = null;
  let reject: (error: Error) => void = () => undefined;
  const troubled = new Promise<never>((_, fail) => (reject = fail));
  troubled.catch(() => undefined); // handled by race(); a watch nobody races must not crash the CLI
  const stop = (what: string) => {
    if (trouble) return;
    trouble = new Error(what);
    reject(trouble);
  };
  const deadline = Date.now() + limitMs;
  const timer = setTimeout(() => stop(`did not settle within ${limitMs / 1000} s`), limitMs);
  page.on('request', (request) => {
    // A failed navigation shows Chromium's error page, whose address says nothing: the request does.
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url() !== address)
      stop(`the page left for ${request.url()}`);
  });
  page.on('crash', () => stop('the page crashed'));
  page.on('close', () => stop('the page closed itself'));
  return {
    page,
    check: () => {
      if (trouble) throw trouble;
    },
    remainingMs: () => Math.max(1, deadline - Date.now()),
    race: (work) => Promise.race([work, troubled]).finally(() => clearTimeout(timer)),
  };
}
