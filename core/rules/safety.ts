/**
 * A rule is tried on a real chapter before it is accepted: if it would take out more than a quarter
 * of the text, or cut into quoted dialogue, it is refused with the reason.
 *
 * The matcher applies rules line by line, but rules written for Legado were meant for the whole
 * chapter at once: `第(.*)章(.|\n)*` matches the title and then everything after it. So expressions
 * are also run on the chapter joined with line breaks, and what they would remove that way counts
 * too. A rule that spans line breaks is a rule that erases chapters, even if our line-by-line
 * matcher would happen to contain it.
 */
import { isDialogueLine, quotedRanges } from './dialogue.ts';
import { lineText } from './literal.ts';
import { compileRule, mergeSpans, type CompiledRule, type RegexCompiler, type Span } from './match.ts';
import type { UserRule } from './model.ts';
import { compileRegex } from './re2.ts';
import { ruleReason, type RuleReason } from './reasons.ts';

export type SafetyVerdict =
  { ok: true; removedShare: number; matchedLines: number } | { ok: false; reason: RuleReason };

/** Above this share of the chapter's characters a rule is refused. */
export const MAX_REMOVED_SHARE = 0.25;

interface Removal {
  perLine: Span[][];
  /** Some match of the whole-chapter run contained a line break. */
  crossesLines: boolean;
}

/** Adds what the whole-chapter run removes to `perLine`; true when a match spans a line break. */
function joinedRemoval(rule: CompiledRule, lines: readonly string[], perLine: Span[][]): boolean {
  const joined = lines.join('\n');
  let crosses = false;
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  for (const [start, end] of rule.find(lineText(joined))) {
    if (joined.slice(start, end).includes('\n')) crosses = true;
    lines.forEach((line, i) => {
      const from = Math.max(start, starts[i]!) - starts[i]!;
      const to = Math.min(end, starts[i]! + line.length) - starts[i]!;
      if (from < to) perLine[i]!.push([from, to]);
    });
  }
  return crosses;
}

function removal(rule: CompiledRule, lines: readonly string[]): Removal {
  const perLine = lines.map((line) => [...rule.find(lineText(line))]);
  const crossesLines = rule.isRegex ? joinedRemoval(rule, lines, perLine) : false;
  return { perLine: perLine.map(mergeSpans), crossesLines };
}

function solidCount(text: string): number {
  return text.replace(/\s+/g, '').length;
}

function excerpt(line: string): string {
  const trimmed = line.trim();
  return trimmed.length > 30 ? `${trimmed.slice(0, 30)}…` : trimmed;
}

/** The first dialogue line whose quoted text a span would cut, if any. */
function cutDialogue(lines: readonly string[], perLine: Span[][]): string | undefined {
  return lines.find((line, i) => {
    const spans = perLine[i]!;
    if (spans.length === 0 || !isDialogueLine(line)) return false;
    const quotes = quotedRanges(line);
    return spans.some(([start, end]) => quotes.some(([from, to]) => start < to && from < end));
  });
}

/** Share of the chapter's non-space characters covered by the per-line spans. */
function removedShare(lines: readonly string[], perLine: Span[][]): number {
  let total = 0;
  let removed = 0;
  lines.forEach((line, i) => {
    total += solidCount(line);
    for (const [start, end] of perLine[i]!) removed += solidCount(line.slice(start, end));
  });
  return total === 0 ? 0 : removed / total;
}

/** Whether the rule is safe on this chapter, or why it is refused. Scope and `enabled` are ignored. */
export function checkRuleAgainstChapter(
  rule: UserRule,
  lines: readonly string[],
  regex: RegexCompiler = compileRegex,
): SafetyVerdict {
  const compiled = compileRule(rule, regex);
  if ('reason' in compiled)
    return { ok: false, reason: ruleReason('refused.cannotRun', { reason: compiled.reason }) };
  const { perLine, crossesLines } = removal(compiled, lines);
  const share = removedShare(lines, perLine);
  if (share > MAX_REMOVED_SHARE) {
    // Matching across line breaks gets its own words: run on a whole chapter, as Legado does, such
    // a rule erases everything between its ends.
    const code = crossesLines ? 'refused.shareAcross' : 'refused.share';
    return { ok: false, reason: ruleReason(code, { share: Math.round(share * 100) }) };
  }
  const dialogue = cutDialogue(lines, perLine);
  if (dialogue !== undefined)
    return { ok: false, reason: ruleReason('refused.dialogue', { line: excerpt(dialogue) }) };
  return { ok: true, removedShare: share, matchedLines: perLine.filter((spans) => spans.length > 0).length };
}
