/**
 * The full engine: literal and regex rules. Importing this module loads re2js; a bundle that must
 * stay small imports `compileRulesWith` from match.ts and passes null instead.
 */
import { compileRulesWith, type CompiledRules } from './match.ts';
import type { UserRule } from './model.ts';
import { compileRegex } from './re2.ts';

/** The enabled rules that apply on `host`, literal and regex, compiled for `findRuleSpans`. */
export function compileRules(rules: readonly UserRule[], host: string): CompiledRules {
  return compileRulesWith(rules, host, compileRegex);
}
