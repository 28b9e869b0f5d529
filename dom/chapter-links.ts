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

/** Links whose text is the book's name, bare or in 《》: the way back to the book's page. */
export function bookLinks(links: readonly LinkText[], bookNames: readonly string[]): Element[] {
  const books = new Set(bookNames.map(foldName).filter((name) => name.length >= 2));
  return links
    .filter(({ text }) => books.has(foldName(collapseSpace(text).replace(/^《(.+)》$/, '$1'))))
    .map(({ element }) => element);
}

/** The navigation links among `links`, for a chapter titled `title`. */
export function navigationLinks(links: readonly LinkText[], title: string): Element[] {
  const current = chapterNumberOf(title);
  const listSizes = new Map<Element | null, number>();
  return links
    .filter(({ element, text }) => {
      if (isNavigationLabel(text)) return true;
      const label = collapseSpace(text);
      const number = chapterNumberOf(label);
      if (current === null || number === null || number === current) return false;
      if (Math.abs(number - current) > NEIGHBOUR_DISTANCE) return false;
      const parent = element.parentElement;
      if (!listSizes.has(parent)) listSizes.set(parent, countChapterLinks(parent, links));
      return listSizes.get(parent)! <= CHAPTER_LIST;
    })
    .map(({ element }) => element);
}
