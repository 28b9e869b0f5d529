/**
 * Hostile and malformed input at the content script's edges: odd documents, a background that
 * answers garbage or throws, and random messages against the protocol's shape checks.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import shipped from 'virtual:bundled-fingerprint';
import { toPageFingerprint } from '@/core/fingerprint';
import {
  COPY_LIMITS,
  isPagePlan,
  parseBackgroundMessage,
  parseTabMessage,
  PLAN_LIMITS,
} from '@/core/protocol';
import { startOnPage } from '@/entrypoints/chapter-cleaner/index';
import { engine } from '@/entrypoints/chapter-engine';

/** The engine as the content script would import it, from this process. */
const inProcess = async () => engine;

const STORY = Array.from(
  { length: 12 },
  (_, i) => `雪落在屋檐上，他推开第${i + 1}扇木门，看见院子里的灯笼还亮着，老人坐在火盆边慢慢说道。`,
);
const AD = '天才一秒记住本站地址：www.ceshi.com，最快更新！';
const CHAPTER = `<html><head><title>第一章 雪夜_长夜书_测试书屋</title></head><body><h1>第一章 雪夜</h1>
<div id="content">${STORY.map((line) => `\u3000\u3000${line}<br><br>`).join('\n')}${AD}<br></div>
<a href="/1.html">上一章</a><a href="/">目录</a><a href="/3.html">下一章</a></body></html>`;

/** Requests the content script sent that the background's shape check would refuse. */
let refused: unknown[] = [];

/** The background as the content script sees it: `answer` replies to a page-plan request. */
function background(answer: () => unknown): void {
  refused = [];
  fakeBrowser.runtime.onMessage.addListener((message: { type: string }, _sender, sendResponse) => {
    if (parseBackgroundMessage(message) === null) refused.push(message);
    sendResponse(message.type === 'pagePlan' ? answer() : null);
    return true;
  });
}

const NO_RULES = () => ({ autoClean: true, hits: [] });

/** A fresh fake browser and `html` as the page. */
function load(html: string, answer: () => unknown = NO_RULES): void {
  fakeBrowser.reset();
  // open() clears the page: a bare write() after the first one appends to the old body.
  document.open();
  document.write(html);
  document.close();
  background(answer);
}

/** Runs the content script on `html`; it must settle without throwing. */
async function runOn(html: string, answer: () => unknown = NO_RULES): Promise<void> {
  load(html, answer);
  await expect(startOnPage(inProcess)).resolves.toBeUndefined();
  // A request out of bounds would cost the page its plan: the reader's rules, the site memory.
  expect(refused).toEqual([]);
}

function expectCleaned(): void {
  expect(document.documentElement.dataset.jingdu).toBe('chapter');
  const text = document.body.textContent ?? '';
  expect(STORY.filter((line) => !text.includes(line))).toEqual([]);
  expect(text).not.toContain('天才一秒记住');
}

/** Random markup: nested tags holding story, navigation words, spam and entities. */
const TEXTS = [STORY[0]!, '第十章 风起', '上一章', '下一章', '目录', '\u3000', '&lt;&amp;', 'www.ceshi.com'];
const TAGS = ['div', 'p', 'span', 'a', 'h1', 'style', 'table', 'td', 'noscript', 'template', 'svg'];
const ATTRS = ['', ' id="content"', ' class="content"', ' hidden', ' style="display:none"', ' class="ad"'];
const { node: randomNode } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...TEXTS), tie('element')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.constantFrom(...ATTRS),
      children: fc.array(tie('node'), { maxLength: 5 }),
    })
    .map(({ tag, attrs, children }) => `<${tag}${attrs}>${children.join('<br>')}</${tag}>`),
}));

beforeEach(() => document.documentElement.removeAttribute('data-jingdu'));

describe('startOnPage on malformed documents', () => {
  const pages: Array<[string, string]> = [
    ['an empty body', '<html><head><title>第一章 雪夜</title></head><body></body></html>'],
    ['no title', `<body><h1>第一章 雪夜</h1><div>${STORY.join('<br>')}</div></body>`],
    ['a huge title', `<title>${'第一章 雪夜_'.repeat(100_000)}</title><div>${STORY.join('<br>')}</div>`],
    ['only scripts', `<title>第一章 雪夜</title>${`<script>var s = "${STORY[0]}";</script>`.repeat(50)}`],
    ['nothing but markup', '<title>第一章</title><div><span><i></i></span></div><br><br><br>'],
    [
      'a huge chapter heading',
      CHAPTER.replace('<h1>第一章 雪夜</h1>', `<h1>第一章 ${'雪夜'.repeat(5_000)}</h1>`),
    ],
    [
      'hundreds of long blocks around the chapter',
      CHAPTER.replace('</body>', `${`<div>${'推荐'.repeat(400)}</div><p>短句</p>`.repeat(400)}</body>`),
    ],
  ];
  it.each(pages)('settles on a page with %s, and marks it', async (_name, html) => {
    await runOn(html);
    expect(['chapter', 'idle']).toContain(document.documentElement.dataset.jingdu);
  });

  it('settles on a chapter-titled document without a body', async () => {
    load('<title>第一章 雪夜</title>');
    document.body.remove();
    await expect(startOnPage(inProcess)).resolves.toBeUndefined();
  });

  it('settles on a document whose root element is gone', async () => {
    load(CHAPTER);
    const root = document.documentElement;
    root.remove();
    try {
      await expect(startOnPage(inProcess)).resolves.toBeUndefined();
    } finally {
      document.append(root);
    }
  });

  it('settles on an XML document (a feed or sitemap opened in a tab)', async () => {
    const feed = new DOMParser().parseFromString(
      '<rss><channel><title>第一章</title></channel></rss>',
      'text/xml',
    );
    const page = document;
    vi.stubGlobal('document', feed);
    try {
      await expect(startOnPage(inProcess)).resolves.toBeUndefined();
    } finally {
      vi.stubGlobal('document', page);
    }
  });

  it('settles on random documents, and still cleans a chapter among random markup', async () => {
    const title = fc.oneof(
      fc.constantFrom('', '第一章 雪夜_长夜书', '天气预报'),
      fc.string({ maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(title, fc.array(randomNode, { maxLength: 8 }), async (name, body) => {
        await runOn(`<title>${name.replace(/</g, '&lt;')}</title><body>${body.join('\n')}</body>`);
        expect(['chapter', 'idle']).toContain(document.documentElement.dataset.jingdu);
      }),
      { numRuns: 40 },
    );
    const box = /<div id="content">[^]*?<\/div>/.exec(CHAPTER)![0];
    // happy-dom's parser drops whatever follows a <style> inside <svg>, chapter included; browsers do not.
    const around = fc.array(
      randomNode.filter((html) => !html.includes('<svg')),
      { maxLength: 4 },
    );
    await fc.assert(
      fc.asyncProperty(around, around, async (before, after) => {
        await runOn(CHAPTER.replace(box, `${before.join('')}${box}${after.join('')}`));
        expectCleaned();
      }),
      { numRuns: 30 },
    );
  });
});

describe('startOnPage when the background misbehaves', () => {
  it('cleans a chapter page when the background answers garbage', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.anything().filter((value) => !isPagePlan(value)),
        async (garbage) => {
          await runOn(CHAPTER, () => garbage);
          expectCleaned();
        },
      ),
      { numRuns: 30 },
    );
  });

  it('cleans a chapter page when the background throws', async () => {
    load(CHAPTER, () => null);
    fakeBrowser.runtime.onMessage.addListener(() => {
      throw new Error('background crashed');
    });
    await expect(startOnPage(inProcess)).resolves.toBeUndefined();
    expectCleaned();
  });

  it('cleans a chapter page when the background never answers', async () => {
    fakeBrowser.reset();
    document.open();
    document.write(CHAPTER);
    document.close();
    // Keeps the channel open and never replies, as a stuck or endlessly busy background would.
    fakeBrowser.runtime.onMessage.addListener(() => true);
    // Only timers are faked: the cleaning yields to the page through messages, which must flow.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let finished = false;
      const run = startOnPage(inProcess).finally(() => (finished = true));
      for (let round = 0; round < 200 && !finished; round++) {
        await vi.advanceTimersByTimeAsync(100);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await expect(run).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    expectCleaned();
  });

  it('removes no story line for a plan whose hits lie outside their lines', async () => {
    const big = fc.integer({ min: -1e6, max: 1e6 });
    const outside = fc.oneof(
      fc.record({
        line: fc.nat(12),
        start: fc.integer({ min: -1e6, max: -1 }),
        end: fc.integer({ max: -1 }),
      }),
      fc.record({ line: fc.nat(12), start: big, end: big }).filter(({ start, end }) => end <= start),
      fc.record({
        line: fc.nat(12),
        start: fc.integer({ min: 200, max: 1e6 }),
        end: fc.integer({ min: 1e6 }),
      }),
      fc.record({ line: fc.integer({ min: 13, max: 2 ** 40 }), start: fc.nat(10), end: fc.nat(60) }),
      fc.record({ line: fc.integer({ max: -1 }), start: fc.nat(10), end: fc.nat(60) }),
    );
    const hits = fc.array(
      outside.map((hit) => ({ ...hit, rule: 'user:坏规则' })),
      { minLength: 1, maxLength: 12 },
    );
    await fc.assert(
      fc.asyncProperty(hits, async (list) => {
        await runOn(CHAPTER, () => ({ autoClean: true, hits: list }));
        expectCleaned();
      }),
      // Found by this property: an inverted span ending at -1 covers all but the line's last character.
      { numRuns: 30, examples: [[[{ line: 0, start: 0, end: -1, rule: 'user:坏规则' }]]] },
    );
  });
});

const VALID: unknown[] = [
  { type: 'status', data: {} },
  { type: 'restore', data: { id: 3 } },
  { type: 'restoreAll', data: {} },
  { type: 'clean', data: {} },
  { type: 'chapterLines', data: {} },
  { type: 'pagePlan', data: { host: 'www.ceshi.com', title: '第一章', lines: ['一', '二'], around: ['三'] } },
  { type: 'pagePlan', data: { host: 'www.ceshi.com', title: '', lines: [], around: [] } },
  { type: 'tabReport', data: { removed: 2, matched: false, state: 'cleaned' } },
  { type: 'chapterCopy', data: { lines: ['一', '二'] } },
  { type: 'chapterCopy', data: { lines: [] } },
];
const parse = (raw: unknown) => parseTabMessage(raw) ?? parseBackgroundMessage(raw);
/** A page-plan request with some fields replaced (undefined: left out). */
function plan(fields: Record<string, unknown>) {
  const data: Record<string, unknown> = { host: 'a.com', title: '第一章', lines: [], around: [], ...fields };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return { type: 'pagePlan', data };
}
/** Values shaped roughly like messages, so that the checks see more than plain garbage. */
const messageLike = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom('status', 'restore', 'clean', 'pagePlan', 'tabReport', 'chapterCopy'),
      fc.anything(),
    ),
    data: fc.oneof(
      fc.constant({}),
      fc.dictionary(fc.constantFrom('id', 'host', 'title', 'lines', 'around', 'removed'), fc.anything()),
    ),
  },
  { requiredKeys: [] },
);

describe('message shape checks', () => {
  it('accept the valid messages as they are', () => {
    for (const message of VALID) expect(parse(message)).toEqual(message);
  });

  it('accept a random value only when it is exactly a valid message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), messageLike), (raw) => {
        const message = parse(raw);
        if (message !== null) expect(message).toEqual(raw);
      }),
      { numRuns: 300 },
    );
  });

  it('accept a chapter copy of any text lines within its bounds, and nothing else in the lines', () => {
    const line = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything());
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const raw = { type: 'chapterCopy', data: { lines } };
        const valid = lines.every((entry) => typeof entry === 'string');
        expect(parse(raw)).toEqual(valid ? raw : null);
      }),
      { numRuns: 200 },
    );
  });

  it('reject a valid message with one field more, at the top or in its data', () => {
    const extra = fc.tuple(fc.constantFrom(...VALID), fc.boolean(), fc.string(), fc.jsonValue());
    fc.assert(
      fc.property(extra, ([message, inData, key, value]) => {
        const { type, data } = message as { type: string; data: Record<string, unknown> };
        fc.pre(!(key in (inData ? data : { type, data })));
        const raw = inData ? { type, data: { ...data, [key]: value } } : { type, data, [key]: value };
        expect(parse(raw)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a fractional id', { type: 'restore', data: { id: 1.5 } }],
    ['an id as text', { type: 'restore', data: { id: '3' } }],
    ['an unsafe id', { type: 'restore', data: { id: 2 ** 53 } }],
    ['data that is a list', { type: 'status', data: [] }],
    ['no data', { type: 'status' }],
    ['a 256-character host', plan({ host: 'x'.repeat(256) })],
    ['lines that are text', plan({ lines: 'line' })],
    ['a line that is a number', plan({ lines: [1] })],
    ['a line of 20,001 characters', plan({ lines: ['x'.repeat(20_001)] })],
    ['20,001 lines', plan({ lines: Array<string>(20_001).fill('') })],
    ['no title', plan({ title: undefined })],
    ['a title that is a number', plan({ title: 1 })],
    [`a title of ${PLAN_LIMITS.title + 1} characters`, plan({ title: '章'.repeat(PLAN_LIMITS.title + 1) })],
    ['no texts around', plan({ around: undefined })],
    ['texts around that are text', plan({ around: '目录' })],
    ['a text around that is null', plan({ around: [null] })],
    [
      `${PLAN_LIMITS.around + 1} texts around`,
      plan({ around: Array<string>(PLAN_LIMITS.around + 1).fill('目录') }),
    ],
    [
      `a text around of ${PLAN_LIMITS.aroundLength + 1} characters`,
      plan({ around: ['字'.repeat(PLAN_LIMITS.aroundLength + 1)] }),
    ],
    ['a negative count', { type: 'tabReport', data: { removed: -1, matched: true, state: 'cleaned' } }],
    ['matched as text', { type: 'tabReport', data: { removed: 1, matched: 'yes', state: 'cleaned' } }],
    ['an unknown state', { type: 'tabReport', data: { removed: 1, matched: true, state: 'hacked' } }],
    ['copied lines that are text', { type: 'chapterCopy', data: { lines: '一' } }],
    ['a copied line that is a number', { type: 'chapterCopy', data: { lines: ['一', 2] } }],
    ['a copy without lines', { type: 'chapterCopy', data: {} }],
    ['a copy with a host of its own', { type: 'chapterCopy', data: { lines: [], host: 'a.com' } }],
    [
      `a copy of ${COPY_LIMITS.lines + 1} lines`,
      { type: 'chapterCopy', data: { lines: Array<string>(COPY_LIMITS.lines + 1).fill('一') } },
    ],
    [
      `a copy of more than ${COPY_LIMITS.characters} characters`,
      {
        type: 'chapterCopy',
        data: {
          lines: ['一'.repeat(COPY_LIMITS.characters / 2), '二'.repeat(COPY_LIMITS.characters / 2 + 1)],
        },
      },
    ],
  ])('reject a message with %s', (_name, raw) => expect(parse(raw)).toBeNull());
});

describe('isPagePlan', () => {
  const hit = { line: 0, start: 1, end: 4, rule: 'user:广告' };
  /** The shipped fingerprint as the background sends it to pages. */
  const fingerprint = toPageFingerprint(shipped);
  const words = fingerprint.bloom.words;
  /** A plan carrying that fingerprint with some fields (or filter fields) replaced. */
  function withFingerprint(fields: object, bloom: object = {}) {
    return {
      autoClean: true,
      hits: [],
      fingerprint: { ...fingerprint, ...fields, bloom: { ...fingerprint.bloom, ...bloom } },
    };
  }
  it.each([
    ['null', null],
    ['a list', []],
    ['autoClean as text', { autoClean: 'true', hits: [] }],
    ['no hits', { autoClean: true }],
    ['hits that are no list', { autoClean: true, hits: {} }],
    ['a null hit', { autoClean: true, hits: [null] }],
    ['a fractional line', { autoClean: true, hits: [{ ...hit, line: 0.5 }] }],
    ['a start as text', { autoClean: true, hits: [{ ...hit, start: '1' }] }],
    ['an infinite end', { autoClean: true, hits: [{ ...hit, end: Infinity }] }],
    ['a rule that is a number', { autoClean: true, hits: [{ ...hit, rule: 7 }] }],
    ['a hit without a rule', { autoClean: true, hits: [{ line: 0, start: 1, end: 4 }] }],
    // Spans no rule can produce; the content script reads end -1 as "all but the last character".
    ['a negative start', { autoClean: true, hits: [{ ...hit, start: -1 }] }],
    ['a negative end', { autoClean: true, hits: [{ ...hit, start: 0, end: -1 }] }],
    ['an inverted span', { autoClean: true, hits: [{ ...hit, start: 4, end: 1 }] }],
    ['a fingerprint of an unknown version', withFingerprint({ version: 2 })],
    ['a fingerprint that is text', { autoClean: true, hits: [], fingerprint: 'fp' }],
    ['a fingerprint with no probes', withFingerprint({}, { probes: 0 })],
    ['a filter of a fractional byte count', withFingerprint({}, { bits: 4001 })],
    ['a filter short of its bits by a word', withFingerprint({}, { words: words.slice(1) })],
    ['a filter with a word too many', withFingerprint({}, { words: [...words, 0] })],
    ['a filter whose words are text', withFingerprint({}, { words: words.map(String) })],
    ['a filter with a negative word', withFingerprint({}, { words: [-1, ...words.slice(1)] })],
    ['a filter with a word past 32 bits', withFingerprint({}, { words: [2 ** 32, ...words.slice(1)] })],
    ['a filter with a fractional word', withFingerprint({}, { words: [0.5, ...words.slice(1)] })],
    ['a filter with a missing word', withFingerprint({}, { words: [null, ...words.slice(1)] })],
    ['a filter whose words are an object', withFingerprint({}, { words: { ...words } })],
    [
      'a filter of more than 2^24 bits',
      withFingerprint({}, { bits: 2 ** 24 + 32, words: Array<number>(2 ** 19 + 1).fill(0) }),
    ],
    // Pages receive the words; the shipped text form would have to be decoded on every page.
    ['the fingerprint as shipped, in Z85 text', { autoClean: true, hits: [], fingerprint: shipped }],
    ['a shingle length of 0', withFingerprint({ k: 0 })],
    ['a footer key that is a number', withFingerprint({ boilerplate: [1] })],
    ['learned lines that are no list', { autoClean: true, hits: [], learned: 3 }],
    ['a learned line index of -1', { autoClean: true, hits: [], learned: [-1] }],
    ['a fractional learned index', { autoClean: true, hits: [], learned: [0.5] }],
    ['a learned index as text', { autoClean: true, hits: [], learned: ['0'] }],
    ['an unsafe index around', { autoClean: true, hits: [], learnedAround: [2 ** 53] }],
    ['texts around instead of indexes', { autoClean: true, hits: [], learnedAround: ['目录'] }],
  ])('rejects a plan with %s', (_name, raw) => expect(isPagePlan(raw)).toBe(false));

  it('accepts indexes of what recurs, even past the page’s lines (the page ignores those)', () => {
    expect(isPagePlan({ autoClean: true, hits: [], learned: [0, 2, 99_999], learnedAround: [] })).toBe(true);
  });

  it('accepts the fingerprint the extension ships, in the form the background sends it', () => {
    expect(isPagePlan({ autoClean: true, hits: [], fingerprint })).toBe(true);
    expect(isPagePlan(JSON.parse(JSON.stringify({ autoClean: true, hits: [], fingerprint })))).toBe(true);
  });

  it('accepts a well-formed plan, and random values only when well-formed', () => {
    expect(isPagePlan({ autoClean: false, hits: [hit] })).toBe(true);
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        if (!isPagePlan(raw)) return;
        expect(typeof raw.autoClean).toBe('boolean');
        expect(raw.hits.every((h) => Number.isSafeInteger(h.line) && typeof h.rule === 'string')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
