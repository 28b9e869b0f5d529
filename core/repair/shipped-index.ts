/**
 * The shipped chapter's story lines, folded once and indexed so that each page line is compared
 * with a few likely lines rather than all of them: by exact folded text, by sorted characters (the
 * scrambled line), and by shared symbol pairs.
 */
import { foldedKey, foldLine, scrambleKey, type FoldedLine } from './fold-line.ts';

export interface ShippedIndex {
  lines: FoldedLine[];
  exact: Map<string, number[]>;
  sorted: Map<string, number[]>;
  /** Symbol pair → the lines holding it. */
  pairs: Map<number, number[]>;
}

/** How many lines sharing the most symbol pairs with a page line are tried against it. */
const CANDIDATES = 3;

function add<K>(map: Map<K, number[]>, key: K, line: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== line) list.push(line);
  } else map.set(key, [line]);
}

function pairKeys(line: FoldedLine): number[] {
  const keys: number[] = [];
  for (let i = 1; i < line.symbols.length; i++) keys.push(line.symbols[i - 1]! * 0x10000 + line.symbols[i]!);
  return keys;
}

export function indexShipped(story: readonly string[]): ShippedIndex {
  const index: ShippedIndex = { lines: [], exact: new Map(), sorted: new Map(), pairs: new Map() };
  story.forEach((text, line) => {
    const folded = foldLine(text);
    index.lines.push(folded);
    add(index.exact, foldedKey(folded), line);
    add(index.sorted, scrambleKey(folded), line);
    for (const key of new Set(pairKeys(folded))) add(index.pairs, key, line);
  });
  return index;
}

/**
 * Shipped lines worth comparing with `page`, most likely first: those with the same folded text,
 * then those sharing the most symbol pairs, then those with the same characters (the scrambled
 * line). Lazily, since a copy's lines are nearly all found by the first.
 */
export function* candidatesFor(index: ShippedIndex, page: FoldedLine): Generator<number> {
  const tried = new Set<number>();
  const fresh = (lines: readonly number[]) => lines.filter((line) => !tried.has(line) && tried.add(line));
  yield* fresh(index.exact.get(foldedKey(page)) ?? []);
  const shared = new Map<number, number>();
  for (const key of new Set(pairKeys(page)))
    for (const line of index.pairs.get(key) ?? []) shared.set(line, (shared.get(line) ?? 0) + 1);
  const likely = [...shared.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([line]) => line);
  yield* fresh(likely);
  yield* fresh(index.sorted.get(scrambleKey(page)) ?? []);
}
