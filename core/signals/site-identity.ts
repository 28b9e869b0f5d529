/**
 * The site naming itself. Its registrable name in the line, however disguised (www!xxff*com,
 * ｂｘｗｘ９。ｏｒｇ, "b x w x 9": the skeleton drops every mark between the letters), is the site's
 * address: strong evidence, under the same narration guard as any address. Its own name (笔趣阁,
 * 天天看小說) is strong evidence only beside the words of a reminder, promotion or disclaimer;
 * alone in a sentence it only covers words.
 */
import { WEAK_ALTERNATION, STRONG_ALTERNATION } from '../spam-phrases';
import { addressesIn } from './web-address';
import { skeletonMatches, sourceSpanOf } from './skeleton-matches';
import type { LineSignal, LineView, RuleEvidence } from './types';

/** Address parts that stand around a registrable name: www, m, wap before it, a top-level domain after. */
const BEFORE = /(www|wap|m)$/;
const AFTER = /^(com|net|org|cc|cn|la|tw|co|xyz|top|vip|info|me|io|us|so|tv)/;

function insideAddress(line: LineView, start: number, end: number): boolean {
  return addressesIn(line.text).some(([from, to]) => start >= from && end <= to);
}

function domainEvidence(line: LineView, domain: string): RuleEvidence[] {
  const found: RuleEvidence[] = [];
  let at = line.folded.indexOf(domain);
  while (at >= 0) {
    let from = at;
    let to = at + domain.length;
    const before = BEFORE.exec(line.folded.slice(Math.max(0, from - 3), from));
    if (before) from -= before[0].length;
    const after = AFTER.exec(line.folded.slice(to, to + 4));
    if (after) to += after[0].length;
    const span = sourceSpanOf(line, from, to);
    if (!insideAddress(line, span.start, span.end))
      found.push({ rule: 'web-address', strength: 'strong', ...span });
    at = line.folded.indexOf(domain, at + domain.length);
  }
  return found;
}

/**
 * True when the line holds reminder, promotion or disclaimer words besides `name`. Around the
 * chapter the site's header, logo and breadcrumbs name it beside ordinary words (小说, 阅读): there
 * only a strong phrase counts.
 */
function promotes(folded: string, name: string, aroundChapter: boolean): boolean {
  const rest = folded.split(name).join('|');
  STRONG_ALTERNATION.lastIndex = 0;
  if (STRONG_ALTERNATION.test(rest)) return true;
  WEAK_ALTERNATION.lastIndex = 0;
  return !aroundChapter && WEAK_ALTERNATION.test(rest);
}

const namePatterns = new Map<string, RegExp>();

function patternFor(name: string): RegExp {
  let pattern = namePatterns.get(name);
  if (!pattern)
    namePatterns.set(name, (pattern = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')));
  return pattern;
}

export const siteIdentity: LineSignal = {
  rules: ['web-address', 'site-identity'],
  evaluate(line, context) {
    const found: RuleEvidence[] = [];
    for (const domain of context.domains)
      if (line.folded.includes(domain)) found.push(...domainEvidence(line, domain));
    for (const name of context.siteNames) {
      if (!line.folded.includes(name) || !promotes(line.folded, name, context.where === 'chrome')) continue;
      for (const { start, end } of skeletonMatches(line, patternFor(name)))
        found.push({ rule: 'site-identity', strength: 'strong', start, end });
    }
    return found;
  },
};
