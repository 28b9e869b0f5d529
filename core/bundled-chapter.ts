import { countFooterLines } from './fingerprint-boilerplate';

/** Where the bundled chapter lives inside the built extension (copied from public/). */
export const BUNDLED_CHAPTER_PATH = '/chapter.txt';

/**
 * Splits the bundled chapter's raw text into paragraphs, one per non-blank line.
 * Characters are kept exactly as shipped: the text's damage is the site's, not ours to repair.
 */
export function parseChapterText(raw: string): string[] {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return text.split(/\r?\n|\r/).filter((line) => line.trim() !== '');
}

/** The story lines of the bundled chapter: its paragraphs without the site's footer. */
export function storyLines(paragraphs: readonly string[]): string[] {
  return paragraphs.slice(0, paragraphs.length - countFooterLines(paragraphs));
}
