/**
 * Turns a line verdict into the nodes to take out: a whole paragraph element when the line is one,
 * otherwise its text nodes lifted to the largest inline wrappers that hold nothing else; for a cut,
 * the text nodes are split so that exactly the junk span is isolated.
 */
import { NON_TEXT_CONTENT, isBlock } from './elements';
import type { Line } from './lines';
import { walk } from './walk';

function textNodesUnder(element: Element): Text[] {
  const nodes: Text[] = [];
  walk(element, {
    enter(node) {
      if (node.nodeType === 3) nodes.push(node as Text);
      return node.nodeType === 1;
    },
  });
  return nodes;
}

/** Replaces text nodes by their highest inline ancestor whose text nodes are all in `chosen`. */
function lift(chosen: Text[], stopAt: Element): Node[] {
  const set = new Set<Node>(chosen);
  const result = new Set<Node>();
  for (const text of chosen) {
    let top: Node = text;
    for (
      let parent = text.parentElement;
      parent && parent !== stopAt && !isBlock(parent);
      parent = parent.parentElement
    ) {
      if (parent.querySelector(NON_TEXT_CONTENT)) break;
      const inner = textNodesUnder(parent);
      if (!inner.every((node) => set.has(node) || node.data.trim() === '')) break;
      top = parent;
    }
    result.add(top);
  }
  // A lifted ancestor makes its own descendants redundant.
  return [...result].filter((node) => ![...result].some((other) => other !== node && other.contains(node)));
}

/** Nodes that remove the whole line, its trailing <br>s included. */
export function nodesForWholeLine(line: Line, container: Element): Node[] {
  const element = line.element;
  if (element && element !== container && !element.querySelector(NON_TEXT_CONTENT))
    return [element, ...line.breaks];
  return [
    ...lift(
      line.parts.map((part) => part.node),
      element ?? container,
    ),
    ...line.breaks,
  ];
}

/** Splits text nodes so that [start, end) of the line's raw text is whole nodes; returns them and the split chains. */
export function isolateSpan(line: Line, start: number, end: number): { nodes: Text[]; chains: Text[][] } {
  const nodes: Text[] = [];
  const chains: Text[][] = [];
  for (const { node, offset } of line.parts) {
    const from = Math.max(start, offset) - offset;
    const to = Math.min(end, offset + node.data.length) - offset;
    if (from >= to) continue;
    const chain: Text[] = [node];
    let piece = node;
    if (from > 0) chain.push((piece = piece.splitText(from)));
    if (to - from < piece.data.length) chain.push(piece.splitText(to - from));
    nodes.push(piece);
    if (chain.length > 1) chains.push(chain);
  }
  return { nodes, chains };
}

/** Nodes that remove [start, end) of a line, after isolating the span. */
export function nodesForSpan(line: Line, start: number, end: number, container: Element) {
  const { nodes, chains } = isolateSpan(line, start, end);
  return { nodes: lift(nodes, line.element ?? container), chains };
}
