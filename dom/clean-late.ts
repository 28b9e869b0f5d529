/**
 * Cleans content a page adds after the first run, in steps: the chapter lines it landed in (found
 * around the added nodes, see late-lines.ts) and added elements around the chapter. The safety cap
 * still holds for the chapter as a whole; its size is a running total, not a re-reading of it.
 */
import type { LineContext } from '@/core/classify-line';
import { plainFlag } from '@/core/flag-reasons';
import { capLength, passesSafetyCap } from '@/core/policy';
import type { Flag } from '@/core/types';
import { applyChapterPlanSteps, planChapterSteps } from './clean-chapter';
import { planSurroundingsSteps } from './clean-surroundings';
import type { Journal } from './journal';
import { linesHoldingSteps } from './late-lines';
import type { ProtectedSet } from './navigation';
import { scanPageSteps } from './page-scan';

/** Node.DOCUMENT_POSITION_FOLLOWING, without the Node global (the engine runs on any document). */
const FOLLOWING = 4;

/** The region after the chapter (see tail-regions.ts) that holds `node`, if `node` follows the chapter. */
function tailRegionOf(node: Element, container: Element): Element | null {
  if ((container.compareDocumentPosition(node) & FOLLOWING) === 0) return null;
  let region = node;
  while (region.parentElement && !region.parentElement.contains(container)) region = region.parentElement;
  return region.parentElement && region.tagName !== 'BODY' ? region : null;
}

export interface LateCleaning {
  container: Element;
  context: LineContext;
  navigation: readonly Element[];
  /** The chapter container, its title element and the navigation links. */
  keep: ProtectedSet;
  journal: Journal;
  /** Flags raised so far; late ones join them. */
  flags: Flag[];
  /** The chapter's cap characters (capLength): as served at the last cleaning, plus late text since. */
  chapterChars: number;
  /** Links to other books, kept when they stand beside chapter links (see clean-surroundings.ts). */
  bookLinks: readonly Element[];
  /** The navigation links that lead to other chapters. */
  chapterLinks: readonly Element[];
  /** Texts this site repeats around its chapters, learnt from earlier pages. */
  learnedAround?: ReadonlySet<string>;
}

function* cleanLateLines(late: LateCleaning, inside: readonly Node[]): Generator<void, void> {
  const { container, journal } = late;
  const touched = yield* linesHoldingSteps(container, inside);
  if (touched.length === 0) return;
  const added = new Set(inside);
  for (const { parts } of touched)
    for (const { node } of parts)
      for (let up: Node | null = node; up; up = up === container ? null : up.parentNode)
        if (added.has(up)) {
          late.chapterChars += capLength(node.data);
          break;
        }
  const plan = yield* planChapterSteps(container, touched, {
    context: { ...late.context, title: undefined },
    navigation: late.navigation,
  });
  let removedSoFar = plan.removedChars;
  for (const entry of journal.active()) if (entry.kind === 'line') removedSoFar += capLength(entry.text);
  if (passesSafetyCap(removedSoFar, late.chapterChars))
    late.flags.push({ text: touched[0]!.raw.trim(), reason: plainFlag('flag.lateSafety') });
  else late.flags.push(...(yield* applyChapterPlanSteps(plan, container, journal)).flags);
}

/** Cleans `added` (nodes a page inserted since the last look), updating `late`'s flags and size. */
export function* cleanLateSteps(late: LateCleaning, added: readonly Node[]): Generator<void, void> {
  const { container } = late;
  // The box itself put back (moved, say) brings no new line.
  const inside = added.filter((node) => node !== container && container.contains(node));
  if (inside.length > 0) yield* cleanLateLines(late, inside);
  const options = {
    context: late.context,
    keep: late.keep,
    container,
    bookLinks: late.bookLinks,
    chapterLinks: late.chapterLinks,
    learnedAround: late.learnedAround,
  };
  // Only the tail regions that received something are judged again, not the whole tail at every batch.
  const judged = new Set<Element>();
  for (const node of added)
    if (node.nodeType === 1 && !container.contains(node) && !node.contains(container)) {
      const region = tailRegionOf(node as Element, container);
      const tail = region && !judged.has(region) ? [region] : [];
      if (region) judged.add(region);
      for (const { nodes, removal } of yield* planSurroundingsSteps(
        yield* scanPageSteps(node as Element, true),
        { ...options, tail },
      ))
        late.journal.remove(nodes, removal);
    }
}
