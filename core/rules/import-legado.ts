/**
 * Legado (阅读) replace rules (替换净化) → Jingdu rules. Legado's JSON export is an array of objects
 * with id, name, group, pattern, replacement, isRegex, scope, excludeScope, isEnabled, order and
 * timeoutMillisecond; older exports used regex / replaceSummary / useTo / enable / serialNumber.
 *
 * Scope policy. Legado's scope is a ","/";"-separated string matched as a substring of the book's
 * name or its source's URL. Jingdu scopes by site, so URL and host entries become host scopes and
 * book or source names cannot be kept. Because a rule written for one book must not silently start
 * running on every site:
 * - a scope with at least one site keeps those sites (names are dropped, with a note);
 * - a scope with no site left imports the rule disabled, with a note saying why;
 * - an exclusion that names a book cannot be kept either, and dropping it would widen the rule,
 *   so such a rule is imported disabled too.
 * Only a rule whose scope was empty in Legado runs everywhere. timeoutMillisecond is dropped: the
 * linear-time engine has no runaway expressions to stop.
 */
import { fileProblem, parseJson, type ImportProblem, type ImportResult } from './import-result.ts';
import { isRecord } from './coerce.ts';
import { parseHostPattern, type UserRule } from './model.ts';
import { ruleReason, type RuleReason } from './reasons.ts';
import { validateRule } from './validate.ts';

interface ScopeReading {
  hosts: string[];
  /** Entries that are not sites: book titles, source names. */
  names: string[];
}

/** The host of a URL ("https://m.x.com/a##remark") or of a bare host name ("www.x.com"), else null. */
function hostOfEntry(entry: string): string | null {
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:\s]+)/i.exec(entry);
  if (url) return parseHostPattern(url[1]!);
  // A bare entry counts as a host only if it ends like one, so a title like "1.2" stays a name.
  if (!/\.[a-z]{2,}$/i.test(entry) && !/^\d+\.\d+\.\d+\.\d+$/.test(entry)) return null;
  return parseHostPattern(entry);
}

/** Splits a Legado scope string into host scopes and the names Jingdu cannot scope by. */
export function readLegadoScope(scope: unknown): ScopeReading {
  const reading: ScopeReading = { hosts: [], names: [] };
  if (typeof scope !== 'string') return reading;
  for (const entry of scope.split(/[,;，；\n]+/)) {
    const trimmed = entry.trim();
    if (trimmed === '') continue;
    const host = hostOfEntry(trimmed);
    if (host === null) reading.names.push(trimmed);
    else if (!reading.hosts.includes(host)) reading.hosts.push(host);
  }
  return reading;
}

function pick(raw: Record<string, unknown>, ...keys: string[]): unknown {
  for (const key of keys) if (raw[key] !== undefined && raw[key] !== null) return raw[key];
  return undefined;
}

function flag(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 1) return true;
  if (value === 'false' || value === 0) return false;
  return fallback;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Applies the scope policy; returns the notes to show for this rule. */
function applyScope(rule: UserRule, raw: Record<string, unknown>): RuleReason[] {
  const scope = readLegadoScope(pick(raw, 'scope', 'useTo'));
  const exclude = readLegadoScope(raw['excludeScope']);
  rule.scope = scope.hosts;
  rule.excludeScope = exclude.hosts;
  const names = scope.names.join(', ');
  const notes: RuleReason[] = [];
  if (scope.names.length > 0 && scope.hosts.length > 0) {
    notes.push(ruleReason('legado.scopeKept', { hosts: scope.hosts.join(', '), names }));
  } else if (scope.names.length > 0) {
    notes.push(ruleReason('legado.scopeNames', { names }));
    rule.enabled = false;
  }
  if (exclude.names.length > 0) {
    notes.push(ruleReason('legado.exclusionNames', { names: exclude.names.join(', ') }));
    rule.enabled = false;
  }
  rule.notes = [...rule.notes, ...notes];
  return notes;
}

/** Why a Legado entry cannot become a Jingdu rule, or null. */
function refusal(raw: Record<string, unknown>, pattern: string): RuleReason | null {
  if (pattern.trim() === '') return ruleReason('legado.noPattern');
  const replacement = text(raw['replacement']);
  if (replacement !== '') return ruleReason('legado.replaces', { replacement });
  if (raw['scopeContent'] === false) return ruleReason('legado.titlesOnly');
  return null;
}

/** The Jingdu rule for a Legado entry, before validation and the scope policy. */
function legadoRule(raw: Record<string, unknown>, index: number, name: string, pattern: string): UserRule {
  const order = pick(raw, 'order', 'serialNumber', 'sortOrder');
  const id = text(raw['id']);
  return {
    id: id === '' ? `legado-${index + 1}` : `legado-${id}`,
    name,
    group: text(raw['group']),
    pattern,
    isRegex: flag(raw['isRegex'], true), // Legado's own default
    scope: [],
    excludeScope: [],
    enabled: flag(pick(raw, 'isEnabled', 'enable'), true),
    note: '',
    notes: [],
    order: typeof order === 'number' && Number.isFinite(order) ? order : index,
    origin: 'legado',
  };
}

function readEntry(raw: unknown, index: number, result: ImportResult): void {
  if (!isRecord(raw)) {
    result.problems.push({ name: `#${index + 1}`, pattern: '', reason: ruleReason('legado.entryNotObject') });
    return;
  }
  const pattern = text(pick(raw, 'pattern', 'regex'));
  const name = text(pick(raw, 'name', 'replaceSummary')) || `Legado #${index + 1}`;
  const problem = (reason: RuleReason): ImportProblem => ({ name, pattern, reason });
  const rule = legadoRule(raw, index, name, pattern);
  const valid = validateRule(rule);
  const refused = refusal(raw, pattern) ?? (valid.ok ? null : valid.reason);
  if (refused !== null) {
    result.problems.push(problem(refused));
    return;
  }
  for (const note of applyScope(rule, raw)) result.notes.push(problem(note));
  result.rules.push(rule);
}

/** Rules from a parsed Legado export: an array of rule objects, or one rule object. */
export function importLegadoValue(value: unknown): ImportResult {
  const entries = Array.isArray(value) ? value : isRecord(value) ? [value] : null;
  if (entries === null) return fileProblem(ruleReason('legado.notList'));
  const result: ImportResult = { rules: [], problems: [], notes: [] };
  entries.forEach((entry, index) => readEntry(entry, index, result));
  return result;
}

/** Rules from the text of a Legado replace-rule export; never throws. */
export function importLegadoRules(json: string): ImportResult {
  const parsed = parseJson(json);
  return parsed.ok ? importLegadoValue(parsed.value) : parsed.result;
}
