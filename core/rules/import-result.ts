/** What every importer returns: the rules it could read and, for everything else, why not. */
import type { UserRule } from './model.ts';
import { ruleReason, type RuleReason } from './reasons.ts';

export interface ImportProblem {
  name: string;
  pattern: string;
  reason: RuleReason;
}

export interface ImportResult {
  rules: UserRule[];
  /** Entries that were not imported. Every entry of the input is in `rules` or here. */
  problems: ImportProblem[];
  /** Imported entries that were changed on the way in (disabled, scope entries dropped…). */
  notes: ImportProblem[];
}

/** A result with no rules and one problem about the file as a whole. */
export function fileProblem(reason: RuleReason): ImportResult {
  return { rules: [], problems: [{ name: '', pattern: '', reason }], notes: [] };
}

/** The parsed JSON value, or an import result that says why the text is not JSON. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; result: ImportResult } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // The parser's message (where the text stops being JSON) comes from the JavaScript engine, in
    // its words: it is passed on as it came.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, result: fileProblem(ruleReason('file.notJson', { error: message })) };
  }
}
