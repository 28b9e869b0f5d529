import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabStatus } from '@/core/protocol';
import { startPageServer, type PageServer } from '@/scripts/browser';
import { BROWSERS, launchHarness, type ExtensionHarness, type HarnessPage } from '@/scripts/harness';
import { askTabs } from '@/scripts/harness/tabs';
import { ADS, paragraphText } from '@/scripts/heavy/pages';
import { runHostileCase, serveHostilePages, type HostileCase } from '@/scripts/heavy/run';

/** CI runs the hostile pages shortened: a tenth of the sizes and durations the benchmark uses. */
const SCALE = 0.1;
let server: PageServer;
let cases: HostileCase[];
const results = new Map<string, TabStatus | null>();

beforeAll(async () => {
  server = await startPageServer();
  cases = serveHostilePages(server, SCALE);
});
afterAll(async () => {
  // Figures, printed for the log, never asserted: timing tests flake on a busy machine.
  for (const [name, status] of results)
    console.log(
      `${name}: ${status?.state} · work ${status?.work?.totalMs.toFixed(1)} ms in ${status?.work?.tasks} tasks,` +
        ` longest ${status?.work?.longestMs.toFixed(1)} ms`,
    );
  await server?.close();
});

describe.each(BROWSERS)('heavy and hostile pages (shortened) in %s', (name) => {
  let harness: ExtensionHarness;
  beforeAll(async () => {
    harness = await launchHarness(name);
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function run(
    index: number,
    inspect?: (page: HarnessPage, status: TabStatus | null) => Promise<void>,
  ): Promise<TabStatus> {
    const hostile = cases[index]!;
    const status = await runHostileCase(harness, server, hostile, inspect);
    results.set(`${name}, ${hostile.name}`, status);
    expect(status, `${hostile.name}: no status`).not.toBeNull();
    return status!;
  }

  it('cleans a big chapter page in short tasks', async () => {
    const status = await run(0);
    expect(status.state).toBe('cleaned');
    expect(status.removed.length).toBeGreaterThan(10);
    expect(status.work!.tasks).toBeGreaterThan(1);
  });

  it('finds and cleans the chapter on a page of many nodes', async () => {
    expect((await run(1)).state).toBe('cleaned');
  });

  it('finds the chapter nested as deep as the parser allows', async () => {
    expect((await run(2)).title).toBe('第三章 很深的页');
  });

  it('keeps cleaning a page that keeps adding nodes, or gives up saying so', async () => {
    const status = await run(3);
    expect(['cleaned', 'gave-up']).toContain(status.state);
    expect(status.removed.some(({ rule }) => rule === 'ad-slot' || rule === 'remember-address')).toBe(true);
  });

  it('hides the ad of a page that puts each ad back, and the page stops putting it back', async () => {
    let seen = { text: '', reinserted: '' };
    const status = await run(4, async (page) => {
      seen = await page.evaluate(() => ({
        text: document.body.innerText,
        reinserted: document.body.dataset.reinserted ?? '0',
      }));
    });
    expect(status.state).toBe('cleaned');
    expect(status.hiding).toBe(true);
    expect(seen.text).not.toContain('充值送会员');
    expect(seen.text).toContain(paragraphText(59));
    expect(seen.reinserted).toBe('1');
  });

  it('cleans a chapter inside a shadow root', async () => {
    const status = await run(5);
    expect(status.title).toBe('第六章 影子里的章');
    expect(status.removed.map(({ rule }) => rule)).toContain('remember-address');
  });

  it('hides the spam line of a page that puts it back, keeps the story, and restores the page exactly', async () => {
    let seen = { text: '', putBack: '', restored: false };
    const status = await run(7, async (page) => {
      const { text, putBack } = await page.evaluate(() => ({
        text: document.body.innerText,
        putBack: document.body.dataset.putBack ?? '0',
      }));
      await askTabs(harness, 'restoreAll');
      const restored = await page.evaluate(
        () =>
          document.getElementById('content')!.outerHTML ===
          (window as unknown as { servedBox: string }).servedBox,
      );
      seen = { text, putBack, restored };
    });
    expect(status.state).toBe('cleaned');
    expect(status.hiding).toBe(true);
    expect(seen.text).not.toContain(ADS[0]);
    expect(seen.text).not.toContain(ADS[2]);
    expect(
      Array.from({ length: 60 }, (_, i) => paragraphText(i)).filter((line) => !seen.text.includes(line)),
    ).toEqual([]);
    expect(seen.putBack).toBe('1');
    expect(seen.restored).toBe(true);
  });

  it('cleans a chapter inside an iframe, and the tab reports that frame', async () => {
    const status = await run(6);
    expect(status.url).toContain('/framed-inner.html');
    expect(status.state).toBe('cleaned');
  });
});
