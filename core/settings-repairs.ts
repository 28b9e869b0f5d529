/**
 * What was repaired when stored settings were read (settings.ts, settings-sync.ts and the settings
 * store in lib/), as reasons: each code with the names of its values in the order its locale message
 * fills them. A rule that could not be read carries the rule engine's own reason for it.
 */
import { reasonMaker, type ReasonsOf, type ReasonTable } from './reason.ts';
import type { RuleFix } from './rules/coerce.ts';
import type { RuleReason } from './rules/reasons.ts';

export const SETTINGS_REPAIRS = {
  // The reader settings; `value` is the stored value as JSON text.
  'repair.theme': ['value'],
  'repair.readerNumber': ['field', 'value'],
  'repair.readerRange': ['field', 'value', 'fixed'],
  'repair.readerObject': [],
  // Sites, rules and the global switch.
  'repair.sitesObject': [],
  'repair.sitesDropped': ['count'],
  'repair.rulesList': [],
  'repair.ruleDropped': ['reason'],
  'repair.ruleDuplicateId': ['name', 'id'],
  'repair.enabled': [],
  // The stored object as a whole and its version.
  'repair.jsonText': [],
  'repair.notObject': [],
  'repair.version': ['version', 'guess'],
  'repair.versionMissing': ['guess'],
  'repair.newerVersion': ['version'],
  // Version 1.
  'repair.disabledList': [],
  'repair.disabledDropped': ['count'],
  // The storage areas (settings-sync.ts, lib/settings-store.ts); `error` is the browser's message.
  'repair.chunkCount': ['prefix', 'count'],
  'repair.chunkMissing': ['part'],
  'repair.localUnreadable': [],
  'repair.syncItem': [],
  'repair.fallbackUnreadable': [],
  'repair.syncFailed': ['error'],
  'repair.localFailed': ['error'],
  'repair.unreadable': ['error'],
} as const satisfies ReasonTable;

/** A repair of the settings as a whole, or of one stored rule. */
export type SettingsRepair = ReasonsOf<typeof SETTINGS_REPAIRS, RuleReason> | RuleFix;

/** A settings repair: `settingsRepair('repair.sitesDropped', { count: 2 })`. */
export const settingsRepair = reasonMaker<typeof SETTINGS_REPAIRS, RuleReason>();
