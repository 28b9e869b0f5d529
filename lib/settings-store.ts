/**
 * Settings in browser storage: synced across the reader's browsers where the quota allows, the
 * rest kept locally (core/settings-sync.ts decides). Reads always yield valid settings; writes that
 * fail (quota, storage errors) fall back to local storage so no rule is lost, and say so.
 */
import { browser } from 'wxt/browser';
import { defaultSettings, migrateSettings, type MigratedSettings, type Settings } from '@/core/settings';
import { joinFromStorage, splitForSync } from '@/core/settings-sync';
import { FALLBACK_KEY, LOCAL_KEY, touchesSettings } from '@/core/storage-keys';

export interface SaveOutcome {
  /** False when sync storage refused the write and everything went to local storage instead. */
  synced: boolean;
  message?: string;
}

/** Loads settings, repairing whatever is corrupt; `repaired` lists what was fixed. */
export async function loadSettings(): Promise<MigratedSettings> {
  try {
    const [sync, local] = await Promise.all([
      browser.storage.sync.get(null),
      browser.storage.local.get(null),
    ]);
    if (local[FALLBACK_KEY] !== undefined) return migrateSettings(local[FALLBACK_KEY]);
    if (Object.keys(sync).length === 0 && local[LOCAL_KEY] === undefined)
      return { settings: defaultSettings(), repaired: [], migratedFrom: null };
    return joinFromStorage(sync, local);
  } catch (error) {
    return {
      settings: defaultSettings(),
      repaired: [`settings could not be read: ${String(error)}`],
      migratedFrom: null,
    };
  }
}

/** Saves settings; never throws, never loses rules. */
export async function saveSettings(settings: Settings): Promise<SaveOutcome> {
  const { sync, local } = splitForSync(settings);
  try {
    const stale = Object.keys(await browser.storage.sync.get(null)).filter((key) => !(key in sync));
    await browser.storage.sync.set(sync);
    if (stale.length > 0) await browser.storage.sync.remove(stale);
    await browser.storage.local.set({ [LOCAL_KEY]: local[LOCAL_KEY] ?? null });
    await browser.storage.local.remove(FALLBACK_KEY);
    return { synced: true };
  } catch (error) {
    await browser.storage.local.set({ [FALLBACK_KEY]: settings });
    return {
      synced: false,
      message: `sync storage refused the settings (${String(error)}); kept on this device`,
    };
  }
}

/** Calls `listener` with fresh settings whenever they change in any storage area. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (touchesSettings(area, Object.keys(changes)))
      void loadSettings().then(({ settings }) => listener(settings));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
