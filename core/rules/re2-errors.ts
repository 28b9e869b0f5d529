/**
 * re2js's parse errors as reasons. The library reports them as English text
 * ("error parsing regexp: missing closing ]: `[a`"); the known errors become codes, with the part
 * of the expression they point to, and any other message is kept as the library wrote it.
 */
import { ruleReason, type RuleReason } from './reasons.ts';

type SyntaxCode = Extract<RuleReason['code'], `syntax.${string}`>;

const SYNTAX_ERRORS: Readonly<Record<string, Exclude<SyntaxCode, 'syntax.at'>>> = {
  'missing closing ]': 'syntax.missingBracket',
  'missing closing )': 'syntax.missingParen',
  'unexpected )': 'syntax.unexpectedParen',
  'missing argument to repetition operator': 'syntax.missingRepeatArgument',
  'invalid nested repetition operator': 'syntax.nestedRepeat',
  'invalid repeat count': 'syntax.repeatCount',
  'invalid escape sequence': 'syntax.escape',
  'invalid character class range': 'syntax.classRange',
  'trailing backslash at end of expression': 'syntax.trailingBackslash',
  'invalid named capture': 'syntax.namedCapture',
  'invalid or unsupported Perl syntax': 'syntax.perl',
  'expression nests too deeply': 'syntax.tooDeep',
  'expression too large': 'syntax.tooLarge',
};

/** The library's error as a syntax reason, or its message as it came when the error is not known. */
export function syntaxError(message: string): RuleReason | string {
  const match = /^error parsing regexp: (.+?)(?:: (`[\s\S]*`))?$/.exec(message);
  const code = match ? SYNTAX_ERRORS[match[1]!] : undefined;
  if (!match || code === undefined) return message;
  const problem = ruleReason(code);
  return match[2] === undefined ? problem : ruleReason('syntax.at', { problem, text: match[2] });
}
