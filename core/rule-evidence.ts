/**
 * Turns a page plan's rule matches (by line index) into evidence by line text, the form the
 * cleaner takes. Kept apart from page-plan.ts so that the content script does not pull in the
 * regex engine with it.
 */
import type { UserRuleMatch } from './classify-line';
import type { PagePlan } from './protocol';

/** Rule matches keyed by the text of the line they were found in (`lines` as sent for the plan). */
export function ruleEvidenceByLine(lines: readonly string[], plan: PagePlan): Map<string, UserRuleMatch[]> {
  const byText = new Map<string, UserRuleMatch[]>();
  for (const { line, start, end, rule } of plan.hits) {
    const text = lines[line];
    // isPagePlan has checked 0 <= start < end; only the line itself knows where it ends.
    if (text === undefined || end > text.length) continue;
    const list = byText.get(text) ?? [];
    list.push({ start, end, rule });
    byText.set(text, list);
  }
  return byText;
}
