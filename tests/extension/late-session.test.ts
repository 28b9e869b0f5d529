/**
 * The content script's session on late content: batches are cleaned in slices like the first pass,
 * giving the page the thread between them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChapterSession } from '@/entrypoints/chapter-cleaner/session';

const STORY = (i: number) => `雪落在屋檐上，他推开第${i}扇木门，看见院子里的灯笼还亮着，老人慢慢说道。`;
const SPAM = '天才一秒记住本站地址：www.ceshi-shuwu.com，最快更新！';

/** A chapter page in the test document, a background that answers plans, and a session on it. */
async function cleanedSession(lines: number): Promise<ChapterSession> {
  fakeBrowser.reset();
  document.open();
  document.write(
    `<html><head><title>第一章 雪夜_长夜书_测试书屋</title></head><body><h1>第一章 雪夜</h1>` +
      `<div id="content">${Array.from({ length: lines }, (_, i) => `\u3000\u3000${STORY(i)}<br><br>`).join('\n')}</div>` +
      `<a href="/1.html">上一章</a><a href="/">目录</a><a href="/3.html">下一章</a></body></html>`,
  );
  document.close();
  fakeBrowser.runtime.onMessage.addListener((message: { type: string }, _sender, sendResponse) => {
    sendResponse(message.type === 'pagePlan' ? { autoClean: true, hits: [] } : null);
    return true;
  });
  const session = new ChapterSession(document, 'www.ceshi-shuwu.com');
  expect(await session.detect()).toBe(true);
  await session.applyPlan();
  expect(session.status().state).toBe('cleaned');
  return session;
}

const text = () => document.getElementById('content')!.textContent ?? '';

afterEach(() => vi.restoreAllMocks());
beforeEach(() => document.documentElement.removeAttribute('data-jingdu'));

describe('late content in the session', () => {
  it('is cleaned in slices, with the page running between them', async () => {
    const session = await cleanedSession(40);
    const box = document.getElementById('content')!;
    const tasksBefore = session.status().work!.tasks;
    // A clock that moves 1 ms per reading: a slice ends after some sixteen steps, whatever the machine.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock++);
    let pageTurns = 0;
    const pageTimer = setInterval(() => pageTurns++, 0);
    try {
      for (let i = 0; i < 150; i++)
        box.append(document.createTextNode(`\u3000\u3000${STORY(100 + i)}`), document.createElement('br'));
      box.append(document.createTextNode(SPAM), document.createElement('br'));
      await vi.waitFor(() => expect(text()).not.toContain(SPAM), { timeout: 5000, interval: 10 });
    } finally {
      clearInterval(pageTimer);
    }
    const tasks = session.status().work!.tasks - tasksBefore;
    expect(tasks).toBeGreaterThan(5);
    expect(pageTurns).toBeGreaterThan(5);
    expect(text()).toContain(STORY(249));
    expect(session.status().removed.map(({ text }) => text)).toContain(SPAM);
  });
});
