/**
 * Reading positions as "paragraph n, this far in" rather than pixels, so that a position survives a
 * change of font size, line height or column width. The container must be the paragraphs'
 * offsetParent (position: relative) and mark them with data-paragraph.
 */
import type { ScrollAnchor } from './actions';

function paragraphsOf(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>('[data-paragraph]'));
}

/** Where the reader is: the first paragraph not yet scrolled past, and how far into it. */
export function readAnchor(container: HTMLElement): ScrollAnchor {
  const paragraphs = paragraphsOf(container);
  const top = container.scrollTop;
  const first = paragraphs[0];
  if (!first || top <= first.offsetTop) return { index: 0, offset: 0 };
  for (let index = 0; index < paragraphs.length; index++) {
    const { offsetTop, offsetHeight } = paragraphs[index]!;
    if (offsetTop + offsetHeight > top) {
      return { index, offset: offsetHeight > 0 ? (top - offsetTop) / offsetHeight : 0 };
    }
  }
  return { index: paragraphs.length - 1, offset: 1 };
}

/** Scrolls so that the anchored point is at the top again; the very top stays the very top. */
export function scrollToAnchor(container: HTMLElement, anchor: ScrollAnchor): void {
  const paragraphs = paragraphsOf(container);
  const target = paragraphs[Math.min(anchor.index, paragraphs.length - 1)];
  if (!target || (anchor.index === 0 && anchor.offset === 0)) {
    container.scrollTop = 0;
    return;
  }
  const offset = Math.min(1, Math.max(0, anchor.offset));
  container.scrollTop = Math.round(target.offsetTop + offset * target.offsetHeight);
}
