/**
 * Reads the site's identity off a page (core/site-identity.ts): the host it is served from, hosts it
 * declares (canonical link, og:url, base), og:site_name and application-name, the logo's text, and
 * the host most of its absolute links point to. A page saved and opened from disk or localhost still
 * names its site in these places.
 */
import { isUsableSiteName, registrableName, type SiteIdentity } from '@/core/site-identity';
import { collapseSpace } from '@/core/chapter-title';
import { walk } from './walk';

/** Links looked at for the site's own host: the first few hundred say it. */
const LINKS_READ = 300;
/**
 * The host most absolute links point to is the site's own when it has at least this many of them
 * and this share of all: recommendation and ad links spread over many hosts.
 */
const OWN_HOST_LINKS = 3;
const OWN_HOST_SHARE = 0.3;

const LOGO_NAME = /(^|[\s_-])(logo|site_?name|sitename|brand)([\s_-]|$)/i;

/** What the head declares: meta contents by property or name, link and base addresses. */
interface HeadFacts {
  meta: Map<string, string>;
  canonical: string;
  base: string;
}

/** Reads the head's own children: no selector search, which some DOMs run recursively. */
function readHead(doc: Document): HeadFacts {
  const facts: HeadFacts = { meta: new Map(), canonical: '', base: '' };
  for (const element of Array.from(doc.head?.children ?? [])) {
    const tag = element.tagName.toUpperCase();
    if (tag === 'META') {
      const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').toLowerCase();
      if (key) facts.meta.set(key, element.getAttribute('content')?.trim() ?? '');
    } else if (tag === 'LINK' && /(^|\s)canonical(\s|$)/i.test(element.getAttribute('rel') ?? ''))
      facts.canonical = element.getAttribute('href') ?? '';
    else if (tag === 'BASE') facts.base = element.getAttribute('href') ?? '';
  }
  return facts;
}

/**
 * An http(s) address whose host is letters, digits, dots and hyphens, with no user or port: most
 * links of a page. Its host is its text in lower case unless REWRITTEN_HOST says otherwise, read
 * without building a URL, which a page would pay for with each of hundreds of links.
 */
const PLAIN_HOST = /^https?:\/\/([a-z0-9.-]+)(?=[/?#]|$)/i;
/**
 * Hosts left to the URL parser, which may rewrite or refuse them: a last label that reads as a
 * number (IPv4), punycode, and empty labels or labels with a hyphen at an end.
 */
const REWRITTEN_HOST = /(?:^|\.)(?:\d+|0x[0-9a-f]*)$|xn--|^[.-]|[.-]$|\.\.|-\.|\.-/i;

export function hostOf(address: string): string {
  const plain = PLAIN_HOST.exec(address)?.[1];
  if (plain !== undefined && !REWRITTEN_HOST.test(plain)) return plain.toLowerCase();
  try {
    return new URL(address).host;
  } catch {
    return '';
  }
}

/** Elements looked at for the logo: it sits at the top of the page. */
const LOGO_BUDGET = 300;

function logoNames(body: Element | null): string[] {
  const names: string[] = [];
  if (!body) return names;
  walk(
    body,
    {
      enter(node) {
        if (node.nodeType !== 1) return false;
        const element = node as Element;
        const marker = `${element.id} ${element.getAttribute('class') ?? ''}`;
        if (!LOGO_NAME.test(marker)) return true;
        const alt = firstImageAlt(element);
        for (const name of [collapseSpace(element.textContent ?? ''), collapseSpace(alt)])
          if (isUsableSiteName(name)) names.push(name);
        return false;
      },
    },
    LOGO_BUDGET,
  );
  return names;
}

function firstImageAlt(element: Element): string {
  let alt = '';
  walk(element, {
    enter(node) {
      if (alt || node.nodeType !== 1) return false;
      if ((node as Element).tagName.toUpperCase() === 'IMG')
        alt = (node as Element).getAttribute('alt') ?? '';
      return !alt;
    },
  });
  return alt;
}

function linkedHost(links: readonly Element[]): string {
  const counts = new Map<string, number>();
  let absolute = 0;
  for (const link of links.slice(0, LINKS_READ)) {
    const href = link.getAttribute('href') ?? '';
    if (!/^(https?:)?\/\//i.test(href)) continue;
    const host = hostOf(href.startsWith('//') ? `http:${href}` : href);
    if (!host) continue;
    absolute++;
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [host, count] of counts) if (count > most) [best, most] = [host, count];
  return most >= OWN_HOST_LINKS && most >= absolute * OWN_HOST_SHARE ? best : '';
}

/** The site's identity as `doc` tells it; `host` is where the page is served from. */
export function readSiteIdentity(
  doc: Document,
  host: string,
  titleSiteNames: readonly string[],
  links: readonly Element[],
): SiteIdentity {
  const head = readHead(doc);
  const hosts = [
    host,
    hostOf(head.canonical),
    hostOf(head.meta.get('og:url') ?? ''),
    hostOf(head.base),
    linkedHost(links),
  ];
  const names = [
    ...titleSiteNames,
    head.meta.get('og:site_name') ?? '',
    head.meta.get('application-name') ?? '',
    ...logoNames(doc.body),
  ].filter(isUsableSiteName);
  const domains = hosts.map(registrableName).filter((name): name is string => name !== null);
  return { names: [...new Set(names)], domains: [...new Set(domains)] };
}
