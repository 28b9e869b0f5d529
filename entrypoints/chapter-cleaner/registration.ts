/** Where and when the manifest registers the content script (read by wxt.config.ts and tests). */
export const CONTENT_SCRIPT = {
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  /** Chapters are sometimes served inside a frame of the page. */
  allFrames: true,
  /** The unlisted script's output file: entrypoints/chapter-cleaner → chapter-cleaner.js. */
  file: 'chapter-cleaner.js',
} as const;
