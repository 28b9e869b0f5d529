/**
 * Evidence about one line for the classifier: which source characters spam phrases, names and
 * addresses cover, and where the strong evidence is. Everything is in UTF-16 positions of the
 * line as the page has it, mapped back from the folded skeleton the phrases match on.
 */
import { splitClauses } from './clauses';
import { foldForMatching } from './fold';
import { countHan, isHanCode, toSkeleton, type Skeleton } from './normalize';
import { partsOfMatch, STRONG_ALTERNATION, STRONG_EVIDENCE, WEAK_ALTERNATION } from './spam-phrases';
import { findWebAddresses } from './web-address';

export interface LineContext {
  /** The chapter title, so a copy of it inside the text can go. */
  title?: string;
  /** Site names (from the page title), e.g. "笔趣阁": a line that is only one of them is boilerplate. */
  siteNames?: readonly string[];
  /** Other page names (book title, author): they only fill coverage of an ad line. */
  pageNames?: readonly string[];
  /** The page's host, e.g. "www.52bqg.com": a line that is only the host is boilerplate. */
  host?: string;
  /**
   * "chapter" (default) for lines of the chapter text; "chrome" for text around the chapter, where
   * there is no story to lose and strong evidence alone is enough.
   */
  where?: 'chapter' | 'chrome';
}

export interface StrongHit {
  rule: string;
  start: number;
  end: number;
}

export interface Evidence {
  text: string;
  skeleton: Skeleton;
  folded: string;
  covered: Uint8Array;
  strong: StrongHit[];
  /** 1 where a character sits inside quotation marks. */
  quoted: Uint8Array;
}

const HAN = /\p{Script=Han}/u;
const SPACER = /[./\\\-_*`|~^'+&@#;:]/;

/**
 * Marks source characters covered by `pattern` matches on the folded skeleton. `onHit` sees each
 * match (in source positions) and may return skeleton spans inside it that stay uncovered.
 */
function cover(
  evidence: Evidence,
  pattern: RegExp,
  onHit?: (start: number, end: number, match: RegExpMatchArray) => ReadonlyArray<[number, number]>,
): void {
  const { skeleton, folded, covered } = evidence;
  pattern.lastIndex = 0;
  for (const match of folded.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const from = match.index;
    const to = from + match[0].length;
    const open = onHit?.(skeleton.origin[from]!, skeleton.origin[to - 1]! + 1, match) ?? [];
    for (let k = from; k < to; k++)
      if (!open.some(([start, end]) => k >= start && k < end)) covered[skeleton.origin[k]!] = 1;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a context implies, computed once per context object rather than once per line. */
interface PreparedContext {
  title: string;
  siteNames: string[];
  host: string;
  namePatterns: RegExp[];
}

const prepared = new WeakMap<LineContext, PreparedContext>();

export function prepare(context: LineContext): PreparedContext {
  let ready = prepared.get(context);
  if (!ready) {
    const siteNames = nameSkeletons(context.siteNames);
    const names = [...siteNames, ...nameSkeletons(context.pageNames)];
    ready = {
      title: context.title ? foldForMatching(toSkeleton(context.title).text) : '',
      siteNames,
      host: context.host ? foldForMatching(toSkeleton(context.host).text) : '',
      namePatterns: names.map((name) => new RegExp(escapeRegExp(name), 'g')),
    };
    prepared.set(context, ready);
  }
  return ready;
}

function nameSkeletons(names: readonly string[] | undefined): string[] {
  return (names ?? []).map((name) => foldForMatching(toSkeleton(name).text)).filter((s) => s.length >= 2);
}

/**
 * Disguised spam puts a separator between nearly every character (本.章.未.完 / 精../华../书.):
 * the span of such a run, or null. A run is at least four spaced characters, and most of its
 * ideographs are spaced; story never writes like that.
 */
function spacedRun(text: string): [number, number] | null {
  if (!SPACER.test(text)) return null;
  let first = -1;
  let last = -1;
  let spaced = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isHanCode(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < text.length && j - i <= 3 && SPACER.test(text[j]!)) j++;
    if (j > i + 1 && j < text.length && isHanCode(text.charCodeAt(j))) {
      if (first < 0) first = i;
      spaced++;
      last = j + 1;
    }
  }
  if (spaced < 4) return null;
  const inRun = countHan(text, first, last);
  return spaced >= inRun * 0.6 ? [first, Math.min(text.length, trailingSpacers(text, last))] : null;
}

/** The run ends after its last character and the separators or punctuation that trail it. */
function trailingSpacers(text: string, end: number): number {
  let at = end;
  while (at < text.length && (SPACER.test(text[at]!) || /[!！~～。，,]/.test(text[at]!))) at++;
  return at;
}

/** Two letters in a row, half or full width or look-alike: without them a line holds no address. */
const MAY_HOLD_ADDRESS = /[A-Za-zＡ-Ｚａ-ｚΑ-ωА-я]{2}/;

/** The last line asked about and its addresses: the classifier asks up to three times per line. */
let lastText = '';
let lastAddresses: ReadonlyArray<readonly [number, number]> = [];

export function addressesIn(text: string): ReadonlyArray<readonly [number, number]> {
  if (text !== lastText) {
    lastAddresses = MAY_HOLD_ADDRESS.test(text) ? findWebAddresses(text) : [];
    lastText = text;
  }
  return lastAddresses;
}

/** True when the line has no strong evidence at all: the common case, answered in one pass. */
export function plainlyStory(text: string, folded: string): boolean {
  STRONG_ALTERNATION.lastIndex = 0;
  return !STRONG_ALTERNATION.test(folded) && addressesIn(text).length === 0 && spacedRun(text) === null;
}

export function gatherEvidence(
  text: string,
  context: LineContext,
  skeleton: Skeleton,
  folded: string,
): Evidence {
  const evidence: Evidence = {
    text,
    skeleton,
    folded,
    covered: new Uint8Array(text.length),
    strong: [],
    quoted: quotedMask(text),
  };
  cover(evidence, STRONG_EVIDENCE, (start, end, match) => {
    const { rule, gaps } = partsOfMatch(match);
    evidence.strong.push({ rule, start, end });
    return gaps;
  });
  // Around the chapter only strong evidence counts: coverage by weak words and names is not needed.
  if (context.where === 'chrome') return withAddressEvidence(text, evidence);
  cover(evidence, WEAK_ALTERNATION);
  for (const pattern of prepare(context).namePatterns) cover(evidence, pattern);
  return withAddressEvidence(text, evidence);
}

function withAddressEvidence(text: string, evidence: Evidence): Evidence {
  for (const [start, end] of addressesIn(text)) {
    evidence.covered.fill(1, start, end);
    evidence.strong.push({ rule: 'web-address', start, end });
  }
  const run = spacedRun(text);
  if (run) {
    evidence.covered.fill(1, run[0], run[1]);
    evidence.strong.push({ rule: 'disguised-spacing', start: run[0], end: run[1] });
  }
  return evidence;
}

/** Skeleton characters of [start, end) not covered by any phrase: [uncovered Han, all]. */
export function leftover(evidence: Evidence, start: number, end: number): [number, number] {
  let uncoveredHan = 0;
  let total = 0;
  const { skeleton, covered } = evidence;
  for (let k = 0; k < skeleton.text.length; k++) {
    const at = skeleton.origin[k]!;
    if (at < start || at >= end) continue;
    total++;
    if (!covered[at] && HAN.test(skeleton.text[k]!)) uncoveredHan++;
  }
  return [uncoveredHan, total];
}

/** True when some clause of [start, end) has enough uncovered text to be a sentence of story. */
export function hasStoryClause(evidence: Evidence, start: number, end: number): boolean {
  return splitClauses(evidence.text.slice(start, end)).some((clause) => {
    const [uncoveredHan, total] = leftover(evidence, start + clause.start, start + clause.end);
    return uncoveredHan >= 4 && uncoveredHan >= total * 0.5;
  });
}

/** Strong hits inside [start, end) and outside quotation marks, in order. */
export function strongHitsIn(evidence: Evidence, start: number, end: number): StrongHit[] {
  return evidence.strong
    .filter((hit) => hit.start >= start && hit.end <= end && !evidence.quoted[hit.start])
    .sort((a, b) => a.start - b.start);
}

/** How many separate pieces of strong evidence lie in [start, end), outside quotes. */
export function distinctStrong(evidence: Evidence, start: number, end: number): number {
  let count = 0;
  let reach = -1;
  for (const hit of strongHitsIn(evidence, start, end)) {
    if (hit.start >= reach) count++;
    reach = Math.max(reach, hit.end);
  }
  return count;
}

const NARRATIVE = /[他她它我了着过吗呢把被]/;

/** An address alone is not an ad when the words around it narrate ("他输入了www…"). */
export function isNarratedAddress(evidence: Evidence, start: number, end: number): boolean {
  const inSpan = evidence.strong.filter((hit) => hit.start >= start && hit.end <= end);
  if (inSpan.some((hit) => hit.rule !== 'web-address')) return false;
  let rest = '';
  for (let i = start; i < end; i++) if (!evidence.covered[i]) rest += evidence.text[i];
  return NARRATIVE.test(rest);
}

function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if ('“「『‘'.includes(char)) depth++;
    mask[i] = depth > 0 ? 1 : 0;
    if ('”」』’'.includes(char)) depth = Math.max(0, depth - 1);
  }
  return mask;
}
