/** Small DOM builders for unit tests, in the happy-dom environment of the "dom" test project. */

/** A document parsed from `html` (no scripts run). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The element `<div id="box">` holding `markup`, in a fresh document. */
export function parseBox(markup: string): Element {
  return parseHtml(`<!DOCTYPE html><html><body><div id="box">${markup}</div></body></html>`).getElementById(
    'box',
  )!;
}

/** `levels` nested elements under `parent`, built without recursion; returns the innermost. */
export function nest(parent: Element, levels: number, tag = 'div'): Element {
  let current = parent;
  for (let i = 0; i < levels; i++) current = current.appendChild(parent.ownerDocument.createElement(tag));
  return current;
}

/**
 * Tags and text under `root` in document order, serialised without recursion: happy-dom's outerHTML,
 * textContent and getElementsByTagName recurse and overflow the stack on very deep pages.
 */
export function deepSignature(root: Node): string {
  let out = '';
  const stack: Array<Node | string> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out += item;
      continue;
    }
    if (item.nodeType === 3) out += (item as Text).data;
    if (item.nodeType !== 1) continue;
    const tag = (item as Element).tagName.toLowerCase();
    out += `<${tag}>`;
    stack.push(`</${tag}>`);
    for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out;
}
