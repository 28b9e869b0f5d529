/**
 * Adding imported rules to the reader's own. Legado overwrites rules that share an id; here the
 * reader's rules are never touched: a rule with the same content is a duplicate and skipped, and an
 * incoming rule whose id is taken gets a fresh one.
 */
import { ruleContentKey, uniqueRuleId, type UserRule } from './model.ts';

export interface MergeResult {
  /** The existing rules, unchanged, followed by the added ones. */
  rules: UserRule[];
  added: UserRule[];
  /** Incoming rules left out because the same pattern, kind and scope were already there. */
  duplicates: UserRule[];
}

/** Appends the incoming rules that are new by content, renaming ids that collide. */
export function mergeRules(existing: readonly UserRule[], incoming: readonly UserRule[]): MergeResult {
  const seen = new Set(existing.map(ruleContentKey));
  const taken = new Set(existing.map((rule) => rule.id));
  const added: UserRule[] = [];
  const duplicates: UserRule[] = [];
  for (const rule of incoming) {
    const key = ruleContentKey(rule);
    if (seen.has(key)) {
      duplicates.push(rule);
      continue;
    }
    seen.add(key);
    added.push({ ...rule, id: uniqueRuleId(rule.id, taken) });
  }
  return { rules: [...existing, ...added], added, duplicates };
}
