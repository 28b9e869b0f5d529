/**
 * Reasons in words: the rule engine's reasons and notes and the settings repairs (codes and values,
 * core/reason.ts) become the locale message of their code, filled with their values, a nested reason
 * in words of its own. The options page passes the browser's lookup; the CLI passes one over the
 * English messages file. Names, hosts and pieces of expressions are shown as they came.
 */
import { reasonKey, type ReasonParam, type ReasonTable } from '@/core/reason';
import { RULE_REASONS, type RuleReason } from '@/core/rules/reasons';
import { SETTINGS_REPAIRS, type SettingsRepair } from '@/core/settings-repairs';
import type { Translate } from './actions';

/** Every reason a view may show. */
export type ShownReason = RuleReason | SettingsRepair;

/** Each code's values in the order its message fills them. */
export const SHOWN_REASONS: ReasonTable = { ...RULE_REASONS, ...SETTINGS_REPAIRS };

function paramText(param: ReasonParam | undefined, t: Translate): string {
  if (param === undefined) return '';
  return typeof param === 'object' ? reasonText(param as ShownReason, t) : String(param);
}

/** The reason in the language of `t`. */
export function reasonText(reason: ShownReason, t: Translate): string {
  const params: Readonly<Record<string, ReasonParam>> = reason.params;
  const values = (SHOWN_REASONS[reason.code] ?? []).map((name) => paramText(params[name], t));
  return t(reasonKey(reason.code), values);
}
