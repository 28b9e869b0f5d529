/** The shared corpus as the benchmark reads it: page files and whether each is a labelled chapter. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeHtml } from '../clean-cli/decode';

export const CORPUS = path.resolve(process.env.JINGDU_SHARED ?? '../shared', 'corpus');

export interface CorpusPage {
  id: string;
  /** The file read: the UTF-8 copy where one exists. */
  file: string;
  html: string;
  isChapter: boolean;
}

/** Every page of the corpus (the UTF-8 copy where one exists). */
export function corpusPages(): CorpusPage[] {
  const pages = path.join(CORPUS, 'pages');
  if (!existsSync(pages)) throw new Error(`the shared corpus is missing: expected ${pages}`);
  return readdirSync(pages)
    .filter((name) => name.endsWith('.html') && !name.endsWith('.utf8.html'))
    .map((name) => {
      const id = name.slice(0, -'.html'.length);
      const copy = path.join(pages, `${id}.utf8.html`);
      const file = existsSync(copy) ? copy : path.join(pages, name);
      const isChapter = existsSync(path.join(CORPUS, 'labels', `${id}.json`));
      return { id, file, html: decodeHtml(readFileSync(file)), isChapter };
    });
}
