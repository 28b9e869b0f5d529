/**
 * Who the site is, from what a page says of itself: its host, the registrable name in that host
 * ("www.bxwx9.org" → "bxwx9"), and the names it gives itself (title suffix, og:site_name, logo).
 * A line that names the site together with a reminder, promotion or disclaimer is the site talking,
 * whatever its words, and a saved page served from elsewhere still carries these names.
 */

/** Second-level labels under a country code ("com.tw", "net.cn"): the name is the label before them. */
const SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'co', 'ac', 'or', 'ne', 'go']);

/** Hosts that say nothing about a site: a page saved and served from this machine. */
const LOCAL_HOST = /^(localhost|127(\.\d+){3}|\[?::1\]?|0\.0\.0\.0)$/;

/** The registrable name of a host: "tw.ttkan.co" → "ttkan", "m.biquge.com.tw" → "biquge"; or null. */
export function registrableName(host: string): string | null {
  const bare = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (bare === '' || LOCAL_HOST.test(bare) || /^[\d.]+$/.test(bare)) return null;
  const labels = bare.split('.').filter(Boolean);
  if (labels.length < 2) return null;
  let index = labels.length - 2;
  if (labels.length >= 3 && labels[labels.length - 1]!.length === 2 && SECOND_LEVEL.has(labels[index]!))
    index--;
  const name = labels[index]!;
  return /^[a-z0-9-]{2,}$/.test(name) ? name : null;
}

/** The site a page belongs to, as far as the page tells. */
export interface SiteIdentity {
  /** Names the site gives itself ("天天看小說", "笔趣阁"). */
  names: string[];
  /** Registrable names of the site's hosts ("ttkan", "wa01"), lower case. */
  domains: string[];
}

export const NO_SITE_IDENTITY: SiteIdentity = Object.freeze({ names: [], domains: [] }) as SiteIdentity;

/** Site names worth matching: two to twelve characters, not a generic word. */
export function isUsableSiteName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed.length >= 2 && trimmed.length <= 12 && !/^(首页|首頁|主页|home|logo)$/i.test(trimmed);
}
