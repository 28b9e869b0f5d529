/**
 * One walk over a page (or an added subtree) that gathers everything detection and cleaning need:
 * Chinese text per block and where it counts, headings, links with their text, structural ad
 * candidates and each block's own text. Walking once matters: in slow DOMs every node visit costs
 * about a microsecond, and the content script runs on every chapter a reader opens.
 */
import type { ElementRuleId } from '@/core/rule-ids';
import { adSignalOf, readMarkup, type Markup } from './ad-signals';
import { isBlockTag, isSkippedTag } from './elements';
import { countReadingChars } from '@/core/text/han';
import { drain, walkSteps } from './walk';

export interface BlockText {
  /** The block's own text (not that of nested blocks), raw. */
  text: string;
  /** Characters of `text` inside links, and how many links. */
  linkChars: number;
  links: number;
  /** True when another block sits inside this one. */
  hasBlockChild: boolean;
  /** Han characters (and private-use stand-ins for them) outside links: the basis of chapter scoring. */
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
  ads: Array<{ element: Element; rule: ElementRuleId }>;
  /** Elements holding at least two <br> (a block of <br>-separated lines). */
  lineBoxes: Set<Element>;
}

const HEADING_RANK: Record<string, number> = { H1: 0, H2: 1, H3: 2 };

/** A block being scanned, with its text record and the <br>s met directly in it so far. */
interface OpenBlock {
  element: Element;
  block: BlockText;
  breaks: number;
}

class Scanner {
  readonly scan: PageScan = { blocks: new Map(), links: [], titles: [], ads: [], lineBoxes: new Set() };
  private blockStack: OpenBlock[] = [];
  private current: OpenBlock;
  private linkStack: LinkText[] = [];

  constructor(root: Element) {
    this.current = this.openBlock(root);
  }

  private openBlock(element: Element): OpenBlock {
    let block = this.scan.blocks.get(element);
    if (!block)
      this.scan.blocks.set(
        element,
        (block = { text: '', linkChars: 0, links: 0, hasBlockChild: false, han: 0 }),
      );
    const open = { element, block, breaks: 0 };
    this.blockStack.push(open);
    return open;
  }

  enter(node: Node): boolean {
    const type = node.nodeType;
    if (type === 3) {
      this.text((node as Text).data);
      return false;
    }
    if (type !== 1) return false;
    const element = node as Element;
    // Each DOM read costs in slow DOMs: the tag is read once, and a <br> (hundreds in a chapter box)
    // needs nothing else.
    const tag = element.tagName;
    if (tag === 'BR') {
      if (++this.current.breaks === 2) this.scan.lineBoxes.add(this.current.element);
      return false;
    }
    const markup = readMarkup(element);
    const ad = adSignalOf(element, tag, markup);
    if (ad) this.scan.ads.push({ element, rule: ad });
    if (isSkippedTag(tag) || markup.hidden) {
      if (tag === 'BUTTON') this.scan.links.push({ element, text: element.textContent ?? '' });
      return false;
    }
    this.open(element, tag, markup);
    return true;
  }

  private open(element: Element, tag: string, markup: Markup): void {
    const rank = HEADING_RANK[tag] ?? (/title/i.test(markup.names) ? 3 : undefined);
    if (rank !== undefined) this.scan.titles.push([element, rank]);
    if (tag === 'A') {
      const link = { element, text: '' };
      this.scan.links.push(link);
      this.linkStack.push(link);
      this.current.block.links++;
    } else if (isBlockTag(tag)) {
      this.current.block.hasBlockChild = true;
      this.current = this.openBlock(element);
    }
  }

  leave(element: Element): void {
    if (this.current.element === element && this.blockStack.length > 1) {
      this.blockStack.pop();
      this.current = this.blockStack[this.blockStack.length - 1]!;
    } else if (this.linkStack[this.linkStack.length - 1]?.element === element) this.linkStack.pop();
  }

  private text(data: string): void {
    const block = this.current.block;
    block.text += data;
    if (this.linkStack.length > 0) {
      for (const link of this.linkStack) link.text += data;
      block.linkChars += data.length;
    } else block.han += countReadingChars(data);
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
