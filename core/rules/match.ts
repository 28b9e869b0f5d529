/**
 * Compiling the rules for one page and finding what they match in a line. The regex engine is a
 * parameter: `compile.ts` passes re2.ts's compiler, a literal-only bundle passes null and never loads
 * re2js (its regex rules are then reported, not silently skipped). This module and what it imports
 * must never import re2.ts at runtime; re2.ts imports only types from here.
 */
import { compileLiteral, findLiteral, lineText, MIN_LITERAL_KEY, type LineText } from './literal.ts';
import { ruleAppliesToHost, type UserRule } from './model.ts';
import { ruleReason, type RuleReason } from './reasons.ts';

/** A half-open range [start, end) of UTF-16 indices in the matched text. */
export type Span = readonly [start: number, end: number];

/** Every non-empty, non-overlapping match of one compiled pattern in `text`, left to right. */
export type SpanFinder = (text: string) => Span[];

export type CompiledRegex =
  { ok: true; find: SpanFinder; notes: RuleReason[] } | { ok: false; reason: RuleReason };

/** Turns a stored pattern into a finder; re2.ts provides the real one, tests may provide others. */
export type RegexCompiler = (pattern: string) => CompiledRegex;

/** Sorted, merged union of spans: overlapping or touching spans become one. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export interface CompiledRule {
  id: string;
  name: string;
  isRegex: boolean;
  find(line: LineText): Span[];
}

export interface RuleProblem {
  ruleId: string;
  name: string;
  reason: RuleReason;
}

export interface CompiledRules {
  host: string;
  rules: CompiledRule[];
  /** Enabled rules for this host that cannot run, with why. */
  problems: RuleProblem[];
}

export interface RuleSpan {
  start: number;
  end: number;
  ruleId: string;
}

/** One rule ready to run, or why it cannot (regex: null means no regex engine is loaded). */
export function compileRule(
  rule: UserRule,
  regex: RegexCompiler | null,
): CompiledRule | { reason: RuleReason } {
  const base = { id: rule.id, name: rule.name, isRegex: rule.isRegex };
  if (rule.pattern.trim() === '') return { reason: ruleReason('compile.empty') };
  if (!rule.isRegex) {
    const literal = compileLiteral(rule.pattern);
    if (literal === null) return { reason: ruleReason('compile.tooShort', { count: MIN_LITERAL_KEY }) };
    return { ...base, find: (line) => findLiteral(literal, line) };
  }
  if (regex === null) return { reason: ruleReason('compile.noRegexEngine') };
  const compiled = regex(rule.pattern);
  if (!compiled.ok) return { reason: compiled.reason };
  return { ...base, find: (line) => compiled.find(line.text) };
}

/** The enabled rules that apply on `host`, compiled in their order, with the ones that cannot run. */
export function compileRulesWith(
  rules: readonly UserRule[],
  host: string,
  regex: RegexCompiler | null,
): CompiledRules {
  const result: CompiledRules = { host, rules: [], problems: [] };
  const ordered = rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => a.rule.order - b.rule.order || a.index - b.index);
  for (const { rule } of ordered) {
    if (!rule.enabled || !ruleAppliesToHost(rule, host)) continue;
    const compiled = compileRule(rule, regex);
    if ('reason' in compiled)
      result.problems.push({ ruleId: rule.id, name: rule.name, reason: compiled.reason });
    else result.rules.push(compiled);
  }
  return result;
}

/** Every span of `line` some compiled rule matches, by start; spans of different rules may overlap. */
export function findRuleSpans(compiled: CompiledRules, line: string): RuleSpan[] {
  const text = lineText(line);
  const found: RuleSpan[] = [];
  for (const rule of compiled.rules) {
    for (const [start, end] of rule.find(text)) found.push({ start, end, ruleId: rule.id });
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
