/**
 * Reads the shared real-page corpus (the shared folder's corpus/, found as scripts/shared-data.ts
 * says): page ids, their bytes decoded as a browser would, labels and hosts. Corpus text stays
 * there; tests only read it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sharedPath } from '@/scripts/shared-data';
import { decodeHtml } from './decode-html';

/** The corpus folder, as a path ending in a separator. */
export const CORPUS_DIR = sharedPath('corpus') + path.sep;

/** The chapter the project was given (public/chapter.txt must stay byte-identical to it). */
export const GIVEN_CHAPTER = sharedPath('chapter', 'chapter.txt');

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

function readHosts(dir: string): Map<string, string> {
  const hosts = new Map<string, string>();
  const file = `${dir}index.json`;
  if (!existsSync(file)) return hosts;
  const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) return hosts;
  for (const entry of entries as Array<Record<string, unknown>>) {
    const site = typeof entry.site === 'string' ? entry.site.split(/\s/)[0]! : '';
    if (typeof entry.id === 'string' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(site)) hosts.set(entry.id, site);
  }
  return hosts;
}

/** Every page of the corpus in `dir`, in id order; the .utf8.html copy wins where one exists. */
export function readCorpus(dir = CORPUS_DIR): CorpusPage[] {
  const pagesDir = `${dir}pages/`;
  const hosts = readHosts(dir);
  return readdirSync(pagesDir)
    .filter((name) => name.endsWith('.html') && !name.endsWith('.utf8.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort()
    .map((id) => {
      const utf8 = `${pagesDir}${id}.utf8.html`;
      const file = existsSync(utf8) ? utf8 : `${pagesDir}${id}.html`;
      const bytes = readFileSync(file);
      const labelFile = `${dir}labels/${id}.json`;
      return {
        id,
        file,
        html: decodeHtml(new Uint8Array(bytes)),
        host: hosts.get(id),
        label: existsSync(labelFile) ? parseLabel(labelFile) : null,
      };
    });
}
