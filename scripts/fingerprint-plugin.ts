/**
 * Vite plugin: `virtual:bundled-fingerprint` is the bundled chapter's fingerprint, computed when
 * the extension is built (never on page load) from public/chapter.txt.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseChapterText } from '../core/bundled-chapter';
import { buildFingerprint } from '../core/fingerprint';

const ID = 'virtual:bundled-fingerprint';
const RESOLVED = `\0${ID}`;

/** The fingerprint of the chapter file at `chapterPath`, as shipped. */
export function fingerprintOf(chapterPath: string) {
  return buildFingerprint(parseChapterText(readFileSync(chapterPath, 'utf8')));
}

export function bundledFingerprint(chapterPath = path.resolve('public/chapter.txt')): Plugin {
  return {
    name: 'jingdu-bundled-fingerprint',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(chapterPath);
      return `export default ${JSON.stringify(fingerprintOf(chapterPath))};`;
    },
  };
}
