/**
 * Iterative pre-order walk with index-based child access. No recursion, because pages nest deeper
 * than the call stack allows; no nextSibling chains, because some DOMs (happy-dom, the Node DOM the
 * CLI and tests use) answer nextSibling with a linear search of the parent's children.
 *
 * Long walks come as steps (`walkSteps`): a generator that pauses every few thousand nodes, so that
 * the content script can spread a 200,000-node page over several short tasks (see slices.ts).
 */

export interface WalkVisitor {
  /** Called for each node in document order; return true to walk into its children. */
  enter(node: Node): boolean;
  /** Called once an element entered with `true` has had all its children walked (or has none). */
  leave?(element: Element): void;
}

interface Frame {
  parent: Node;
  children: NodeListOf<ChildNode>;
  index: number;
}

/** Nodes visited between pauses of a stepped walk. */
export const NODES_PER_STEP = 3000;

/**
 * Walks the descendants of `root` (not `root` itself), pausing every NODES_PER_STEP nodes.
 * `budget` caps the nodes visited; `reverse` visits siblings last to first. Returns false when the
 * budget ran out before the walk ended.
 */
export function* walkSteps(
  root: Node,
  visitor: WalkVisitor,
  budget = Infinity,
  reverse = false,
): Generator<void, boolean> {
  const step = reverse ? -1 : 1;
  const frame = (parent: Node): Frame => {
    const children = parent.childNodes;
    return { parent, children, index: reverse ? children.length - 1 : 0 };
  };
  const stack: Frame[] = [frame(root)];
  let visited = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const node = top.children[top.index];
    if (!node) {
      stack.pop();
      if (top.parent !== root && top.parent.nodeType === 1) visitor.leave?.(top.parent as Element);
      continue;
    }
    top.index += step;
    if (++visited > budget) return false;
    if (visited % NODES_PER_STEP === 0) yield;
    if (!visitor.enter(node)) continue;
    // An open shadow root renders in place of (and around the slots for) the light children: both
    // are walked, the shadow tree first, so a chapter inside a web component is found too.
    const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (node.hasChildNodes() || shadow) stack.push(frame(node));
    else if (node.nodeType === 1) visitor.leave?.(node as Element);
    if (shadow?.hasChildNodes()) stack.push(frame(shadow));
  }
  return true;
}

/** Runs steps to the end at once and returns their result. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The walk of walkSteps, all at once. */
export function walk(root: Node, visitor: WalkVisitor, budget = Infinity, reverse = false): boolean {
  return drain(walkSteps(root, visitor, budget, reverse));
}
