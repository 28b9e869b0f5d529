/**
 * The cheap first look on every page: does it name itself as a chapter (title or heading) or carry
 * chapter navigation? It reads the title, then at most a fixed number of elements from the top and
 * from the bottom of the page, where chapter navigation sits; it never walks a whole page. A page
 * with no title at all (a saved body, a fragment) is rare and gets a longer look (see untitled.ts).
 */
import { hasChapterHeading, PAGE_NUMBER } from '@/core/chapter-title';
import { hasHan } from '@/core/text/han';
import { navigationKind } from './navigation';
import { untitledChapterReason } from './untitled';
import { walk } from './walk';

/**
 * Nodes looked at from the top and from the bottom of the page. Chapter navigation sits within a few
 * hundred nodes of the end on every layout in the corpus; the budget keeps the look cheap even in
 * slow DOMs, where each node visited costs about a microsecond.
 */
const TOP_BUDGET = 60;
const BOTTOM_BUDGET = 240;

export interface GateResult {
  pass: boolean;
  reason: string;
}

interface Signals {
  heading: string;
  chapterLink: boolean;
  pageLink: boolean;
  indexLink: boolean;
}

function inspect(element: Element, signals: Signals): void {
  const tag = element.tagName;
  if (tag === 'H1' && !signals.heading) signals.heading = element.textContent ?? '';
  if (tag !== 'A') return;
  const kind = navigationKind(element.textContent ?? '');
  if (kind === 'chapter') signals.chapterLink = true;
  else if (kind === 'page') signals.pageLink = true;
  else if (kind === 'index') signals.indexLink = true;
}

function scan(root: Element, signals: Signals, budget: number, reverse: boolean): void {
  walk(
    root,
    {
      enter(node) {
        if (node.nodeType !== 1) return false;
        inspect(node as Element, signals);
        return (node as Element).tagName !== 'A';
      },
    },
    budget,
    reverse,
  );
}

/**
 * Decides cheaply whether `doc` may be a novel chapter; a page that fails is left untouched. The
 * caller may pass the page title it has already read (some DOMs search the document for it).
 */
export function passesChapterGate(doc: Document, title: string = doc.title ?? ''): GateResult {
  const untitled = title.trim() === '';
  if (!untitled && !hasHan(title)) return { pass: false, reason: 'no Chinese in the page title' };
  if (hasChapterHeading(title)) return { pass: true, reason: 'chapter title' };
  const body = doc.body;
  if (!body) return { pass: false, reason: 'no body' };
  const signals: Signals = { heading: '', chapterLink: false, pageLink: false, indexLink: false };
  scan(body, signals, TOP_BUDGET, false);
  scan(body, signals, BOTTOM_BUDGET, true);
  if (hasChapterHeading(signals.heading)) return { pass: true, reason: 'chapter heading' };
  if (signals.chapterLink) return { pass: true, reason: 'chapter navigation' };
  if (signals.pageLink && signals.indexLink) return { pass: true, reason: 'page and index navigation' };
  if (PAGE_NUMBER.test(title) && /《.+》|作者/.test(title)) return { pass: true, reason: 'paged book title' };
  const reason = untitled ? untitledChapterReason(body) : null;
  if (reason) return { pass: true, reason };
  return { pass: false, reason: 'no chapter title or navigation' };
}
