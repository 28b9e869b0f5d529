/**
 * One browser with the built extension loaded, seen the same way whether it is Chromium (driven by
 * playwright-core) or Firefox ESR (driven by puppeteer-core over WebDriver BiDi), so that a check of
 * the content script is written once and run in both.
 */
import type { ServedPage } from '../browser';

export type BrowserName = 'chromium' | 'firefox';

/** A function run in another realm: it is sent as source, so it must not close over anything. */
export type RemoteFunction<A, R> = (arg: A) => R | Promise<R>;

export interface HarnessPage {
  /** The page's address once opened (what its content script reports as its URL). */
  readonly url: string;
  evaluate<R, A = undefined>(fn: RemoteFunction<A, R>, arg?: A): Promise<R>;
  /** Polls `predicate` in the page until it returns true; throws after `timeoutMs`. */
  waitFor<A = undefined>(predicate: RemoteFunction<A, boolean>, arg?: A, timeoutMs?: number): Promise<void>;
  /** Waits for the content script's mark on <html data-jingdu> and returns it ("chapter" or "idle"). */
  waitForMark(timeoutMs?: number): Promise<string>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Runs in the page before any of the page's own scripts (and before the content script). */
  beforeScripts?: () => void;
  /** Answers the page's own address with this instead of the network (the CLI's --url). */
  respondWith?: ServedPage;
  /** "domcontentloaded" for pages that may never finish loading; "load" by default. */
  waitUntil?: 'load' | 'domcontentloaded';
}

export interface ExtensionHarness {
  readonly name: BrowserName;
  /** Opens `url` in a new tab. Only loopback hosts (and `respondWith`) are reachable. */
  open(url: string, options?: OpenOptions): Promise<HarnessPage>;
  /** Opens one of the extension's own pages ("popup.html?view=page") in a new tab. */
  openExtensionPage(pathAndQuery: string): Promise<HarnessPage>;
  /**
   * Runs `fn` where the extension's APIs are: Chromium's service worker, or in Firefox one of the
   * extension's pages kept open in a tab (the MV2 background page is not reachable over BiDi).
   * `globalThis.browser` (Firefox) or `globalThis.chrome` (Chromium) holds the promise-based API.
   */
  inExtension<R, A = undefined>(fn: RemoteFunction<A, R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}
