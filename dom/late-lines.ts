/**
 * The chapter lines that late content landed in, read from around the added nodes only. A line
 * ends at a <br> or at a block's edge: an added node inside a block of the chapter (a paragraph)
 * has its lines in that block, and one among the <br>-separated lines of the chapter box has its
 * line between the nearest edges among its siblings. Finding it costs that paragraph or line, not
 * the chapter, which a long chapter would otherwise cost per late line. (A late line inside a
 * block holding many <br>-separated lines costs that block.)
 */
import { isBlockTag, isSkipped } from './elements';
import { collectLinesSteps, type Line } from './lines';

const isBreak = (node: Node): boolean => (node as Element).tagName === 'BR';

/** A <br>, or a block the line walk enters: the line stops where it stands. */
function isEdge(node: Node): boolean {
  // Text and comments have no tag name: neither test holds for them.
  return isBreak(node) || (isBlockTag((node as Element).tagName) && !isSkipped(node as Element));
}

/** Blank to the line walk, after a line's <br>: blank text, another <br>. */
function isTrailing(node: Node): boolean {
  return isBreak(node) || (node.nodeType === 3 && (node as Text).data.trim() === '');
}

/**
 * The siblings, first to last, whose lines hold every line holding `node` (null when it holds
 * none): the nearest block around it (a paragraph), or else the run between the nearest edges
 * among the chapter box's children (an inline element with a <br> inside is read whole, and the
 * run goes on past it).
 */
function runAround(node: Node, container: Element): [Node, Node] | null {
  let top = node;
  let block: Node | null = null;
  for (let up = node.parentNode!; up !== container; up = up.parentNode!) {
    if (isSkipped(up as Element)) return null;
    block ??= isBlockTag((up as Element).tagName) ? up : null;
    top = up;
  }
  if (block) return [block, block];
  if (isEdge(top)) return isBreak(top) ? null : [top, top];
  let first = top;
  while (first.previousSibling && !isEdge(first.previousSibling)) first = first.previousSibling;
  let last = top;
  while (last.nextSibling && !isEdge(last.nextSibling)) last = last.nextSibling;
  // The line's own <br>, and the <br>s and blank nodes after it.
  if (last.nextSibling && isBreak(last.nextSibling))
    while (last.nextSibling && isTrailing(last.nextSibling)) last = last.nextSibling;
  return [first, last];
}

/** The lines of `container` that hold some of `added` (nodes inside it, in their order), read around them only. */
export function* linesHoldingSteps(container: Element, added: readonly Node[]): Generator<void, Line[]> {
  const found = new Map<Text, Line>();
  for (const node of added) {
    const run = runAround(node, container);
    if (!run) continue;
    for (const line of yield* collectLinesSteps(...run))
      if (line.parts.some((part) => node.contains(part.node))) found.set(line.parts[0]!.node, line);
    yield;
  }
  return [...found.values()];
}
