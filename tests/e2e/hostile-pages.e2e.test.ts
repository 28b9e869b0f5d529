import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabStatus } from '@/core/protocol';
import { startPageServer, type PageServer } from '@/scripts/browser';
import { BROWSERS, launchHarness, type ExtensionHarness } from '@/scripts/harness';
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

  async function run(index: number): Promise<TabStatus> {
    const hostile = cases[index]!;
    const status = await runHostileCase(harness, server, hostile);
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

  it('stops fighting a page that puts each ad back, and says it gave up', async () => {
    expect((await run(4)).state).toBe('gave-up');
  });

  it('cleans a chapter inside a shadow root', async () => {
    const status = await run(5);
    expect(status.title).toBe('第六章 影子里的章');
    expect(status.removed.map(({ rule }) => rule)).toContain('remember-address');
  });

  it('cleans a chapter inside an iframe, and the tab reports that frame', async () => {
    const status = await run(6);
    expect(status.url).toContain('/framed-inner.html');
    expect(status.state).toBe('cleaned');
  });
});
