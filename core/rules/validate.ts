/**
 * Checks a rule before it is saved or imported, with a message the reader can act on. Uses the same
 * compile path as matching, so a rule that validates is a rule that runs.
 */
import { compileRule, type RegexCompiler } from './match.ts';
import { parseHostPattern, type UserRule } from './model.ts';
import { compileRegex } from './re2.ts';

export type RuleValidation = { ok: true } | { ok: false; reason: string };

type Checked = Pick<UserRule, 'pattern' | 'isRegex' | 'scope' | 'excludeScope'>;

function badHost(entries: readonly string[]): string | undefined {
  return entries.find((entry) => parseHostPattern(entry) === null);
}

/** Whether the rule can run, checking expressions with the given compiler. */
export function validateRuleWith(rule: Checked, regex: RegexCompiler | null): RuleValidation {
  if (rule.pattern.trim() === '') return { ok: false, reason: 'The pattern is empty.' };
  const host = badHost(rule.scope) ?? badHost(rule.excludeScope);
  if (host !== undefined) {
    return { ok: false, reason: `"${host}" is not a site like www.example.com or *.example.com.` };
  }
  const probe: UserRule = {
    ...rule,
    id: '',
    name: '',
    group: '',
    enabled: true,
    note: '',
    order: 0,
    origin: 'user',
  };
  const compiled = compileRule(probe, regex);
  if ('reason' in compiled) {
    const kind = rule.isRegex ? 'The expression' : 'The text';
    return { ok: false, reason: `${kind} ${compiled.reason}.` };
  }
  return { ok: true };
}

/** Whether the rule can run: non-empty, valid sites, and (regex) accepted by the linear-time engine. */
export function validateRule(rule: Checked): RuleValidation {
  return validateRuleWith(rule, compileRegex);
}
