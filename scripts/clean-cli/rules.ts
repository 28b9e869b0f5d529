/** `--rules FILE` for the CLI: the reader's rule files, through the same importer as the options page. */
import { readFileSync } from 'node:fs';
import { reasonText } from '../../components/reason-text';
import type { UserRuleMatch } from '../../core/classify-line';
import { planPage } from '../../core/page-plan';
import { ruleEvidenceByLine } from '../../core/rule-evidence';
import { importRulesFile } from '../../core/rules/import';
import type { UserRule } from '../../core/rules/model';
import { defaultSettings, type Settings } from '../../core/settings';
import { lookupFor } from '../locale-messages';

/**
 * Reads a Legado JSON, plain text list or Jingdu rules file; problems go to stderr, not silence, in
 * the English the extension itself uses (its en locale messages).
 */
export function loadRules(file: string): UserRule[] {
  const result = importRulesFile(readFileSync(file, 'utf8'));
  const english = lookupFor('en');
  for (const problem of result.problems) {
    const why = reasonText(problem.reason, english);
    console.error(`--rules ${file}: skipped ${problem.name || problem.pattern}: ${why}`);
  }
  for (const note of result.notes)
    console.error(`--rules ${file}: ${note.name || note.pattern}: ${reasonText(note.reason, english)}`);
  return result.rules;
}

/** Settings as the extension would hold them with these rules and nothing else changed. */
export function settingsWithRules(rules: readonly UserRule[]): Settings {
  return { ...defaultSettings(), rules: [...rules] };
}

/** The reader's rule matches in a chapter's lines, as the background would find them. */
export function ruleEvidence(
  rules: readonly UserRule[],
  host: string,
  lines: readonly string[],
): Map<string, UserRuleMatch[]> {
  return ruleEvidenceByLine(lines, planPage(settingsWithRules(rules), host, lines));
}
