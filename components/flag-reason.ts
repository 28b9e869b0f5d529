/**
 * Flag reasons and rule names in the reader's language. The engine hands over codes and values
 * (core/flag-reasons.ts, core/rule-ids.ts); only here do they become words, through the locale
 * messages, whose keys come from the same codes (reasonKey, ruleMessageKey).
 */
import type { FlagReason } from '@/core/flag-reasons';
import { reasonKey } from '@/core/reason';
import { isUserRule, ruleMessageKey, userRuleName, type RuleId } from '@/core/rule-ids';
import type { MessageKey, Translate } from './actions';

/** The name of the rule behind a removal: a built-in rule's name, or "your rule “<name>”". */
export function ruleNameText(rule: RuleId, t: Translate): string {
  if (isUserRule(rule)) return t('removedByUser', [userRuleName(rule)]);
  // tests/extension/popup-i18n.test.ts checks that every built-in rule has this message.
  return t(ruleMessageKey(rule) as MessageKey);
}

/** Why a line was flagged (or why nothing was removed), in the reader's language. */
export function flagReasonText(reason: FlagReason, t: Translate): string {
  const key = reasonKey(reason.code) as MessageKey;
  const params: Readonly<Record<string, unknown>> = reason.params;
  if (typeof params['rule'] === 'string') return t(key, [ruleNameText(params['rule'] as RuleId, t)]);
  if (typeof params['share'] === 'number') return t(key, [String(params['share'])]);
  return t(key);
}
