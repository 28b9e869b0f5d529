/**
 * The chapter lines that late content landed in, read from around the added nodes only. A line
 * ends at a <br> or at a block's edge, so the siblings of an added node up to the nearest such edge
 * on each side (climbing out of inline wrappers that hold none) hold its whole line: finding it
 * costs that line, not the chapter, which a long chapter would otherwise cost per late line.
 */
import { isBlockTag, isSkipped } from './elements';
import { collectRunLinesSteps, type Line } from './lines';
import { walk } from './walk';

const isElement = (node: Node): node is Element => node.nodeType === 1;
const isBreak = (node: Node): boolean => isElement(node) && node.tagName === 'BR';
const isSkippedNode = (node: Node): boolean => isElement(node) && isSkipped(node);

/** A <br>, or a block the line walk enters: the line stops where it stands. */
function isEdge(node: Node): boolean {
  if (!isElement(node)) return false;
  return node.tagName === 'BR' || (isBlockTag(node.tagName) && !isSkipped(node));
}

/** An inline element with a line edge somewhere in its visible part. */
function holdsEdge(element: Element): boolean {
  if (isSkipped(element)) return false;
  let found = false;
  walk(element, {
    enter(node) {
      if (found || !isElement(node) || isSkipped(node)) return false;
      found = isEdge(node);
      return !found;
    },
  });
  return found;
}

/** True when `node` shows no text: a line's trailing <br>s run on over such nodes. */
function showsNoText(node: Node): boolean {
  if (node.nodeType === 3) return (node as Text).data.trim() === '';
  if (!isElement(node)) return true;
  let text = false;
  walk(node, {
    enter(inner) {
      if (text) return false;
      if (inner.nodeType === 3) text = (inner as Text).data.trim() !== '';
      return isElement(inner) && !isSkipped(inner);
    },
  });
  return !text;
}

/** Where the line holding `from` starts among its siblings, and whether that is a real edge. */
function scanBack(from: Node): [Node, boolean] {
  let at = from;
  for (let previous = at.previousSibling; previous; previous = previous.previousSibling) {
    if (isEdge(previous)) return [at, true];
    // The line starts inside it, after its last edge: reading it whole reads that start too.
    if (isElement(previous) && holdsEdge(previous)) return [previous, true];
    at = previous;
  }
  return [at, false];
}

/** Where the line holding `from` ends among its siblings (its trailing <br>s included). */
function scanForward(from: Node): [Node, boolean] {
  let at = from;
  for (let next = at.nextSibling; next; next = next.nextSibling) {
    if (isBreak(next)) {
      at = next;
      while (at.nextSibling && (isSkippedNode(at.nextSibling) || showsNoText(at.nextSibling)))
        at = at.nextSibling;
      return [at, true];
    }
    if (isEdge(next)) return [at, true];
    if (isElement(next) && holdsEdge(next)) return [next, true];
    at = next;
  }
  return [at, false];
}

/** True when `node` is inside a subtree the line walk leaves out (script, style, hidden). */
function isInSkipped(node: Node, container: Element): boolean {
  for (let up: Node | null = node; up && up !== container; up = up.parentNode)
    if (isElement(up) && isSkipped(up)) return true;
  return false;
}

/** True when some sibling before `first` or after `last` shows text. */
function textOutside(first: Node, last: Node): boolean {
  const shows = (node: Node) => !isSkippedNode(node) && !showsNoText(node);
  for (let node = first.previousSibling; node; node = node.previousSibling) if (shows(node)) return true;
  for (let node = last.nextSibling; node; node = node.nextSibling) if (shows(node)) return true;
  return false;
}

interface Run {
  first: Node;
  last: Node;
  /** A block (not the container) holding nothing but this run: its line may be the block's own. */
  block: Element | null;
}

/** The run of siblings whose lines include every line holding `node`, or null when it holds none. */
function runAround(node: Node, container: Element): Run | null {
  if (isBreak(node) || isInSkipped(node, container)) return null;
  let first = node;
  let last = node;
  let startFound = isEdge(node);
  let endFound = startFound;
  for (;;) {
    if (!startFound) [first, startFound] = scanBack(first);
    if (!endFound) [last, endFound] = scanForward(last);
    const parent = first.parentNode!;
    if ((startFound && endFound) || parent === container) return { first, last, block: null };
    if (isElement(parent) && isBlockTag(parent.tagName))
      return { first, last, block: textOutside(first, last) ? null : parent };
    // An inline wrapper: the line goes on around it.
    first = last = parent;
    startFound = endFound = false;
  }
}

/** True when some text of `line` is `node` or inside it. */
function holds(line: Line, node: Node): boolean {
  return line.parts.some((part) => part.node === node || node.contains(part.node));
}

/** The lines of `container` that hold some of `added`, in document order, read around them only. */
export function* linesHoldingSteps(container: Element, added: readonly Node[]): Generator<void, Line[]> {
  const found = new Map<Text, Line>();
  for (const node of added) {
    const run = runAround(node, container);
    if (!run) continue;
    let lines = yield* collectRunLinesSteps(run.first, run.last);
    // A block's only line is the block's own (line.element), as a reading of the whole box finds it.
    if (run.block && lines.length === 1) lines = yield* collectRunLinesSteps(run.block, run.block);
    for (const line of lines) if (holds(line, node)) found.set(line.parts[0]!.node, line);
    yield;
  }
  return [...found.values()].sort((a, b) =>
    a.parts[0]!.node.compareDocumentPosition(b.parts[0]!.node) & 4 ? -1 : 1,
  );
}
