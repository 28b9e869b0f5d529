import { readMarkup } from './ad-signals';
import { walk } from './walk';

/** Element classes the DOM heuristics share: which tags break lines, which never hold reading text. */

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'LEGEND',
  'OPTGROUP',
]);

/** Subtrees whose text is never reading text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'HEAD',
  'TITLE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'INPUT',
  'MATH',
]);

/**
 * A tag name in the upper case the tables here use. HTML elements report it so already; only
 * foreign ones (svg, math, elements of XML pages) need the copy.
 */
function htmlCase(tagName: string): string {
  const code = tagName.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a ? tagName.toUpperCase() : tagName;
}

/** Media and controls: a line element holding one of these is not removed whole. */
const NON_TEXT_TAGS = new Set(
  'IMG PICTURE VIDEO AUDIO IFRAME CANVAS SVG OBJECT EMBED INPUT BUTTON SELECT TEXTAREA'.split(' '),
);

/**
 * True when `element` holds media or a control (an image, a frame, a button…). A walk rather than
 * querySelector: this is asked of every line removed, and selector matching is slow in some DOMs.
 */
export function holdsNonText(element: Element): boolean {
  let found = false;
  walk(element, {
    enter(node) {
      if (found || node.nodeType !== 1) return false;
      found = NON_TEXT_TAGS.has(htmlCase((node as Element).tagName));
      return !found;
    },
  });
  return found;
}

/** True for tags that start and end a line of text (unknown and custom tags are inline, as in CSS). */
export function isBlock(element: Element): boolean {
  return isBlockTag(element.tagName);
}

/** isBlock for a tag name already read. */
export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName);
}

/**
 * True when the element is hidden by markup alone: `hidden`, inline display:none / visibility:hidden,
 * or the cleaner's own mark (hiding.ts).
 */
export function isHiddenByMarkup(element: Element): boolean {
  return readMarkup(element).hidden;
}

/** True for tags whose subtree is never reading text (scripts, styles, form controls, media). */
export function isSkippedTag(tagName: string): boolean {
  return SKIPPED_TAGS.has(htmlCase(tagName));
}

/** Subtrees that never carry reading text: scripts, styles, form controls, hidden elements. */
export function isSkipped(element: Element): boolean {
  return isSkippedTag(element.tagName) || isHiddenByMarkup(element);
}
