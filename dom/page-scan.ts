/**
 * One walk over a page (or an added subtree) that gathers everything detection and cleaning need:
 * Chinese text per block and where it counts, headings, links with their text, structural ad
 * candidates and each block's own text. Walking once matters: in slow DOMs every node visit costs
 * about a microsecond, and the content script runs on every chapter a reader opens.
 */
import { adSignalOf, readMarkup, type Markup } from './ad-signals';
import { isBlock, isSkippedTag } from './elements';
import { countHan } from '@/core/normalize';
import { drain, walkSteps } from './walk';

export interface BlockText {
  /** The block's own text (not that of nested blocks), raw. */
  text: string;
  /** Characters of `text` inside links, and how many links. */
  linkChars: number;
  links: number;
  /** True when another block sits inside this one. */
  hasBlockChild: boolean;
  /** Han characters outside links: the basis of chapter scoring. */
  han: number;
}

export interface LinkText {
  element: Element;
  text: string;
}

export interface PageScan {
  blocks: Map<Element, BlockText>;
  links: LinkText[];
  /** Headings and title-named elements with a rank (h1 0, h2 1, h3 2, others 3), in document order. */
  titles: Array<[Element, number]>;
  /** Elements that are ads by structure, in document order, with the rule that says so. */
  ads: Array<{ element: Element; rule: string }>;
  /** Elements holding at least two <br> (a block of <br>-separated lines). */
  lineBoxes: Set<Element>;
}

const HEADING_RANK: Record<string, number> = { H1: 0, H2: 1, H3: 2 };

class Scanner {
  readonly scan: PageScan = { blocks: new Map(), links: [], titles: [], ads: [], lineBoxes: new Set() };
  private blockStack: Element[] = [];
  private linkStack: LinkText[] = [];
  private brCounts = new Map<Element, number>();

  constructor(root: Element) {
    this.blockStack.push(root);
    this.blockOf(root);
  }

  private blockOf(element: Element): BlockText {
    let block = this.scan.blocks.get(element);
    if (!block)
      this.scan.blocks.set(
        element,
        (block = { text: '', linkChars: 0, links: 0, hasBlockChild: false, han: 0 }),
      );
    return block;
  }

  enter(node: Node): boolean {
    if (node.nodeType === 3) {
      this.text((node as Text).data);
      return false;
    }
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    const markup = readMarkup(element);
    const ad = adSignalOf(element, markup);
    if (ad) this.scan.ads.push({ element, rule: ad });
    if (isSkippedTag(element.tagName) || markup.hidden) {
      if (element.tagName === 'BUTTON') this.scan.links.push({ element, text: element.textContent ?? '' });
      return false;
    }
    this.open(element, markup);
    return true;
  }

  private open(element: Element, markup: Markup): void {
    const tag = element.tagName;
    const rank = HEADING_RANK[tag] ?? (/title/i.test(markup.names) ? 3 : undefined);
    if (rank !== undefined) this.scan.titles.push([element, rank]);
    if (tag === 'BR') this.countBreak();
    if (tag === 'A') {
      const link = { element, text: '' };
      this.scan.links.push(link);
      this.linkStack.push(link);
      this.blockOf(this.currentBlock()).links++;
    } else if (isBlock(element)) {
      this.blockOf(this.currentBlock()).hasBlockChild = true;
      this.blockStack.push(element);
      this.blockOf(element);
    }
  }

  leave(element: Element): void {
    if (element.tagName === 'A' && this.linkStack[this.linkStack.length - 1]?.element === element)
      this.linkStack.pop();
    else if (this.blockStack[this.blockStack.length - 1] === element) this.blockStack.pop();
  }

  private currentBlock(): Element {
    return this.blockStack[this.blockStack.length - 1]!;
  }

  private text(data: string): void {
    const block = this.blockOf(this.currentBlock());
    block.text += data;
    if (this.linkStack.length > 0) {
      for (const link of this.linkStack) link.text += data;
      block.linkChars += data.length;
    } else block.han += countHan(data);
  }

  private countBreak(): void {
    for (let i = this.blockStack.length - 1; i >= 0; i--) {
      const box = this.blockStack[i]!;
      const count = (this.brCounts.get(box) ?? 0) + 1;
      this.brCounts.set(box, count);
      if (count >= 2) this.scan.lineBoxes.add(box);
      return;
    }
  }
}

/** Scans the descendants of `root` (and `root` itself when `includeRoot`), in steps. */
export function* scanPageSteps(root: Element, includeRoot = false): Generator<void, PageScan> {
  const parent = includeRoot ? root.parentElement : null;
  const scanner = new Scanner(parent ?? root);
  const visitor = {
    enter: (node: Node) => scanner.enter(node),
    leave: (element: Element) => scanner.leave(element),
  };
  if (!parent) yield* walkSteps(root, visitor);
  else if (scanner.enter(root)) {
    yield* walkSteps(root, visitor);
    scanner.leave(root);
  }
  return scanner.scan;
}

/** Scans the descendants of `root` (and `root` itself when `includeRoot`), at once. */
export function scanPage(root: Element, includeRoot = false): PageScan {
  return drain(scanPageSteps(root, includeRoot));
}
