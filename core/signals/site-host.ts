/** A line that is only the page's host, or only web addresses, in any disguise. */
import { toSkeleton } from '../normalize';
import { addressesIn, mentionsReference } from './web-address';
import { wholeLine } from './whole-line';
import type { LineSignal } from './types';

function addressLength(text: string, spans: ReadonlyArray<readonly [number, number]>): number {
  return spans.reduce((sum, [start, end]) => sum + toSkeleton(text.slice(start, end)).text.length, 0);
}

function isHostLine(text: string, folded: string, host: string): boolean {
  if (host && (folded === host || `www${folded}` === host || folded === host.replace(/^(www|m|wap)/, '')))
    return true;
  const addresses = addressesIn(text);
  return (
    addresses.length > 0 && toSkeleton(text.replace(/\s/g, '')).text.length <= addressLength(text, addresses)
  );
}

export const siteHost: LineSignal = {
  rules: ['site-host'],
  evaluate(line, context) {
    if (mentionsReference(line.folded)) return [];
    return isHostLine(line.text, line.folded, context.host) ? wholeLine(line, 'site-host') : [];
  },
};
