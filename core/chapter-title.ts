/** Chapter headings and page-title parts: how a chapter page names itself. */

const NUMERAL = '[0-9０-９零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+';

/**
 * A chapter, volume or episode number ("第十四章", "第１话", "第一卷", "002章", "Chapter 12", "序章").
 * A number in digits before 章 counts without 第: sites number chapters "002章 韩国美女".
 */
export const CHAPTER_HEADING = new RegExp(
  `第\\s*${NUMERAL}\\s*[章节節回话話卷集幕篇部]|[0-9０-９]{1,4}\\s*章|^\\s*(序章|楔子|引子|尾声|尾聲|番外|后记|後記|终章|終章|序言|前言|完本感言)|chapter\\s*\\d+`,
  'i',
);

const HEADING_ANYWHERE = new RegExp(CHAPTER_HEADING.source, 'gi');
/** What may come right before a chapter number in a title: a separator, never a word. */
const BEFORE_HEADING = /[\s_|｜\-–—·:：》】\])）,，]/;

/**
 * Where a chapter heading starts in `text`, or -1. The number must open the text or follow a
 * separator: "剑来_第十四章 五月初五" has one, "东港第三节轰出38分" (a match report) does not.
 */
export function chapterHeadingIndex(text: string): number {
  for (const match of text.matchAll(HEADING_ANYWHERE))
    if (match.index === 0 || BEFORE_HEADING.test(text[match.index - 1]!)) return match.index;
  return -1;
}

/** True when `text` names a chapter by its number (see chapterHeadingIndex). */
export function hasChapterHeading(text: string): boolean {
  return chapterHeadingIndex(text) >= 0;
}

/**
 * A heading numbered the plain way, "1、歸零" or "12. 标题": how some sites title chapters, and also
 * how lists and articles number their parts, so it only counts with more evidence (dom/gate.ts).
 */
const NUMBERED_HEADING = /^\s*([0-9０-９]{1,4})\s*[、.．]\s*[^\s\d]/;

/** The number of a plainly numbered heading ("1、歸零" → 1), or null. */
export function headingNumber(text: string): number | null {
  const match = NUMBERED_HEADING.exec(text);
  return match ? Number(match[1]!.normalize('NFKC')) : null;
}

/** A page number in a title ("第2頁"): weaker than a chapter number. */
export const PAGE_NUMBER = new RegExp(`第\\s*${NUMERAL}\\s*[页頁]`);

const TITLE_SEPARATORS = /\s*(?:[_|｜–—]|\s-|-\s|-(?=[^\s]*$))\s*/;
const SITE_WORDS = /网|網|阁|閣|小说|小說|文库|文庫|书|書|中文|文学|文學|吧|站|屋|城|app/i;

/** Collapses runs of whitespace (including &nbsp; and full-width spaces) and trims. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/**
 * The chapter title inside a heading: from the chapter number on when a book name precedes it
 * ("全职高手 第一章 被驱逐的高手" → "第一章 被驱逐的高手"), else the whole heading.
 */
export function extractChapterTitle(heading: string): string {
  const text = collapseSpace(heading);
  const index = chapterHeadingIndex(text);
  return index > 0 ? text.slice(index).trim() : text;
}

/** Splits a document title into its parts: chapter, book, category, site, in the site's order. */
export function splitPageTitle(title: string): string[] {
  return collapseSpace(title)
    .split(TITLE_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Names a page title gives besides the chapter: site names (last part, or site-like) and others. */
export function namesFromPageTitle(title: string): { siteNames: string[]; pageNames: string[] } {
  const parts = splitPageTitle(title).filter((part) => !hasChapterHeading(part));
  const siteNames: string[] = [];
  const pageNames: string[] = [];
  parts.forEach((part, index) => {
    const name = part.replace(/^《(.+)》$/, '$1');
    if (index === parts.length - 1 || SITE_WORDS.test(name)) siteNames.push(name);
    else pageNames.push(name);
  });
  return { siteNames, pageNames };
}
