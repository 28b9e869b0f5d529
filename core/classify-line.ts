/**
 * Decides what to do with one line of a chapter: keep it, remove it, cut an ad off its start or end,
 * or keep it and flag it. The prime rule is asymmetric: removal needs strong evidence AND too little
 * left over to be story; anything in between is kept and flagged.
 */
import { splitClauses, sentenceBoundaries } from './clauses';
import { foldForMatching } from './fold';
import { toSkeleton, type Skeleton } from './normalize';
import {
  CHAPTER_END_MARKER,
  NAVIGATION_RESIDUE,
  RECOMMENDATION_HEAD,
  SITE_NAME_LINE,
  STRONG_ALTERNATION,
  ruleOfMatch,
  WEAK_ALTERNATION,
} from './spam-phrases';
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

export type LineVerdict =
  | { action: 'keep' }
  | { action: 'flag'; reason: string }
  | { action: 'remove'; rule: string }
  | { action: 'cut'; rule: string; start: number; end: number };

interface Evidence {
  skeleton: Skeleton;
  folded: string;
  covered: Uint8Array;
  strong: Array<{ rule: string; start: number; end: number }>;
}

const HAN = /\p{Script=Han}/u;
const OPENING_QUOTE = /^[“「『"‘﹁﹃]/;
const SPACER = /[./\\\-_*`|~^'+&@#;:]/;
const KEEP: LineVerdict = { action: 'keep' };

/** Marks source characters covered by `pattern` matches on the folded skeleton. */
function cover(
  evidence: Evidence,
  pattern: RegExp,
  onHit?: (start: number, end: number, match: RegExpMatchArray) => void,
): void {
  const { skeleton, folded, covered } = evidence;
  pattern.lastIndex = 0;
  for (const match of folded.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const from = match.index;
    const to = from + match[0].length;
    for (let k = from; k < to; k++) covered[skeleton.origin[k]!] = 1;
    onHit?.(skeleton.origin[from]!, skeleton.origin[to - 1]! + 1, match);
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

function prepare(context: LineContext): PreparedContext {
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

function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
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
  const inRun = countHanIn(text, first, last);
  return spaced >= inRun * 0.6 ? [first, Math.min(text.length, trailingSpacers(text, last))] : null;
}

function countHanIn(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (isHanCode(text.charCodeAt(i))) count++;
  return count;
}

/** The run ends after its last character and the separators or punctuation that trail it. */
function trailingSpacers(text: string, end: number): number {
  let at = end;
  while (at < text.length && (SPACER.test(text[at]!) || /[!！~～。，,]/.test(text[at]!))) at++;
  return at;
}

/** Two letters in a row, half or full width or look-alike: without them a line holds no address. */
const MAY_HOLD_ADDRESS = /[A-Za-zＡ-Ｚａ-ｚΑ-ωА-я]{2}/;

function addressesIn(text: string): Array<[number, number]> {
  return MAY_HOLD_ADDRESS.test(text) ? findWebAddresses(text) : [];
}

/** True when the line has no strong evidence at all: the common case, answered in one pass. */
function plainlyStory(text: string, folded: string): boolean {
  STRONG_ALTERNATION.lastIndex = 0;
  return !STRONG_ALTERNATION.test(folded) && addressesIn(text).length === 0 && spacedRun(text) === null;
}

function gatherEvidence(text: string, context: LineContext, skeleton: Skeleton, folded: string): Evidence {
  const evidence: Evidence = { skeleton, folded, covered: new Uint8Array(text.length), strong: [] };
  cover(evidence, STRONG_ALTERNATION, (start, end, match) =>
    evidence.strong.push({ rule: ruleOfMatch(match), start, end }),
  );
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
function leftover(evidence: Evidence, start: number, end: number): [number, number] {
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
function hasStoryClause(text: string, evidence: Evidence, start: number, end: number): boolean {
  return splitClauses(text.slice(start, end)).some((clause) => {
    const [uncoveredHan, total] = leftover(evidence, start + clause.start, start + clause.end);
    return uncoveredHan >= 4 && uncoveredHan >= total * 0.5;
  });
}

/** Which strong evidence sits in [start, end), outside quotation marks. */
function strongRuleIn(text: string, evidence: Evidence, start: number, end: number): string | undefined {
  const quoted = quotedMask(text);
  let first: { rule: string; start: number } | undefined;
  for (const hit of evidence.strong)
    if (hit.start >= start && hit.end <= end && !quoted[hit.start] && (!first || hit.start < first.start))
      first = hit;
  return first?.rule;
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

/** Skeleton length beyond which a line cannot be a bare marker, name or navigation label. */
const SHORT_LINE = 24;

function wholeLineTemplate(text: string, skeleton: string, context: LineContext): LineVerdict | undefined {
  if (skeleton.length <= SHORT_LINE && CHAPTER_END_MARKER.test(skeleton))
    return { action: 'remove', rule: 'chapter-end-marker' };
  if (RECOMMENDATION_HEAD.test(skeleton) && !/[。！？!?]/.test(text) && /[、,，\s|｜/]/.test(text.trim()))
    return { action: 'remove', rule: 'recommendations' };
  // Around the chapter, names, hosts and link labels are the site's own navigation: only ads go there.
  if (context.where === 'chrome') return undefined;
  if (skeleton.length <= SHORT_LINE && NAVIGATION_RESIDUE.test(skeleton))
    return { action: 'remove', rule: 'navigation-residue' };
  const ready = prepare(context);
  if (ready.title && skeleton === ready.title) return { action: 'remove', rule: 'repeated-title' };
  if (skeleton.length <= SHORT_LINE && (ready.siteNames.includes(skeleton) || SITE_NAME_LINE.test(skeleton)))
    return { action: 'remove', rule: 'site-name' };
  const host = ready.host;
  if (
    host &&
    (skeleton === host || `www${skeleton}` === host || skeleton === host.replace(/^(www|m|wap)/, ''))
  )
    return { action: 'remove', rule: 'site-host' };
  const addresses = addressesIn(text);
  if (
    addresses.length > 0 &&
    toSkeleton(text.replace(/\s/g, '')).text.length <= addressLength(text, addresses)
  )
    return { action: 'remove', rule: 'site-host' };
  if (/^\s*《[^《》]{1,40}》\s*$/.test(text)) return { action: 'flag', reason: 'a lone book title' };
  return undefined;
}

function addressLength(text: string, spans: Array<[number, number]>): number {
  return spans.reduce((sum, [start, end]) => sum + toSkeleton(text.slice(start, end)).text.length, 0);
}

const NARRATIVE = /[他她它我了着过吗呢把被]/;

/** Non-overlapping strong hits in [start, end) outside quotes. */
function distinctStrong(text: string, evidence: Evidence, start: number, end: number): number {
  const quoted = quotedMask(text);
  const hits = evidence.strong
    .filter((s) => s.start >= start && s.end <= end && !quoted[s.start])
    .sort((a, b) => a.start - b.start);
  let count = 0;
  let reach = -1;
  for (const hit of hits) {
    if (hit.start >= reach) count++;
    reach = Math.max(reach, hit.end);
  }
  return count;
}

/** An address alone is not an ad when the words around it narrate ("他输入了www…"). */
function isNarratedAddress(text: string, evidence: Evidence, start: number, end: number): boolean {
  const inSpan = evidence.strong.filter((s) => s.start >= start && s.end <= end);
  if (inSpan.some((s) => s.rule !== 'web-address')) return false;
  let rest = '';
  for (let i = start; i < end; i++) if (!evidence.covered[i]) rest += text[i];
  return NARRATIVE.test(rest);
}

/**
 * Junk: strong evidence outside quotes, and too little left over to be a sentence of story, or
 * (`dense`) several separate pieces of strong evidence that together cover most of the span.
 */
function isJunkSpan(
  text: string,
  evidence: Evidence,
  start: number,
  end: number,
  dense = true,
): string | undefined {
  const rule = strongRuleIn(text, evidence, start, end);
  if (!rule || isNarratedAddress(text, evidence, start, end)) return undefined;
  if (!hasStoryClause(text, evidence, start, end)) return rule;
  if (!dense) return undefined;
  const [uncoveredHan, total] = leftover(evidence, start, end);
  return distinctStrong(text, evidence, start, end) >= 2 && uncoveredHan < total * 0.5 ? rule : undefined;
}

/** Tries to cut junk off the end or the start of a line whose other part is story. */
function cutGluedAd(text: string, evidence: Evidence): LineVerdict | undefined {
  const cuts = sentenceBoundaries(text);
  const isStory = (start: number, end: number) =>
    hasStoryClause(text, evidence, start, end) && !strongRuleIn(text, evidence, start, end);
  // Only a part with no clause of story in it is cut off: a short sentence next to a long ad must
  // not go with it (the dense rule is for whole lines).
  for (const cut of cuts) {
    const rule = isJunkSpan(text, evidence, cut, text.length, false);
    if (rule && isStory(0, cut)) return { action: 'cut', rule, start: cut, end: text.length };
  }
  for (const cut of cuts.reverse()) {
    const rule = isJunkSpan(text, evidence, 0, cut, false);
    if (rule && isStory(cut, text.length)) return { action: 'cut', rule, start: 0, end: cut };
  }
  return undefined;
}

/** A match of one of the reader's own rules in the line: strong evidence, under the same safety. */
export interface RuleEvidence {
  start: number;
  end: number;
  rule: string;
}

/**
 * The verdict for one line of text as it appears on the page. `userRules` are matches of the
 * reader's rules in this line: they count as strong evidence, and a line they match is still only
 * removed when too little is left to be story.
 */
export function classifyLine(
  text: string,
  context: LineContext = {},
  userRules: readonly RuleEvidence[] = [],
): LineVerdict {
  const skeleton = toSkeleton(text);
  const folded = foldForMatching(skeleton.text);
  if (folded.length === 0) return KEEP;
  const template = wholeLineTemplate(text, folded, context);
  if (template) return template;
  if (userRules.length === 0 && plainlyStory(text, folded)) return KEEP;
  const evidence = gatherEvidence(text, context, skeleton, folded);
  for (const { start, end, rule } of userRules) {
    evidence.covered.fill(1, start, end);
    evidence.strong.push({ rule, start, end });
  }
  if (evidence.strong.length === 0) return KEEP;
  if (context.where === 'chrome') {
    const rule = strongRuleIn(text, evidence, 0, text.length);
    return rule ? { action: 'remove', rule } : KEEP;
  }
  const firstRule = evidence.strong[0]!.rule;
  if (OPENING_QUOTE.test(text.trim()))
    return { action: 'flag', reason: `ad-like words inside dialogue (${firstRule})` };
  const sparse = isJunkSpan(text, evidence, 0, text.length, false);
  if (sparse) return { action: 'remove', rule: sparse };
  const cut = cutGluedAd(text, evidence);
  if (cut) return cut;
  const dense = isJunkSpan(text, evidence, 0, text.length);
  if (dense) return { action: 'remove', rule: dense };
  return { action: 'flag', reason: `ad-like words in a story line (${firstRule})` };
}
