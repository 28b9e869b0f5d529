/**
 * The cheap first look on every page: does it name itself as a chapter (title or heading) or carry
 * chapter navigation? It reads the title, the first top-level heading, then a fixed number of links
 * from the top and from the bottom of the page, where chapter navigation sits; it never walks a
 * page. A page with no title at all (a saved body, a fragment) is rare and gets a longer look (see
 * untitled.ts): a glance here, and in full, in steps, when the engine detects.
 */
import { hasChapterHeading, PAGE_NUMBER } from '@/core/chapter-title';
import { hasHan } from '@/core/text/han';
import { navigationKind } from './navigation';
import { UNTITLED_BUDGET, untitledChapterSteps } from './untitled';
import { drain } from './walk';

/**
 * Links looked at from the top and from the bottom of the page, where chapter navigation sits (the
 * bottom bar within the last 105 links on every layout in the corpus, a long footer
 * included). The browser finds the links itself: the look costs a few dozen reads of short texts,
 * never a walk of the page in script.
 */
const TOP_LINKS = 50;
const BOTTOM_LINKS = 120;

export interface GateResult {
  pass: boolean;
  reason: string;
}

interface Navigation {
  chapter: boolean;
  page: boolean;
  index: boolean;
}

function readLink(link: Element, found: Navigation): void {
  const kind = navigationKind(link.textContent ?? '');
  if (kind === 'chapter') found.chapter = true;
  else if (kind === 'page') found.page = true;
  else if (kind === 'index') found.index = true;
}

/** What the first and last links of `body` say: links to chapters, pages, the index. */
function readNavigation(body: HTMLElement): Navigation {
  const found: Navigation = { chapter: false, page: false, index: false };
  const links = body.getElementsByTagName('a');
  const count = links.length;
  const top = Math.min(TOP_LINKS, count);
  for (let index = 0; index < top && !found.chapter; index++) readLink(links[index]!, found);
  const bottom = Math.max(top, count - BOTTOM_LINKS);
  for (let index = count - 1; index >= bottom && !found.chapter; index--) readLink(links[index]!, found);
  return found;
}

/**
 * Nodes the first look reads of a page without a title, in one go. A longer page that has not
 * shown itself a chapter by then passes: the engine reads it in full, in steps (chapterGateSteps).
 */
const GLANCE_BUDGET = 2_000;

function* gateSteps(doc: Document, title: string, untitledBudget: number): Generator<void, GateResult> {
  const untitled = title.trim() === '';
  if (!untitled && !hasHan(title)) return { pass: false, reason: 'no Chinese in the page title' };
  if (hasChapterHeading(title)) return { pass: true, reason: 'chapter title' };
  const body = doc.body;
  if (!body) return { pass: false, reason: 'no body' };
  // The first top-level heading of the page, wherever the site's header pushed it.
  const heading = body.getElementsByTagName('h1')[0];
  if (heading && hasChapterHeading(heading.textContent ?? ''))
    return { pass: true, reason: 'chapter heading' };
  const navigation = readNavigation(body);
  if (navigation.chapter) return { pass: true, reason: 'chapter navigation' };
  if (navigation.page && navigation.index) return { pass: true, reason: 'page and index navigation' };
  if (PAGE_NUMBER.test(title) && /《.+》|作者/.test(title)) return { pass: true, reason: 'paged book title' };
  const fail = { pass: false, reason: 'no chapter title or navigation' };
  if (!untitled) return fail;
  const { reason, complete } = yield* untitledChapterSteps(body, untitledBudget);
  if (reason) return { pass: true, reason };
  if (!complete && untitledBudget < UNTITLED_BUDGET)
    return { pass: true, reason: 'a long page without a title' };
  return fail;
}

/**
 * Decides cheaply whether `doc` may be a novel chapter; a page that fails is left untouched. The
 * caller may pass the page title it has already read (some DOMs search the document for it). A long
 * page without a title passes on a glance; chapterGateSteps then decides.
 */
export function passesChapterGate(doc: Document, title: string = doc.title ?? ''): GateResult {
  return drain(gateSteps(doc, title, GLANCE_BUDGET));
}

/** The gate with a page without a title read in full, in steps: the engine's look. */
export function chapterGateSteps(doc: Document, title: string): Generator<void, GateResult> {
  return gateSteps(doc, title, UNTITLED_BUDGET);
}
