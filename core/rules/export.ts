/**
 * Jingdu's own rule file: `{ format: 'jingdu-rules', version: 2, rules: [...] }`, every UserRule field
 * written out, so exporting and importing gives back the same rules. Format 1 files kept the
 * importer's notes as English lines in `note`; they are read into `notes` (legacy-note.ts).
 */
import { coerceRule, isRecord } from './coerce.ts';
import { fileProblem, type ImportResult } from './import-result.ts';
import type { UserRule } from './model.ts';
import { ruleReason } from './reasons.ts';
import { validateRule } from './validate.ts';

export const RULES_FORMAT = 'jingdu-rules';
export const RULES_FORMAT_VERSION = 2;
/** The first format whose rules carry the importer's notes in `notes` rather than in `note`. */
const NOTES_AS_REASONS = 2;

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
  if (!Array.isArray(value['rules'])) return fileProblem(ruleReason('file.noRuleList'));
  const result: ImportResult = { rules: [], problems: [], notes: [] };
  const version = value['version'];
  if (typeof version === 'number' && version > RULES_FORMAT_VERSION) {
    result.notes.push({ name: '', pattern: '', reason: ruleReason('file.newerFormat', { version }) });
  }
  const notes = typeof version === 'number' && version >= NOTES_AS_REASONS ? 'current' : 'legacy';
  value['rules'].forEach((raw: unknown, index: number) => {
    const coerced = coerceRule(raw, index, notes);
    const pattern = isRecord(raw) && typeof raw['pattern'] === 'string' ? raw['pattern'] : '';
    if (!coerced.ok) {
      result.problems.push({ name: `#${index + 1}`, pattern, reason: coerced.reason });
      return;
    }
    const { rule, fixes } = coerced;
    for (const fix of fixes) result.notes.push({ name: rule.name, pattern, reason: fix });
    // Kept, because this is the reader's own rule; compileRules reports it when it cannot run.
    const valid = validateRule(rule);
    if (!valid.ok) {
      const reason = ruleReason('file.ruleCannotRun', { reason: valid.reason });
      result.notes.push({ name: rule.name, pattern, reason });
    }
    result.rules.push(rule);
  });
  return result;
}
