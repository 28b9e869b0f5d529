/**
 * The line signals, in the order they are asked. Whole-line signals first: the first that
 * recognises a line decides it. Then the span signals, whose strong evidence the decision weighs,
 * and the weak ones, which only account for the rest of a line that holds strong evidence.
 */
import { loneBookTitle } from './book-title';
import { chapterEnd } from './chapter-end';
import { disguisedSpacing } from './disguised-spacing';
import { pageNames } from './names';
import { navigationResidue } from './navigation-residue';
import { strongPhrases, weakWords } from './phrases';
import { recommendations } from './recommendations';
import { repeatedTitle } from './repeated-title';
import { siteHost } from './site-host';
import { siteName } from './site-name';
import type { LineSignal, WeakEvidence } from './types';
import { webAddresses } from './web-address';

export const LINE_SIGNALS: readonly LineSignal[] = [
  chapterEnd,
  recommendations,
  navigationResidue,
  repeatedTitle,
  siteName,
  siteHost,
  loneBookTitle,
];

export const SPAN_SIGNALS: readonly LineSignal[] = [strongPhrases, webAddresses, disguisedSpacing];

export const WEAK_SIGNALS: ReadonlyArray<LineSignal<WeakEvidence>> = [weakWords, pageNames];
