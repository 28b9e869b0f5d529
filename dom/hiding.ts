/**
 * Hiding instead of removing, for pages that fight back: a page that puts back what the cleaner
 * took out, or takes out what it changed, finds its nodes where it left them once they are only
 * hidden. An element is hidden by HIDDEN_ATTRIBUTE, which the extension's own stylesheet hides; a
 * text node cannot carry an attribute, so it goes into an element of ours that does. The text node
 * itself, its text and its place in the page's tree stay (it is still in the chapter box's
 * textContent, still connected, still contained by its old parent); only its parent is now ours.
 * The alternative that moves nothing, a closed shadow root with manually assigned slots on the
 * parent, was rejected: a child the page adds later is rendered only once our script assigns it,
 * so from the moment the script stops (Firefox tears down a disabled add-on's observers) the page's
 * new lines there would stay invisible, and no story may be hidden.
 *
 * The stylesheet is adopted (a constructed sheet in `adoptedStyleSheets`, out of reach of the
 * page's markup and stylesheets) by the document and by any shadow root holding hidden nodes; where
 * adopting fails (a content-script world that may not adopt its own sheet) a <style> element stands
 * in. The rule sits in a cascade layer, where `!important` beats every unlayered page rule. The
 * sheet or <style> the page takes away is put back at the next check.
 */
import { HIDDEN_ATTRIBUTE } from './hidden-mark';

/** The element a hidden text node is put in: an unknown custom element, inline like the text. */
export const HIDING_WRAPPER = 'jingdu-hidden';
export const HIDING_RULES = `@layer jingdu{[${HIDDEN_ATTRIBUTE}]{display:none!important}}`;

type StyleRoot = Document | ShadowRoot;

/** How nodes are hidden and shown again, and the stylesheet that hides them (see Journal). */
export class Hiding {
  #sheet: CSSStyleSheet | null = null;
  /** Roots covered by the rule, each with the <style> standing in where adopting failed. */
  readonly #roots = new Map<StyleRoot, HTMLStyleElement | null>();
  /** Nodes hidden now. */
  #hidden = 0;

  /** Hides `node` where it stands; returns the element that carries the hiding. */
  protected hide(node: Node): Element {
    this.#cover(node.getRootNode() as StyleRoot);
    let carrier = node as Element;
    if (node.nodeType !== 1) {
      carrier = node.ownerDocument!.createElement(HIDING_WRAPPER);
      node.parentNode!.replaceChild(carrier, node);
      carrier.appendChild(node);
    }
    carrier.setAttribute(HIDDEN_ATTRIBUTE, '');
    this.#hidden++;
    return carrier;
  }

  /** Takes the hiding off `node`, hidden through `carrier`; a wrapper gives the node back its place. */
  protected show(node: Node, carrier: Element): void {
    if (carrier === node) carrier.removeAttribute(HIDDEN_ATTRIBUTE);
    else carrier.parentNode?.replaceChild(node, carrier);
    // Nothing hidden any more: a stand-in <style> goes too, and the page serialises as it was.
    if (--this.#hidden > 0) return;
    for (const [root, style] of this.#roots)
      if (style) {
        this.#roots.delete(root);
        style.remove();
      }
  }

  /**
   * Puts back the rule where the page took it away: the adopted sheet (a page may set its own
   * list) or the stand-in <style>. Called at every batch of late content, so bounded like them.
   */
  check(): void {
    for (const [root, style] of [...this.#roots])
      if (style ? !style.isConnected : !root.adoptedStyleSheets.includes(this.#sheet!)) {
        this.#roots.delete(root);
        this.#cover(root);
      }
  }

  /** Makes the rule apply in `root` (a document or shadow root), adopted if it may be. */
  #cover(root: StyleRoot): void {
    if (this.#roots.has(root) || (root.nodeType !== 9 && root.nodeType !== 11)) return;
    const doc = root.ownerDocument ?? (root as Document);
    try {
      if (!this.#sheet) {
        this.#sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
        this.#sheet.replaceSync(HIDING_RULES);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
      if (root.adoptedStyleSheets.includes(this.#sheet)) return void this.#roots.set(root, null);
    } catch {
      // A content-script world that may not adopt its own sheet: the <style> stands in.
    }
    const style = doc.createElement('style');
    style.textContent = HIDING_RULES;
    (root === doc ? (doc.head ?? doc.documentElement) : root).append(style);
    this.#roots.set(root, style);
  }
}
