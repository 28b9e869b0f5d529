/**
 * The tree walk every DOM heuristic rests on: document order, enter/leave pairing, pauses, budgets
 * and reverse order must hold for narrow and wide elements alike (the walk reads short child lists
 * through nextSibling and long ones through the child list, switching part-way).
 */
import { describe, expect, it } from 'vitest';
import { NODES_PER_STEP, walk, walkSteps } from '@/dom/walk';

/** Names every node the way the walk should meet it, by plain recursion. */
function reference(root: Node, into: (node: Node) => boolean = () => true, order: string[] = []): string[] {
  for (const child of Array.from(root.childNodes)) {
    order.push(label(child));
    if (child.nodeType === 1 && into(child)) {
      reference(child, into, order);
      order.push(`/${label(child)}`);
    }
  }
  return order;
}

function label(node: Node): string {
  return node.nodeType === 1 ? (node as Element).id || (node as Element).tagName : `"${node.textContent}"`;
}

function recorder(order: string[], into: (node: Node) => boolean = () => true) {
  return {
    enter(node: Node) {
      order.push(label(node));
      return node.nodeType === 1 && into(node);
    },
    leave(element: Element) {
      order.push(`/${label(element)}`);
    },
  };
}

/** A box of `width` children, each a text node or a small element with nested children. */
function wideBox(width: number): HTMLElement {
  const box = document.createElement('div');
  for (let i = 0; i < width; i++) {
    if (i % 3 === 0) box.append(`t${i}`);
    else {
      const child = document.createElement(i % 3 === 1 ? 'p' : 'span');
      child.id = `e${i}`;
      child.append(`a${i}`, document.createElement('br'), `b${i}`);
      box.append(child);
    }
  }
  return box;
}

describe('walk', () => {
  it.each([1, 7, 8, 9, 40, 500])('visits a box of %i children in document order, leaves paired', (width) => {
    const box = wideBox(width);
    const order: string[] = [];
    expect(walk(box, recorder(order))).toBe(true);
    expect(order).toEqual(reference(box));
  });

  it('does not enter (nor leave) elements the visitor declines', () => {
    const box = wideBox(30);
    const notParagraph = (node: Node) => (node as Element).tagName !== 'P';
    const order: string[] = [];
    walk(box, recorder(order, notParagraph));
    expect(order).toEqual(reference(box, notParagraph));
    expect(order).not.toContain('"a1"');
    expect(order).toContain('"a2"');
  });

  it('pauses every NODES_PER_STEP nodes and still visits everything once, in order', () => {
    const box = wideBox(NODES_PER_STEP);
    const order: string[] = [];
    const steps = walkSteps(box, recorder(order));
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(order).toEqual(reference(box));
  });

  it.each([1, 7, 8, 9, 40, 500])('walks a box of %i children last to first in reverse', (width) => {
    const box = wideBox(width);
    const reversed = (root: Node, order: string[] = []): string[] => {
      for (const child of Array.from(root.childNodes).reverse()) {
        order.push(label(child));
        if (child.nodeType === 1) {
          reversed(child, order);
          order.push(`/${label(child)}`);
        }
      }
      return order;
    };
    const order: string[] = [];
    expect(walk(box, recorder(order), Infinity, true)).toBe(true);
    expect(order).toEqual(reversed(box));
  });

  it('walks siblings last to first in reverse, within a budget', () => {
    const box = wideBox(20);
    const order: string[] = [];
    expect(walk(box, { enter: (node) => (order.push(label(node)), false) }, Infinity, true)).toBe(true);
    expect(order).toEqual(Array.from(box.childNodes).map(label).reverse());
    const few: string[] = [];
    expect(walk(box, recorder(few), 5)).toBe(false);
    expect(few.filter((name) => !name.startsWith('/'))).toEqual(
      reference(box)
        .filter((n) => !n.startsWith('/'))
        .slice(0, 5),
    );
  });

  it('goes on with the next sibling when the page removes the node it paused at', () => {
    // The content script pauses between steps and the page runs: a rotating ad may be taken out.
    const body = document.createElement('div');
    const filler = document.createElement('div');
    for (let i = 0; i < NODES_PER_STEP - 2; i++) filler.append(document.createElement('i'));
    const ad = document.createElement('div');
    ad.id = 'ad';
    const chapter = document.createElement('div');
    chapter.id = 'chapter';
    body.append(filler, ad, chapter);
    const seen: string[] = [];
    const steps = walkSteps(body, {
      enter(node) {
        if ((node as Element).id) seen.push((node as Element).id);
        return node.nodeType === 1;
      },
    });
    steps.next();
    expect(seen).toEqual(['ad']);
    ad.remove();
    while (!steps.next().done);
    expect(seen).toEqual(['ad', 'chapter']);
  });
});
