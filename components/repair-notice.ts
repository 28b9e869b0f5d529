/**
 * What was repaired when stored settings were read, in the reader's language. core/settings*.ts and
 * the settings store write each repair as English data (tests and logs read it as is); the options
 * page shows the known shapes translated, with their values (field names, counts, rule names) as
 * they came, and anything else verbatim. tests/components/repair-notice.test.ts feeds this the
 * repairs the code itself reports for corrupt storage, so the shapes cannot drift.
 */
import type { MessageKey, Translate } from './actions';

const SHAPES: ReadonlyArray<[RegExp, MessageKey]> = [
  [/^reader theme (.+) unknown: reset to system$/, 'repairTheme'],
  [/^reader (\w+) was not a number: reset to (.+)$/, 'repairReaderNumber'],
  [/^reader (\w+) (.+) out of range: set to (.+)$/, 'repairReaderRange'],
  [/^reader settings were not an object: reset to defaults$/, 'repairReaderObject'],
  [/^site settings were not an object: reset$/, 'repairSitesObject'],
  [/^dropped (\d+) unreadable site setting\(s\)$/, 'repairSitesDropped'],
  [/^rules were not a list: none could be read$/, 'repairRulesList'],
  [/^dropped rule #(\d+) is not an object$/, 'repairRuleNotObject'],
  [/^dropped rule #(\d+) has no pattern$/, 'repairRuleNoPattern'],
  [/^rule "(.*)": reset (.+)$/, 'repairRuleFields'],
  [/^rule "(.*)": scope or kind unreadable, rule disabled$/, 'repairRuleDisabled'],
  [/^rule "(.*)": dropped unreadable scope entries$/, 'repairRuleScope'],
  [/^rule "(.*)": duplicate id renamed to (.+)$/, 'repairRuleDuplicateId'],
  [/^"enabled" was not true or false: reset to on$/, 'repairEnabled'],
  [/^settings were stored as JSON text: read them$/, 'repairJsonText'],
  [/^settings were .+, not an object: reset to defaults$/, 'repairNotObject'],
  [/^settings version (.+) unreadable: read as version (\d+)$/, 'repairVersion'],
  [/^disabled sites were not a list: reset$/, 'repairDisabledList'],
  [/^dropped (\d+) unreadable disabled site\(s\)$/, 'repairDisabledDropped'],
  [/^settings come from a newer version \((.+)\): kept what this version understands$/, 'repairNewerVersion'],
  [/^sync storage: chunk count for (.+)N unreadable; read the (\d+) found$/, 'repairChunkCount'],
  [/^sync storage: (.+) missing or broken$/, 'repairChunkMissing'],
  [/^local storage: rules and sites kept on this device were unreadable$/, 'repairLocalUnreadable'],
  [/^sync storage: settings item unreadable$/, 'repairSyncItem'],
  [/^sync storage could not be read \((.*)\): using the copy on this device$/, 'repairSyncFailed'],
  [
    /^local storage could not be read \((.*)\): rules kept only on this device are missing$/,
    'repairLocalFailed',
  ],
  [/^settings could not be read: (.*)$/, 'repairUnreadable'],
];

export function repairText(repair: string, t: Translate): string {
  for (const [shape, key] of SHAPES) {
    const match = shape.exec(repair);
    if (match) return t(key, match.slice(1));
  }
  return repair;
}
