/**
 * Finds the chapter on a page with no per-site setup: the element that directly holds the most
 * Chinese text outside links, counting a paragraph's text for the paragraph's parent, the way
 * <br>-separated and <p>-separated chapters both come out as one box. Then the chapter's title.
 */
import { CHAPTER_HEADING, collapseSpace, extractChapterTitle, splitPageTitle } from '@/core/chapter-title';
import { isBlock, isSkipped } from './elements';
import { walk } from './walk';

export interface FoundChapter {
  container: Element;
  title: string;
  titleElement: Element | null;
  /** Han characters in the container outside links. */
  hanCount: number;
}

export interface FindOptions {
  /** CSS selectors tried first (per-site hints); detection works without them. */
  hintSelectors?: readonly string[];
}

/** Fewer Han characters than this is not a chapter (an illustrations page, a stub). */
const MIN_HAN = 50;

function countHanFast(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0xf900 && code <= 0xfaff)
    )
      count++;
  }
  return count;
}

/** The nearest block ancestor of a text node, or null when the text sits inside a link. */
function blockOf(node: Node, root: Element): Element | null {
  let current = node.parentElement;
  while (current && current !== root) {
    if (current.tagName === 'A') return null;
    if (isBlock(current)) return current;
    current = current.parentElement;
  }
  return current;
}

/** A block holding one paragraph credits its parent; a block holding <br>-separated lines is the box. */
function creditTarget(block: Element, root: Element): Element {
  const parent = block.parentElement;
  if (!parent || block === root || block.getElementsByTagName('br').length > 1) return block;
  return parent;
}

function scoreBlocks(root: Element): Map<Element, number> {
  const scores = new Map<Element, number>();
  const targets = new Map<Element, Element>();
  walk(root, {
    enter(node) {
      if (node.nodeType === 1) return !isSkipped(node as Element);
      if (node.nodeType !== 3) return false;
      const han = countHanFast((node as Text).data);
      if (han === 0) return false;
      const block = blockOf(node, root);
      if (!block) return false;
      let target = targets.get(block);
      if (target === undefined) targets.set(block, (target = creditTarget(block, root)));
      scores.set(target, (scores.get(target) ?? 0) + han);
      return false;
    },
  });
  return scores;
}

function bestContainer(doc: Document, options: FindOptions): [Element, number] | null {
  const body = doc.body;
  if (!body) return null;
  const scores = scoreBlocks(body);
  for (const selector of options.hintSelectors ?? []) {
    const hinted = safeQuery(doc, selector);
    if (hinted && scores.has(hinted)) return [hinted, scores.get(hinted)!];
  }
  let best: [Element, number] | null = null;
  for (const entry of scores) if (!best || entry[1] > best[1]) best = entry;
  return best;
}

function safeQuery(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

/** Picks the heading that names the chapter, preferring ones before the container. */
function findTitle(doc: Document, container: Element): { title: string; element: Element | null } {
  const rank = (element: Element) => ['H1', 'H2', 'H3'].indexOf(element.tagName) >>> 0;
  const candidates = Array.from(doc.querySelectorAll('h1,h2,h3,[id*="title" i],[class*="title" i]'))
    .filter((element) => !container.contains(element) && !element.contains(container))
    .sort((a, b) => rank(a) - rank(b));
  const headed = candidates.find((element) => CHAPTER_HEADING.test(element.textContent ?? ''));
  if (headed) return { title: extractChapterTitle(headed.textContent ?? ''), element: headed };
  const h1 = candidates.find(
    (element) => element.tagName === 'H1' && collapseSpace(element.textContent ?? ''),
  );
  if (h1) return { title: collapseSpace(h1.textContent ?? ''), element: h1 };
  const parts = splitPageTitle(doc.title ?? '');
  const fromTitle = parts.find((part) => CHAPTER_HEADING.test(part)) ?? parts[0] ?? '';
  return { title: extractChapterTitle(fromTitle), element: null };
}

/** Finds the chapter container and title, or null when the page holds no chapter text. */
export function findChapter(doc: Document, options: FindOptions = {}): FoundChapter | null {
  const best = bestContainer(doc, options);
  if (!best || best[1] < MIN_HAN) return null;
  const [container, hanCount] = best;
  const { title, element } = findTitle(doc, container);
  return { container, title, titleElement: element, hanCount };
}
