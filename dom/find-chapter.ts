/**
 * Finds the chapter on a page with no per-site setup: the element that directly holds the most
 * Chinese text outside links, counting a paragraph's text for the paragraph's parent, the way
 * <br>-separated and <p>-separated chapters both come out as one box. Then the chapter's title.
 */
import {
  collapseSpace,
  extractChapterTitle,
  hasChapterHeading,
  namesFromPageTitle,
  splitPageTitle,
} from '@/core/chapter-title';
import { scanPageSteps, type PageScan } from './page-scan';
import { drain } from './walk';

export interface FoundChapter {
  container: Element;
  title: string;
  titleElement: Element | null;
  /** Han characters in the container outside links. */
  hanCount: number;
  /** The page scan detection used; cleaning around the chapter reuses it. */
  scan: PageScan;
}

export interface FindOptions {
  /** CSS selectors tried first (per-site hints); detection works without them. */
  hintSelectors?: readonly string[];
  /** The page title, when the caller has read it already. */
  pageTitle?: string;
}

/** Fewer Han characters than this is not a chapter (an illustrations page, a stub). */
const MIN_HAN = 50;

/** A block holding one paragraph credits its parent; a block of <br>-separated lines is the box. */
function scoreContainers(scan: PageScan, body: Element): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const [block, { han }] of scan.blocks) {
    if (han === 0) continue;
    const target = block === body || scan.lineBoxes.has(block) ? block : (block.parentElement ?? block);
    scores.set(target, (scores.get(target) ?? 0) + han);
  }
  return scores;
}

function safeQuery(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

function bestContainer(
  doc: Document,
  scores: Map<Element, number>,
  options: FindOptions,
): [Element, number] | null {
  for (const selector of options.hintSelectors ?? []) {
    const hinted = safeQuery(doc, selector);
    if (hinted && scores.has(hinted)) return [hinted, scores.get(hinted)!];
  }
  let best: [Element, number] | null = null;
  for (const entry of scores) if (!best || entry[1] > best[1]) best = entry;
  return best && doc.body ? widenToChapter(best, scores, doc.body) : best;
}

/** A share of the chapter box's text that, found beside it, makes the chapter run on there. */
const RUNS_ON_SHARE = 0.2;

/**
 * A chapter can run on outside the box that holds most of it: a part wrapped in a box of its own
 * (the rest "unfolded", an ad break) leaves the rest of the text in the parent or in a sibling box.
 * When the parent itself, or the parent's other boxes, hold a fifth as much text again, the parent
 * is the chapter. Two levels at most, and never the body, which holds everything else too.
 */
function widenToChapter(
  best: [Element, number],
  scores: Map<Element, number>,
  body: Element,
): [Element, number] {
  let [container, han] = best;
  for (let level = 0; level < 2; level++) {
    const parent = container.parentElement;
    if (!parent || parent === body || parent.contains(body)) break;
    let beside = scores.get(parent) ?? 0;
    for (const child of Array.from(parent.children))
      if (child !== container) beside += scores.get(child) ?? 0;
    if (beside < Math.max(MIN_HAN, han * RUNS_ON_SHARE)) break;
    container = parent;
    han += beside;
  }
  return [container, han];
}

/** Headings inside the text box still name it when they open it (<h1> atop the text). */
function mayNameChapter(element: Element, container: Element, rank: number): boolean {
  if (element.contains(container)) return false;
  return !container.contains(element) || rank <= 2;
}

/**
 * A heading that the page title repeats, and that is not only the book's or the site's name: the
 * chapter's own name on a page whose chapters carry no number ("隆重推书！").
 */
function namesChapterInTitle(text: string, pageTitle: string): boolean {
  if (text.length < 2 || !pageTitle.includes(text)) return false;
  const { siteNames, pageNames } = namesFromPageTitle(pageTitle);
  return ![...siteNames, ...pageNames].includes(text);
}

/**
 * Picks the heading that names the chapter: h1 before h2 before h3 before title-named elements,
 * and of nested candidates the innermost (a title box also holding the author line loses to the
 * element holding the title alone).
 */
function findTitle(
  pageTitle: string,
  container: Element,
  scan: PageScan,
): { title: string; element: Element | null } {
  const candidates = scan.titles
    .filter(([element, rank]) => mayNameChapter(element, container, rank))
    .sort((a, b) => a[1] - b[1])
    .map(([element]) => element);
  const headed = candidates.filter((element) => hasChapterHeading(element.textContent ?? ''));
  const innermost = headed.find(
    (element) => !headed.some((other) => other !== element && element.contains(other)),
  );
  if (innermost) return { title: extractChapterTitle(innermost.textContent ?? ''), element: innermost };
  const named = candidates.find((element) =>
    namesChapterInTitle(collapseSpace(element.textContent ?? ''), pageTitle),
  );
  if (named) return { title: collapseSpace(named.textContent ?? ''), element: named };
  const h1 = candidates.find(
    (element) => element.tagName === 'H1' && collapseSpace(element.textContent ?? ''),
  );
  if (h1) return { title: collapseSpace(h1.textContent ?? ''), element: h1 };
  const parts = splitPageTitle(pageTitle);
  const fromTitle = parts.find((part) => hasChapterHeading(part)) ?? parts[0] ?? '';
  return { title: extractChapterTitle(fromTitle), element: null };
}

/** Finds the chapter container and title, in steps; null when the page holds no chapter text. */
export function* findChapterSteps(
  doc: Document,
  options: FindOptions = {},
): Generator<void, FoundChapter | null> {
  const body = doc.body;
  if (!body) return null;
  const scan = yield* scanPageSteps(body);
  yield;
  const best = bestContainer(doc, scoreContainers(scan, body), options);
  if (!best || best[1] < MIN_HAN) return null;
  const [container, hanCount] = best;
  yield;
  const { title, element } = findTitle(options.pageTitle ?? doc.title ?? '', container, scan);
  return { container, title, titleElement: element, hanCount, scan };
}

/** Finds the chapter container and title at once, or null when the page holds no chapter text. */
export function findChapter(doc: Document, options: FindOptions = {}): FoundChapter | null {
  return drain(findChapterSteps(doc, options));
}
