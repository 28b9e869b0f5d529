/**
 * The one settings schema, its defaults, and the way back from anything storage may hand us: a first
 * run (nothing), version 1 of the first release, version 2 (an importer's notes as English lines in
 * a rule's note), a newer version after a downgrade, or corrupt data. `migrateSettings` always
 * returns valid current settings; whatever it had to repair is listed in `repaired`, and every user
 * rule that can be read is kept.
 */
import { coerceRule, isRecord, type NoteFormat } from './rules/coerce.ts';
import { parseHostPattern, uniqueRuleId, type UserRule } from './rules/model.ts';
import { settingsRepair as repair, type SettingsRepair } from './settings-repairs.ts';

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type SiteMode = 'on' | 'off';

export interface ReaderSettings {
  theme: Theme;
  /** CSS pixels, 14..28. */
  fontSize: number;
  /** Unitless line height, 1.4..2.4. */
  lineHeight: number;
  /** Text column width in em, 20..48. */
  width: number;
}

export interface Settings {
  version: 3;
  enabled: boolean;
  /** Per-site override of `enabled`, keyed by host. */
  sites: Record<string, SiteMode>;
  rules: UserRule[];
  reader: ReaderSettings;
}

/** What version 1 (the first release) stored. */
export interface SettingsV1 {
  version: 1;
  enabled: boolean;
  disabledHosts: string[];
  theme?: string;
  fontSize?: number;
}

export interface MigratedSettings {
  settings: Settings;
  /** One reason per part that was corrupt and reset or dropped. */
  repaired: SettingsRepair[];
  /** The version the input was in when it was not the current one, else null. */
  migratedFrom: number | null;
}

export const SETTINGS_VERSION = 3;
export const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];
export const READER_LIMITS: Readonly<Record<'fontSize' | 'lineHeight' | 'width', readonly [number, number]>> =
  {
    fontSize: [14, 28],
    lineHeight: [1.4, 2.4],
    width: [20, 48],
  };

/** Fresh default settings (a new object each call, safe to change). */
export function defaultSettings(): Settings {
  return {
    version: 3,
    enabled: true,
    sites: {},
    rules: [],
    reader: { theme: 'system', fontSize: 18, lineHeight: 1.8, width: 36 },
  };
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaultSettings());

function readTheme(value: unknown, repaired: SettingsRepair[]): Theme {
  if (value === undefined) return 'system';
  const theme = THEMES.find((known) => known === value) ?? (value === 'auto' ? 'system' : undefined);
  if (theme === undefined) repaired.push(repair('repair.theme', { value: JSON.stringify(value) }));
  return theme ?? 'system';
}

function readNumber(
  key: keyof typeof READER_LIMITS,
  value: unknown,
  fallback: number,
  repaired: SettingsRepair[],
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    repaired.push(repair('repair.readerNumber', { field: key, value: fallback }));
    return fallback;
  }
  const [min, max] = READER_LIMITS[key];
  const clamped = Math.min(max, Math.max(min, value));
  if (clamped !== value) repaired.push(repair('repair.readerRange', { field: key, value, fixed: clamped }));
  return clamped;
}

/** Reader settings from whatever was stored; missing fields take defaults silently. */
export function readReader(raw: unknown, repaired: SettingsRepair[]): ReaderSettings {
  const defaults = defaultSettings().reader;
  if (raw === undefined) return defaults;
  if (!isRecord(raw)) {
    repaired.push(repair('repair.readerObject'));
    return defaults;
  }
  return {
    theme: readTheme(raw['theme'], repaired),
    fontSize: readNumber('fontSize', raw['fontSize'], defaults.fontSize, repaired),
    lineHeight: readNumber('lineHeight', raw['lineHeight'], defaults.lineHeight, repaired),
    width: readNumber('width', raw['width'], defaults.width, repaired),
  };
}

/** Site overrides from a host → 'on' | 'off' record; other entries are dropped with a message. */
export function readSites(raw: unknown, repaired: SettingsRepair[]): Record<string, SiteMode> {
  const sites: Record<string, SiteMode> = {};
  if (raw === undefined) return sites;
  if (!isRecord(raw)) {
    repaired.push(repair('repair.sitesObject'));
    return sites;
  }
  let dropped = 0;
  for (const [key, mode] of Object.entries(raw)) {
    const host = parseHostPattern(key);
    if (host !== null && (mode === 'on' || mode === 'off')) sites[host] = mode;
    else dropped++;
  }
  if (dropped > 0) repaired.push(repair('repair.sitesDropped', { count: dropped }));
  return sites;
}

/** Every readable rule, repaired where needed; duplicate ids get new ones so edits hit one rule. */
export function readRules(
  raw: unknown,
  repaired: SettingsRepair[],
  notes: NoteFormat = 'current',
): UserRule[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    repaired.push(repair('repair.rulesList'));
    return [];
  }
  const taken = new Set<string>();
  const rules: UserRule[] = [];
  raw.forEach((entry: unknown, index: number) => {
    const coerced = coerceRule(entry, index, notes);
    if (!coerced.ok) {
      repaired.push(repair('repair.ruleDropped', { reason: coerced.reason }));
      return;
    }
    repaired.push(...coerced.fixes);
    const { name } = coerced.rule;
    const id = uniqueRuleId(coerced.rule.id, taken);
    if (id !== coerced.rule.id) repaired.push(repair('repair.ruleDuplicateId', { name, id }));
    rules.push({ ...coerced.rule, id });
  });
  return rules;
}

function readEnabled(value: unknown, repaired: SettingsRepair[]): boolean {
  if (typeof value === 'boolean') return value;
  if (value !== undefined) repaired.push(repair('repair.enabled'));
  return true;
}

/** The stored object, or null for nothing stored (first run) and for data that is no object at all. */
function readRoot(raw: unknown, repaired: SettingsRepair[]): Record<string, unknown> | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string') {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isRecord(parsed)) {
        repaired.push(repair('repair.jsonText'));
        return parsed;
      }
    } catch {
      // falls through to the reset below
    }
  }
  if (isRecord(raw)) return raw;
  repaired.push(repair('repair.notObject'));
  return null;
}

function versionOf(root: Record<string, unknown>, repaired: SettingsRepair[]): number {
  const version = root['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) return version;
  const looksV1 = 'disabledHosts' in root && !('rules' in root || 'sites' in root || 'reader' in root);
  const guess = looksV1 ? 1 : SETTINGS_VERSION;
  const stored = JSON.stringify(version);
  repaired.push(
    stored === undefined
      ? repair('repair.versionMissing', { guess })
      : repair('repair.version', { version: stored, guess }),
  );
  return guess;
}

/** Version 1 → current: disabled hosts become per-site "off", theme and font size move to `reader`. */
function fromV1(root: Record<string, unknown>, repaired: SettingsRepair[]): Settings {
  const sites: Record<string, SiteMode> = {};
  const hosts = root['disabledHosts'];
  if (hosts !== undefined && !Array.isArray(hosts)) repaired.push(repair('repair.disabledList'));
  let dropped = 0;
  for (const entry of Array.isArray(hosts) ? hosts : []) {
    const host = typeof entry === 'string' ? parseHostPattern(entry) : null;
    if (host === null) dropped++;
    else sites[host] = 'off';
  }
  if (dropped > 0) repaired.push(repair('repair.disabledDropped', { count: dropped }));
  const reader = readReader({ theme: root['theme'], fontSize: root['fontSize'] }, repaired);
  return { version: 3, enabled: readEnabled(root['enabled'], repaired), sites, rules: [], reader };
}

/** Version 2 and later; version 2 kept an importer's notes as English lines in a rule's note. */
function fromV2(root: Record<string, unknown>, version: number, repaired: SettingsRepair[]): Settings {
  return {
    version: 3,
    enabled: readEnabled(root['enabled'], repaired),
    sites: readSites(root['sites'], repaired),
    rules: readRules(root['rules'], repaired, version === 2 ? 'legacy' : 'current'),
    reader: readReader(root['reader'], repaired),
  };
}

/** Valid current settings from anything storage returned, with what had to be repaired. */
export function migrateSettings(raw: unknown): MigratedSettings {
  const repaired: SettingsRepair[] = [];
  const root = readRoot(raw, repaired);
  if (root === null) return { settings: defaultSettings(), repaired, migratedFrom: null };
  const version = versionOf(root, repaired);
  if (version > SETTINGS_VERSION) repaired.push(repair('repair.newerVersion', { version }));
  const settings = version === 1 ? fromV1(root, repaired) : fromV2(root, version, repaired);
  return { settings, repaired, migratedFrom: version === SETTINGS_VERSION ? null : version };
}
