/**
 * The background's answer to a chapter page: whether to clean it, and where the reader's rules
 * match its lines. Rules run here, on the linear-time engine, so the content script never carries it.
 */
import { userRuleId } from './rule-ids';
import type { PagePlan, RuleHit } from './protocol';
import { compileRules } from './rules/compile';
import { findRuleSpans, type CompiledRules } from './rules/match';
import type { Settings } from './settings';
import { normalizeHost } from './rules/model';

/** Cleaning is on for `host` when its site switch says so, else when cleaning is on globally. */
export function autoCleanFor(settings: Settings, host: string): boolean {
  // Switches are stored by bare host (no port, lower case), as the popup saves them.
  const site = settings.sites[normalizeHost(host)];
  return site === undefined ? settings.enabled : site === 'on';
}

/** Every match of the reader's rules in `lines`. */
export function ruleHits(
  compiled: CompiledRules,
  names: ReadonlyMap<string, string>,
  lines: readonly string[],
): RuleHit[] {
  const hits: RuleHit[] = [];
  lines.forEach((line, index) => {
    for (const { start, end, ruleId } of findRuleSpans(compiled, line))
      hits.push({ line: index, start, end, rule: userRuleId(names.get(ruleId) ?? ruleId) });
  });
  return hits;
}

/** The plan for a chapter page on `host` with these lines. */
export function planPage(settings: Settings, host: string, lines: readonly string[]): PagePlan {
  const autoClean = autoCleanFor(settings, host);
  if (!autoClean || settings.rules.length === 0) return { autoClean, hits: [] };
  const compiled = compileRules(settings.rules, host);
  const names = new Map(settings.rules.map((rule) => [rule.id, rule.name || rule.pattern]));
  return { autoClean, hits: ruleHits(compiled, names, lines) };
}
