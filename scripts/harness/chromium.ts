/** The harness in Debian's Chromium, over the playwright-core launcher in scripts/browser.ts. */
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchWithExtension } from '../browser';
import { pollUntil } from './poll';
import type { ExtensionHarness, HarnessPage, RemoteFunction } from './types';

function wrapPage(page: Page, url = page.url()): HarnessPage {
  const evaluate = <R, A>(fn: RemoteFunction<A, R>, arg?: A) =>
    page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>;
  return {
    url,
    evaluate,
    waitFor: (predicate, arg, timeoutMs) => pollUntil(() => evaluate(predicate, arg), timeoutMs),
    waitForMark: async (timeoutMs = 15_000) => {
      await page.waitForSelector('html[data-jingdu]', { state: 'attached', timeout: timeoutMs });
      return (await page.getAttribute('html', 'data-jingdu')) ?? '';
    },
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => page.close(),
  };
}

export async function launchChromiumHarness(extensionDir = CHROME_BUILD): Promise<ExtensionHarness> {
  const browser = await launchWithExtension(extensionDir);
  return {
    name: 'chromium',
    open: async (url, options = {}) => {
      const page = await browser.context.newPage();
      if (options.beforeScripts) await page.addInitScript(options.beforeScripts);
      const answer = options.respondWith;
      const target = new URL(url).href;
      if (answer)
        await page.route(
          (asked) => asked.href === target,
          (route) => route.fulfill({ status: 200, ...answer }),
        );
      await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
      return wrapPage(page);
    },
    openExtensionPage: async (pathAndQuery) => {
      const page = await browser.context.newPage();
      const url = `chrome-extension://${browser.extensionId}/${pathAndQuery}`;
      await page.goto(url);
      return wrapPage(page, url);
    },
    inExtension: <R, A>(fn: RemoteFunction<A, R>, arg?: A) =>
      browser.worker.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    close: () => browser.close(),
  };
}
