/**
 * The popup's reader cleans the bundled chapter with the same engine as the pages: a line the
 * fingerprint knows as story is kept untouched, the chapter's own site footer goes, and every other
 * line is judged by the line classifier. Nothing is dropped silently: each removal says which rule.
 */
import { splitClauses } from './clauses';
import { applyCut, classifyLine, type LineContext } from './classify-line';
import { classifyBundledLine, type ChapterFingerprint } from './fingerprint';
import type { BuiltInRuleId, RuleId } from './rule-ids';

/** One piece of text the reader took out, with the rule that fired. */
export interface ReaderRemoval {
  text: string;
  rule: RuleId;
}

export interface CleanedParagraphs {
  kept: string[];
  removed: ReaderRemoval[];
}

/** A chapter ready for the reader: cleaned paragraphs and a heading. */
export interface ReaderChapter extends CleanedParagraphs {
  heading: string;
  /** True when the chapter has no title line and `heading` was taken from its text. */
  headingDerived: boolean;
}

/** The rule name for the bundled chapter's own site footer (the same name dom/clean-chapter.ts gives it). */
export const BUNDLED_BOILERPLATE_RULE: BuiltInRuleId = 'bundled-chapter-footer';

/** Longest derived heading, in characters, before it is cut at a character boundary. */
const HEADING_MAX = 16;

function cleanOne(fp: ChapterFingerprint, text: string, context: LineContext, out: CleanedParagraphs): void {
  const known = classifyBundledLine(fp, text);
  if (known === 'story') {
    out.kept.push(text);
    return;
  }
  if (known === 'boilerplate') {
    out.removed.push({ text, rule: BUNDLED_BOILERPLATE_RULE });
    return;
  }
  const verdict = classifyLine(text, context);
  if (verdict.action === 'remove') out.removed.push({ text, rule: verdict.rule });
  else if (verdict.action === 'cut') {
    const { kept, removed } = applyCut(text, verdict.spans);
    for (const piece of removed) out.removed.push({ text: piece, rule: verdict.rule });
    if (kept.trim() !== '') out.kept.push(kept.trim());
  } else out.kept.push(text);
}

/** Splits paragraphs into kept text and removals, in order; characters of kept lines are unaltered. */
export function cleanParagraphs(
  paragraphs: readonly string[],
  fp: ChapterFingerprint,
  context: LineContext = {},
): CleanedParagraphs {
  const out: CleanedParagraphs = { kept: [], removed: [] };
  for (const text of paragraphs) cleanOne(fp, text, context, out);
  return out;
}

/** An honest heading for an untitled chapter: the opening clause of its first paragraph. */
export function deriveHeading(paragraphs: readonly string[]): string {
  const first = paragraphs.find((text) => text.trim() !== '') ?? '';
  const clause = splitClauses(first)[0];
  const text = clause ? first.slice(clause.start, clause.end) : first.trim();
  const chars = Array.from(text);
  return chars.length > HEADING_MAX ? `${chars.slice(0, HEADING_MAX).join('')}…` : text;
}

/** The bundled chapter for the reader: it has no title line, so the heading is derived. */
export function prepareBundledChapter(paragraphs: readonly string[], fp: ChapterFingerprint): ReaderChapter {
  const cleaned = cleanParagraphs(paragraphs, fp);
  return { ...cleaned, heading: deriveHeading(cleaned.kept), headingDerived: true };
}
