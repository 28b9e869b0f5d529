/**
 * Importing a rule file into the reader's rules: read it (Legado JSON, a plain list or Jingdu's own
 * format, core/rules/import.ts), try every enabled rule on the bundled chapter (a rule that would
 * hurt the story comes in disabled, with the reason), then add what is new by content without
 * touching the reader's own rules (core/rules/merge.ts). Pure.
 */
import type { ImportProblem } from '@/core/rules/import-result';
import { importRulesFile, type RulesFormat } from '@/core/rules/import';
import { mergeRules } from '@/core/rules/merge';
import type { UserRule } from '@/core/rules/model';
import { checkRuleAgainstChapter } from '@/core/rules/safety';
import { validateRule } from '@/core/rules/validate';
import type { Settings } from '@/core/settings';

export interface ImportReport {
  format: RulesFormat;
  /** Rules added to the reader's rules. */
  added: UserRule[];
  /** Rules left out because the same pattern, kind and scope were already there. */
  duplicates: UserRule[];
  /** Entries that could not be imported, with why. */
  problems: ImportProblem[];
  /** Imported rules that were changed on the way in, with how. */
  notes: ImportProblem[];
  /** Rules imported disabled because they would hurt the bundled chapter, with why. */
  refused: ImportProblem[];
}

export interface PreparedImport {
  rules: UserRule[];
  report: ImportReport;
}

/** Reads a rule file and checks its rules; nothing is merged yet. */
export function prepareImport(text: string, bundled: readonly string[]): PreparedImport {
  const read = importRulesFile(text);
  const refused: ImportProblem[] = [];
  const rules = read.rules.map((rule) => {
    if (!rule.enabled || bundled.length === 0 || !validateRule(rule).ok) return rule;
    const verdict = checkRuleAgainstChapter(rule, bundled);
    if (verdict.ok) return rule;
    refused.push({ name: rule.name, pattern: rule.pattern, reason: verdict.reason });
    return { ...rule, enabled: false };
  });
  const report: ImportReport = {
    format: read.format,
    added: [],
    duplicates: [],
    problems: read.problems,
    notes: read.notes,
    refused,
  };
  return { rules, report };
}

/** Adds the prepared rules that are new to `settings`; the report says which were added. */
export function applyImport(
  settings: Settings,
  prepared: PreparedImport,
): { settings: Settings; report: ImportReport } {
  const merged = mergeRules(settings.rules, prepared.rules);
  const report = { ...prepared.report, added: merged.added, duplicates: merged.duplicates };
  return { settings: { ...settings, rules: merged.rules }, report };
}
