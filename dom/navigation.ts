/** Site navigation links (上一章 / 目录 / 下一章 …): never removed, nor anything that holds one. */
import { walk } from './walk';

const NAV_LABEL =
  /^(上一章|下一章|上一节|下一节|上一節|下一節|上一页|下一页|上一頁|下一頁|上一话|下一话|目录|目錄|章节目录|章節目錄|章节列表|返回目录|返回书目|返回書目|返回书页|书页|書頁|返回列表|回目录|返回首页|首页)$/;

/** True when a link's text is a navigation label. */
export function isNavigationLabel(text: string): boolean {
  return text.length <= 16 && NAV_LABEL.test(text.replace(/[\s\u00a0<>«»←→]+/g, ''));
}

/** True when `link` is a navigation link by its label. */
export function isNavigationLink(link: Element): boolean {
  return isNavigationLabel(link.textContent ?? '');
}

/** Every navigation link in `root`. */
export function findNavigationLinks(root: Element): Element[] {
  const links: Element[] = [];
  walk(root, {
    enter(node) {
      if (node.nodeType !== 1) return false;
      const element = node as Element;
      if (element.tagName === 'A') {
        if (isNavigationLink(element)) links.push(element);
        return false;
      }
      return true;
    },
  });
  return links;
}

/** True when `element` is, or holds, one of `protectedNodes`. */
export function holdsAny(element: Element, protectedNodes: readonly Element[]): boolean {
  return protectedNodes.some((node) => element === node || element.contains(node));
}

/**
 * The protected elements and all their ancestors, for O(1) "holds a protected element" checks on
 * every element of a page (contains() walks the tree in some DOMs).
 */
export class ProtectedSet {
  private readonly holders = new Set<Element>();
  readonly exact: ReadonlySet<Element>;

  constructor(elements: readonly Element[]) {
    this.exact = new Set(elements);
    for (const element of elements)
      for (let up: Element | null = element; up && !this.holders.has(up); up = up.parentElement)
        this.holders.add(up);
  }

  /** True when `element` is or holds a protected element. */
  holds(element: Element): boolean {
    return this.holders.has(element);
  }
}
