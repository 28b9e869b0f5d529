/**
 * Plain-text spam lists: one spam line per line, each a literal rule. Blank lines and lines starting
 * with "#" are skipped, so a list can carry comments.
 */
import type { ImportResult } from './import-result.ts';
import { contentHash, createRule } from './model.ts';
import { validateRule } from './validate.ts';

/** Literal rules from a text list; lines too short to match safely are reported, not imported. */
export function importTextRules(text: string): ImportResult {
  const result: ImportResult = { rules: [], problems: [], notes: [] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  body.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const pattern = raw.trim();
    if (pattern === '' || pattern.startsWith('#')) return;
    const name = pattern.slice(0, 40);
    const rule = createRule({
      id: `list-${contentHash(pattern)}`,
      name,
      pattern,
      origin: 'list',
      order: index,
    });
    const valid = validateRule(rule);
    if (valid.ok) result.rules.push(rule);
    else result.problems.push({ name, pattern, reason: valid.reason });
  });
  return result;
}
