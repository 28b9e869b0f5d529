/**
 * The rule editor's form state and the way between it and a stored rule. Pure: the editor view
 * renders a draft, these functions turn it into a UserRule and put that rule into the settings.
 */
import {
  createRule,
  parseHostPattern,
  ruleContentKey,
  uniqueRuleId,
  type UserRule,
} from '@/core/rules/model';
import type { Settings } from '@/core/settings';

export interface RuleDraft {
  /** The rule being edited, or null for a new one. */
  id: string | null;
  name: string;
  pattern: string;
  isRegex: boolean;
  /** True: every site; false: only the sites in `hosts`. */
  everywhere: boolean;
  /** The sites as typed: separated by spaces, commas or new lines. */
  hosts: string;
  enabled: boolean;
  note: string;
}

export function emptyDraft(): RuleDraft {
  return {
    id: null,
    name: '',
    pattern: '',
    isRegex: false,
    everywhere: true,
    hosts: '',
    enabled: true,
    note: '',
  };
}

export function draftFromRule(rule: UserRule): RuleDraft {
  return {
    id: rule.id,
    name: rule.name,
    pattern: rule.pattern,
    isRegex: rule.isRegex,
    everywhere: rule.scope.length === 0,
    hosts: rule.scope.join(', '),
    enabled: rule.enabled,
    note: rule.note,
  };
}

/** One typed site entry as a host: a pasted address gives its host name. */
function hostOfEntry(entry: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) return entry;
  try {
    return new URL(entry).hostname;
  } catch {
    return entry;
  }
}

/** The host for the site list from what was typed (a host or an address), or null; no wildcards. */
export function siteHostOf(text: string): string | null {
  const host = parseHostPattern(hostOfEntry(text.trim()));
  return host === null || host.startsWith('*.') ? null : host;
}

/** The site entries of the hosts field, normalised where they can be read, as typed where not. */
export function hostsOfInput(text: string): string[] {
  const entries = text.split(/[\s,;，；、]+/).filter((entry) => entry !== '');
  const hosts = entries.map((entry) => {
    const host = hostOfEntry(entry);
    return parseHostPattern(host) ?? host;
  });
  return [...new Set(hosts)];
}

/** The rule the draft describes; fields the form does not show are kept from the rule it edits. */
export function ruleFromDraft(draft: RuleDraft, existing: readonly UserRule[]): UserRule {
  const base = existing.find((rule) => rule.id === draft.id);
  const pattern = draft.isRegex ? draft.pattern : draft.pattern.trim();
  const name = draft.name.trim() || pattern.trim().slice(0, 40);
  const order = base?.order ?? existing.reduce((max, rule) => Math.max(max, rule.order + 1), 0);
  const taken = new Set(existing.map((rule) => rule.id));
  const fresh = createRule({ pattern });
  return {
    ...fresh,
    ...base,
    id: base?.id ?? uniqueRuleId(fresh.id, taken),
    name,
    pattern,
    isRegex: draft.isRegex,
    scope: draft.everywhere ? [] : hostsOfInput(draft.hosts),
    enabled: draft.enabled,
    note: draft.note.trim(),
    order,
  };
}

/** Another rule with the same pattern, kind and scope, if there is one. */
export function duplicateOf(rule: UserRule, existing: readonly UserRule[]): UserRule | undefined {
  const key = ruleContentKey(rule);
  return existing.find((other) => other.id !== rule.id && ruleContentKey(other) === key);
}

/** The settings with `rule` in place of the rule of the same id, or added at the end. */
export function putRule(settings: Settings, rule: UserRule): Settings {
  const known = settings.rules.some((other) => other.id === rule.id);
  const rules = known
    ? settings.rules.map((other) => (other.id === rule.id ? rule : other))
    : [...settings.rules, rule];
  return { ...settings, rules };
}

/** The settings without the rule of this id. */
export function dropRule(settings: Settings, id: string): Settings {
  return { ...settings, rules: settings.rules.filter((rule) => rule.id !== id) };
}
