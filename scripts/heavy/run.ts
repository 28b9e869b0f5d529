/**
 * Loads the heavy and hostile pages through the built extension (in Chromium or Firefox) and reads what the
 * content script reports: shared by the benchmark (full size) and the e2e tests (shortened).
 */
import type { TabStatus } from '../../core/protocol';
import type { PageServer } from '../browser';
import type { ExtensionHarness } from '../harness';
import { pollUntil } from '../harness/poll';
import { askTabs } from '../harness/tabs';
import {
  bigChapterPage,
  churningPage,
  deepPage,
  framedChapterPage,
  manyNodesPage,
  shadowChapterPage,
  stubbornAdsPage,
} from './pages';

export interface HostileCase {
  name: string;
  path: string;
  /** Extra time to leave the page running after the content script settled (late content). */
  lingerMs: number;
  /**
   * The frame that holds the chapter, when it is not the top page. Until that frame's script has
   * found the chapter the top page answers for the tab (after a short wait), so a busy machine can
   * see the top page's "not a chapter" first; the run waits for the frame's own answer.
   */
  reportedBy?: string;
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
    { name: 'chapter in an iframe', path: '/framed.html', lingerMs: 0, reportedBy: '/framed-inner.html' },
  ];
}

/** Opens one case and returns the content script's status once it has settled and lingered. */
export async function runHostileCase(
  harness: ExtensionHarness,
  server: PageServer,
  hostile: HostileCase,
): Promise<TabStatus | null> {
  const page = await harness.open(server.url(hostile.path), { waitUntil: 'domcontentloaded' });
  // A framed chapter reports the frame's address: any page of this server is this case's.
  const ours = async () =>
    (await askTabs(harness, 'status')).find(({ answer }) => answer.url.startsWith(server.origin))?.answer ??
    null;
  try {
    let status: TabStatus | null = null;
    const settled = async () => {
      const now = await ours();
      status = now;
      if (now === null || now.state === 'working') return false;
      return hostile.reportedBy === undefined || now.url.endsWith(hostile.reportedBy);
    };
    await pollUntil(settled, 30_000).catch(() => undefined);
    if (hostile.lingerMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, hostile.lingerMs));
      status = (await ours()) ?? status;
    }
    return status;
  } finally {
    await page.close();
  }
}
