/**
 * Which corpus sites the engine is tuned on and which are kept aside as a check. No rule is
 * written and no threshold set while looking at a check site's pages: their figures say whether a
 * change carries over to sites nobody wrote a rule for. The check sites were chosen before the
 * December work began: the eleven 笔下文学 chapters (a site new to the project) and three sites of
 * different kinds (a biquge mirror, a light-novel library, an official site).
 */
export const CHECK_SITES: ReadonlySet<string> = new Set(['bxwx', 'wenku8', 'xbiquge-bz', 'zongheng']);

const PAGE_KIND = /-(ch|frag|index|book|bookinfo|home|rank|catalog|search|list|other)(?:-|$)/;

/** The site a corpus page id belongs to: the id up to its page kind ("bxwx-ch-baojian-2" → "bxwx"). */
export function siteOfPage(id: string): string {
  const match = PAGE_KIND.exec(id);
  return match ? id.slice(0, match.index) : id;
}

export function isCheckSite(site: string): boolean {
  return CHECK_SITES.has(site);
}
