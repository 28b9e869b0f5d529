/**
 * The user rule: one spam pattern the reader wants removed, with where it applies. Pure data and the
 * host-scope logic; matching lives in match.ts, validation in validate.ts.
 */
import type { RuleReason } from './reasons.ts';

export type RuleOrigin = 'user' | 'legado' | 'list';

export interface UserRule {
  id: string;
  name: string;
  group: string;
  /** A literal spam text, or (isRegex) an expression run on the linear-time engine. */
  pattern: string;
  isRegex: boolean;
  /** Host patterns ("www.example.com", "*.example.com"); empty means every site. */
  scope: string[];
  /** Host patterns where the rule never applies, even when `scope` says it does. */
  excludeScope: string[];
  enabled: boolean;
  /** The reader's own note, as typed. */
  note: string;
  /** What Jingdu noted when the rule came in (an importer's changes), as reasons. */
  notes: RuleReason[];
  order: number;
  origin: RuleOrigin;
}

export const RULE_ORIGINS: readonly RuleOrigin[] = ['user', 'legado', 'list'];

// Labels of letters, digits, '-' and '_' (some real hosts use '_'); IPv4 addresses fit too.
const HOST_PATTERN = /^(\*\.)?[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;

/** Lower-cases a host and drops a port and trailing dot, so "WWW.X.com:8080." compares as "www.x.com". */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}

/** The normalized host pattern, or null when `entry` is not "host.name" or "*.host.name". */
export function parseHostPattern(entry: string): string | null {
  const host = normalizeHost(entry);
  if (host.length === 0 || host.length > 253 || !HOST_PATTERN.test(host)) return null;
  return host;
}

/** True when `pattern` covers `host`: exact, or "*.example.com" for example.com and all its subdomains. */
export function hostMatches(pattern: string, host: string): boolean {
  const target = normalizeHost(host);
  const wanted = normalizeHost(pattern);
  if (!wanted.startsWith('*.')) return target === wanted;
  const base = wanted.slice(2);
  return target === base || target.endsWith(`.${base}`);
}

/** Whether the rule's scope lets it run on `host` (scope only: `enabled` is the caller's business). */
export function ruleAppliesToHost(rule: Pick<UserRule, 'scope' | 'excludeScope'>, host: string): boolean {
  if (rule.excludeScope.some((pattern) => hostMatches(pattern, host))) return false;
  return rule.scope.length === 0 || rule.scope.some((pattern) => hostMatches(pattern, host));
}

/** What makes two rules the same rule for de-duplication: pattern, kind and scope, not name or id. */
export function ruleContentKey(rule: Pick<UserRule, 'pattern' | 'isRegex' | 'scope'>): string {
  const scope = rule.scope.map(normalizeHost).sort();
  return JSON.stringify([rule.isRegex, rule.pattern.trim(), scope]);
}

/** A short stable hash (FNV-1a, base 36) for ids derived from content. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** `base` if no rule uses it yet, else `base-2`, `base-3`…; records the id it returns in `taken`. */
export function uniqueRuleId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A complete rule from the fields given; the rest are the defaults a new rule starts with. */
export function createRule(fields: Partial<UserRule> & Pick<UserRule, 'pattern'>): UserRule {
  return {
    id: fields.id ?? `u-${contentHash(fields.pattern)}`,
    name: fields.name ?? fields.pattern.slice(0, 40),
    group: fields.group ?? '',
    pattern: fields.pattern,
    isRegex: fields.isRegex ?? false,
    scope: fields.scope ?? [],
    excludeScope: fields.excludeScope ?? [],
    enabled: fields.enabled ?? true,
    note: fields.note ?? '',
    notes: fields.notes ?? [],
    order: fields.order ?? 0,
    origin: fields.origin ?? 'user',
  };
}
