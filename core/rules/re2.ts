/**
 * The only module that imports re2js (about 150 kB): everything regex-shaped reaches the engine
 * through `compileRegex`. Code that must stay small (the content script's literal-only path) imports
 * match.ts, which knows this compiler only as an optional parameter.
 *
 * re2js is a port of RE2: matching time grows linearly with the line, whatever the pattern, so a
 * community rule like `(a+)+$` cannot hang a tab the way it hangs the built-in backtracking RegExp.
 */
import { RE2JS } from 're2js';
import { translatePattern, type RegexFlags } from './dialect.ts';
import type { CompiledRegex, Span } from './match.ts';
import { syntaxError } from './re2-errors.ts';
import { ruleReason } from './reasons.ts';

function flagBits(flags: RegexFlags): number {
  return (
    (flags.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0) |
    (flags.multiline ? RE2JS.MULTILINE : 0) |
    (flags.dotAll ? RE2JS.DOTALL : 0)
  );
}

function allSpans(re: RE2JS, text: string): Span[] {
  const spans: Span[] = [];
  for (const match of re.matchAll(text)) {
    const start = match.index ?? 0;
    const length = match[0]?.length ?? 0;
    // An empty match removes nothing; it only says where the pattern could start.
    if (length > 0) spans.push([start, start + length]);
  }
  return spans;
}

/** Compiles a stored expression (Java or JS dialect) for the linear-time engine, or says why not. */
export function compileRegex(pattern: string): CompiledRegex {
  const translated = translatePattern(pattern);
  if (!translated.ok) return translated;
  let re: RE2JS;
  try {
    re = RE2JS.compile(translated.source, flagBits(translated.flags));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: ruleReason('compile.invalid', { error: syntaxError(message) }) };
  }
  // `a|`, `.*` or `(x)?` match the empty text: Legado refuses them, and they are almost always a typo
  // that would otherwise match every line.
  if (re.testExact('')) return { ok: false, reason: ruleReason('compile.matchesEmpty') };
  return { ok: true, notes: translated.notes, find: (text) => allSpans(re, text) };
}
