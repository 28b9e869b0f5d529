/**
 * Cleans around the chapter: structural ads, and text blocks or links that the line classifier
 * calls junk in "chrome" mode (recommendation lists, site footers, promotion boxes, report links).
 * Nothing that holds the chapter, its title or a navigation link is ever removed.
 */
import { classifyLine, type LineContext } from '@/core/classify-line';
import { collapseSpace } from '@/core/chapter-title';
import type { Removal } from '@/core/types';
import { isSkipped } from './elements';
import type { ProtectedSet } from './navigation';
import type { PageScan } from './page-scan';
import { walk } from './walk';

export interface SurroundingsOptions {
  context: LineContext;
  /** The chapter container, its title element and the navigation links. */
  keep: ProtectedSet;
  /** The chapter container: nothing inside it is judged here. */
  container: Element;
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

/** Rules strong enough to take out a single link around the chapter (not a site's own menu entries). */
const LINK_RULES = new Set(['error-report', 'site-promo', 'vote-begging', 'copyright', 'mobile-app']);

class Planner {
  readonly planned: PlannedElement[] = [];
  private taken = new Set<Element>();

  constructor(private readonly options: SurroundingsOptions) {}

  /** True when the element may be removed: outside the chapter, holding nothing protected, not yet taken. */
  removable(element: Element): boolean {
    const { keep, container } = this.options;
    if (keep.holds(element) || container.contains(element)) return false;
    for (let up: Element | null = element; up; up = up.parentElement) if (this.taken.has(up)) return false;
    return true;
  }

  take(element: Element, rule: string, text: string): void {
    this.taken.add(element);
    this.planned.push({ element, removal: { kind: 'element', rule, text: collapseSpace(text) } });
  }

  junkRule(text: string): string | undefined {
    const verdict = classifyLine(collapseSpace(text), { ...this.options.context, where: 'chrome' });
    return verdict.action === 'remove' ? verdict.rule : undefined;
  }
}

/** Elements around the chapter to remove, without changing the page. */
export function planSurroundings(scan: PageScan, options: SurroundingsOptions): PlannedElement[] {
  const planner = new Planner(options);
  for (const { element, rule } of scan.ads)
    if (planner.removable(element)) planner.take(element, rule, visibleText(element));
  for (const [element, block] of scan.blocks) {
    if (block.hasBlockChild || collapseSpace(block.text) === '' || !planner.removable(element)) continue;
    const rule = planner.junkRule(block.text);
    if (!rule) continue;
    // A bar of links is a menu: its links are judged one by one, unless it is a recommendation list.
    const isMenu = block.links > 1 && block.linkChars > block.text.trim().length * 0.6;
    if (!isMenu || rule === 'recommendations') planner.take(element, rule, block.text);
  }
  for (const { element, text } of scan.links) {
    if (options.keep.exact.has(element) || !planner.removable(element)) continue;
    const rule = planner.junkRule(text);
    if (rule && LINK_RULES.has(rule)) planner.take(element, rule, text);
  }
  return planner.planned;
}
