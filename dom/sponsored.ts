/**
 * Paid links: rel="sponsored" is how a page marks them (the web's own convention for paid links),
 * and widget networks mark their items so. The ad is the largest box around such links that holds
 * nothing else but a heading and labels: the whole widget, not link by link. Inside the chapter box
 * too, for widgets are injected there; a box with story-length text of its own is never taken.
 */
import type { Planner } from './clean-surroundings';
import { visibleText } from './clean-surroundings';
import { measureRegion, type RegionText } from './tail-regions';

/**
 * Text a widget holds outside its links: a heading ("你可能會喜歡"), "Sponsored" labels, "Undo".
 * Twelve Han characters outside links is less than any line of story worth the name.
 */
const WIDGET_LOOSE_CHARS = 60;
const WIDGET_LOOSE_HAN = 12;

export function isSponsored(link: Element): boolean {
  const rel = link.getAttribute('rel');
  return rel !== null && /(^|\s)sponsored(\s|$)/i.test(rel);
}

/** True when every link in `box` is sponsored and it has little text of its own. */
function isWidget(box: Element): boolean {
  // Counts only grow as the walk goes on: once one of them is past its limit, the box is no widget.
  const text = measureRegion(box, (sofar) => !fitsWidget(sofar, sofar.links.at(-1)));
  return fitsWidget(text) && text.links.every(isSponsored);
}

/** The text counts within a widget's, and `link`, if given, sponsored. */
function fitsWidget(text: RegionText, link?: Element): boolean {
  return (
    text.looseChars <= WIDGET_LOOSE_CHARS &&
    text.han - text.linkHan <= WIDGET_LOOSE_HAN &&
    (link === undefined || isSponsored(link))
  );
}

/**
 * isWidget per box for one planning run: the links of one widget climb through the same boxes,
 * and the page does not change while a plan is made.
 */
export type WidgetVerdicts = Map<Element, boolean>;

function isWidgetOnce(box: Element, verdicts: WidgetVerdicts): boolean {
  let verdict = verdicts.get(box);
  if (verdict === undefined) verdicts.set(box, (verdict = isWidget(box)));
  return verdict;
}

/** Takes the largest widget around a sponsored link, unless something protected or taken is in the way. */
export function takeSponsored(planner: Planner, link: Element, verdicts: WidgetVerdicts = new Map()): void {
  let widget: Element | null = null;
  for (let box: Element | null = link; box && box.tagName !== 'BODY'; box = box.parentElement) {
    if (planner.holdsProtected(box) || !isWidgetOnce(box, verdicts)) break;
    widget = box;
  }
  if (widget && (planner.removable(widget) || planner.removableInside(widget)))
    planner.take(widget, 'sponsored-links', visibleText(widget));
}
