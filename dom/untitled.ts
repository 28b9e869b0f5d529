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
import { walkSteps } from './walk';

/** Nodes looked at, at most: a chapter page is a few thousand nodes. */
export const UNTITLED_BUDGET = 20_000;

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

function* readSteps(body: Element, budget: number): Generator<void, Reading & { complete: boolean }> {
  const reading: Reading = {
    heading: null,
    linkNumbers: new Set(),
    han: 0,
    linkHan: 0,
    lines: 0,
    narrated: 0,
  };
  let inLink = 0;
  const complete = yield* walkSteps(
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
    budget,
  );
  return { ...reading, complete };
}

export interface UntitledReading {
  /** Why the page is a chapter, or null when what was read does not say so. */
  reason: string | null;
  /** False when the budget ran out before the page did. */
  complete: boolean;
}

/** Why a page without a title is a chapter, reading at most `budget` nodes, in steps. */
export function* untitledChapterSteps(
  body: Element,
  budget = UNTITLED_BUDGET,
): Generator<void, UntitledReading> {
  const reading = yield* readSteps(body, budget);
  const { heading, linkNumbers, complete } = reading;
  if (heading !== null && (linkNumbers.has(heading + 1) || linkNumbers.has(heading - 1)))
    return { reason: 'numbered heading and the next chapters', complete };
  const prose = reading.han - reading.linkHan;
  if (
    prose >= CHAPTER_HAN &&
    reading.lines >= CHAPTER_LINES &&
    reading.narrated >= reading.lines * NARRATED_SHARE &&
    reading.linkHan <= reading.han * LINK_SHARE
  )
    return { reason: 'text that reads as a chapter', complete };
  return { reason: null, complete };
}
