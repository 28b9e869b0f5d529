/**
 * Cleans around the chapter: structural ads, and text blocks or links that the line classifier
 * calls junk in "chrome" mode (recommendation lists, site footers, promotion boxes, report links).
 * Nothing that holds the chapter, its title or a navigation link is ever removed.
 */
import { classifyLine, type LineContext } from '@/core/classify-line';
import { collapseSpace } from '@/core/chapter-title';
import type { Removal } from '@/core/types';
import { adSignal } from './ad-signals';
import { isBlock, isSkipped } from './elements';
import { holdsAny } from './navigation';
import { walk } from './walk';

export interface SurroundingsOptions {
  context: LineContext;
  /** The chapter container, its title element and the navigation links. */
  keep: readonly Element[];
}

export interface PlannedElement {
  element: Element;
  removal: Removal;
}

/** Visible text of an element: scripts, styles and hidden parts left out, whitespace collapsed. */
export function visibleText(element: Element): string {
  let text = '';
  walk(element, {
    enter(node) {
      if (node.nodeType === 3) text += (node as Text).data;
      return node.nodeType === 1 && !isSkipped(node as Element);
    },
  });
  return collapseSpace(text);
}

function isLeafBlock(element: Element): boolean {
  if (!isBlock(element)) return false;
  for (let i = 0; i < element.children.length; i++) if (isBlock(element.children[i]!)) return false;
  return true;
}

/** Rules strong enough to take out a single link around the chapter (not a site's own menu entries). */
const LINK_RULES = new Set(['error-report', 'site-promo', 'vote-begging', 'copyright', 'mobile-app']);

/** How many links `element` holds and how much of its text is theirs. */
function linkShare(element: Element): { links: number; share: number } {
  let links = 0;
  let linked = 0;
  let all = 0;
  walk(element, {
    enter(node) {
      if (node.nodeType === 3) {
        const length = (node as Text).data.trim().length;
        all += length;
        for (let up = node.parentElement; up && up !== element; up = up.parentElement)
          if (up.tagName === 'A') {
            linked += length;
            break;
          }
      }
      if (node.nodeType === 1 && (node as Element).tagName === 'A') links++;
      return node.nodeType === 1 && !isSkipped(node as Element);
    },
  });
  return { links, share: all === 0 ? 0 : linked / all };
}

function judge(element: Element, options: SurroundingsOptions): PlannedElement | 'descend' | 'skip' {
  if (options.keep.includes(element)) return 'skip';
  if (holdsAny(element, options.keep)) return 'descend';
  const signal = adSignal(element);
  if (signal) return { element, removal: { kind: 'element', rule: signal, text: visibleText(element) } };
  const isLink = element.tagName === 'A' || element.tagName === 'BUTTON';
  if (isSkipped(element) && element.tagName !== 'BUTTON') return 'skip';
  if (!isLink && !isLeafBlock(element)) return 'descend';
  const text = element.tagName === 'BUTTON' ? collapseSpace(element.textContent ?? '') : visibleText(element);
  if (text === '') return 'skip';
  const verdict = classifyLine(text, { ...options.context, where: 'chrome' });
  if (verdict.action !== 'remove') return isLink ? 'skip' : 'descend';
  if (isLink && !LINK_RULES.has(verdict.rule)) return 'skip';
  // A bar of links is a menu: judge its links one by one, unless it is a recommendation list.
  if (!isLink && verdict.rule !== 'recommendations') {
    const { links, share } = linkShare(element);
    if (links > 1 && share > 0.6) return 'descend';
  }
  return { element, removal: { kind: 'element', rule: verdict.rule, text } };
}

/** Elements around the chapter to remove, outermost first, without changing the page. */
export function planSurroundings(body: Element, options: SurroundingsOptions): PlannedElement[] {
  const planned: PlannedElement[] = [];
  walk(body, {
    enter(node) {
      if (node.nodeType !== 1) return false;
      const verdict = judge(node as Element, options);
      if (verdict === 'descend') return true;
      if (verdict !== 'skip') planned.push(verdict);
      return false;
    },
  });
  return planned;
}
