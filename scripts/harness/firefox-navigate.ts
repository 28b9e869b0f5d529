/**
 * Opening a moz-extension:// page in a Firefox tab. Puppeteer's page.goto waits for BiDi navigation
 * events that Firefox does not send for extension pages (the load happens, the wait times out), so
 * the navigation is sent as the plain BiDi command, which itself waits for the page to complete.
 * The tab's browsing-context id and the BiDi connection are puppeteer-core internals (pinned exactly
 * in package.json); a clear error says so if a new version moves them.
 */
import type { Browser, Page } from 'puppeteer-core';

interface BidiInternals {
  connection?: { send(method: string, params: object): Promise<unknown> };
}

export async function navigateTo(browser: Browser, page: Page, url: string): Promise<void> {
  const connection = (browser as unknown as BidiInternals).connection;
  const context = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof connection?.send !== 'function' || typeof context !== 'string')
    throw new Error(
      'puppeteer-core no longer exposes its BiDi connection or context id: see firefox-navigate.ts',
    );
  await connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
}
