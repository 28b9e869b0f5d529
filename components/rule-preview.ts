/**
 * What one rule would do to a chapter, decided the way the content script decides: the rule's
 * matches are strong evidence for core/classify-line.ts, which still keeps (and flags) a line where
 * enough story is left. Also the checks a rule must pass before it is saved. Pure: no Preact here.
 */
import type { FlagReason } from '@/core/flag-reasons';
import { userRuleId, type RuleId, type UserRuleId } from '@/core/rule-ids';
import { classifyLine } from '@/core/classify-line';
import { compileRules } from '@/core/rules/compile';
import { translatePattern } from '@/core/rules/dialect';
import { findRuleSpans, type Span } from '@/core/rules/match';
import type { UserRule } from '@/core/rules/model';
import type { RuleReason } from '@/core/rules/reasons';
import { checkRuleAgainstChapter } from '@/core/rules/safety';
import { validateRule } from '@/core/rules/validate';

export type PreviewOutcome = 'removed' | 'cut' | 'flagged' | 'kept';

export interface PreviewLine {
  index: number;
  text: string;
  /** Where the rule matches. */
  matches: Span[];
  /** What the cleaner would take out: the whole line, the cut pieces, or nothing. */
  removed: Span[];
  outcome: PreviewOutcome;
  /** The rule the removal is named after, why the line is flagged, or null for a kept line. */
  reason: { rule: RuleId } | { flag: FlagReason } | null;
}

export interface TextPiece {
  text: string;
  matched: boolean;
  removed: boolean;
}

/** A text to check a rule against, with the name the reader knows it by. */
export interface CheckSource {
  label: string;
  lines: readonly string[];
}

export type RuleCheck =
  | { ok: true }
  | { ok: false; kind: 'invalid'; reason: RuleReason }
  | { ok: false; kind: 'refused'; reason: RuleReason; source: string };

/** How removals by this rule are named on the page and in the popup. */
export function removalName(rule: Pick<UserRule, 'name' | 'pattern'>): UserRuleId {
  return userRuleId(rule.name || rule.pattern);
}

function lineOutcome(index: number, text: string, matches: Span[], rule: UserRuleId): PreviewLine {
  const evidence = matches.map(([start, end]) => ({ start, end, rule }));
  const verdict = classifyLine(text, {}, evidence);
  const line = { index, text, matches };
  switch (verdict.action) {
    case 'remove':
      return { ...line, outcome: 'removed', removed: [[0, text.length]], reason: { rule: verdict.rule } };
    case 'cut':
      return { ...line, outcome: 'cut', removed: verdict.spans, reason: { rule: verdict.rule } };
    case 'flag':
      return { ...line, outcome: 'flagged', removed: [], reason: { flag: verdict.reason } };
    default:
      return { ...line, outcome: 'kept', removed: [], reason: null };
  }
}

/** The lines the rule matches, each with what the cleaner would do to it. Scope is not applied. */
export function previewRule(rule: UserRule, lines: readonly string[]): PreviewLine[] {
  if (!validateRule(rule).ok) return [];
  const compiled = compileRules([{ ...rule, enabled: true, scope: [], excludeScope: [] }], '');
  const name = removalName(rule);
  const result: PreviewLine[] = [];
  lines.forEach((text, index) => {
    const matches: Span[] = findRuleSpans(compiled, text).map(({ start, end }) => [start, end]);
    if (matches.length > 0) result.push(lineOutcome(index, text, matches, name));
  });
  return result;
}

/** The line cut into pieces at every match and removal boundary, for highlighting. */
export function textPieces(line: Pick<PreviewLine, 'text' | 'matches' | 'removed'>): TextPiece[] {
  const inside = (spans: Span[], at: number) => spans.some(([start, end]) => start <= at && at < end);
  const cuts = new Set([0, line.text.length]);
  for (const [start, end] of [...line.matches, ...line.removed]) cuts.add(start).add(end);
  const points = [...cuts].filter((at) => at <= line.text.length).sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    if (from === to) continue;
    const text = line.text.slice(from, to);
    pieces.push({ text, matched: inside(line.matches, from), removed: inside(line.removed, from) });
  }
  return pieces;
}

/** Notes on how an expression was read (Java flags that have no effect here…), if any. */
export function expressionNotes(rule: Pick<UserRule, 'pattern' | 'isRegex'>): RuleReason[] {
  if (!rule.isRegex) return [];
  const translated = translatePattern(rule.pattern);
  return translated.ok ? translated.notes : [];
}

/** Whether the rule may be saved: it must run, and must not hurt the story in any of the sources. */
export function checkRule(rule: UserRule, sources: readonly CheckSource[]): RuleCheck {
  const valid = validateRule(rule);
  if (!valid.ok) return { ok: false, kind: 'invalid', reason: valid.reason };
  for (const source of sources) {
    if (source.lines.length === 0) continue;
    const verdict = checkRuleAgainstChapter(rule, source.lines);
    if (!verdict.ok) return { ok: false, kind: 'refused', reason: verdict.reason, source: source.label };
  }
  return { ok: true };
}

/** The non-empty lines of pasted text, trimmed, as a chapter's lines. */
export function linesOfText(text: string): string[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
