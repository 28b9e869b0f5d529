/**
 * The content script's session on late content: batches are cleaned in slices like the first pass,
 * giving the page the thread between them; a page that fights back is answered by hiding, and one
 * that fights on even so is left be, with what was hidden still hidden.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HIDDEN_ATTRIBUTE } from '@/dom/hidden-mark';
import { HIDING_WRAPPER } from '@/dom/hiding';
import { collectLines } from '@/dom/lines';
import { ChapterSession } from '@/entrypoints/chapter-cleaner/session';

const STORY = (i: number) => `雪落在屋檐上，他推开第${i}扇木门，看见院子里的灯笼还亮着，老人慢慢说道。`;
const SPAM = '天才一秒记住本站地址：www.ceshi-shuwu.com，最快更新！';

/** Puts a chapter page of `lines` story lines (and `tail` at the end of its box) in the test document. */
function loadChapter(lines: number, tail = ''): HTMLElement {
  fakeBrowser.reset();
  document.open();
  document.write(
    `<html><head><title>第一章 雪夜_长夜书_测试书屋</title></head><body><h1>第一章 雪夜</h1>` +
      `<div id="content">${Array.from({ length: lines }, (_, i) => `\u3000\u3000${STORY(i)}<br><br>`).join('\n')}${tail}</div>` +
      `<a href="/1.html">上一章</a><a href="/">目录</a><a href="/3.html">下一章</a></body></html>`,
  );
  document.close();
  return document.getElementById('content')!;
}

/** A background that answers plans, and a session that has cleaned the page in the test document. */
async function cleanedSession(lines = 0): Promise<ChapterSession> {
  if (lines > 0) loadChapter(lines);
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

describe('content added while the session waits for its plan', () => {
  it('is cleaned once the page is: an ad injected between the first look and the plan does not stay', async () => {
    const box = loadChapter(20);
    const feed = document.body.appendChild(document.createElement('div'));
    const inBox = document.createTextNode(SPAM);
    let answer: (plan: unknown) => void = () => undefined;
    fakeBrowser.runtime.onMessage.addListener((message: { type: string }, _sender, sendResponse) => {
      if (message.type !== 'pagePlan') return sendResponse(null);
      // The page injects its ads while the background is still thinking.
      const ad = document.createElement('div');
      ad.className = 'gg-ad';
      ad.textContent = SPAM;
      feed.append(ad);
      box.append(inBox, document.createElement('br'));
      answer = sendResponse;
      return true;
    });
    const session = new ChapterSession(document, 'www.ceshi-shuwu.com');
    expect(await session.detect()).toBe(true);
    const planned = session.applyPlan();
    await vi.waitFor(() => expect(feed.childElementCount).toBe(1));
    answer({ autoClean: true, hits: [] });
    await planned;
    expect(document.body.textContent).not.toContain(SPAM);
    expect(text()).toContain(STORY(19));
    expect(session.status().removed.map(({ text }) => text)).toEqual([SPAM, SPAM]);
  });
});

/** The page's own script: a MutationObserver on the chapter box, as fighting pages have. */
function pageWatches(box: Element, react: (records: MutationRecord[]) => void): MutationObserver {
  const observer = new MutationObserver(react);
  observer.observe(box, { childList: true, subtree: true });
  return observer;
}

const isHidden = (node: Node) => {
  for (let up = node.parentElement; up; up = up.parentElement)
    if (up.hasAttribute(HIDDEN_ATTRIBUTE)) return true;
  return false;
};

describe('a page that fights back', () => {
  it('that puts its spam line back is answered by hiding: the spam stays, unseen, and restore-all gives the page back', async () => {
    const box = loadChapter(20, `\u3000\u3000${SPAM}`);
    const served = box.outerHTML;
    const spam = box.lastChild!;
    let putBack = 0;
    const page = pageWatches(box, () => {
      if (box.contains(spam)) return;
      box.appendChild(spam);
      putBack++;
    });
    try {
      const session = await cleanedSession();
      await vi.waitFor(() => expect(session.status().hiding).toBe(true), { timeout: 3000, interval: 20 });
      expect(putBack).toBe(1);
      expect(spam.isConnected && box.contains(spam)).toBe(true);
      expect(isHidden(spam)).toBe(true);
      expect(collectLines(box).map((line) => line.raw.trim())).not.toContain(SPAM);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(putBack).toBe(1);
      const status = session.status();
      expect(status.state).toBe('cleaned');
      expect(status.removed.map(({ text }) => text)).toEqual([SPAM]);
      await session.handle({ type: 'restoreAll', data: {} });
      expect(box.outerHTML).toBe(served);
    } finally {
      page.disconnect();
    }
  });

  it('that takes away the marks of removed nodes is answered by hiding what it removes next', async () => {
    const box = loadChapter(20, `\u3000\u3000${SPAM}<br>`);
    // The page tidies its box after every change: empty text nodes (our marks) go.
    const page = pageWatches(box, () => box.normalize());
    try {
      const session = await cleanedSession();
      await vi.waitFor(() => expect(session.status().hiding).toBe(true), { timeout: 3000, interval: 20 });
      const late = document.createTextNode('（本章未完，请翻页）');
      box.append(late, document.createElement('br'));
      await vi.waitFor(() => expect(isHidden(late)).toBe(true), { timeout: 3000, interval: 20 });
      expect(box.contains(late)).toBe(true);
      expect(session.status().removed.map(({ text }) => text)).toContain('（本章未完，请翻页）');
    } finally {
      page.disconnect();
    }
  });

  it('that fights the hiding too is left be, saying it gave up, with what was hidden still hidden', async () => {
    const box = loadChapter(20, `\u3000\u3000${SPAM}`);
    let copies = 0;
    // Whenever its spam is taken away or hidden, the page adds it again, a new copy each time.
    const page = pageWatches(box, (records) => {
      const answered = records.some(
        (record) =>
          [...record.removedNodes].some((node) => node.textContent?.includes(SPAM)) ||
          [...record.addedNodes].some((node) => node.nodeName.toLowerCase() === HIDING_WRAPPER),
      );
      if (answered && copies++ < 50) box.append(`\u3000\u3000${SPAM}`);
    });
    try {
      const session = await cleanedSession();
      await vi.waitFor(() => expect(session.status().state).toBe('gave-up'), { timeout: 4000, interval: 50 });
      expect(session.status().hiding).toBe(true);
      const hidden = [...box.getElementsByTagName(HIDING_WRAPPER)];
      expect(hidden.length).toBeGreaterThanOrEqual(3);
      const copiesAtGivingUp = copies;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(copies).toBe(copiesAtGivingUp);
      expect(hidden.every((wrapper) => wrapper.isConnected && wrapper.hasAttribute(HIDDEN_ATTRIBUTE))).toBe(
        true,
      );
    } finally {
      page.disconnect();
    }
  });
});
