/**
 * Every reason and note the user-rule engine gives: why a pattern cannot run, why a rule is refused,
 * what an importer changed or could not read. Each code lists the names of its values in the order
 * its locale message fills them; a value that explains another (a compile reason inside "the rule
 * cannot run") is a nested reason, not text. The words live in public/_locales only.
 */
import { isReasonOf, reasonMaker, type ReasonOf, type ReasonsOf, type ReasonTable } from '../reason.ts';

export const RULE_REASONS = {
  // What an expression uses that the linear-time engine cannot run (dialect.ts).
  'feature.lookBehind': [],
  'feature.negativeLookBehind': [],
  'feature.lookAhead': [],
  'feature.negativeLookAhead': [],
  'feature.atomicGroup': [],
  'feature.anchorG': [],
  'feature.lineBreakR': [],
  'feature.graphemeX': [],
  'feature.namedBackReference': [],
  'feature.backReference': ['reference'],
  'feature.javaProperty': ['property'],
  'feature.classIntersection': [],
  'feature.nestedClass': [],
  'feature.possessive': [],
  // The regex library's parse errors (re2.ts); `syntax.at` adds the part of the expression named.
  'syntax.at': ['problem', 'text'],
  'syntax.missingBracket': [],
  'syntax.missingParen': [],
  'syntax.unexpectedParen': [],
  'syntax.missingRepeatArgument': [],
  'syntax.nestedRepeat': [],
  'syntax.repeatCount': [],
  'syntax.escape': [],
  'syntax.classRange': [],
  'syntax.trailingBackslash': [],
  'syntax.namedCapture': [],
  'syntax.perl': [],
  'syntax.tooDeep': [],
  'syntax.tooLarge': [],
  // Why a pattern cannot be compiled (match.ts, re2.ts, dialect.ts). `compile.invalid` holds a
  // syntax reason, or the library's own message when it is not one of the known errors.
  'compile.empty': [],
  'compile.tooShort': ['count'],
  'compile.noRegexEngine': [],
  'compile.invalid': ['error'],
  'compile.matchesEmpty': [],
  'compile.unsupported': ['feature'],
  'compile.commentsMode': [],
  'compile.unknownFlag': ['flag', 'flags'],
  // How an expression was read (dialect.ts).
  'note.flagNoEffect': ['flag'],
  'note.flagUnicode': [],
  // Why a rule cannot be saved (validate.ts): a text or an expression with its compile reason.
  'invalid.patternEmpty': [],
  'invalid.host': ['host'],
  'invalid.expression': ['reason'],
  'invalid.text': ['reason'],
  // Why a rule is refused on a chapter (safety.ts); `share` is a whole percentage.
  'refused.cannotRun': ['reason'],
  'refused.share': ['share'],
  'refused.shareAcross': ['share'],
  'refused.dialogue': ['line'],
  // A stored or imported rule of unknown shape (coerce.ts); `fields` lists the field names.
  'stored.notObject': ['number'],
  'stored.noPattern': ['number'],
  'stored.fieldsReset': ['name', 'fields'],
  'stored.disabled': ['name'],
  'stored.scopeDropped': ['name'],
  // Rule files (import-result.ts, export.ts).
  'file.notJson': ['error'],
  'file.noRuleList': [],
  'file.newerFormat': ['version'],
  'file.ruleCannotRun': ['reason'],
  // Legado exports (import-legado.ts); `hosts` and `names` are lists joined with ", ".
  'legado.scopeKept': ['hosts', 'names'],
  'legado.scopeNames': ['names'],
  'legado.exclusionNames': ['names'],
  'legado.noPattern': [],
  'legado.replaces': ['replacement'],
  'legado.titlesOnly': [],
  'legado.entryNotObject': [],
  'legado.notList': [],
} as const satisfies ReasonTable;

export type RuleReasonCode = keyof typeof RULE_REASONS;

export type RuleReason = ReasonsOf<typeof RULE_REASONS>;

/** The reason of one code, with exactly its values. */
export type RuleReasonOf<Code extends RuleReasonCode> = ReasonOf<typeof RULE_REASONS, Code>;

/** A rule-engine reason: `ruleReason('compile.tooShort', { count: 2 })`, `ruleReason('compile.empty')`. */
export const ruleReason = reasonMaker<typeof RULE_REASONS>();

/** Whether `value`, read back from storage or a file, is a rule-engine reason. */
export function isRuleReason(value: unknown): value is RuleReason {
  return isReasonOf(RULE_REASONS, value);
}
