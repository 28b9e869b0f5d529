/**
 * Checks a rule before it is saved or imported, with a message the reader can act on. Uses the same
 * compile path as matching, so a rule that validates is a rule that runs.
 */
import { compileRule, type RegexCompiler } from './match.ts';
import { parseHostPattern, type UserRule } from './model.ts';
import { compileRegex } from './re2.ts';
import { ruleReason, type RuleReason } from './reasons.ts';

export type RuleValidation = { ok: true } | { ok: false; reason: RuleReason };

type Checked = Pick<UserRule, 'pattern' | 'isRegex' | 'scope' | 'excludeScope'>;

function badHost(entries: readonly string[]): string | undefined {
  return entries.find((entry) => parseHostPattern(entry) === null);
}

/** Whether the rule can run, checking expressions with the given compiler. */
export function validateRuleWith(rule: Checked, regex: RegexCompiler | null): RuleValidation {
  if (rule.pattern.trim() === '') return { ok: false, reason: ruleReason('invalid.patternEmpty') };
  const host = badHost(rule.scope) ?? badHost(rule.excludeScope);
  if (host !== undefined) return { ok: false, reason: ruleReason('invalid.host', { host }) };
  const probe: UserRule = {
    ...rule,
    id: '',
    name: '',
    group: '',
    enabled: true,
    note: '',
    notes: [],
    order: 0,
    origin: 'user',
  };
  const compiled = compileRule(probe, regex);
  if ('reason' in compiled) {
    const kind = rule.isRegex ? 'invalid.expression' : 'invalid.text';
    return { ok: false, reason: ruleReason(kind, { reason: compiled.reason }) };
  }
  return { ok: true };
}

/** Whether the rule can run: non-empty, valid sites, and (regex) accepted by the linear-time engine. */
export function validateRule(rule: Checked): RuleValidation {
  return validateRuleWith(rule, compileRegex);
}
