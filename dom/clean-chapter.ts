/**
 * Cleans the lines of the chapter container: plan first (no change to the page), then apply. The
 * plan is checked against the safety cap before anything is touched.
 */
import {
  applyCut,
  classifyLine,
  type LineContext,
  type LineVerdict,
  type UserRuleMatch,
} from '@/core/classify-line';
import { capLength } from '@/core/policy';
import { isRecommendationLabel, isTitleLike } from '@/core/signals/recommendations';
import type { Flag } from '@/core/types';
import { BUNDLED_BOILERPLATE_RULE } from '@/core/clean-paragraphs';
import type { Journal, JournalEntry } from './journal';
import type { Line } from './lines';
import { drain } from './walk';
import { nodesForSpans, nodesForWholeLine } from './line-removal';

export interface ChapterCleanOptions {
  context: LineContext;
  navigation: readonly Element[];
  /** Per line, what the bundled chapter knows: certainly story, or certainly its site's boilerplate. */
  bundled?: ReadonlyArray<'story' | 'boilerplate' | null>;
  /** Matches of the reader's rules, by line text (trimmed). */
  userRules?: ReadonlyMap<string, readonly UserRuleMatch[]>;
}

export interface PlannedLine {
  line: Line;
  /** Trimmed text, and where it starts in the line's raw text. */
  text: string;
  lead: number;
  verdict: LineVerdict;
}

export interface ChapterPlan {
  lines: PlannedLine[];
  /** Characters of the chapter and of what the plan removes, as the safety cap counts them. */
  totalChars: number;
  removedChars: number;
}

function isHeading(element: Element | null): boolean {
  return element !== null && /^H[1-6]$/.test(element.tagName);
}

/** True when some text of the line sits inside a navigation link. */
function hasNavigation(line: Line, container: Element, navigation: readonly Element[]): boolean {
  if (navigation.length === 0) return false;
  const links = new Set(navigation);
  return line.parts.some(({ node }) => {
    for (let element = node.parentElement; element && element !== container; element = element.parentElement)
      if (links.has(element)) return true;
    return false;
  });
}

function verdictFor(
  text: string,
  index: number,
  options: ChapterCleanOptions,
  untitled: LineContext,
): LineVerdict {
  const known = options.bundled?.[index];
  if (known === 'boilerplate') return { action: 'remove', rule: BUNDLED_BOILERPLATE_RULE };
  // A copy of the title only counts as junk at the top of the text, where sites repeat it.
  const verdict = classifyLine(text, index < 2 ? options.context : untitled, options.userRules?.get(text));
  // A line of the bundled chapter is story for certain: an ad glued to it may be cut off, but the
  // line itself is never removed.
  if (known === 'story' && verdict.action === 'remove') return { action: 'keep' };
  return verdict;
}

/** Lines planned or applied between pauses of the stepped versions. */
const LINES_PER_STEP = 20;

/** Decides every line of the container (as collected by collectLines), in steps, without changing the page. */
export function* planChapterSteps(
  container: Element,
  lines: readonly Line[],
  options: ChapterCleanOptions,
): Generator<void, ChapterPlan> {
  const plan: ChapterPlan = { lines: [], totalChars: 0, removedChars: 0 };
  const untitled = { ...options.context, title: undefined };
  for (const [index, line] of lines.entries()) {
    if (index % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const text = line.raw.trim();
    const lead = line.raw.indexOf(text);
    let verdict = verdictFor(text, index, options, untitled);
    const removes = verdict.action === 'remove' || verdict.action === 'cut';
    // Navigation and the page's own headings stay, whatever their words.
    if (removes && (isHeading(line.element) || hasNavigation(line, container, options.navigation)))
      verdict = { action: 'keep' };
    plan.totalChars += capLength(text);
    if (verdict.action === 'remove') plan.removedChars += capLength(text);
    if (verdict.action === 'cut')
      for (const [start, end] of verdict.spans) plan.removedChars += capLength(text.slice(start, end));
    plan.lines.push({ line, text, lead, verdict });
  }
  takeListsAfterLabels(plan, options);
  return plan;
}

/** A label's list: at least this many title-like lines right after it. */
const LABELLED_ITEMS = 3;

/**
 * A recommendation label on a line of its own ("笔下书友正在阅读：") followed by a run of title-like
 * lines, one book per line: the run is the list, whatever the titles say. Fewer than three such
 * lines, and they stay.
 */
function takeListsAfterLabels(plan: ChapterPlan, options: ChapterCleanOptions): void {
  plan.lines.forEach((planned, index) => {
    const { verdict } = planned;
    if (
      verdict.action !== 'remove' ||
      verdict.rule !== 'recommendations' ||
      !isRecommendationLabel(planned.text)
    )
      return;
    let end = index + 1;
    while (
      end < plan.lines.length &&
      plan.lines[end]!.verdict.action !== 'remove' &&
      options.bundled?.[end] !== 'story' &&
      isTitleLike(plan.lines[end]!.text)
    )
      end++;
    if (end - index - 1 < LABELLED_ITEMS) return;
    for (const item of plan.lines.slice(index + 1, end)) {
      if (item.verdict.action === 'cut')
        for (const [start, stop] of item.verdict.spans)
          plan.removedChars -= capLength(item.text.slice(start, stop));
      item.verdict = { action: 'remove', rule: 'recommendations' };
      plan.removedChars += capLength(item.text);
    }
  });
}

/** Decides every line at once. */
export function planChapter(
  container: Element,
  lines: readonly Line[],
  options: ChapterCleanOptions,
): ChapterPlan {
  return drain(planChapterSteps(container, lines, options));
}

/** Applies a plan in steps: removals go through the journal, flags are returned as data. */
export function* applyChapterPlanSteps(
  plan: ChapterPlan,
  container: Element,
  journal: Journal,
): Generator<void, { removed: JournalEntry[]; flags: Flag[] }> {
  const removed: JournalEntry[] = [];
  const flags: Flag[] = [];
  for (const [index, { line, text, lead, verdict }] of plan.lines.entries()) {
    if (index % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    if (verdict.action === 'flag') flags.push({ text, reason: verdict.reason });
    if (verdict.action === 'remove')
      removed.push(
        journal.remove(nodesForWholeLine(line, container), { kind: 'line', rule: verdict.rule, text }),
      );
    if (verdict.action === 'cut') {
      const cutText = applyCut(text, verdict.spans).removed.join(' … ');
      const spans = verdict.spans.map(([start, end]) => [lead + start, lead + end] as const);
      const { nodes, chains } = nodesForSpans(line, spans, container);
      removed.push(journal.remove(nodes, { kind: 'line', rule: verdict.rule, text: cutText }, chains));
    }
  }
  return { removed, flags };
}

/** Applies a plan at once. */
export function applyChapterPlan(
  plan: ChapterPlan,
  container: Element,
  journal: Journal,
): { removed: JournalEntry[]; flags: Flag[] } {
  return drain(applyChapterPlanSteps(plan, container, journal));
}
