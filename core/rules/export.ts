/**
 * Jingdu's own rule file: `{ format: 'jingdu-rules', version: 1, rules: [...] }`, every UserRule field
 * written out, so exporting and importing gives back the same rules.
 */
import { coerceRule, isRecord } from './coerce.ts';
import { fileProblem, type ImportResult } from './import-result.ts';
import type { UserRule } from './model.ts';
import { validateRule } from './validate.ts';

export const RULES_FORMAT = 'jingdu-rules';
export const RULES_FORMAT_VERSION = 1;

export interface RulesFile {
  format: typeof RULES_FORMAT;
  version: number;
  rules: UserRule[];
}

/** The rules as a Jingdu rule file (pretty-printed JSON). */
export function exportRules(rules: readonly UserRule[]): string {
  const file: RulesFile = { format: RULES_FORMAT, version: RULES_FORMAT_VERSION, rules: [...rules] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** True when the parsed JSON value claims to be a Jingdu rule file. */
export function isRulesFile(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && value['format'] === RULES_FORMAT;
}

/** Rules from a parsed Jingdu rule file. Rules are kept as written, even ones that no longer compile. */
export function importRulesFileValue(value: Record<string, unknown>): ImportResult {
  if (!Array.isArray(value['rules'])) return fileProblem('The Jingdu rule file has no list of rules.');
  const result: ImportResult = { rules: [], problems: [], notes: [] };
  const version = value['version'];
  if (typeof version === 'number' && version > RULES_FORMAT_VERSION) {
    const reason = `The file was written by a newer Jingdu (format ${version}); only known fields were read.`;
    result.notes.push({ name: '', pattern: '', reason });
  }
  value['rules'].forEach((raw: unknown, index: number) => {
    const coerced = coerceRule(raw, index);
    const pattern = isRecord(raw) && typeof raw['pattern'] === 'string' ? raw['pattern'] : '';
    if (!coerced.ok) {
      result.problems.push({ name: `#${index + 1}`, pattern, reason: coerced.reason });
      return;
    }
    const { rule, fixes } = coerced;
    for (const fix of fixes) result.notes.push({ name: rule.name, pattern, reason: fix });
    // Kept, because this is the reader's own rule; compileRules reports it when it cannot run.
    const valid = validateRule(rule);
    if (!valid.ok) result.notes.push({ name: rule.name, pattern, reason: `cannot run: ${valid.reason}` });
    result.rules.push(rule);
  });
  return result;
}
