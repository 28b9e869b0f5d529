/**
 * Which links around the chapter are the site's navigation: the labelled ones (上一章 / 目录 /
 * 下一章) and the chapters next to this one named by their titles ("2、親戚", "第十五章 …", a few
 * numbers from the current one). A block of many chapter links is the book's chapter list, an index
 * repeated for search engines, not navigation. Links to the book's own page (its name, as the page
 * title gives it) are navigation in a bar of links after the chapter (see tail-regions.ts).
 */
import { chapterNumberOf } from '@/core/chapter-number';
import { collapseSpace } from '@/core/chapter-title';
import { foldName } from '@/core/signals/context';
import { isNavigationLabel } from './navigation';
import type { LinkText } from './page-scan';
import { drain } from './walk';

/** Chapters this far from the current one, either way, are its neighbours. */
const NEIGHBOUR_DISTANCE = 3;
/** A parent holding more chapter links than this is a chapter list. */
const CHAPTER_LIST = 8;

function countChapterLinks(parent: Element | null, links: readonly LinkText[]): number {
  if (!parent) return 0;
  let count = 0;
  for (const link of links) if (parent.contains(link.element) && chapterNumberOf(link.text) !== null) count++;
  return count;
}

/** Links looked at between pauses: a page may hold a hundred thousand. */
const LINKS_PER_STEP = 500;

/** Links whose text is the book's name, bare or in 《》: the way back to the book's page. */
export function bookLinks(links: readonly LinkText[], bookNames: readonly string[]): Element[] {
  return drain(bookLinksSteps(links, bookNames));
}

export function* bookLinksSteps(
  links: readonly LinkText[],
  bookNames: readonly string[],
): Generator<void, Element[]> {
  const books = new Set(bookNames.map(foldName).filter((name) => name.length >= 2));
  const found: Element[] = [];
  if (books.size === 0) return found;
  // A label much longer than every name is none of them: it is not folded at all.
  const longest = Math.max(...[...books].map((name) => name.length)) * 2 + 4;
  for (const [index, { element, text }] of links.entries()) {
    if (index % LINKS_PER_STEP === LINKS_PER_STEP - 1) yield;
    const label = collapseSpace(text);
    if (label.length <= longest && books.has(foldName(label.replace(/^《(.+)》$/, '$1'))))
      found.push(element);
  }
  return found;
}

/** The navigation links among `links`, for a chapter titled `title`. */
export function navigationLinks(links: readonly LinkText[], title: string): Element[] {
  return drain(navigationLinksSteps(links, title));
}

export function* navigationLinksSteps(links: readonly LinkText[], title: string): Generator<void, Element[]> {
  const current = chapterNumberOf(title);
  const listSizes = new Map<Element | null, number>();
  const found: Element[] = [];
  for (const [index, { element, text }] of links.entries()) {
    if (index % LINKS_PER_STEP === LINKS_PER_STEP - 1) yield;
    if (isNavigationLabel(text)) {
      found.push(element);
      continue;
    }
    if (current === null) continue;
    const number = chapterNumberOf(collapseSpace(text));
    if (number === null || number === current || Math.abs(number - current) > NEIGHBOUR_DISTANCE) continue;
    const parent = element.parentElement;
    if (!listSizes.has(parent)) listSizes.set(parent, countChapterLinks(parent, links));
    if (listSizes.get(parent)! <= CHAPTER_LIST) found.push(element);
  }
  return found;
}
