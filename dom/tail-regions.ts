/**
 * The page after the chapter: every element that follows the chapter box, at each level up to the
 * body. A reader wants the chapter, its title and its navigation there, nothing else; what else
 * follows is the site's: lists of other books, the book's chapter list repeated for search engines,
 * share and tip widgets, footers. Blocks of links that hold no navigation go whole; a navigation
 * bar keeps its links and loses a run of other books' titles mixed into it.
 */
import { countHan, hasHan, isHanCode } from '@/core/text/han';
import { hasNarrationMarker } from '@/core/text/narration';
import { isSkippedTag } from './elements';
import { drain, walkSteps } from './walk';

/** Elements after `container` in document order, level by level up to (not including) the body. */
export function tailRegions(container: Element): Element[] {
  const regions: Element[] = [];
  for (let node: Element | null = container; node?.parentElement; node = node.parentElement) {
    if (node.tagName === 'BODY') break;
    for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling)
      regions.push(sibling);
  }
  return regions;
}

export interface RegionText {
  /** Han characters in the region, and how many of them are inside links. */
  han: number;
  linkHan: number;
  /** Non-space characters inside and outside links (Latin included: sponsored items, footers). */
  linkChars: number;
  looseChars: number;
  /** The text outside links, as it comes. */
  loose: string;
  links: Element[];
}

/** True for a UTF-16 code that `\s` matches in a regular expression. */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Counts a region's text, in and out of links, and collects its links. With `enough`, asked after
 * each text node and each link, the count stops once it says so: a partial count, for a question
 * whose answer can no longer change.
 */
export function measureRegion(region: Element, enough?: (text: RegionText) => boolean): RegionText {
  return drain(measureRegionSteps(region, enough));
}

/** measureRegion in steps: a region after the chapter may be a list of a hundred thousand links. */
export function* measureRegionSteps(
  region: Element,
  enough?: (text: RegionText) => boolean,
): Generator<void, RegionText> {
  const text: RegionText = { han: 0, linkHan: 0, linkChars: 0, looseChars: 0, loose: '', links: [] };
  if (isSkippedTag(region.tagName)) return text;
  let inLink = 0;
  let done = false;
  yield* walkSteps(region, {
    enter(node) {
      if (done) return false;
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        // Han characters and non-space characters, in one pass and without copying the text.
        let han = 0;
        let chars = 0;
        for (let i = 0; i < data.length; i++) {
          const code = data.charCodeAt(i);
          if (isHanCode(code)) han++;
          else if (isSpaceCode(code)) continue;
          chars++;
        }
        text.han += han;
        if (inLink > 0) {
          text.linkHan += han;
          text.linkChars += chars;
        } else {
          text.looseChars += chars;
          text.loose += data;
        }
        done = enough?.(text) ?? false;
        return false;
      }
      if (node.nodeType !== 1) return false;
      const element = node as Element;
      if (isSkippedTag(element.tagName)) return false;
      if (element.tagName === 'A') {
        text.links.push(element);
        inLink++;
        done = enough?.(text) ?? false;
      }
      return true;
    },
    leave(element) {
      if (element.tagName === 'A') inLink--;
    },
  });
  return text;
}

/** Links in a list, at least; two links are a pair of buttons, not a list. */
const LIST_LINKS = 3;
/** Text outside the links of a list: a label, separators, a few words, or a fifth of the links' text. */
const LIST_LOOSE_CHARS = 24;
const LIST_LOOSE_SHARE = 0.2;

/**
 * A block that is a list of links: three or more that lead to pages (a bar of controls, 打赏 and
 * 投票 buttons, is not a list of anything), with little text of its own besides them.
 */
export function isLinkList(text: RegionText): boolean {
  if (!hasPageLinks(text.links, LIST_LINKS)) return false;
  return text.looseChars <= Math.max(LIST_LOOSE_CHARS, text.linkChars * LIST_LOOSE_SHARE);
}

/** A run of loose text this long with narration in it reads as story, and keeps a block from being a list. */
const STORY_RUN_HAN = 20;

/**
 * After the chapter a list may carry more of its own text: a label, dates, "最新章节" beside each
 * title. It is a list when its links hold at least as many Han characters as the rest, and nothing
 * outside them reads as story.
 */
export function isTailList(text: RegionText): boolean {
  if (isLinkList(text)) return true;
  if (!hasPageLinks(text.links, LIST_LINKS) || text.linkHan < text.han - text.linkHan) return false;
  return !text.loose
    .split(/[\n\r]+/)
    .some((run) => countHan(run) >= STORY_RUN_HAN && hasNarrationMarker(run));
}

/** Han characters a list inside the chapter box may hold outside its links: a label, never a sentence. */
const INNER_LOOSE_HAN = 12;

/**
 * A list of links inside the chapter box: a list by the measure above, and nothing outside its links
 * that could be a line of story (a label's dozen characters at most, and no narration).
 */
export function isInnerLinkList(text: RegionText): boolean {
  return isLinkList(text) && countHan(text.loose) <= INNER_LOOSE_HAN && !hasNarrationMarker(text.loose);
}

/** Reader controls a site's navigation bar carries beside its links: they stay with it. */
const CONTROL =
  /本章说|本章說|书签|書籤|收藏|投票|推荐票|推薦票|月票|报错|報錯|举报|舉報|分享|顶部|頂部|评论|評論|打赏|打賞|设置|設置|夜间|夜間|字体|字體|繁體|繁体|简体|簡體|书架|書架|登录|登錄|注册|註冊/;

/** A link that does something (a script, a form, a query) rather than lead to a page: a control. */
const ACTION_LINK = /^\s*(javascript:|#)|\?/i;

/**
 * Links of a navigation bar that are not navigation and not controls: other books' titles. A
 * control says what it does (书签, 投票, 报错…) or leads to a script or a query, not to a page.
 */
export function strayLinks(links: readonly Element[], isProtected: (link: Element) => boolean): Element[] {
  return links.filter((link) => !isProtected(link) && isPageLink(link));
}

/** True when at least `count` of `links` lead to pages (it stops looking once it has them). */
function hasPageLinks(links: readonly Element[], count: number): boolean {
  let found = 0;
  for (const link of links) if (isPageLink(link) && ++found >= count) return true;
  return false;
}

/** A link that leads to a page and names it: not a control, not a script or a query. */
function isPageLink(link: Element): boolean {
  const label = (link.textContent ?? '').trim();
  const href = link.getAttribute('href') ?? '';
  return hasHan(label) && !CONTROL.test(label) && href !== '' && !ACTION_LINK.test(href);
}
