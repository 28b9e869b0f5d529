/**
 * Reads a stored or imported rule of unknown shape into a UserRule, repairing what can be repaired.
 * One principle: a repair may make a rule apply less, never more. A rule whose scope cannot be read
 * back is disabled rather than left to run on every site.
 */
import { splitLegacyNote } from './legacy-note.ts';
import { RULE_ORIGINS, contentHash, parseHostPattern, type RuleOrigin, type UserRule } from './model.ts';
import { isRuleReason, ruleReason, type RuleReason, type RuleReasonOf } from './reasons.ts';

/** What was repaired in a rule that could be read. */
export type RuleFix = RuleReasonOf<'stored.fieldsReset' | 'stored.disabled' | 'stored.scopeDropped'>;

export type CoercedRule =
  | { ok: true; rule: UserRule; fixes: RuleFix[] }
  | { ok: false; reason: RuleReasonOf<'stored.notObject' | 'stored.noPattern'> };

/**
 * Where a stored rule keeps the importer's notes: in `notes` as reasons, or (`legacy`: settings
 * before version 3, rule files before format 2) as English lines inside `note`.
 */
export type NoteFormat = 'current' | 'legacy';

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface HostList {
  hosts: string[];
  /** Some entry could not be read as a host, or the field itself was missing or of the wrong type. */
  lost: boolean;
}

/** Host patterns from an array (or a "," / ";" separated string) of entries. */
export function readHostList(value: unknown): HostList {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;，；\s]+/) : null;
  if (list === null) return { hosts: [], lost: true };
  const hosts: string[] = [];
  let lost = false;
  for (const entry of list) {
    const host = typeof entry === 'string' ? parseHostPattern(entry) : null;
    if (host !== null) {
      if (!hosts.includes(host)) hosts.push(host);
    } else if (typeof entry !== 'string' || entry.trim() !== '') lost = true;
  }
  return { hosts, lost: lost || !Array.isArray(value) };
}

function readString(raw: Record<string, unknown>, key: string, fallback: string, fixes: string[]): string {
  const value = raw[key];
  if (typeof value === 'string') return value;
  fixes.push(key);
  return fallback;
}

function readBoolean(raw: Record<string, unknown>, key: string, fallback: boolean, fixes: string[]): boolean {
  const value = raw[key];
  if (typeof value === 'boolean') return value;
  fixes.push(key);
  return fallback;
}

/** The readable reasons of `notes`; a missing list or an unreadable entry counts as reset. */
function readNotes(value: unknown, fixed: string[]): RuleReason[] {
  const notes = Array.isArray(value) ? value.filter(isRuleReason) : [];
  if (!Array.isArray(value) || notes.length !== value.length) fixed.push('notes');
  return notes;
}

function readNote(raw: Record<string, unknown>, format: NoteFormat, fixed: string[]) {
  const note = readString(raw, 'note', '', fixed);
  return format === 'legacy' ? splitLegacyNote(note) : { note, notes: readNotes(raw['notes'], fixed) };
}

function readOrigin(raw: Record<string, unknown>, fixes: string[]): RuleOrigin {
  const value = raw['origin'];
  const known = RULE_ORIGINS.find((origin) => origin === value);
  if (known === undefined) fixes.push('origin');
  return known ?? 'user';
}

/** What was repaired; where a repair would widen the rule, the rule is switched off instead. */
function repair(
  rule: UserRule,
  fixed: readonly string[],
  scope: HostList,
  excludeScope: HostList,
): RuleFix[] {
  const name = rule.name;
  const fixes: RuleFix[] =
    fixed.length > 0 ? [ruleReason('stored.fieldsReset', { name, fields: fixed.join(', ') })] : [];
  // Dropping scope entries narrows a rule unless none is left; dropping exclusions always widens it.
  // An unknown kind is no better: an expression read as a literal still matches its letters.
  if ((scope.lost && scope.hosts.length === 0) || excludeScope.lost || fixed.includes('isRegex')) {
    if (rule.enabled) fixes.push(ruleReason('stored.disabled', { name }));
    rule.enabled = false;
  } else if (scope.lost) {
    fixes.push(ruleReason('stored.scopeDropped', { name }));
  }
  return fixes;
}

/** A valid rule from `raw` (fields of the wrong type reset and listed in `fixes`), or why there is none. */
export function coerceRule(raw: unknown, index: number, format: NoteFormat = 'current'): CoercedRule {
  const number = index + 1;
  if (!isRecord(raw)) return { ok: false, reason: ruleReason('stored.notObject', { number }) };
  const pattern = raw['pattern'];
  if (typeof pattern !== 'string' || pattern.trim() === '') {
    return { ok: false, reason: ruleReason('stored.noPattern', { number }) };
  }
  const fixed: string[] = [];
  const order = typeof raw['order'] === 'number' && Number.isFinite(raw['order']) ? raw['order'] : index;
  if (order !== raw['order']) fixed.push('order');
  const scope = readHostList(raw['scope']);
  const excludeScope = readHostList(raw['excludeScope']);
  const rule: UserRule = {
    id: readString(raw, 'id', `u-${contentHash(pattern)}`, fixed) || `u-${contentHash(pattern)}`,
    name: readString(raw, 'name', pattern.slice(0, 40), fixed),
    group: readString(raw, 'group', '', fixed),
    pattern,
    isRegex: readBoolean(raw, 'isRegex', false, fixed),
    scope: scope.hosts,
    excludeScope: excludeScope.hosts,
    enabled: readBoolean(raw, 'enabled', false, fixed),
    ...readNote(raw, format, fixed),
    order,
    origin: readOrigin(raw, fixed),
  };
  return { ok: true, rule, fixes: repair(rule, fixed, scope, excludeScope) };
}
