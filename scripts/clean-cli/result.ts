import type { BundledMatch, Flag, Removal } from '../../core/types';

/** One line of `npm run clean -- --json` output. */
export interface PageResult {
  file: string;
  isChapter: boolean;
  title: string;
  bundledChapter: BundledMatch;
  paragraphs: string[];
  pageText: string;
  links: string[];
  removed: Removal[];
  flags: Flag[];
  ms: number;
}
