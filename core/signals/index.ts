/**
 * The line signals, in the order they are asked. Whole-line signals first: the first that
 * recognises a line decides it. Then the span signals, whose strong evidence the decision weighs,
 * and the weak ones, which only account for the rest of a line that holds strong evidence.
 */
import { loneBookTitle } from './book-title';
import { learnedBoilerplate } from './learned';
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
import { contactPromo } from './contact-promo';
import { pageChrome } from './page-chrome';
import { readerControls } from './reader-controls';
import { seoSuffix } from './seo-suffix';
import { seoTitle } from './seo-title';
import { siteIdentity } from './site-identity';

export const LINE_SIGNALS: readonly LineSignal[] = [
  chapterEnd,
  recommendations,
  seoTitle,
  readerControls,
  navigationResidue,
  repeatedTitle,
  siteName,
  siteHost,
  learnedBoilerplate,
  loneBookTitle,
];

export const SPAN_SIGNALS: readonly LineSignal[] = [
  strongPhrases,
  webAddresses,
  disguisedSpacing,
  siteIdentity,
  contactPromo,
  pageChrome,
  seoSuffix,
];

export const WEAK_SIGNALS: ReadonlyArray<LineSignal<WeakEvidence>> = [weakWords, pageNames];
