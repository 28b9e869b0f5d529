/**
 * Cleans around the chapter: structural ads, and text blocks or links that the line classifier
 * calls junk in "chrome" mode (recommendation lists, site footers, promotion boxes, report links).
 * Nothing that holds the chapter, its title or a navigation link is ever removed.
 */
import { classifyLine, type LineContext } from '@/core/classify-line';
import { collapseSpace } from '@/core/chapter-title';
import { RECOMMENDATION_HEAD } from '@/core/spam-phrases';
import { isRecommendationLabel } from '@/core/signals/recommendations';
import type { RuleId } from '@/core/rule-ids';
import type { Removal } from '@/core/types';
import { isSkipped } from './elements';
import type { ProtectedSet } from './navigation';
import type { BlockText, PageScan } from './page-scan';
import { ownLines } from './own-lines';
import { isSponsored, takeSponsored, type WidgetVerdicts } from './sponsored';
import {
  isInnerLinkList,
  isTailList,
  measureRegion,
  measureRegionSteps,
  strayLinks,
  tailRegions,
} from './tail-regions';
import { drain, walk } from './walk';

export interface SurroundingsOptions {
  context: LineContext;
  /** The chapter container, its title element and the navigation links. */
  keep: ProtectedSet;
  /** The chapter container: nothing inside it is judged here. */
  container: Element;
  /** Links to the book's own page: navigation within a bar of links after the chapter. */
  bookLinks?: readonly Element[];
  /** Links to other chapters (上一章, 下一章, "2、親戚"): other books' titles beside them are a list. */
  chapterLinks?: readonly Element[];
  /** Texts of blocks (collapsed) the site shows on its other chapters: its boilerplate. */
  learnedAround?: ReadonlySet<string>;
  /**
   * The regions after the chapter to judge (tail-regions.ts): all of them by default; late content
   * judges only what was added, not the whole tail again at every batch.
   */
  tail?: readonly Element[];
}

/** What to take out around the chapter: one element, or the nodes of one line of a mixed box. */
export interface PlannedElement {
  nodes: Node[];
  removal: Removal;
}

/** Visible text of an element: scripts, styles and hidden parts left out, whitespace collapsed. */
export function visibleText(element: Element, budget = Infinity): string {
  let text = '';
  walk(
    element,
    {
      enter(node) {
        if (node.nodeType === 3) text += (node as Text).data;
        return node.nodeType === 1 && !isSkipped(node as Element);
      },
    },
    budget,
  );
  return collapseSpace(text);
}

/**
 * Nodes read for the text a removed list shows in the list of removals: its first titles say what
 * it was; a list of a hundred thousand links need not be read whole for that, in one task.
 */
const LIST_TEXT_NODES = 2000;

/** Rules strong enough to take out a single link around the chapter (not a site's own menu entries). */
const LINK_RULES: ReadonlySet<RuleId> = new Set([
  'error-report',
  'site-promo',
  'vote-begging',
  'copyright',
  'mobile-app',
]);

/** A heading that is only a recommendation label (猜你喜欢, 相关推荐：…). */
const RECOMMENDATION_HEADING = new RegExp(`${RECOMMENDATION_HEAD.source}[:：]?$`);

/**
 * A heading like 猜你喜欢 whose box is otherwise a list of book links: the box, else null. The
 * list's own blocks are only links, so the text classifier alone would never see it as junk.
 */
function recommendationList(heading: Element, ownText: string): Element | null {
  const label = collapseSpace(ownText).replace(/\s/g, '');
  const box = heading.parentElement;
  if (!RECOMMENDATION_HEADING.test(label) || !box) return null;
  let links = 0;
  let loose = 0;
  walk(box, {
    enter(node) {
      if (node.nodeType === 3) loose += (node as Text).data.trim().length;
      if (node.nodeType !== 1) return false;
      if ((node as Element).tagName !== 'A') return !isSkipped(node as Element);
      links++;
      return false;
    },
  });
  return links >= 3 && loose <= label.length + 12 ? box : null;
}

export class Planner {
  readonly planned: PlannedElement[] = [];
  private taken = new Set<Element>();

  /** One context object for every chrome judgement, so the classifier prepares it once. */
  private readonly chrome: LineContext;

  private readonly books: ReadonlySet<Element>;

  constructor(private readonly options: SurroundingsOptions) {
    this.chrome = { ...options.context, where: 'chrome' };
    this.books = new Set(options.bookLinks ?? []);
  }

  /** True when the element may be removed: outside the chapter, holding nothing protected, not yet taken. */
  removable(element: Element): boolean {
    const { keep, container } = this.options;
    if (keep.holds(element)) return false;
    // One climb answers both "inside the chapter?" and "inside something already taken?".
    for (let up: Element | null = element; up; up = up.parentElement)
      if (up === container || this.taken.has(up)) return false;
    return true;
  }

  /** An element inside the chapter box that holds no protected element and is not yet taken. */
  removableInside(element: Element): boolean {
    const { keep, container } = this.options;
    if (element === container || !container.contains(element) || keep.holds(element)) return false;
    for (let up: Element | null = element; up && up !== container; up = up.parentElement)
      if (this.taken.has(up)) return false;
    return true;
  }

  /**
   * A block beside the chapter that holds navigation or the title without being either (a bar of
   * links with the site's lines in it): its own text is judged run by run, the protected left be.
   */
  guardsBeside(element: Element): boolean {
    const { keep, container } = this.options;
    if (!keep.holds(element) || keep.exact.has(element) || element.contains(container)) return false;
    for (let up: Element | null = element; up; up = up.parentElement)
      if (up === container || this.taken.has(up)) return false;
    return true;
  }

  #textAreas: boolean | undefined;

  /** True when the page has a box to write in anywhere: most have none, and skip the look per region. */
  pageHasTextArea(): boolean {
    this.#textAreas ??= this.options.container.ownerDocument.getElementsByTagName('textarea').length > 0;
    return this.#textAreas;
  }

  /** True when `element` is or holds the chapter, its title or a navigation link. */
  holdsProtected(element: Element): boolean {
    return this.options.keep.holds(element) || element.contains(this.options.container);
  }

  isProtected(element: Element): boolean {
    return this.options.keep.exact.has(element) || this.books.has(element);
  }

  /** True when the site shows this block's text on its other chapters. */
  isLearned(text: string): boolean {
    return this.options.learnedAround?.has(collapseSpace(text)) ?? false;
  }

  /** True when `link` shares its parent with a link to another chapter (上一章, "2、親戚"). */
  besideChapterLink(link: Element): boolean {
    const parent = link.parentElement;
    return this.options.chapterLinks?.some((other) => other.parentElement === parent) ?? false;
  }

  /** True when `element` is or holds a link to the book's own page. */
  holdsBookLink(element: Element): boolean {
    for (const link of this.books) if (element.contains(link)) return true;
    return false;
  }

  take(element: Element, rule: RuleId, text: string): void {
    this.taken.add(element);
    this.planned.push({ nodes: [element], removal: { kind: 'element', rule, text: collapseSpace(text) } });
  }

  /** Takes out one line of a box's own text (its nodes, its <br>). */
  takeLine(nodes: Node[], rule: RuleId, text: string): void {
    this.planned.push({ nodes, removal: { kind: 'line', rule, text: collapseSpace(text) } });
  }

  /** Verdicts by collapsed text: a page repeats its chrome's texts (link bars above and below). */
  private readonly junkRules = new Map<string, RuleId | undefined>();

  junkRule(text: string): RuleId | undefined {
    const collapsed = collapseSpace(text);
    if (this.junkRules.has(collapsed)) return this.junkRules.get(collapsed);
    const verdict = classifyLine(collapsed, this.chrome);
    const rule = verdict.action === 'remove' ? verdict.rule : undefined;
    this.junkRules.set(collapsed, rule);
    return rule;
  }
}

/** Candidates judged between pauses of the stepped planning. */
const CANDIDATES_PER_STEP = 50;

/** Elements around the chapter to remove, in steps, without changing the page. */
export function* planSurroundingsSteps(
  scan: PageScan,
  options: SurroundingsOptions,
): Generator<void, PlannedElement[]> {
  const planner = new Planner(options);
  let judged = 0;
  for (const { element, rule } of scan.ads) {
    if (++judged % CANDIDATES_PER_STEP === 0) yield;
    if (planner.removable(element)) planner.take(element, rule, visibleText(element));
    // Inside the text box only empty ad slots go; anything with text is for the line classifier.
    else if (planner.removableInside(element) && visibleText(element) === '') planner.take(element, rule, '');
  }
  const widgets: WidgetVerdicts = new Map();
  for (const { element } of scan.links) {
    if (++judged % CANDIDATES_PER_STEP === 0) yield;
    if (isSponsored(element)) takeSponsored(planner, element, widgets);
  }
  for (const region of options.tail ?? tailRegions(options.container)) {
    if (++judged % CANDIDATES_PER_STEP === 0) yield;
    yield* judgeTailSteps(planner, region, 0);
  }
  const lists = new Set<Element>();
  for (const { element } of scan.links) {
    if (++judged % CANDIDATES_PER_STEP === 0) yield;
    const parent = element.parentElement;
    if (parent && !lists.has(parent) && planner.removableInside(parent)) {
      lists.add(parent);
      judgeInnerList(planner, parent);
    }
  }
  for (const [element, block] of scan.blocks) {
    if (++judged % CANDIDATES_PER_STEP === 0) yield;
    // The removable test first: it turns away the chapter box, whose text is the longest to look at.
    if (!planner.removable(element)) {
      if (!block.hasBlockChild && planner.guardsBeside(element)) judgeOwnLines(planner, element);
      continue;
    }
    if (!/\S/.test(block.text)) continue;
    if (block.hasBlockChild) judgeOwnLines(planner, element);
    else judgeBlock(planner, element, block);
  }
  for (const { element, text } of scan.links) {
    if (++judged % CANDIDATES_PER_STEP === 0) yield;
    if (options.keep.exact.has(element) || !planner.removable(element)) continue;
    const rule = planner.junkRule(text);
    if (rule && LINK_RULES.has(rule)) planner.take(element, rule, text);
  }
  return planner.planned;
}

/**
 * A box to write in after the chapter: a comment form with its prompt and the posts above it. Only
 * what follows the chapter box is asked, so a form inside the chapter is never taken for one.
 */
function holdsCommentBox(region: Element): boolean {
  return region.tagName === 'TEXTAREA' || region.getElementsByTagName('textarea').length > 0;
}

/** How deep the tail pass looks into a region that holds navigation. */
const TAIL_DEPTH = 6;

/**
 * A region after the chapter with more links than this is left as it is, and not looked into: taking
 * a subtree of a hundred thousand nodes out of a page blocks it for hundreds of milliseconds in one
 * task, for a list that sits below the chapter and its navigation anyway. A book's chapter list
 * repeated for search engines runs to a few thousand links at most.
 */
export const HUGE_REGION_LINKS = 10_000;

/**
 * A region after the chapter: a list of links with no navigation in it goes whole; a region that
 * holds navigation keeps it, loses a run of other books' titles beside it, and is looked into.
 */
function* judgeTailSteps(planner: Planner, region: Element, depth: number): Generator<void, void> {
  if (planner.pageHasTextArea() && holdsCommentBox(region)) {
    // Readers' posts narrate as story does, so the box is known by its shape: something to write in.
    const guarded = planner.holdsProtected(region) || planner.holdsBookLink(region);
    if (!guarded && planner.removable(region)) {
      planner.take(region, 'comment-box', visibleText(region, LIST_TEXT_NODES));
      return;
    }
  }
  const text = yield* measureRegionSteps(region, (counted) => counted.links.length > HUGE_REGION_LINKS);
  if (text.links.length === 0 || text.links.length > HUGE_REGION_LINKS) return;
  const guarded = planner.holdsProtected(region) || planner.holdsBookLink(region);
  if (!guarded && planner.removable(region) && isTailList(text)) {
    const labelled = hasRecommendationLabel(region);
    planner.take(region, labelled ? 'recommendations' : 'link-list', visibleText(region, LIST_TEXT_NODES));
    return;
  }
  if (depth >= TAIL_DEPTH) return;
  if (guarded) {
    const strays = strayLinks(text.links, (link) => planner.isProtected(link)).filter((link) =>
      planner.besideChapterLink(link),
    );
    if (strays.length >= STRAY_RUN)
      for (const link of strays)
        if (planner.removable(link)) planner.take(link, 'recommendations', visibleText(link));
  }
  // A region that is not a list as a whole may hold one beside other things (a disclaimer, a bar).
  // A pause before each look inside: a long tail (a book's whole chapter list) is many steps.
  for (const child of Array.from(region.children)) {
    yield;
    yield* judgeTailSteps(planner, child, depth + 1);
  }
}

/**
 * A list of links inside the chapter box (other books, the book's chapters): story is never a list
 * of links. The largest such block goes, up to the chapter box and short of anything protected.
 */
function judgeInnerList(planner: Planner, block: Element): void {
  if (!isInnerLinkList(measureRegion(block))) return;
  let list = block;
  for (let up = block.parentElement; up && planner.removableInside(up); up = up.parentElement) {
    if (!isInnerLinkList(measureRegion(up))) break;
    list = up;
  }
  const labelled = hasRecommendationLabel(list);
  planner.take(list, labelled ? 'recommendations' : 'link-list', visibleText(list, LIST_TEXT_NODES));
}

/** Other books' titles mixed into a navigation bar: a run of this many, at least, is a list. */
const STRAY_RUN = 3;

/** Nodes looked at for a list's label: it heads the list. */
const LABEL_LOOK = 200;

function hasRecommendationLabel(region: Element): boolean {
  let found = false;
  walk(
    region,
    {
      enter(node) {
        if (found) return false;
        if (node.nodeType === 3) found = isRecommendationLabel((node as Text).data);
        return node.nodeType === 1 && (node as Element).tagName !== 'A';
      },
    },
    LABEL_LOOK,
  );
  return found;
}

/** Text with a letter or a digit in it: not a separator ("|", "-") that only spaces links apart. */
const WORDS = /[\p{L}\p{N}]/u;

/**
 * A box's own lines, judged one by one. A line that runs through something protected (a navigation
 * link, the title, a link to the book) is judged in runs between them: a run that is junk goes, the
 * protected nodes and the separators between them stay.
 */
function judgeOwnLines(planner: Planner, element: Element): void {
  const guards = (node: Node) =>
    node.nodeType === 1 &&
    (planner.holdsProtected(node as Element) || planner.holdsBookLink(node as Element));
  for (const line of ownLines(element)) {
    let run: Node[] = [];
    let text = '';
    const judgeRun = () => {
      const rule = WORDS.test(text) ? planner.junkRule(text) : undefined;
      if (rule) planner.takeLine(run, rule, text);
      run = [];
      text = '';
    };
    for (const node of line.nodes) {
      if (guards(node)) {
        judgeRun();
        continue;
      }
      run.push(node);
      text += node.textContent ?? '';
    }
    judgeRun();
  }
}

function judgeBlock(planner: Planner, element: Element, block: BlockText): void {
  if (planner.isLearned(block.text)) {
    planner.take(element, 'learned-boilerplate', block.text);
    return;
  }
  const list = recommendationList(element, block.text);
  if (list && planner.removable(list)) {
    planner.take(list, 'recommendations', visibleText(list));
    return;
  }
  const rule = planner.junkRule(block.text);
  if (!rule) return;
  // A bar of links is a menu: its links are judged one by one, unless it is a recommendation list.
  const isMenu = block.links > 1 && block.linkChars > block.text.trim().length * 0.6;
  if (!isMenu || rule === 'recommendations') planner.take(element, rule, block.text);
}

/** Elements around the chapter to remove, at once. */
export function planSurroundings(scan: PageScan, options: SurroundingsOptions): PlannedElement[] {
  return drain(planSurroundingsSteps(scan, options));
}
