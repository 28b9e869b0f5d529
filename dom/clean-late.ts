/**
 * Cleans content a page adds after the first run, in steps: the chapter lines it landed in (found
 * around the added nodes, see late-lines.ts) and added elements around the chapter. The safety cap
 * still holds for the chapter as a whole; its size is a running total, not a re-reading of it.
 */
import type { LineContext } from '@/core/classify-line';
import type { Flag } from '@/core/types';
import { applyChapterPlanSteps, planChapterSteps } from './clean-chapter';
import { planSurroundingsSteps } from './clean-surroundings';
import type { Journal } from './journal';
import { linesHoldingSteps } from './late-lines';
import type { Line } from './lines';
import type { ProtectedSet } from './navigation';
import { scanPageSteps } from './page-scan';

export interface LateCleaning {
  container: Element;
  context: LineContext;
  navigation: readonly Element[];
  /** The chapter container, its title element and the navigation links. */
  keep: ProtectedSet;
  journal: Journal;
  /** The chapter's characters: as served at the last cleaning, plus late lines since. */
  chapterChars: number;
  /** Most of the chapter's characters that removals may take (SAFETY_CAP). */
  cap: number;
}

/** Characters that `line` gained from `added` (trimmed pieces; the whole line when all of it is new). */
function addedChars(line: Line, added: ReadonlySet<Node>, container: Element): number {
  const isAdded = (node: Node) => {
    for (let up: Node | null = node; up && up !== container; up = up.parentNode)
      if (added.has(up)) return true;
    return added.has(container);
  };
  const fresh = line.parts.filter(({ node }) => isAdded(node));
  if (fresh.length === line.parts.length) return line.raw.trim().length;
  return fresh.reduce((sum, { node }) => sum + node.data.trim().length, 0);
}

function* cleanLateLines(
  late: LateCleaning,
  inside: readonly Node[],
): Generator<void, { flags: Flag[]; addedChars: number }> {
  const { container, journal } = late;
  const touched = yield* linesHoldingSteps(container, inside);
  if (touched.length === 0) return { flags: [], addedChars: 0 };
  const added = new Set(inside);
  const gained = touched.reduce((sum, line) => sum + addedChars(line, added, container), 0);
  const plan = yield* planChapterSteps(container, touched, {
    context: { ...late.context, title: undefined },
    navigation: late.navigation,
  });
  const removedSoFar = journal
    .active()
    .filter((entry) => entry.kind === 'line')
    .reduce((sum, entry) => sum + entry.text.length, 0);
  if (removedSoFar + plan.removedChars > (late.chapterChars + gained) * late.cap) {
    const reason = 'late lines would push removals past the safety cap: kept';
    return { flags: [{ text: touched[0]!.raw.trim(), reason }], addedChars: gained };
  }
  const { flags } = yield* applyChapterPlanSteps(plan, container, journal);
  return { flags, addedChars: gained };
}

/** Cleans `added` (nodes a page inserted since the last look); returns flags and the chapter's growth. */
export function* cleanLateSteps(
  late: LateCleaning,
  added: readonly Node[],
): Generator<void, { flags: Flag[]; addedChars: number }> {
  const { container } = late;
  const inside = added.filter((node) => container.contains(node));
  const outside = added.filter(
    (node): node is Element => node.nodeType === 1 && !container.contains(node) && !node.contains(container),
  );
  const result = inside.length > 0 ? yield* cleanLateLines(late, inside) : { flags: [], addedChars: 0 };
  const options = { context: late.context, keep: late.keep, container };
  for (const element of outside) {
    const scan = yield* scanPageSteps(element, true);
    for (const { element: junk, removal } of yield* planSurroundingsSteps(scan, options))
      late.journal.remove([junk], removal);
  }
  return result;
}
