/**
 * Turns a line verdict into the nodes to take out: a whole paragraph element when the line is one,
 * otherwise its text nodes lifted to the largest inline wrappers that hold nothing else; for a cut,
 * the text nodes are split so that exactly the junk span is isolated.
 */
import { holdsNonText, isBlock } from './elements';
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
      if (holdsNonText(parent)) break;
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
  if (element && element !== container && !holdsNonText(element)) return [element, ...line.breaks];
  return [
    ...lift(
      line.parts.map((part) => part.node),
      element ?? container,
    ),
    ...line.breaks,
  ];
}

/**
 * Splits text nodes so that every span of the line's raw text ([start, end), in order) is whole
 * nodes; returns those nodes and the split chains (each chain was one node before).
 */
export function isolateSpans(
  line: Line,
  spans: ReadonlyArray<readonly [number, number]>,
): { nodes: Text[]; chains: Text[][] } {
  const nodes: Text[] = [];
  const chains: Text[][] = [];
  for (const { node, offset } of line.parts) {
    const length = node.data.length;
    const local = spans
      .map(
        ([start, end]) =>
          [Math.max(start, offset) - offset, Math.min(end, offset + length) - offset] as const,
      )
      .filter(([from, to]) => from < to);
    if (local.length === 0) continue;
    // Split at every boundary, last first, so earlier offsets stay valid on the head node.
    const points = [...new Set(local.flatMap(([from, to]) => [from, to]))]
      .filter((p) => p > 0 && p < length)
      .sort((a, b) => b - a);
    const pieces: Text[] = [node];
    for (const point of points) pieces.splice(1, 0, node.splitText(point));
    // `pieces` is now in document order; a piece starting inside a span is removed.
    let at = 0;
    for (const piece of pieces) {
      if (local.some(([from, to]) => at >= from && at < to)) nodes.push(piece);
      at += piece.data.length;
    }
    if (pieces.length > 1) chains.push(pieces);
  }
  return { nodes, chains };
}

/** Nodes that remove the spans of a line, after isolating them. */
export function nodesForSpans(
  line: Line,
  spans: ReadonlyArray<readonly [number, number]>,
  container: Element,
) {
  const { nodes, chains } = isolateSpans(line, spans);
  return { nodes: lift(nodes, line.element ?? container), chains };
}
