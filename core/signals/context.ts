/**
 * What the classifier knows of a line's page: the chapter title, the site's and the page's names,
 * the host. Folded once per context object, not once per line.
 */
import { foldForMatching } from '../fold';
import { toSkeleton } from '../normalize';

export interface LineContext {
  /** The chapter title, so a copy of it inside the text can go. */
  title?: string;
  /** Site names (from the page title), e.g. "笔趣阁": a line that is only one of them is boilerplate. */
  siteNames?: readonly string[];
  /** Other page names (book title, author): they only fill coverage of an ad line. */
  pageNames?: readonly string[];
  /** The page's host, e.g. "www.52bqg.com": a line that is only the host is boilerplate. */
  host?: string;
  /** Registrable names of the site's hosts ("52bqg"): the site's address in any disguise. */
  siteDomains?: readonly string[];
  /** The parts of the page title ("第一章 雪夜", "长夜书", "笔趣阁"): SEO lines repeat them. */
  titleParts?: readonly string[];
  /** Lines (trimmed) the site has shown on its other chapters: its boilerplate. */
  learned?: ReadonlySet<string>;
  /**
   * "chapter" (default) for lines of the chapter text; "chrome" for text around the chapter, where
   * there is no story to lose and strong evidence alone is enough.
   */
  where?: 'chapter' | 'chrome';
}

/** A context with its names folded the way lines are (skeleton, Traditional and look-alikes folded). */
export interface PreparedContext {
  where: 'chapter' | 'chrome';
  title: string;
  siteNames: string[];
  /** Site and page names together, for coverage of an ad line. */
  names: string[];
  host: string;
  domains: string[];
  titleParts: string[];
  learned: ReadonlySet<string>;
}

const prepared = new WeakMap<LineContext, PreparedContext>();
const NOTHING_LEARNED: ReadonlySet<string> = new Set();

/** Folds a name or title the way a line's text is folded. */
export function foldName(text: string): string {
  return foldForMatching(toSkeleton(text).text);
}

/** A registrable name long enough not to turn up inside ordinary words: four letters, or three with a digit. */
function isMatchableDomain(domain: string): boolean {
  return /^[a-z0-9-]+$/.test(domain) && (domain.length >= 4 || (domain.length === 3 && /\d/.test(domain)));
}

function foldNames(names: readonly string[] | undefined): string[] {
  return (names ?? []).map(foldName).filter((name) => name.length >= 2);
}

export function prepareContext(context: LineContext): PreparedContext {
  let ready = prepared.get(context);
  if (!ready) {
    const siteNames = foldNames(context.siteNames);
    ready = {
      where: context.where ?? 'chapter',
      title: context.title ? foldName(context.title) : '',
      siteNames,
      names: [...siteNames, ...foldNames(context.pageNames)],
      host: context.host ? foldName(context.host) : '',
      domains: (context.siteDomains ?? []).map((domain) => domain.toLowerCase()).filter(isMatchableDomain),
      titleParts: foldNames(context.titleParts),
      learned: context.learned ?? NOTHING_LEARNED,
    };
    prepared.set(context, ready);
  }
  return ready;
}
