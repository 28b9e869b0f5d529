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

/** Most time one page may take in the browser, from opening it to its row, unless --page-timeout says otherwise. */
export const PAGE_LIMIT_MS = 30_000;

/** The line for a page that could not be read (unreadable file, page that left, crashed or hung). */
export interface PageError {
  file: string;
  error: string;
}

/** A page as the CLI was given it: its bytes, or why its file could not be read. */
export type PageInput = { file: string; bytes: Buffer } | PageError;

export function isPageError(row: PageResult | PageError): row is PageError {
  return 'error' in row;
}
