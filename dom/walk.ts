/**
 * Iterative pre-order walk. No recursion, because pages nest deeper than the call stack allows; no
 * long nextSibling chains, because some DOMs (happy-dom, the Node DOM the CLI and tests use) answer
 * nextSibling with a linear search of the parent's children. A forward walk reaches an element's
 * first few children by nextSibling and the rest through the child list's iterator: building a
 * NodeList (a proxy in happy-dom) for every element would cost more than the short chains, and
 * reading a long list through its iterator costs one call, not one proxied read per child.
 *
 * Long walks come as steps (`walkSteps`): the walk pauses every few thousand nodes, so that the
 * content script can spread a 200,000-node page over several short tasks (see slices.ts). The
 * walking itself is a plain loop (`TreeWalk.advance`); only the pauses go through a generator.
 */

export interface WalkVisitor {
  /** Called for each node in document order; return true to walk into its children. */
  enter(node: Node): boolean;
  /** Called once an element entered with `true` has had all its children walked (or has none). */
  leave?(element: Element): void;
}

/** The children of one node still to visit. */
interface Frame {
  parent: Node;
  /** True when `parent` is an element the visitor entered: it is left once its children are done. */
  leave: boolean;
  /** Forward walks: the child visited last (null before the first), and how many were visited. */
  last: ChildNode | null;
  seen: number;
  /** Forward walks past SIBLING_CHAIN children: the rest of the child list. */
  rest: Iterator<ChildNode> | null;
  /** Reverse walks: the list and the next index (counting down). */
  children: NodeListOf<ChildNode> | null;
  index: number;
}

/** Nodes visited between pauses of a stepped walk. */
export const NODES_PER_STEP = 1000;

/**
 * Children reached through nextSibling before the walk switches to the child list. Most elements
 * have a handful of children, and nextSibling is free in browsers; in DOMs that answer it with a
 * linear search (see above) a short chain costs less than building the list, a long one more.
 */
const SIBLING_CHAIN = 8;

/** A walk of the descendants of a root that can be advanced a number of nodes at a time. */
class TreeWalk {
  readonly #stack: Frame[] = [];
  #visited = 0;
  /** False once the budget ran out before the walk ended. */
  complete = true;

  readonly #visitor: WalkVisitor;
  readonly #budget: number;
  readonly #reverse: boolean;

  constructor(root: Node, visitor: WalkVisitor, budget: number, reverse: boolean) {
    this.#visitor = visitor;
    this.#budget = budget;
    this.#reverse = reverse;
    this.#stack.push(this.#frame(root, false));
  }

  #frame(parent: Node, leave: boolean): Frame {
    if (!this.#reverse) return { parent, leave, last: null, seen: 0, rest: null, children: null, index: 0 };
    const children = parent.childNodes;
    return { parent, leave, last: null, seen: 0, rest: null, children, index: children.length - 1 };
  }

  /** Continues `top` from the child list, after its first `position` children. */
  #switchToList(top: Frame, position: number): void {
    top.rest = top.parent.childNodes[Symbol.iterator]();
    for (let skipped = 0; skipped < position; skipped++) top.rest.next();
  }

  /**
   * Between two steps the page may have taken out the child a frame visited last (a rotating ad):
   * its nextSibling is then null and the walk would end that frame early, missing what follows.
   * Such a frame goes on by position instead, from the child that took the removed one's place.
   */
  #reanchor(): void {
    for (const frame of this.#stack)
      if (!frame.rest && !frame.children && frame.last && frame.last.parentNode !== frame.parent)
        this.#switchToList(frame, frame.seen - 1);
  }

  #next(top: Frame): ChildNode | null | undefined {
    if (top.children) return top.children[top.index--];
    if (top.seen >= SIBLING_CHAIN || top.rest) {
      if (!top.rest) this.#switchToList(top, top.seen);
      const step = top.rest!.next();
      return step.done ? null : step.value;
    }
    const node = top.last ? top.last.nextSibling : top.parent.firstChild;
    top.last = node;
    top.seen++;
    return node;
  }

  /** Visits up to `count` more nodes; returns true when the walk is over. */
  advance(count: number): boolean {
    const stack = this.#stack;
    const visitor = this.#visitor;
    if (this.#visited > 0) this.#reanchor();
    const stop = this.#visited + count;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const node = this.#next(top);
      if (!node) {
        stack.pop();
        if (top.leave) visitor.leave?.(top.parent as Element);
        continue;
      }
      if (++this.#visited > this.#budget) {
        this.complete = false;
        return true;
      }
      if (!visitor.enter(node)) {
        if (this.#visited >= stop) return false;
        continue;
      }
      // An open shadow root renders in place of (and around the slots for) the light children: both
      // are walked, the shadow tree first, so a chapter inside a web component is found too.
      const isElement = node.nodeType === 1;
      const shadow = isElement ? (node as Element).shadowRoot : null;
      if (node.hasChildNodes() || shadow) stack.push(this.#frame(node, isElement));
      else if (isElement) visitor.leave?.(node as Element);
      if (shadow?.hasChildNodes()) stack.push(this.#frame(shadow, false));
      if (this.#visited >= stop) return false;
    }
    return true;
  }
}

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
  const tree = new TreeWalk(root, visitor, budget, reverse);
  while (!tree.advance(NODES_PER_STEP)) yield;
  return tree.complete;
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
  const tree = new TreeWalk(root, visitor, budget, reverse);
  tree.advance(Infinity);
  return tree.complete;
}
