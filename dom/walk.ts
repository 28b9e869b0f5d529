/**
 * Iterative pre-order walk with index-based child access. No recursion, because pages nest deeper
 * than the call stack allows; no nextSibling chains, because some DOMs (happy-dom, the Node DOM the
 * CLI and tests use) answer nextSibling with a linear search of the parent's children.
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

/**
 * Walks the descendants of `root` (not `root` itself). `budget` caps the nodes visited; `reverse`
 * visits siblings last to first. Returns false when the budget ran out before the walk ended.
 */
export function walk(root: Node, visitor: WalkVisitor, budget = Infinity, reverse = false): boolean {
  const step = reverse ? -1 : 1;
  const frame = (parent: Node): Frame => {
    const children = parent.childNodes;
    return { parent, children, index: reverse ? children.length - 1 : 0 };
  };
  const stack: Frame[] = [frame(root)];
  let remaining = budget;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const node = top.children[top.index];
    if (!node) {
      stack.pop();
      if (top.parent !== root && top.parent.nodeType === 1) visitor.leave?.(top.parent as Element);
      continue;
    }
    top.index += step;
    if (--remaining < 0) return false;
    if (!visitor.enter(node)) continue;
    if (node.hasChildNodes()) stack.push(frame(node));
    else if (node.nodeType === 1) visitor.leave?.(node as Element);
  }
  return true;
}
