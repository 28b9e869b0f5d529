/** Site navigation links (上一章 / 目录 / 下一章 …): never removed, nor anything that holds one. */

const LABELS = {
  chapter: /^(上一章|下一章|上一节|下一节|上一節|下一節|上一话|下一话|上一話|下一話)$/,
  page: /^(上一页|下一页|上一頁|下一頁)$/,
  // "返回符皇目录", "回目录页", "返回书首页": a way back, the book's name, the index.
  // The bare labels, and a way back to a book's index or page with the book's name in it
  // ("返回符皇目录", "回目录页", "返回书首页"); "文章列表" on a blog is neither.
  index:
    /^(目录|目錄|章节目录|章節目錄|章节列表|章節列表|书页|書頁|书目|書目)$|^(返回|回到?)[^\s]{0,12}?(目录|目錄|书页|書頁|书目|書目|书首页|書首頁)页?$/,
  // Home and list links stay on every page, but they say nothing about whether the page is a chapter:
  // news and encyclopedia pages have 返回列表 and 上一页 too.
  home: /^(返回首页|首页|返回列表)$/,
} as const;

export type NavigationKind = keyof typeof LABELS;

/** What a link's text says it leads to: another chapter, another page, the index; or null. */
export function navigationKind(text: string): NavigationKind | null {
  // Cheap refusals first: pages with a hundred thousand links ask this of every one of them.
  if (text.length > 16 || !/[上下目章返书書回首]/.test(text)) return null;
  const label = text.replace(/[\s\u00a0<>«»←→[\]【】()（）]+/g, '');
  for (const kind of Object.keys(LABELS) as NavigationKind[]) if (LABELS[kind].test(label)) return kind;
  return null;
}

/** True when a link's text is a navigation label. */
export function isNavigationLabel(text: string): boolean {
  return navigationKind(text) !== null;
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
