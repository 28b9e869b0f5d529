/** Site navigation links (上一章 / 目录 / 下一章 …): never removed, nor anything that holds one. */
import { walk } from './walk';

const NAV_LABEL =
  /^(上一章|下一章|上一节|下一节|上一節|下一節|上一页|下一页|上一頁|下一頁|上一话|下一话|目录|目錄|章节目录|章節目錄|章节列表|返回目录|返回书目|返回書目|返回书页|书页|書頁|返回列表|回目录|返回首页|首页)$/;

/** True when `link` is a navigation link by its label. */
export function isNavigationLink(link: Element): boolean {
  const text = link.textContent ?? '';
  return text.length <= 16 && NAV_LABEL.test(text.replace(/[\s\u00a0<>«»←→]+/g, ''));
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
