/**
 * Splits a chapter container into lines the way a reader sees them: a line ends at <br> and at every
 * block boundary. Each line keeps its text nodes with offsets, so a match on the text maps back to
 * nodes; and the block element that holds exactly that one line, when there is one (<p>, say).
 */
import { isBlockTag, isHiddenByMarkup, isSkippedTag } from './elements';
import { drain, walkSteps, type WalkVisitor } from './walk';

export interface LinePart {
  node: Text;
  /** Offset of this node's text within the line's raw text. */
  offset: number;
}

export interface Line {
  /** Raw text: the nodes' data concatenated, untrimmed. */
  raw: string;
  parts: LinePart[];
  /** The block element whose whole text is this line, if any (a <p> or <div> per paragraph). */
  element: Element | null;
  /** <br> elements that end this line. */
  breaks: Element[];
}

interface OpenBlock {
  element: Element;
  linesBefore: number;
  lineStartedInside: boolean;
}

class LineBuilder {
  lines: Line[] = [];
  #current: Line = LineBuilder.#empty();
  #open: OpenBlock[] = [];

  static #empty(): Line {
    return { raw: '', parts: [], element: null, breaks: [] };
  }

  text(node: Text): void {
    if (this.#current.parts.length === 0) for (const block of this.#open) block.lineStartedInside = true;
    this.#current.parts.push({ node, offset: this.#current.raw.length });
    this.#current.raw += node.data;
  }

  lineBreak(br: Element): void {
    if (this.#current.parts.length === 0 && this.lines.length > 0)
      this.lines[this.lines.length - 1]!.breaks.push(br);
    else this.#current.breaks.push(br);
    this.end();
  }

  enterBlock(element: Element): void {
    this.end();
    this.#open.push({ element, linesBefore: this.lines.length, lineStartedInside: false });
  }

  exitBlock(): void {
    const block = this.#open.pop()!;
    const soleLine = this.lines.length === block.linesBefore && this.#current.parts.length > 0;
    if (soleLine && block.lineStartedInside) this.#current.element = block.element;
    this.end();
  }

  end(): void {
    // Most block boundaries close no line at all: nothing to keep, nothing to allocate anew.
    if (this.#current.parts.length === 0 && this.#current.breaks.length === 0) return;
    if (this.#current.raw.trim() !== '') this.lines.push(this.#current);
    else if (this.#current.breaks.length > 0 && this.lines.length > 0)
      this.lines[this.lines.length - 1]!.breaks.push(...this.#current.breaks);
    this.#current = LineBuilder.#empty();
  }
}

/**
 * The lines of `container` in document order, in steps; hidden and non-text subtrees are left
 * out. With `last`, the lines of the run of siblings from `container` to `last` (each with its
 * subtree, not its shadow tree) instead, as they would be found in a container holding only it.
 */
export function* collectLinesSteps(container: Node, last?: Node): Generator<void, Line[]> {
  const builder = new LineBuilder();
  const visitor: Required<WalkVisitor> = {
    enter(node) {
      const type = node.nodeType;
      if (type === 3) builder.text(node as Text);
      if (type !== 1) return false;
      const element = node as Element;
      const tag = element.tagName;
      if (tag === 'BR') {
        builder.lineBreak(element);
        return false;
      }
      if (isSkippedTag(tag) || isHiddenByMarkup(element)) return false;
      if (isBlockTag(tag)) builder.enterBlock(element);
      return true;
    },
    leave(element) {
      if (isBlockTag(element.tagName)) builder.exitBlock();
    },
  };
  if (!last) yield* walkSteps(container, visitor);
  for (let node: Node | null = last ? container : null; node; node = node === last ? null : node.nextSibling)
    if (visitor.enter(node)) {
      yield* walkSteps(node, visitor);
      visitor.leave(node as Element);
    }
  builder.end();
  return builder.lines;
}

/** The lines of `container` in document order, at once. */
export function collectLines(container: Element): Line[] {
  return drain(collectLinesSteps(container));
}
