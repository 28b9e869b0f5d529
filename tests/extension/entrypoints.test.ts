import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import fingerprint from 'virtual:bundled-fingerprint';
import { toPageFingerprint } from '@/core/fingerprint';
import { isPagePlan, parseBackgroundMessage } from '@/core/protocol';
import background from '@/entrypoints/background';
import { CONTENT_SCRIPT, startOnPage } from '@/entrypoints/chapter-cleaner/index';
import { engine } from '@/entrypoints/chapter-engine';

/** The engine as the content script would import it, from this process. */
const inProcess = async () => engine;
import { readBundledChapter, readDecoys } from '../fixtures/bundled/page-data';
import { PAGE_SHAPES } from '../helpers/bundled-page-templates';

const CHAPTER_PAGE = `<title>第一章 雪夜_长夜书_测试书屋</title><h1>第一章 雪夜</h1>
<div id="content">${'　　雪落在屋檐上，他推开门，看见院子里的灯还亮着。<br><br>'.repeat(12)}
天才一秒记住本站地址：www.ceshi.com，最快更新！<br></div>
<a href="/1.html">上一章</a><a href="/">目录</a><a href="/3.html">下一章</a>`;

describe('content script entrypoint', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.documentElement.removeAttribute('data-jingdu');
    // Each test writes its page into an empty document: a session a test left behind watches a
    // body no longer in it.
    document.head.replaceChildren();
    document.body.replaceWith(document.createElement('body'));
  });

  it('is registered for every http and https page once the document is idle', () => {
    expect(CONTENT_SCRIPT.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(CONTENT_SCRIPT.runAt).toBe('document_idle');
  });

  it('browser glue resolves to the fake browser in tests', () => {
    expect(browser.runtime.id).toBe(fakeBrowser.runtime.id);
  });

  it('on an ordinary page takes one look, marks it idle and asks the background nothing', async () => {
    document.title = 'Weather in Lisbon';
    const article = document.createElement('article');
    article.textContent = 'Sunny spells, 21°C.';
    document.body.replaceChildren(article);
    const asked: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message) => void asked.push(message));
    await startOnPage(inProcess);
    expect(document.documentElement.dataset.jingdu).toBe('idle');
    expect(asked).toEqual([]);
  });

  it('cleans a chapter page even when the background answers nothing usable', async () => {
    document.write(CHAPTER_PAGE);
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    await startOnPage(inProcess);
    expect(document.body.textContent).not.toContain('天才一秒记住');
  });

  it('on a chapter page asks the background for a plan and cleans the page', async () => {
    document.write(CHAPTER_PAGE);
    const asked: Array<{ type: string }> = [];
    // The fake browser passes replies on through sendResponse only (not returned promises).
    fakeBrowser.runtime.onMessage.addListener((message: { type: string }, _sender, sendResponse) => {
      asked.push(message);
      sendResponse(message.type === 'pagePlan' ? { autoClean: true, hits: [] } : null);
      return true;
    });
    await startOnPage(inProcess);
    expect(document.documentElement.dataset.jingdu).toBe('chapter');
    expect(asked[0]?.type).toBe('pagePlan');
    expect(document.body.textContent).not.toContain('天才一秒记住');
    expect(document.body.textContent).toContain('他推开门');
  });

  describe('recognition of the bundled chapter', () => {
    const shipped = readBundledChapter();
    // The template's stylesheet link is left out: the test DOM does not load files.
    const page = PAGE_SHAPES[0]!
      .render({
        title: '第八百零八章 掌声如潮',
        book: '大模型时代',
        site: '西红柿小说',
        lines: shipped,
      })
      .replace(/<link[^>]*>/g, '');

    /** Runs the content script on `html` with `plan` as the background's answer; returns what it sent. */
    async function runWith(plan: object, html = page): Promise<Array<{ type: string; data: never }>> {
      document.open();
      document.write(html);
      document.close();
      const sent: Array<{ type: string; data: never }> = [];
      fakeBrowser.runtime.onMessage.addListener(
        (message: { type: string; data: never }, _sender, sendResponse) => {
          sent.push(message);
          sendResponse(message.type === 'pagePlan' ? plan : null);
          return true;
        },
      );
      await startOnPage(inProcess);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return sent;
    }

    /** The last tab report the content script sent with `plan`. */
    async function reportWith(plan: object): Promise<{ matched: boolean; removed: number }> {
      const reports = (await runWith(plan)).filter(({ type }) => type === 'tabReport');
      return reports[reports.length - 1]!.data;
    }

    const copies = (sent: Array<{ type: string; data: { lines: string[] } }>) =>
      sent.filter(({ type }) => type === 'chapterCopy').map(({ data }) => data.lines);

    it('sends the cleaned chapter lines of a recognised page to the background, once', async () => {
      const ads = ['天才一秒记住本站地址：www.ceshi.com，最快更新！', '本章未完，请点击下一页继续阅读'];
      const withAds = PAGE_SHAPES[0]!
        .render({
          title: '第八百零八章 掌声如潮',
          book: '大模型时代',
          site: '西红柿小说',
          lines: [...ads, ...shipped],
        })
        .replace(/<link[^>]*>/g, '');
      const sent = copies(
        await runWith({ autoClean: true, hits: [], fingerprint: toPageFingerprint(fingerprint) }, withAds),
      );
      expect(sent).toHaveLength(1);
      expect(sent[0]).toEqual(shipped.slice(0, 160));
    });

    it('sends no copy when the page is not recognised, or is not cleaned', async () => {
      expect(copies(await runWith({ autoClean: true, hits: [] }))).toEqual([]);
      expect(
        copies(await runWith({ autoClean: false, hits: [], fingerprint: toPageFingerprint(fingerprint) })),
      ).toEqual([]);
      const decoy = readDecoys()[0]!.paragraphs;
      const sibling = PAGE_SHAPES[0]!
        .render({ title: '第八百零九章 余波', book: '大模型时代', site: '西红柿小说', lines: decoy })
        .replace(/<link[^>]*>/g, '');
      const sent = await runWith(
        { autoClean: true, hits: [], fingerprint: toPageFingerprint(fingerprint) },
        sibling,
      );
      expect(sent.some(({ type }) => type === 'tabReport')).toBe(true);
      expect(copies(sent)).toEqual([]);
    });

    /** The plan the background answers for `lines`, through a JSON round trip as Chrome sends it. */
    async function backgroundPlan(lines: string[]): Promise<object> {
      fakeBrowser.reset();
      background.main();
      // Only the fields the background reads; the rest of a tab does not matter here.
      const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 } } as Browser.runtime.MessageSender;
      const message = {
        type: 'pagePlan',
        data: { host: 'www.fanqie.com', title: '第八百零八章', lines, around: [] },
      };
      // The fake browser drops promise replies; trigger hands back what each listener returned.
      const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
      return JSON.parse(JSON.stringify(await answers.find((answer) => answer !== undefined))) as object;
    }

    it("sends the fingerprint in the form pages use at once, and it passes the page's shape check", async () => {
      const plan = (await backgroundPlan(shipped)) as { fingerprint: unknown };
      expect(isPagePlan(plan)).toBe(true);
      expect(plan.fingerprint).toEqual(toPageFingerprint(fingerprint));
      expect(JSON.stringify(plan.fingerprint)).not.toContain(fingerprint.bloom.data);
    });

    it("uses the background's fingerprint: the chapter is recognised, its footer removed", async () => {
      const plan = await backgroundPlan(shipped);
      const report = await reportWith(plan);
      expect(report.matched).toBe(true);
      expect(document.body.textContent).not.toContain(shipped[161]!.slice(0, 12));
      expect(document.body.textContent).toContain(shipped[0]!.trim().slice(0, 12));
    });

    it('recognises nothing, and still cleans, when the plan brings no fingerprint', async () => {
      const report = await reportWith({ autoClean: true, hits: [] });
      expect(report.matched).toBe(false);
      expect(document.documentElement.dataset.jingdu).toBe('chapter');
    });

    it('treats a plan with a malformed fingerprint as no plan: cleaned, nothing recognised', async () => {
      const ready = toPageFingerprint(fingerprint);
      const broken = { ...ready, bloom: { ...ready.bloom, words: ready.bloom.words.slice(1) } };
      const report = await reportWith({ autoClean: false, hits: [], fingerprint: broken });
      expect(report.matched).toBe(false);
      // A plan that fails its shape check is replaced by the default one, which cleans.
      expect(report.removed).toBeGreaterThan(0);
    });
  });

  describe('what the site shows on its other chapters', () => {
    const BOILERPLATE = '本页由青竹工作室整理排版，转发请保留';
    const FOOTER = '青竹文库 · 夜读的好去处';
    const PAGE = `<title>第二章 灯下_长河夜渡_青竹文库</title><h1>第二章 灯下</h1>
<div id="content">${BOILERPLATE}<br>${'　　他沿着河岸走了很久，灯在雾里亮了起来。<br><br>'.repeat(12)}</div>
<div class="bar"><a href="/1.html">上一章</a><a href="/">目录</a><a href="/3.html">下一章</a></div>
<div class="foot">${FOOTER}</div>`;

    /** Runs the content script with `plan` made from what it asked; returns the request. */
    async function runWith(plan: (request: { lines: string[]; around: string[] }) => object) {
      document.open();
      document.write(PAGE);
      document.close();
      let request: { host: string; title: string; lines: string[]; around: string[] } | undefined;
      fakeBrowser.runtime.onMessage.addListener(
        (message: { type: string; data: never }, _sender, sendResponse) => {
          if (message.type === 'pagePlan') request = message.data;
          sendResponse(message.type === 'pagePlan' ? plan(message.data) : null);
          return true;
        },
      );
      await startOnPage(inProcess);
      return request!;
    }

    it('offers the chapter’s title, its lines and the texts around it with the plan request', async () => {
      const request = await runWith(() => ({ autoClean: true, hits: [] }));
      expect(request.title).toBe('第二章 灯下');
      expect(request.lines[0]).toBe(BOILERPLATE);
      expect(request.around).toContain(FOOTER);
      // Nothing names them yet: both stay.
      expect(document.body.textContent).toContain(BOILERPLATE);
      expect(document.body.textContent).toContain(FOOTER);
    });

    it('sends a request the background accepts even from a chapter with one enormous line', async () => {
      const huge = `\u3000\u3000${'他沿着河岸走了很久，灯在雾里亮了起来。'.repeat(1500)}`;
      document.open();
      document.write(PAGE.replace(BOILERPLATE, huge));
      document.close();
      let request: unknown;
      fakeBrowser.runtime.onMessage.addListener(
        (message: { type: string; data: never }, _sender, sendResponse) => {
          if (message.type === 'pagePlan') request = message.data;
          sendResponse(message.type === 'pagePlan' ? { autoClean: false, hits: [] } : null);
          return true;
        },
      );
      await startOnPage(inProcess);
      // Refused, the request would leave the page cleaned on a site the reader switched off.
      expect(parseBackgroundMessage({ type: 'pagePlan', data: request })).not.toBeNull();
      expect(document.body.textContent).toContain(huge.trim());
    });

    it('removes the line and the block the plan names by index, and nothing else', async () => {
      await runWith(({ lines, around }) => ({
        autoClean: true,
        hits: [],
        learned: [lines.indexOf(BOILERPLATE), 9_999],
        learnedAround: [around.indexOf(FOOTER), 9_999],
      }));
      const text = document.body.textContent ?? '';
      expect(text).not.toContain(BOILERPLATE);
      expect(text).not.toContain(FOOTER);
      expect(text.match(/他沿着河岸走了很久/g)).toHaveLength(12);
      expect(text).toContain('下一章');
    });
  });
});
