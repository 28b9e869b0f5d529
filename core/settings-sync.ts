/**
 * Deciding what goes to browser sync storage and what stays local, and putting it back together.
 * Sync storage is small (Chrome: 100 KiB in all, 8 KiB per item, 512 items), so settings are cut
 * into items: a head with the switches and reader settings, then chunks of site settings, then
 * chunks of rules. What does not fit stays in local storage, on this device only. Rules go in order
 * and stop at the first that does not fit, so joining them back keeps their order.
 * Pure functions: the caller reads and writes the storage areas.
 */
import { isRecord } from './rules/coerce.ts';
import { settingsRepair as repair, type SettingsRepair } from './settings-repairs.ts';
import { migrateSettings, SETTINGS_VERSION, type MigratedSettings, type Settings } from './settings.ts';

export interface SyncQuota {
  /** Total bytes sync storage accepts (Chrome's QUOTA_BYTES). */
  syncQuotaBytes: number;
  /** Bytes one item may take, key included (Chrome's QUOTA_BYTES_PER_ITEM). */
  itemQuotaBytes: number;
  /** Number of items sync storage accepts (Chrome's MAX_ITEMS). */
  maxItems?: number;
}

export const CHROME_SYNC_QUOTA: SyncQuota = { syncQuotaBytes: 102400, itemQuotaBytes: 8192, maxItems: 512 };

export const SYNC_HEAD_KEY = 'settings';
export { LOCAL_KEY } from './storage-keys.ts';
import { LOCAL_KEY } from './storage-keys.ts';
const SITES_PREFIX = 'sites.';
const RULES_PREFIX = 'rules.';

export interface SyncSplit {
  /** Items for sync storage; the caller should also remove other `sites.N` / `rules.N` keys. */
  sync: Record<string, unknown>;
  /** Items for local storage: what did not fit. */
  local: Record<string, unknown>;
  localSiteCount: number;
  localRuleCount: number;
}

/** Bytes of `text` in UTF-8, which is how browsers count storage quotas. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** What one storage item costs against the quota: its key plus its JSON value. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value));
}

interface Budget {
  bytes: number;
  items: number;
  perItem: number;
}

/** Packs a prefix of `values` into items `${prefix}0`, `${prefix}1`… within the budget. */
function pack<T>(values: readonly T[], prefix: string, budget: Budget, out: Record<string, unknown>): number {
  let chunk: T[] = [];
  let count = 0;
  const close = (): void => {
    budget.bytes -= itemBytes(`${prefix}${count}`, chunk);
    budget.items -= 1;
    out[`${prefix}${count++}`] = chunk;
    chunk = [];
  };
  for (let i = 0; i < values.length;) {
    const next = [...chunk, values[i] as T];
    const size = itemBytes(`${prefix}${count}`, next);
    if (size <= budget.perItem && size <= budget.bytes && budget.items > 0) {
      chunk = next;
      i++;
    } else if (chunk.length > 0) {
      close();
    } else {
      // Too big even alone: this value and all after it stay local, so order survives the split.
      return i;
    }
  }
  if (chunk.length > 0) close();
  return values.length;
}

/** Splits settings into sync items and a local remainder, within the quota. */
export function splitForSync(settings: Settings, quota: SyncQuota = CHROME_SYNC_QUOTA): SyncSplit {
  const { rules, sites, ...rest } = settings;
  const maxItems = quota.maxItems ?? Number.MAX_SAFE_INTEGER;
  // The head is written last, once the chunk counts are known; reserve room for large counts.
  const reserve = itemBytes(SYNC_HEAD_KEY, { ...rest, siteChunks: maxItems, ruleChunks: maxItems });
  const budget: Budget = {
    bytes: quota.syncQuotaBytes - reserve,
    items: maxItems - 1,
    perItem: quota.itemQuotaBytes,
  };
  const sync: Record<string, unknown> = {};
  const siteEntries = Object.entries(sites);
  const sitesKept = reserve <= quota.itemQuotaBytes ? pack(siteEntries, SITES_PREFIX, budget, sync) : 0;
  const rulesKept = sitesKept === siteEntries.length ? pack(rules, RULES_PREFIX, budget, sync) : 0;
  const count = (prefix: string): number => Object.keys(sync).filter((key) => key.startsWith(prefix)).length;
  sync[SYNC_HEAD_KEY] = { ...rest, siteChunks: count(SITES_PREFIX), ruleChunks: count(RULES_PREFIX) };
  const localSites = Object.fromEntries(siteEntries.slice(sitesKept));
  const localRules = rules.slice(rulesKept);
  return {
    sync,
    local: { [LOCAL_KEY]: { sites: localSites, rules: localRules } },
    localSiteCount: siteEntries.length - sitesKept,
    localRuleCount: localRules.length,
  };
}

/** The `count` chunks under `prefix`, concatenated; missing or broken chunks are reported. */
function readChunks(
  sync: Record<string, unknown>,
  prefix: string,
  count: unknown,
  repaired: SettingsRepair[],
): unknown[] {
  if (count === undefined) return [];
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    // The chunks themselves may well be intact: read them in order until one is missing.
    let found = 0;
    while (sync[`${prefix}${found}`] !== undefined) found++;
    repaired.push(repair('repair.chunkCount', { prefix, count: found }));
    count = found;
  }
  const values: unknown[] = [];
  for (let n = 0; n < (count as number); n++) {
    const chunk = sync[`${prefix}${n}`];
    if (Array.isArray(chunk)) values.push(...chunk);
    else repaired.push(repair('repair.chunkMissing', { part: `${prefix}${n}` }));
  }
  return values;
}

/** Reassembles settings from the two storage areas, repairing whatever is missing or corrupt. */
export function joinFromStorage(
  sync: Record<string, unknown>,
  local: Record<string, unknown>,
): MigratedSettings {
  const repaired: SettingsRepair[] = [];
  const head = sync[SYNC_HEAD_KEY];
  const kept = local[LOCAL_KEY];
  const overflow = isRecord(kept) ? kept : {};
  const misshapen =
    (kept !== undefined && kept !== null && !isRecord(kept)) ||
    (overflow['rules'] !== undefined && !Array.isArray(overflow['rules'])) ||
    (overflow['sites'] !== undefined && !isRecord(overflow['sites']));
  if (misshapen) repaired.push(repair('repair.localUnreadable'));
  if (head === undefined && Object.keys(overflow).length === 0) return migrateSettings(undefined);
  if (head !== undefined && !isRecord(head)) repaired.push(repair('repair.syncItem'));
  const { siteChunks, ruleChunks, ...stored } = isRecord(head) ? head : { version: SETTINGS_VERSION };
  const raw: Record<string, unknown> = { ...stored };
  if (siteChunks !== undefined || overflow['sites'] !== undefined) {
    const pairs = readChunks(sync, SITES_PREFIX, siteChunks, repaired);
    const isPair = (pair: unknown): pair is [string, unknown] =>
      Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string';
    const synced = Object.fromEntries(pairs.filter(isPair));
    raw['sites'] = { ...(isRecord(overflow['sites']) ? overflow['sites'] : {}), ...synced };
  }
  if (ruleChunks !== undefined || overflow['rules'] !== undefined) {
    const extra = Array.isArray(overflow['rules']) ? overflow['rules'] : [];
    raw['rules'] = [...readChunks(sync, RULES_PREFIX, ruleChunks, repaired), ...extra];
  }
  const result = migrateSettings(raw);
  return { ...result, repaired: [...repaired, ...result.repaired] };
}
