/**
 * Pages without a title: a body saved on its own (the <head> stripped), or only the chapter box
 * (a saved fragment). The title that names most chapters is missing, so the page itself must say
 * it is a chapter: a plainly numbered heading ("1、歸零") followed by links to the next numbers
 * in the same form, or text that reads as a chapter. Only title-less pages pay for this look.
 */
import { headingNumber } from '@/core/chapter-title';
import { countHan } from '@/core/text/han';
import { hasNarrationMarker } from '@/core/text/narration';
import { isSkippedTag } from './elements';
import { walk } from './walk';

/** Nodes looked at, at most: a chapter page is a few thousand nodes. */
const UNTITLED_BUDGET = 20_000;

/** A chapter's text: this many Han characters outside links, at least. */
const CHAPTER_HAN = 500;
/** Lines of text: a chapter is many paragraphs, not one blurb. */
const CHAPTER_LINES = 10;
/** Share of its lines that narrate (他, 她, 了…): a chapter tells a story. */
const NARRATED_SHARE = 0.3;
/** Share of the text inside links, at most: a chapter is not a list of links. */
const LINK_SHARE = 0.15;

interface Reading {
  heading: number | null;
  linkNumbers: Set<number>;
  han: number;
  linkHan: number;
  lines: number;
  narrated: number;
}

function read(body: Element): Reading {
  const reading: Reading = {
    heading: null,
    linkNumbers: new Set(),
    han: 0,
    linkHan: 0,
    lines: 0,
    narrated: 0,
  };
  let inLink = 0;
  walk(
    body,
    {
      enter(node) {
        if (node.nodeType === 3) {
          const data = (node as Text).data;
          const han = countHan(data);
          if (han === 0) return false;
          reading.han += han;
          if (inLink > 0) reading.linkHan += han;
          else if (han >= 8) {
            reading.lines++;
            if (hasNarrationMarker(data)) reading.narrated++;
          }
          return false;
        }
        if (node.nodeType !== 1) return false;
        const element = node as Element;
        const tag = element.tagName;
        if (isSkippedTag(tag)) return false;
        if (/^H[1-3]$/.test(tag) && reading.heading === null)
          reading.heading = headingNumber(element.textContent ?? '');
        if (tag === 'A') {
          const number = headingNumber(element.textContent ?? '');
          if (number !== null) reading.linkNumbers.add(number);
          inLink++;
        }
        return true;
      },
      leave(element) {
        if (element.tagName === 'A') inLink--;
      },
    },
    UNTITLED_BUDGET,
  );
  return reading;
}

/** Why a page without a title is a chapter, or null when nothing on it says so. */
export function untitledChapterReason(body: Element): string | null {
  const reading = read(body);
  const { heading, linkNumbers } = reading;
  if (heading !== null && (linkNumbers.has(heading + 1) || linkNumbers.has(heading - 1)))
    return 'numbered heading and the next chapters';
  const prose = reading.han - reading.linkHan;
  if (
    prose >= CHAPTER_HAN &&
    reading.lines >= CHAPTER_LINES &&
    reading.narrated >= reading.lines * NARRATED_SHARE &&
    reading.linkHan <= reading.han * LINK_SHARE
  )
    return 'text that reads as a chapter';
  return null;
}
