/**
 * Reads the shared real-page corpus (../shared/corpus beside the repository): page ids, their bytes
 * decoded as a browser would, labels and hosts. Corpus text stays there; tests only read it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from './decode-html';

// Vite rewrites a literal `new URL(path, import.meta.url)` into an asset URL; a variable base keeps a file URL.
const here = import.meta.url;

/** ../shared/corpus beside the repository, as a path ending in a slash. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', here));

/** What a person marked on a chapter page (labels/<id>.json); other fields are not used here. */
export interface PageLabel {
  title: string;
  story: string[];
  junk: string[];
  nav: string[];
}

export interface CorpusPage {
  id: string;
  /** The copy read (absolute path), for tools that take the page's bytes as served. */
  file: string;
  html: string;
  /** The page's host from index.json, when its `site` names one ("www.xbiquge.bz (笔趣阁)"). */
  host: string | undefined;
  label: PageLabel | null;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function parseLabel(file: string): PageLabel {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const { title, story, junk, nav } = record;
  if (typeof title !== 'string' || !isStringArray(story) || !isStringArray(junk) || !isStringArray(nav))
    throw new Error(`${file}: a label needs title, story, junk and nav`);
  return { title, story, junk, nav };
}

function readHosts(): Map<string, string> {
  const hosts = new Map<string, string>();
  const file = `${CORPUS_DIR}index.json`;
  if (!existsSync(file)) return hosts;
  const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) return hosts;
  for (const entry of entries as Array<Record<string, unknown>>) {
    const site = typeof entry.site === 'string' ? entry.site.split(/\s/)[0]! : '';
    if (typeof entry.id === 'string' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(site)) hosts.set(entry.id, site);
  }
  return hosts;
}

/** Every page of the corpus, in id order; the .utf8.html copy wins where one exists. */
export function readCorpus(): CorpusPage[] {
  const pagesDir = `${CORPUS_DIR}pages/`;
  const hosts = readHosts();
  return readdirSync(pagesDir)
    .filter((name) => name.endsWith('.html') && !name.endsWith('.utf8.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort()
    .map((id) => {
      const utf8 = `${pagesDir}${id}.utf8.html`;
      const file = existsSync(utf8) ? utf8 : `${pagesDir}${id}.html`;
      const bytes = readFileSync(file);
      const labelFile = `${CORPUS_DIR}labels/${id}.json`;
      return {
        id,
        file,
        html: decodeHtml(new Uint8Array(bytes)),
        host: hosts.get(id),
        label: existsSync(labelFile) ? parseLabel(labelFile) : null,
      };
    });
}
