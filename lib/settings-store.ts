/**
 * Settings in browser storage: synced across the reader's browsers where the quota allows, the
 * rest kept locally (core/settings-sync.ts decides). Reads always yield valid settings; writes that
 * fail (quota, storage errors) fall back to local storage so no rule is lost, and say so.
 */
import { browser } from 'wxt/browser';
import { defaultSettings, migrateSettings, type MigratedSettings, type Settings } from '@/core/settings';
import { settingsRepair as repair, type SettingsRepair } from '@/core/settings-repairs';
import { joinFromStorage, splitForSync } from '@/core/settings-sync';
import { FALLBACK_KEY, LOCAL_KEY, touchesSettings } from '@/core/storage-keys';
import { isRecord } from '@/core/rules/coerce';

export interface SaveOutcome {
  /** False when sync storage refused the write and everything went to local storage instead. */
  synced: boolean;
  message?: string;
}

/** Loads settings, repairing whatever is corrupt; `repaired` lists what was fixed. */
export async function loadSettings(): Promise<MigratedSettings> {
  // Local storage also holds what is not settings (the site memory, the repaired reading), which
  // every chapter page's plan would otherwise read in full.
  const [sync, local] = await Promise.allSettled([
    browser.storage.sync.get(null),
    browser.storage.local.get([LOCAL_KEY, FALLBACK_KEY]),
  ]);
  if (sync.status === 'rejected' && local.status === 'rejected') {
    return {
      settings: defaultSettings(),
      repaired: [repair('repair.unreadable', { error: String(sync.reason) })],
      migratedFrom: null,
    };
  }
  // One unreadable area must not hide what the other holds: a save after loading defaults
  // would overwrite rules that were only unreadable for a moment.
  const problems: SettingsRepair[] = [];
  if (sync.status === 'rejected') problems.push(repair('repair.syncFailed', { error: String(sync.reason) }));
  if (local.status === 'rejected')
    problems.push(repair('repair.localFailed', { error: String(local.reason) }));
  const syncItems = sync.status === 'fulfilled' ? sync.value : {};
  const localItems = local.status === 'fulfilled' ? local.value : {};
  try {
    const loaded = fromAreas(syncItems, localItems, problems);
    return { ...loaded, repaired: [...problems, ...loaded.repaired] };
  } catch (error) {
    return {
      settings: defaultSettings(),
      repaired: [...problems, repair('repair.unreadable', { error: String(error) })],
      migratedFrom: null,
    };
  }
}

function fromAreas(
  sync: Record<string, unknown>,
  local: Record<string, unknown>,
  problems: SettingsRepair[],
): MigratedSettings {
  const fallback = local[FALLBACK_KEY];
  if (isRecord(fallback)) return migrateSettings(fallback);
  if (fallback !== undefined) problems.push(repair('repair.fallbackUnreadable'));
  if (Object.keys(sync).length === 0 && local[LOCAL_KEY] === undefined)
    return { settings: defaultSettings(), repaired: [], migratedFrom: null };
  return joinFromStorage(sync, local);
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
    try {
      await browser.storage.local.set({ [FALLBACK_KEY]: settings });
    } catch (again) {
      return {
        synced: false,
        message: `settings could not be saved: sync storage refused them (${String(error)}), and so did this device (${String(again)})`,
      };
    }
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
