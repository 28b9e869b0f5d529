/**
 * Per-site hints, as data: where a known site keeps its chapter. Detection never needs them (a test
 * runs the whole corpus with hints off); they only spare the scoring pass on sites we know.
 */

export interface SiteHint {
  /** Host suffix, matched at a dot boundary ("qidian.com" matches "www.qidian.com"). */
  host: string;
  container: string;
}

export const SITE_HINTS: readonly SiteHint[] = [
  { host: 'qidian.com', container: 'main.content' },
  { host: 'zongheng.com', container: '#readerFs' },
  { host: 'wenku8.net', container: '#content' },
  { host: 'bilinovel.com', container: '#acontent' },
  { host: 'linovelib.com', container: '#acontent' },
  { host: 'sto.cx', container: '#BookContent' },
];

/** Container selectors hinted for `host`, most specific first. */
export function hintsForHost(host: string, hints: readonly SiteHint[] = SITE_HINTS): string[] {
  const bare = host.toLowerCase().replace(/:\d+$/, '');
  return hints
    .filter((hint) => bare === hint.host || bare.endsWith(`.${hint.host}`))
    .sort((a, b) => b.host.length - a.host.length)
    .map((hint) => hint.container);
}
