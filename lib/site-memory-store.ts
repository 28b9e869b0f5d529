/**
 * What each site repeats on its chapters (core/site-memory.ts), in local storage: never synced, made
 * on this device from pages read here. One entry per host under its own key, so that a plan reads
 * and writes one site's hashes, not every site's; at most MEMORY_LIMITS.sites entries, the least
 * recently seen dropped first. A stored value that cannot be read is dropped and reported.
 */
import { browser } from 'wxt/browser';
import { normalizeHost } from '@/core/rules/model';
import { MEMORY_LIMITS, readSiteMemory, type SiteMemory } from '@/core/site-memory';
import { SITE_MEMORY_PREFIX } from '@/core/storage-keys';

/** The storage key of `host`'s memory: bare host, no port, lower case, as site switches are kept. */
export function siteMemoryKey(host: string): string {
  return SITE_MEMORY_PREFIX + normalizeHost(host);
}

const unreadable = (host: string) => `site memory of ${host} unreadable: forgotten`;

export interface ReadSite {
  memory: SiteMemory | null;
  /** What was wrong, in English (logs and tests read it as is). */
  problems: string[];
  /** False when storage could not be read: nothing may be written over what it holds. */
  readable: boolean;
}

/** `host`'s memory; a corrupt one is removed and reported, a storage error reads as nothing. */
export async function readSite(host: string): Promise<ReadSite> {
  const key = siteMemoryKey(host);
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(key))[key];
  } catch (error) {
    return { memory: null, problems: [`site memory could not be read: ${String(error)}`], readable: false };
  }
  if (raw === undefined) return { memory: null, problems: [], readable: true };
  const memory = readSiteMemory(raw);
  if (memory) return { memory, problems: [], readable: true };
  await browser.storage.local.remove(key).catch(() => undefined);
  return { memory: null, problems: [unreadable(normalizeHost(host))], readable: true };
}

/** When a site was last seen: its most recent chapter (0 for none). */
function lastSeen(memory: SiteMemory | null): number {
  return Math.max(0, ...(memory?.chapters.map(({ seen }) => seen) ?? []));
}

/** Every stored site memory by host; unreadable ones come back as null. */
export async function readAllSites(): Promise<Map<string, SiteMemory | null>> {
  const items = await browser.storage.local.get(null);
  const sites = new Map<string, SiteMemory | null>();
  for (const [key, value] of Object.entries(items))
    if (key.startsWith(SITE_MEMORY_PREFIX))
      sites.set(key.slice(SITE_MEMORY_PREFIX.length), readSiteMemory(value));
  return sites;
}

/** Learnt sites as the options page lists them: chapters seen, and lines seen on two or more. */
export interface LearntSite {
  host: string;
  chapters: number;
  lines: number;
}

/** What is stored, by host; unreadable entries are dropped and reported. */
export async function listSites(): Promise<{ sites: LearntSite[]; problems: string[] }> {
  const sites: LearntSite[] = [];
  const broken: string[] = [];
  for (const [host, memory] of await readAllSites()) {
    if (!memory) broken.push(host);
    else
      sites.push({
        host,
        chapters: memory.chapters.length,
        lines: Object.values(memory.lines).filter(({ chapters }) => chapters.length > 1).length,
      });
  }
  if (broken.length > 0) await browser.storage.local.remove(broken.map(siteMemoryKey));
  return {
    sites: sites.sort((a, b) => a.host.localeCompare(b.host)),
    problems: broken.map(unreadable),
  };
}

/**
 * Stores `memory` as `host`'s. A site not stored before makes room first: past the bound, the least
 * recently seen sites (unreadable ones before all) are dropped.
 */
export async function writeSite(host: string, memory: SiteMemory, isNew: boolean): Promise<void> {
  if (isNew) {
    const others = [...(await readAllSites())].filter(([other]) => other !== normalizeHost(host));
    const excess = others.length - (MEMORY_LIMITS.sites - 1);
    if (excess > 0) {
      const oldest = others.sort((a, b) => lastSeen(a[1]) - lastSeen(b[1])).slice(0, excess);
      await browser.storage.local.remove(oldest.map(([other]) => siteMemoryKey(other)));
    }
  }
  await browser.storage.local.set({ [siteMemoryKey(host)]: memory });
}

/** Forgets what was learnt on `host` (the options page, or the site removed from its list). */
export async function forgetSite(host: string): Promise<void> {
  await browser.storage.local.remove(siteMemoryKey(host));
}

/** Forgets what was learnt on every site. */
export async function forgetAllSites(): Promise<void> {
  const hosts = [...(await readAllSites()).keys()];
  if (hosts.length > 0) await browser.storage.local.remove(hosts.map(siteMemoryKey));
}

/** Calls `listener` when any site's memory changes (learnt, or forgotten); returns a stop. */
export function onSiteMemoryChanged(listener: () => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(SITE_MEMORY_PREFIX)))
      listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
