/** Web addresses in any disguise (core/web-address.ts): strong evidence wherever they stand. */
import { findWebAddresses } from '../web-address';
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

export const webAddresses: LineSignal = {
  rules: ['web-address'],
  evaluate(line): RuleEvidence[] {
    return addressesIn(line.text).map(([start, end]) => ({
      rule: 'web-address',
      strength: 'strong',
      start,
      end,
    }));
  },
};
