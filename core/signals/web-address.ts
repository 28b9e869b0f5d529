/** Web addresses in any disguise (core/web-address.ts): strong evidence wherever they stand. */
import { findWebAddresses, TLD } from '../web-address';
import { skeletonMatches } from './skeleton-matches';
import { toSkeleton } from '../normalize';
import type { PreparedContext } from './context';
import type { LineSignal, RuleEvidence } from './types';

/** Two letters in a row, half or full width or look-alike: without them a line holds no address. */
const MAY_HOLD_ADDRESS = /[A-Za-zＡ-Ｚａ-ｚΑ-ωА-я]{2}/;

/** The last line asked about and its addresses: several parts of the classifier ask per line. */
let lastText = '';
let lastAddresses: ReadonlyArray<readonly [number, number]> = [];

/** Half-open spans of the web addresses in `text`. */
export function addressesIn(text: string): ReadonlyArray<readonly [number, number]> {
  if (text !== lastText) {
    lastAddresses = MAY_HOLD_ADDRESS.test(text) ? findWebAddresses(text) : [];
    lastText = text;
  }
  return lastAddresses;
}

/**
 * Reference pages a translator's or author's note links to when it explains a term (百科, 知乎,
 * wikis): such a note is content. An address to one of them is flagged for the reader, never removed.
 */
const REFERENCE = /baike|wikipedia|wiki|zhihu|moegirl|mzh|douban|百科|知乎|维基|萌娘|词典|辞典/;

export function mentionsReference(folded: string): boolean {
  return REFERENCE.test(folded);
}

/**
 * An address with any marks between its parts ("www!xxff*com", "w w w . x x f f . c o m"): the
 * skeleton drops every mark, leaving www, a name and a top-level domain in one run, which no word
 * of a story spells.
 */
const SPACED_ADDRESS = new RegExp(`www[a-z0-9]{2,24}?(?:${TLD})(?![a-z])`, 'g');

function overlaps(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return spans.some(([from, to]) => start < to && from < end);
}

/** True when the folded address names the page's host or one of the site's registrable names. */
function namesOwnSite(folded: string, context: PreparedContext): boolean {
  const bare = context.host.replace(/^(www|m|wap)/, '');
  return (
    (bare.length > 3 && folded.includes(bare)) || context.domains.some((domain) => folded.includes(domain))
  );
}

export const webAddresses: LineSignal = {
  rules: ['web-address'],
  evaluate(line, context): RuleEvidence[] {
    const spans = addressesIn(line.text);
    const found: RuleEvidence[] = spans.map(([start, end]): RuleEvidence => {
      const own = namesOwnSite(toSkeleton(line.text.slice(start, end)).text, context);
      return own
        ? { rule: 'web-address', strength: 'strong', start, end, ownSite: true }
        : { rule: 'web-address', strength: 'strong', start, end };
    });
    if (line.folded.includes('www'))
      for (const { start, end } of skeletonMatches(line, SPACED_ADDRESS))
        if (!overlaps(spans, start, end)) found.push({ rule: 'web-address', strength: 'strong', start, end });
    return found;
  },
};
