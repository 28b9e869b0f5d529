/**
 * Before an importer's notes were data (settings before version 3, rule files before format 2), the
 * Legado importer appended them to the rule's `note` as English lines, below whatever the reader had
 * written. These are the only lines it ever wrote; they become reasons again. Every other line is
 * the reader's own and stays in `note` exactly as it was.
 */
import { ruleReason, type RuleReason } from './reasons.ts';

type Reading = (match: RegExpExecArray) => RuleReason;

const LEGACY_LINES: ReadonlyArray<[RegExp, Reading]> = [
  [
    /^scope kept to ([^;]+); ignored names ([\s\S]+)$/,
    (match) => ruleReason('legado.scopeKept', { hosts: match[1]!, names: match[2]! }),
  ],
  [
    /^scope names books or sources \(([\s\S]+)\), not sites: imported disabled$/,
    (match) => ruleReason('legado.scopeNames', { names: match[1]! }),
  ],
  [
    /^exclusion names books or sources \(([\s\S]+)\): imported disabled$/,
    (match) => ruleReason('legado.exclusionNames', { names: match[1]! }),
  ],
];

function legacyLine(line: string): RuleReason | null {
  for (const [shape, read] of LEGACY_LINES) {
    const match = shape.exec(line);
    if (match) return read(match);
  }
  return null;
}

/** An old `note` split into the reader's own text and the importer's notes it held. */
export function splitLegacyNote(note: string): { note: string; notes: RuleReason[] } {
  const own: string[] = [];
  const notes: RuleReason[] = [];
  for (const line of note.split('\n')) {
    const reason = legacyLine(line);
    if (reason === null) own.push(line);
    else notes.push(reason);
  }
  return { note: own.join('\n'), notes };
}
