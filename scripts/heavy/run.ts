/**
 * Loads the heavy and hostile pages through the built extension in Chromium and reads what the
 * content script reports: shared by the benchmark (full size) and the e2e tests (shortened).
 */
import type { Page } from 'playwright-core';
import type { TabStatus } from '../../core/protocol';
import { askTabs, type ExtensionBrowser, type PageServer } from '../browser';
import {
  bigChapterPage,
  churningPage,
  deepPage,
  framedChapterPage,
  manyNodesPage,
  shadowChapterPage,
  spamBackPage,
  stubbornAdsPage,
} from './pages';

export interface HostileCase {
  name: string;
  path: string;
  /** Extra time to leave the page running after the content script settled (late content). */
  lingerMs: number;
}

/** Serves every case on `server`, at `scale` (1 = the sizes the issue names; CI uses less). */
export function serveHostilePages(server: PageServer, scale: number): HostileCase[] {
  const html = 'text/html; charset=utf-8';
  const put = (path: string, body: string) => server.put(path, { body, contentType: html });
  put('/big.html', bigChapterPage(Math.round(5_000_000 * scale)));
  put('/many.html', manyNodesPage(Math.round(200_000 * scale)));
  put('/deep.html', deepPage(480));
  put('/churn.html', churningPage(Math.round(20_000 * scale), 20));
  put('/stubborn.html', stubbornAdsPage());
  put('/shadow.html', shadowChapterPage());
  put('/framed-inner.html', deepPage(3));
  put('/framed.html', framedChapterPage('/framed-inner.html'));
  put('/spam-back.html', spamBackPage(1500));
  return [
    { name: `${(5 * scale).toFixed(2)} MB chapter`, path: '/big.html', lingerMs: 0 },
    { name: `${Math.round(200_000 * scale)} nodes`, path: '/many.html', lingerMs: 0 },
    { name: 'nested 480 deep', path: '/deep.html', lingerMs: 0 },
    {
      name: `adds nodes for ${Math.round(20 * scale)} s`,
      path: '/churn.html',
      lingerMs: 20_000 * scale + 500,
    },
    { name: 'puts each ad back', path: '/stubborn.html', lingerMs: 6_000 },
    { name: 'chapter in a shadow root', path: '/shadow.html', lingerMs: 0 },
    { name: 'chapter in an iframe', path: '/framed.html', lingerMs: 0 },
    { name: 'puts its spam line back', path: '/spam-back.html', lingerMs: 2500 },
  ];
}

/**
 * Opens one case and returns the content script's status once it has settled and lingered;
 * `inspect` may look at the live page (and act on it) before it closes.
 */
export async function runHostileCase(
  browser: ExtensionBrowser,
  server: PageServer,
  hostile: HostileCase,
  inspect?: (page: Page, status: TabStatus | null) => Promise<void>,
): Promise<TabStatus | null> {
  const page = await browser.context.newPage();
  try {
    await page.goto(server.url(hostile.path), { waitUntil: 'domcontentloaded' });
    const deadline = Date.now() + 30_000;
    let status: TabStatus | null = null;
    while (Date.now() < deadline) {
      const answers = await askTabs<TabStatus>(browser.worker, 'status');
      status = answers.find(({ answer }) => answer.url.startsWith(server.origin))?.answer ?? null;
      if (status && status.state !== 'working') break;
      await page.waitForTimeout(100);
    }
    if (hostile.lingerMs > 0) {
      await page.waitForTimeout(hostile.lingerMs);
      const answers = await askTabs<TabStatus>(browser.worker, 'status');
      status = answers.find(({ answer }) => answer.url.startsWith(server.origin))?.answer ?? status;
    }
    await inspect?.(page, status);
    return status;
  } finally {
    await page.close();
  }
}
