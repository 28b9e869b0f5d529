/**
 * Late content on random chapter pages: after the first clean, the page adds ads and story-free
 * filler as new lines of the chapter, glued to the end of story lines and as elements around the
 * box. `cleanAdded` must take the late ads out without costing a story line, and undo must give back
 * exactly the page as the site built it. The second half drives the real LateContentWatcher.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { compactText } from '@/core/normalize';
import { PageCleaner } from '@/dom/clean-page';
import { drain } from '@/dom/walk';
import { DEFAULT_BUDGET, LateContentWatcher } from '@/dom/late-content';
import { collectLines } from '@/dom/lines';
import {
  AD_ELEMENTS,
  GLUED_SPAM,
  SPAM_LINES,
  chapterHtml,
  storyParagraph,
  type ChapterModel,
} from '../helpers/chapter-arbitraries';
import { loadPage } from '../helpers/load-page';

type Place = 'line' | 'glued' | 'around';
interface Insertion {
  place: Place;
  /** Late story is a chapter loaded in parts: it must stay, like the story loaded first. */
  kind: 'ad' | 'filler' | 'story';
  /** Story line (line, glued) or spot around the box (around); taken modulo what exists. */
  at: number;
  pick: number;
  story?: string;
}

const FILLER: Readonly<Record<Place, readonly string[]>> = {
  line: ['\u3000\u3000', '<span class="clear"></span>', '<img src="/dot.gif" alt="">', '<!-- slot -->'],
  glued: ['<span></span>', '<!-- x -->', '<b></b>', '<wbr>', ' ', '&nbsp;', '\u3000'],
  around: ['<div class="clear"></div>', '<script>var late = 1;</script>', '<span> </span>', '<hr>'],
};
const ADS: Readonly<Record<Place, readonly string[]>> = {
  line: SPAM_LINES,
  glued: GLUED_SPAM,
  around: AD_ELEMENTS,
};

/** Long paragraphs, so that a few ads stay under the cleaner's 25% safety cap. */
const longParagraph = fc.array(storyParagraph, { minLength: 2, maxLength: 4 }).map((parts) => parts.join(''));
const page = fc.record({
  shape: fc.constantFrom<'br' | 'p'>('br', 'p'),
  story: fc.array(longParagraph, { minLength: 8, maxLength: 14 }),
  lineAds: fc.array(fc.record({ at: fc.nat(14), text: fc.constantFrom(...SPAM_LINES) }), { maxLength: 2 }),
  glued: fc.array(fc.record({ at: fc.nat(13), text: fc.constantFrom(...GLUED_SPAM) }), { maxLength: 1 }),
  around: fc.array(fc.record({ before: fc.boolean(), html: fc.constantFrom(...AD_ELEMENTS) }), {
    maxLength: 3,
  }),
  nav: fc.boolean(),
});
const insertion: fc.Arbitrary<Insertion> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      place: fc.constantFrom<Place>('line', 'glued', 'around'),
      kind: fc.constantFrom<'ad' | 'filler'>('ad', 'filler'),
      at: fc.nat(30),
      pick: fc.nat(20),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      place: fc.constant<Place>('line'),
      kind: fc.constant<'story'>('story'),
      at: fc.nat(30),
      pick: fc.constant(0),
      story: longParagraph,
    }),
  },
);
const scenario = fc.record({
  model: page,
  late: fc.array(insertion, { minLength: 1, maxLength: 8 }),
  /** Where the added nodes are cut into two cleanAdded calls (as two watcher batches would). */
  cut: fc.nat(40),
});

interface Anchors {
  /** Around the box: before and after it, first and last in its wrapper and in the body. */
  spots: Array<(nodes: Node[]) => void>;
  /** Per story paragraph: put nodes before its line, and at the end of its line. */
  before: Array<(nodes: Node[]) => void>;
  end: Array<(nodes: Node[]) => void>;
}

/** Places to insert at, found on the page before any cleaning, so two copies of it agree. */
function anchorsOf(doc: Document, model: ChapterModel): Anchors {
  const box = doc.querySelector('#content, .content')!;
  const wrap = box.parentElement!;
  const lines = collectLines(box);
  const before: Anchors['before'] = [];
  const end: Anchors['end'] = [];
  let from = 0;
  for (const paragraph of model.story) {
    const index = lines.findIndex((line, i) => i >= from && line.raw.includes(paragraph));
    const line = lines[index]!;
    from = index + 1;
    const first = line.element ?? line.parts[0]!.node;
    const close = line.breaks[0];
    before.push((nodes) => first.before(...nodes));
    end.push((nodes) => (close ? close.before(...nodes) : line.element!.append(...nodes)));
  }
  before.push((nodes) => box.append(...nodes));
  const spots = [
    (nodes: Node[]) => box.before(...nodes),
    (nodes: Node[]) => box.after(...nodes),
    (nodes: Node[]) => wrap.prepend(...nodes),
    (nodes: Node[]) => wrap.append(...nodes),
    (nodes: Node[]) => doc.body.prepend(...nodes),
    (nodes: Node[]) => doc.body.append(...nodes),
  ];
  return { spots, before, end };
}

function parse(doc: Document, html: string): Node[] {
  return [...doc.createRange().createContextualFragment(html).childNodes];
}

/** Inserts one late piece; returns the nodes added (what a MutationObserver would report). */
function insert(doc: Document, anchors: Anchors, shape: 'br' | 'p', late: Insertion): Node[] {
  const pool = (late.kind === 'ad' ? ADS : FILLER)[late.place];
  const content = late.story ?? pool[late.pick % pool.length]!;
  const isText = late.kind !== 'filler' && late.place !== 'around';
  const inner = (): Node[] => (isText ? [doc.createTextNode(content)] : parse(doc, content));
  let nodes: Node[];
  if (late.place === 'around') {
    nodes = inner();
    anchors.spots[late.at % anchors.spots.length]!(nodes);
  } else if (late.place === 'glued') {
    nodes = inner();
    anchors.end[late.at % anchors.end.length]!(nodes);
  } else {
    const p = doc.createElement('p');
    if (shape === 'p') p.append(...inner());
    nodes = shape === 'p' ? [p] : [...inner(), doc.createElement('br')];
    anchors.before[late.at % anchors.before.length]!(nodes);
  }
  return nodes;
}

/** Text of a late ad still on the page: its connected, non-empty text nodes. */
function leftOf(node: Node): string {
  if (!node.isConnected) return '';
  if (node.nodeType === 3) return compactText((node as Text).data);
  const kept = [...(node as Element).querySelectorAll('iframe, ins, img, script')].length;
  return `${compactText(node.textContent ?? '')}${kept > 0 ? `[${kept} ad elements]` : ''}`;
}

describe('late insertions after the first clean', () => {
  it('cleanAdded removes late ads, keeps every story line and undoes exactly', () => {
    let cleanedLate = 0;
    fc.assert(
      fc.property(scenario, ({ model, late, cut }) => {
        const html = chapterHtml(model);
        const reference = loadPage(html);
        const live = loadPage(html);
        try {
          const refAnchors = anchorsOf(reference.document, model);
          late.forEach((piece) => insert(reference.document, refAnchors, model.shape, piece));
          const asBuilt = reference.document.body.outerHTML;

          const doc = live.document;
          const anchors = anchorsOf(doc, model);
          const cleaner = new PageCleaner(doc);
          expect(cleaner.clean().isChapter).toBe(true);
          const added = late.map((piece) => insert(doc, anchors, model.shape, piece));
          const afterInsertions = doc.body.outerHTML;
          const flat = added.flat();
          const split = cut % (flat.length + 1);
          const removed = [
            ...drain(cleaner.cleanAddedSteps(flat.slice(0, split))),
            ...drain(cleaner.cleanAddedSteps(flat.slice(split))),
          ];

          const left = compactText(cleaner.paragraphs().join(''));
          const story = [...model.story, ...late.flatMap((piece) => piece.story ?? [])];
          expect(story.filter((paragraph) => !left.includes(compactText(paragraph)))).toEqual([]);
          const report = cleaner.report();
          const capped =
            report.safetyStop || report.flags.some(({ reason }) => reason.code === 'flag.lateSafety');
          if (!capped) {
            cleanedLate++;
            const ads = added.filter((_, i) => late[i]!.kind === 'ad');
            expect(
              ads
                .flat()
                .map(leftOf)
                .filter((text) => text !== ''),
            ).toEqual([]);
          }
          for (const { id } of [...removed].reverse())
            expect(cleaner.restore(id), `restore(${id})`).toBe(true);
          expect(doc.body.outerHTML).toBe(afterInsertions);
          cleaner.restoreAll();
          expect(doc.body.outerHTML).toBe(asBuilt);
        } finally {
          reference.close();
          live.close();
        }
      }),
      { numRuns: 80 },
    );
    // Most pages stay under the safety cap, so the "late ads are gone" branch is what was tested.
    expect(cleanedLate).toBeGreaterThan(60);
  });
});

describe('LateContentWatcher under a burst', () => {
  const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('handles 1,000 insertions in several batches of at most 400, never seeing its own changes', async () => {
    const { document: doc, close } = loadPage('<html><body><div id="box"></div></body></html>');
    const box = doc.getElementById('box')!;
    const batches: Node[][] = [];
    const ours: Node[] = [];
    const mark = () => {
      const node = doc.createElement('i');
      ours.push(node);
      return node;
    };
    const watcher = new LateContentWatcher(doc.body, {
      // Each batch changes the page the way the cleaner does: removes a node, adds one.
      handle: async (added) => {
        batches.push(added);
        added[0]!.parentNode!.replaceChild(mark(), added[0]!);
        return 0;
      },
    });
    watcher.start();
    const inserted: Node[] = [];
    for (let i = 0; i < 1000; i++) {
      const node = i % 3 === 0 ? doc.createTextNode(`广告${i}`) : doc.createElement('span');
      inserted.push(node);
      box.append(node);
    }
    try {
      // Our own change while the burst waits for its batches (in a later task: see the next test).
      await settle(0);
      watcher.quietly(() => box.append(mark(), mark()));
      await vi.waitFor(() => expect(batches.flat()).toHaveLength(1000), { timeout: 3000, interval: 20 });
      await settle(DEFAULT_BUDGET.delayMs * 4);
      expect(batches.length).toBeGreaterThanOrEqual(3);
      expect(batches.every((batch) => batch.length <= DEFAULT_BUDGET.maxNodesPerBatch)).toBe(true);
      const handled = new Set(batches.flat());
      expect(handled.size).toBe(1000);
      expect(inserted.every((node) => handled.has(node))).toBe(true);
      expect(ours.filter((node) => handled.has(node))).toEqual([]);
    } finally {
      watcher.stop();
      close();
    }
  });

  // `quietly` ends with takeRecords(), which also throws away records the page queued before our
  // change and that the observer had not been handed yet: a page change made in the same task
  // (from a synchronous event our change fires, say) is then never cleaned.
  it('still hands over a page change made just before a quiet change of ours', async () => {
    const { document: doc, close } = loadPage('<html><body><div id="box"></div></body></html>');
    const box = doc.getElementById('box')!;
    const handled: Node[] = [];
    const watcher = new LateContentWatcher(doc.body, {
      handle: async (added) => {
        handled.push(...added);
        return 0;
      },
    });
    watcher.start();
    const ad = doc.createElement('ins');
    box.append(ad); // the page's change: its record waits for the observer's microtask
    watcher.quietly(() => box.append(doc.createElement('i'))); // ours, in the same task
    try {
      await settle(DEFAULT_BUDGET.delayMs * 3);
      expect(handled).toEqual([ad]);
    } finally {
      watcher.stop();
      close();
    }
  });
});

describe('LateContentWatcher with batches handled in slices', () => {
  const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('hands over the next batch only once the last one is done, and never its own slices', async () => {
    const { document: doc, close } = loadPage('<html><body><div id="box"></div></body></html>');
    const box = doc.getElementById('box')!;
    const batches: Node[][] = [];
    let finish: (ms: number) => void = () => undefined;
    const watcher = new LateContentWatcher(doc.body, {
      handle: (added) => {
        batches.push(added);
        return new Promise<number>((resolve) => (finish = resolve));
      },
    });
    watcher.start();
    try {
      box.append(doc.createElement('ins'));
      await vi.waitFor(() => expect(batches).toHaveLength(1), { timeout: 2000, interval: 10 });
      // The page adds more while the batch is still being handled, and a slice of ours changes the page.
      const late = doc.createElement('ins');
      box.append(late);
      await settle(0);
      watcher.quietly(() => box.append(doc.createElement('i')));
      await settle(DEFAULT_BUDGET.delayMs * 3);
      expect(batches).toHaveLength(1);
      finish(5);
      await vi.waitFor(() => expect(batches).toHaveLength(2), { timeout: 2000, interval: 10 });
      expect(batches[1]).toEqual([late]);
    } finally {
      watcher.stop();
      close();
    }
  });
});
