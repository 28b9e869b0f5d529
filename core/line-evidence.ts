/**
 * The evidence of all signals about one line, gathered for the decision: which characters of the
 * line ad words, names and addresses cover, where the strong evidence is, and what is quoted.
 * Everything is in UTF-16 positions of the line as the page has it.
 */
import { splitClauses } from './clauses';
import type { Skeleton } from './normalize';
import { POLICY } from './policy';
import type { RuleId } from './rule-ids';
import { isHanCode } from './text/han';
import { hasToldSentenceMarker } from './text/narration';
import { quotedRanges } from './text/quotes';
import { foldForMatching } from './fold';
import { toSkeleton } from './normalize';
import { SITE_NAME_LINE } from './spam-phrases';
import type { Evidence, LineView } from './signals/types';

export interface StrongHit {
  rule: RuleId;
  start: number;
  end: number;
  /** The piece is the page's own site's address (see RuleEvidence). */
  ownSite?: true;
}

export interface LineEvidence {
  text: string;
  skeleton: Skeleton;
  /** 1 where a character is covered by an ad's words, a name or an address. */
  covered: Uint8Array;
  strong: StrongHit[];
  /** 1 where a character sits inside quotation marks. */
  quoted: Uint8Array;
  /**
   * 1 where a character sits inside quoted dialogue. A quotation that holds only ad words or a site's
   * name (『加入书签，方便阅读』, 百度搜索“西瓜文学网”) is not dialogue: its ad words count.
   */
  dialogue: Uint8Array;
}

/** Covers a strong piece's span, except the words inside its gaps: they may be story ("请向来沉默的师兄推荐…"). */
function cover(
  covered: Uint8Array,
  start: number,
  end: number,
  gaps: ReadonlyArray<readonly [number, number]>,
): void {
  for (let i = start; i < end; i++) if (!gaps.some(([from, to]) => i >= from && i < to)) covered[i] = 1;
}

/** Gathers strong evidence (in the order given) and what strong and weak evidence cover. */
export function gatherEvidence(line: LineView, evidence: readonly Evidence[]): LineEvidence {
  const gathered: LineEvidence = {
    text: line.text,
    skeleton: line.skeleton(),
    covered: new Uint8Array(line.text.length),
    strong: [],
    quoted: new Uint8Array(line.text.length),
    dialogue: new Uint8Array(line.text.length),
  };
  for (const piece of evidence) {
    if (piece.strength === 'weak') gathered.covered.fill(1, piece.start, piece.end);
    else if (piece.strength === 'strong') {
      gathered.strong.push(
        piece.ownSite
          ? { rule: piece.rule, start: piece.start, end: piece.end, ownSite: true }
          : { rule: piece.rule, start: piece.start, end: piece.end },
      );
      cover(gathered.covered, piece.start, piece.end, piece.gaps ?? []);
    }
  }
  for (const [start, end] of quotedRanges(line.text)) {
    gathered.quoted.fill(1, start, end);
    if (isDialogue(gathered, start, end)) gathered.dialogue.fill(1, start, end);
  }
  return gathered;
}

/**
 * A quotation is dialogue, story however short ("“MLA架构?"), unless all it quotes is a site name
 * or words the ad vocabulary covers (a search term inside an ad: 百度搜索“西瓜文学网”, a site's name
 * and a fragment of its address: 『笔下文学 qu 】). A quoted question or exclamation is spoken,
 * whatever its words (“下载app？”).
 */
function isDialogue(evidence: LineEvidence, start: number, end: number): boolean {
  const quoted = evidence.text.slice(start, end);
  const inner = foldForMatching(toSkeleton(quoted).text);
  if (inner === '') return false;
  const spoken = /[？?！!。…]/.test(quoted);
  if (!spoken && SITE_NAME_LINE.test(inner)) return false;
  if (/(搜索|搜|输入)$/.test(evidence.text.slice(Math.max(0, start - 4), start))) return false;
  const wordsOfItsOwn = leftover(evidence, start, end)[0];
  return wordsOfItsOwn > POLICY.dialogueHan || (/[a-z]{2}/.test(inner) && (spoken || wordsOfItsOwn > 0));
}

/** Skeleton characters of [start, end) not covered by any evidence: [uncovered Han, all]. */
export function leftover(evidence: LineEvidence, start: number, end: number): [number, number] {
  let uncoveredHan = 0;
  let total = 0;
  const { skeleton, covered } = evidence;
  for (let k = 0; k < skeleton.text.length; k++) {
    const at = skeleton.origin[k]!;
    if (at < start || at >= end) continue;
    total++;
    if (!covered[at] && isHanCode(skeleton.text.charCodeAt(k))) uncoveredHan++;
  }
  return [uncoveredHan, total];
}

/** The characters of [start, end) that no evidence covers, in order. */
export function uncoveredText(evidence: LineEvidence, start: number, end: number): string {
  let rest = '';
  for (let i = start; i < end; i++) if (!evidence.covered[i]) rest += evidence.text[i];
  return rest;
}

/** True when some clause of [start, end) has enough uncovered text to be a sentence of story. */
export function hasStoryClause(evidence: LineEvidence, start: number, end: number): boolean {
  return splitClauses(evidence.text.slice(start, end)).some((clause) => {
    const [uncoveredHan, total] = leftover(evidence, start + clause.start, start + clause.end);
    return uncoveredHan >= POLICY.storyClauseHan && uncoveredHan >= total * POLICY.storyClauseShare;
  });
}

/** Strong hits inside [start, end) and outside quoted dialogue, in order. */
export function strongHitsIn(evidence: LineEvidence, start: number, end: number): StrongHit[] {
  return evidence.strong
    .filter((hit) => hit.start >= start && hit.end <= end && !evidence.dialogue[hit.start])
    .sort((a, b) => a.start - b.start);
}

/** How many separate pieces of strong evidence lie in [start, end), outside dialogue. */
export function distinctStrong(evidence: LineEvidence, start: number, end: number): number {
  let count = 0;
  let reach = -1;
  for (const hit of strongHitsIn(evidence, start, end)) {
    if (hit.start >= reach) count++;
    reach = Math.max(reach, hit.end);
  }
  return count;
}

/** An address alone is not an ad when the words around it are a told sentence ("他输入了www…"). */
export function isNarratedAddress(evidence: LineEvidence, start: number, end: number): boolean {
  const inSpan = evidence.strong.filter((hit) => hit.start >= start && hit.end <= end);
  if (inSpan.some((hit) => hit.rule !== 'web-address')) return false;
  return hasToldSentenceMarker(uncoveredText(evidence, start, end));
}
