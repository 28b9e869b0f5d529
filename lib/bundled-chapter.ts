import { browser } from 'wxt/browser';
import { BUNDLED_CHAPTER_PATH, parseChapterText } from '@/core/bundled-chapter';

/** Reads the chapter packaged with the extension; the URL is the extension's own, never the network. */
export async function loadBundledChapter(): Promise<string[]> {
  const url = browser.runtime.getURL(BUNDLED_CHAPTER_PATH as '/chapter.txt');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bundled chapter missing from the package (${response.status})`);
  return parseChapterText(await response.text());
}
