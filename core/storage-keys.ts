/** Storage keys of the reader's settings: everything in sync storage, and these in local storage. */

/** Rules and site switches that did not fit in sync storage. */
export const LOCAL_KEY = 'settingsLocal';
/** The whole settings object, when sync storage refused a write (quota, errors). */
export const FALLBACK_KEY = 'settingsFallback';

/** The repaired reading of the bundled chapter (core/repair/), local only: it is made on this device. */
export const REPAIRED_READING_KEY = 'repairedReading';

/**
 * What each site repeats on its chapters (core/site-memory.ts), local only: one key per site, this
 * prefix and its bare host.
 */
export const SITE_MEMORY_PREFIX = 'siteMemory:';

/** True when a storage change in `area` touched the settings (not, say, a remembered scroll position). */
export function touchesSettings(area: string, changedKeys: readonly string[]): boolean {
  return area === 'sync' || changedKeys.some((key) => key === LOCAL_KEY || key === FALLBACK_KEY);
}
