/**
 * Rule-engine reasons and notes in the reader's language. core/rules writes why a rule cannot run,
 * was refused or was changed on import as English data (the CLI prints it as is); the options page
 * shows each known shape translated, with its parameters (names, sites, shares, the offending part of
 * an expression) as they came, and anything else verbatim. A reason made of parts ("The expression" +
 * why it cannot compile + which feature) is translated part by part; if any part is unknown, the
 * whole reason is shown as it came rather than half translated.
 * tests/components/rule-reason.test.tsx feeds this the engine's own reasons, so the shapes cannot drift.
 */
import type { MessageKey, Translate } from './actions';

/** How one captured part is shown: translated, or null when it is not a known shape. */
type Part = (text: string, t: Translate) => string | null;

interface Shape {
  shape: RegExp;
  key: MessageKey;
  /** Per captured group, how it is translated; a group without one is shown as it came. */
  parts?: ReadonlyArray<Part | undefined>;
}

function translateWith(shapes: readonly Shape[], text: string, t: Translate): string | null {
  for (const { shape, key, parts = [] } of shapes) {
    const match = shape.exec(text);
    if (!match) continue;
    const values: string[] = [];
    for (const [index, value = ''] of match.slice(1).entries()) {
      const part = parts[index];
      const shown = part ? part(value, t) : value;
      if (shown === null) return null;
      values.push(shown);
    }
    return t(key, values);
  }
  return null;
}

/** What the linear-time engine cannot run (core/rules/dialect.ts), by name. */
const FEATURES: readonly Shape[] = [
  { shape: /^a look-behind \(\?<=…\)$/, key: 'featureLookBehind' },
  { shape: /^a negative look-behind \(\?<!…\)$/, key: 'featureNegativeLookBehind' },
  { shape: /^a look-ahead \(\?=…\)$/, key: 'featureLookAhead' },
  { shape: /^a negative look-ahead \(\?!…\)$/, key: 'featureNegativeLookAhead' },
  { shape: /^an atomic group \(\?>…\)$/, key: 'featureAtomicGroup' },
  { shape: /^the \\G anchor$/, key: 'featureAnchorG' },
  { shape: /^the \\R line-break matcher$/, key: 'featureLineBreakR' },
  { shape: /^the \\X grapheme matcher$/, key: 'featureGraphemeX' },
  { shape: /^a named back-reference \\k<…>$/, key: 'featureNamedBackReference' },
  { shape: /^a back-reference (\\\d)$/, key: 'featureBackReference' },
  { shape: /^the Java character property (\\[pP]\{\w+\})$/, key: 'featureJavaProperty' },
  { shape: /^a character-class intersection "&&" \(Java\)$/, key: 'featureClassIntersection' },
  {
    shape: /^a nested character class \(Java union\); escape the inner "\[" as \\\[ if it is literal$/,
    key: 'featureNestedClass',
  },
  { shape: /^a possessive quantifier \(such as a\+\+\)$/, key: 'featurePossessive' },
];

/** re2js's parse errors ("error parsing regexp: <error>[: `<input>`]"), by error. */
const SYNTAX_ERRORS: Readonly<Record<string, MessageKey>> = {
  'missing closing ]': 'syntaxMissingBracket',
  'missing closing )': 'syntaxMissingParen',
  'unexpected )': 'syntaxUnexpectedParen',
  'missing argument to repetition operator': 'syntaxMissingRepeatArgument',
  'invalid nested repetition operator': 'syntaxNestedRepeat',
  'invalid repeat count': 'syntaxRepeatCount',
  'invalid escape sequence': 'syntaxEscape',
  'invalid character class range': 'syntaxClassRange',
  'trailing backslash at end of expression': 'syntaxTrailingBackslash',
  'invalid named capture': 'syntaxNamedCapture',
  'invalid or unsupported Perl syntax': 'syntaxPerl',
  'expression nests too deeply': 'syntaxTooDeep',
  'expression too large': 'syntaxTooLarge',
};

/** The regex library's error, translated when it is a known parse error, else as it came. */
function syntaxError(error: string, t: Translate): string {
  const match = /^error parsing regexp: (.+?)(?:: (`[\s\S]*`))?$/.exec(error);
  const key = match ? SYNTAX_ERRORS[match[1]!] : undefined;
  if (!match || key === undefined) return error;
  return match[2] === undefined ? t(key) : t('syntaxAt', [t(key), match[2]]);
}

/** Why a pattern cannot be compiled (match.ts, re2.ts, dialect.ts): the rest of "The expression …". */
const COMPILE_REASONS: readonly Shape[] = [
  { shape: /^the pattern is empty$/, key: 'compileEmpty' },
  {
    shape: /^has fewer than (\d+) letters, digits or ideographs, so it would match almost anywhere$/,
    key: 'compileTooShort',
  },
  {
    shape: /^is a regular expression, and this part of Jingdu runs literal rules only$/,
    key: 'compileNoRegexEngine',
  },
  { shape: /^is not valid: ([\s\S]+)$/, key: 'compileInvalid', parts: [syntaxError] },
  { shape: /^can match empty text, so it would match every line$/, key: 'compileMatchesEmpty' },
  {
    shape: /^uses comments mode \(\?x\), which is not supported; remove the spaces$/,
    key: 'compileCommentsMode',
  },
  { shape: /^uses the unknown flag "(.)" in \(\?([a-zA-Z]+)\)$/, key: 'compileUnknownFlag' },
  {
    shape: /^uses ([\s\S]+), which the linear-time engine cannot run$/,
    key: 'compileUnsupported',
    parts: [(feature, t) => translateWith(FEATURES, feature, t)],
  },
];

const compileReason: Part = (reason, t) => translateWith(COMPILE_REASONS, reason, t);
const wholeReason: Part = (reason, t) => translateWith(REASONS, reason, t);

/** Whole reasons and notes: validate.ts, safety.ts, the importers, and how an expression was read. */
const REASONS: readonly Shape[] = [
  // validate.ts
  { shape: /^The pattern is empty\.$/, key: 'reasonPatternEmpty' },
  {
    shape: /^"([\s\S]*)" is not a site like www\.example\.com or \*\.example\.com\.$/,
    key: 'ruleHostInvalid',
  },
  { shape: /^The expression ([\s\S]+)\.$/, key: 'reasonExpression', parts: [compileReason] },
  { shape: /^The text ([\s\S]+)\.$/, key: 'reasonLiteral', parts: [compileReason] },
  // safety.ts
  { shape: /^The rule cannot run: it ([\s\S]+)\.$/, key: 'reasonRuleCannotRun', parts: [compileReason] },
  {
    shape: /^Refused: it would remove (\d+)% of this chapter's text \(the limit is a quarter\)\.$/,
    key: 'reasonRemovesShare',
  },
  {
    shape:
      /^Refused: it would remove (\d+)% of this chapter's text \(the limit is a quarter\)\. It matches across line breaks, so run on a whole chapter \(as Legado does\) it erases everything between\.$/,
    key: 'reasonRemovesShareAcross',
  },
  { shape: /^Refused: it would remove dialogue: ([\s\S]+)$/, key: 'reasonRemovesDialogue' },
  // export.ts and coerce.ts: Jingdu's own rule files
  { shape: /^cannot run: ([\s\S]+)$/, key: 'reasonStoredCannotRun', parts: [wholeReason] },
  { shape: /^rule #(\d+) is not an object$/, key: 'reasonRuleNotObject' },
  { shape: /^rule #(\d+) has no pattern$/, key: 'reasonRuleNoPattern' },
  { shape: /^rule "([\s\S]*)": reset ([\w, ]+)$/, key: 'reasonFieldsReset' },
  { shape: /^rule "([\s\S]*)": scope or kind unreadable, rule disabled$/, key: 'reasonScopeUnreadable' },
  { shape: /^rule "([\s\S]*)": dropped unreadable scope entries$/, key: 'reasonScopeEntriesDropped' },
  { shape: /^The Jingdu rule file has no list of rules\.$/, key: 'reasonNoRuleList' },
  {
    shape: /^The file was written by a newer Jingdu \(format (\d+)\); only known fields were read\.$/,
    key: 'reasonNewerFormat',
  },
  // import-result.ts
  { shape: /^The file is not valid JSON: ([\s\S]+)$/, key: 'reasonNotJson' },
  // import-legado.ts
  { shape: /^scope kept to ([^;]+); ignored names ([\s\S]+)$/, key: 'reasonScopeKept' },
  {
    shape: /^scope names books or sources \(([\s\S]+)\), not sites: imported disabled$/,
    key: 'reasonScopeNames',
  },
  {
    shape: /^exclusion names books or sources \(([\s\S]+)\): imported disabled$/,
    key: 'reasonExclusionNames',
  },
  { shape: /^The rule has no pattern\.$/, key: 'reasonNoPattern' },
  {
    shape: /^It replaces text with "([\s\S]*)"; Jingdu only removes text, so it cannot run this rule\.$/,
    key: 'reasonReplaces',
  },
  { shape: /^It applies to chapter titles only; Jingdu cleans chapter text\.$/, key: 'reasonTitlesOnly' },
  { shape: /^The entry is not an object\.$/, key: 'reasonEntryNotObject' },
  { shape: /^Expected a list of Legado replace rules\.$/, key: 'reasonNotLegadoList' },
  // dialect.ts: how an expression was read
  { shape: /^flag \(\?([a-zA-Z])\) has no effect here$/, key: 'noteFlagNoEffect' },
  { shape: /^flag \(\?U\) ignored: \\w and \\b stay ASCII$/, key: 'noteFlagUnicode' },
];

/** A reason or note from core/rules in the UI language; an unknown one exactly as it came. */
export function ruleReasonText(reason: string, t: Translate): string {
  return translateWith(REASONS, reason, t) ?? reason;
}

/** A rule's note line by line: the lines an importer wrote are translated, the reader's own kept. */
export function ruleNoteText(note: string, t: Translate): string {
  return note
    .split('\n')
    .map((line) => ruleReasonText(line, t))
    .join('\n');
}
