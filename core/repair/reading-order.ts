/**
 * The order of the repaired reading. Each source's order of the lines it carries is the original
 * order of those lines; a line that two sources carry takes its place from the first. Lines no
 * source carries keep their shipped place relative to their neighbours. A source's lines stay
 * together, placed where the first of them stands in the shipped order: the first half of a chapter
 * holds its opening lines (the shipped chapter's first ten are in order), so it comes first, and a
 * second half follows.
 */
import type { ReadingSource } from './reading.ts';

/** Shipped story line indices in reading order: every index below `lineCount` once. */
export function readingOrder(sources: readonly ReadingSource[], lineCount: number): number[] {
  const chunkOf = new Int32Array(lineCount).fill(-1);
  const chunks: number[][] = sources.map((source, chunk) => {
    const lines: number[] = [];
    for (const line of source.order) {
      if (line < 0 || line >= lineCount || chunkOf[line] !== -1) continue;
      chunkOf[line] = chunk;
      lines.push(line);
    }
    return lines;
  });
  const order: number[] = [];
  const placed = new Set<number>();
  for (let line = 0; line < lineCount; line++) {
    const chunk = chunkOf[line]!;
    if (chunk === -1) order.push(line);
    else if (!placed.has(chunk)) {
      placed.add(chunk);
      order.push(...chunks[chunk]!);
    }
  }
  return order;
}
