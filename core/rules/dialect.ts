/**
 * Rewrites a rule expression written for Java (Legado runs on Android) or JavaScript (userscripts)
 * into RE2 syntax, or says which feature RE2 cannot run. RE2 guarantees linear time by refusing
 * anything that needs backtracking, so those features are reported by name instead of failing with a
 * bare parse error. Pure string work: no regex engine is loaded here.
 */
import { ruleReason, type RuleReason } from './reasons.ts';

export interface RegexFlags {
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
}

export type Translation =
  { ok: true; source: string; flags: RegexFlags; notes: RuleReason[] } | { ok: false; reason: RuleReason };

type Refusal = { ok: false; reason: RuleReason };
type Step = { ok: true; text: string; next: number } | Refusal;
type Feature = Extract<RuleReason, { code: `feature.${string}` }>;

// JavaScript's \s and Android's (ICU) \s also match U+3000 and U+00A0, which Chinese pages are full
// of; RE2's \s is ASCII only, so it is widened to keep imported rules matching what they matched.
const SPACE_ITEMS = '\\s\\x0b\\x{feff}\\p{Z}';
const HSPACE_ITEMS = '\\t \\x{a0}\\x{1680}\\x{180e}\\x{2000}-\\x{200a}\\x{202f}\\x{205f}\\x{3000}';
const GROUP_FEATURES: ReadonlyArray<[string, Feature]> = [
  ['(?<=', ruleReason('feature.lookBehind')],
  ['(?<!', ruleReason('feature.negativeLookBehind')],
  ['(?=', ruleReason('feature.lookAhead')],
  ['(?!', ruleReason('feature.negativeLookAhead')],
  ['(?>', ruleReason('feature.atomicGroup')],
];
const ESCAPE_FEATURES: Readonly<Record<string, Feature>> = {
  G: ruleReason('feature.anchorG'),
  R: ruleReason('feature.lineBreakR'),
  X: ruleReason('feature.graphemeX'),
  k: ruleReason('feature.namedBackReference'),
};

function unsupported(feature: Feature): Refusal {
  return { ok: false, reason: ruleReason('compile.unsupported', { feature }) };
}

/** Applies one leading Java/JS flag group's letters; returns a reason when a letter cannot be honoured. */
function applyFlags(letters: string, flags: RegexFlags, notes: RuleReason[]): RuleReason | null {
  for (const letter of letters) {
    if (letter === 'i') flags.ignoreCase = true;
    else if (letter === 'm') flags.multiline = true;
    else if (letter === 's') flags.dotAll = true;
    // Unicode case folding and Unix line ends are what RE2 does anyway.
    else if (letter === 'u' || letter === 'd') notes.push(ruleReason('note.flagNoEffect', { flag: letter }));
    // Java's (?U) makes \w and \b Unicode-aware; keeping them ASCII only ever matches less.
    else if (letter === 'U') notes.push(ruleReason('note.flagUnicode'));
    else if (letter === 'x') return ruleReason('compile.commentsMode');
    else return ruleReason('compile.unknownFlag', { flag: letter, flags: letters });
  }
  return null;
}

/** Rewrites the escape at `at` (a backslash) inside or outside a character class. */
function escapeStep(body: string, at: number, inClass: boolean): Step {
  const rest = body.slice(at + 1);
  const next = rest.codePointAt(0);
  if (next === undefined) return { ok: true, text: '\\', next: at + 1 };
  const char = String.fromCodePoint(next);
  const skip = (length: number, text: string): Step => ({ ok: true, text, next: at + 1 + length });
  if (/^[1-9]/.test(rest))
    return unsupported(ruleReason('feature.backReference', { reference: `\\${rest[0]}` }));
  const feature = ESCAPE_FEATURES[char];
  if (feature !== undefined) return unsupported(feature);
  const unicode = /^u(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]{1,6})\})/.exec(rest);
  if (unicode) return skip(unicode[0].length, `\\x{${unicode[1] ?? unicode[2]}}`);
  // Taken whole so that its braces are not mistaken for a {n} repeat.
  const hex = /^x\{[0-9a-fA-F]+\}/.exec(rest);
  if (hex) return skip(hex[0].length, `\\${hex[0]}`);
  const property = /^[pP]\{(java|In|Is)(\w+)\}/.exec(rest);
  if (property?.[1] === 'Is') return skip(property[0].length, `\\${char}{${property[2]}}`);
  if (property) return unsupported(ruleReason('feature.javaProperty', { property: `\\${property[0]}` }));
  if (char === 's') return skip(1, inClass ? SPACE_ITEMS : `[${SPACE_ITEMS}]`);
  if (char === 'S' && !inClass) return skip(1, `[^${SPACE_ITEMS}]`);
  if (char === 'h') return skip(1, inClass ? HSPACE_ITEMS : `[${HSPACE_ITEMS}]`);
  if (char === 'Z') return skip(1, '\\z');
  if (char === 'Q') {
    const end = body.indexOf('\\E', at + 2);
    const stop = end < 0 ? body.length : end + 2;
    return { ok: true, text: body.slice(at, stop), next: stop };
  }
  // Java and JS allow escaping any non-letter; RE2 only ASCII punctuation. "\）" is just "）".
  if (next > 0x7f) return skip(char.length, char);
  return skip(1, `\\${char}`);
}

/** The length of a `{n}`, `{n,}` or `{n,m}` repeat starting at `at`, or 0. */
function repeatLength(body: string, at: number): number {
  return /^\{\d+(?:,\d*)?\}/.exec(body.slice(at))?.[0].length ?? 0;
}

/** One step inside a character class: the class's end, a nested class or an intersection. */
function classStep(body: string, at: number): Step | 'end' {
  const char = body[at]!;
  if (char === ']') return 'end';
  if (char === '&' && body[at + 1] === '&') return unsupported(ruleReason('feature.classIntersection'));
  if (char === '[') {
    const posix = /^\[:\^?[a-z]+:\]/.exec(body.slice(at));
    if (posix) return { ok: true, text: posix[0], next: at + posix[0].length };
    return unsupported(ruleReason('feature.nestedClass'));
  }
  return { ok: true, text: char, next: at + 1 };
}

/** One step outside classes: groups are checked for look-around, quantifiers for possessive forms. */
function plainStep(body: string, at: number, afterQuantifier: boolean): Step {
  const char = body[at]!;
  // A span needs no groups, and on the linear-time engine every capturing group costs on every
  // match (300 of them make a rule fifty times slower): all groups become non-capturing.
  if (char === '(' && body[at + 1] !== '?') return { ok: true, text: '(?:', next: at + 1 };
  if (char === '(') {
    const feature = GROUP_FEATURES.find(([opening]) => body.startsWith(opening, at));
    if (feature) return unsupported(feature[1]);
    const named = /^\(\?P?<[A-Za-z_]\w*>/.exec(body.slice(at));
    if (named) return { ok: true, text: '(?:', next: at + named[0].length };
  }
  if (char === '+' && afterQuantifier) return unsupported(ruleReason('feature.possessive'));
  return { ok: true, text: char, next: at + 1 };
}

/** Walks the expression once, rewriting escapes and refusing what RE2 lacks. */
function rewriteBody(body: string): Step {
  let out = '';
  let inClass = false;
  let classOpen = false; // just after "[" or "[^": a "]" here is a literal
  let afterQuantifier = false;
  for (let at = 0; at < body.length;) {
    const char = body[at]!;
    let step: Step;
    if (char === '\\') step = escapeStep(body, at, inClass);
    else if (inClass && !classOpen) {
      const inner = classStep(body, at);
      if (inner === 'end') inClass = false;
      step = inner === 'end' ? { ok: true, text: ']', next: at + 1 } : inner;
    } else if (inClass) step = { ok: true, text: char, next: at + 1 };
    else if (char === '[') {
      const negated = body[at + 1] === '^';
      step = { ok: true, text: negated ? '[^' : '[', next: at + (negated ? 2 : 1) };
    } else step = plainStep(body, at, afterQuantifier);
    if (!step.ok) return step;
    const repeat = !inClass && char === '{' ? repeatLength(body, at) : 0;
    if (repeat > 0) step = { ok: true, text: body.slice(at, at + repeat), next: at + repeat };
    classOpen = !inClass && char === '[';
    if (classOpen) inClass = true;
    afterQuantifier = !inClass && (repeat > 0 || ('*+?'.includes(char) && !afterQuantifier));
    out += step.text;
    at = step.next;
  }
  return { ok: true, text: out, next: body.length };
}

/** RE2 source and flags for a Java- or JS-dialect expression, or the feature that RE2 cannot run. */
export function translatePattern(pattern: string): Translation {
  const flags: RegexFlags = { ignoreCase: false, multiline: false, dotAll: false };
  const notes: RuleReason[] = [];
  let body = pattern;
  for (let lead = /^\(\?([a-zA-Z]+)\)/.exec(body); lead; lead = /^\(\?([a-zA-Z]+)\)/.exec(body)) {
    const reason = applyFlags(lead[1]!, flags, notes);
    if (reason !== null) return { ok: false, reason };
    body = body.slice(lead[0].length);
  }
  const rewritten = rewriteBody(body);
  if (!rewritten.ok) return rewritten;
  return { ok: true, source: rewritten.text, flags, notes };
}
