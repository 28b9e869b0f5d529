/**
 * What aligning a page with the shipped story costs the background (core/repair/): the chapter as
 * shipped (every line found by its folded text), every line with a word changed (each compared with
 * candidates), and a copy's worth of lines that align with nothing (every candidate tried and refused).
 */
import { readFileSync } from 'node:fs';
import { parseChapterText, storyLines } from '../../core/bundled-chapter';
import { alignPage } from '../../core/repair/align-page';
import { indexShipped } from '../../core/repair/shipped-index';
import { medianOf } from './timing';

export function benchRepair(chapterFile: string, runs: number): void {
  const story = storyLines(parseChapterText(readFileSync(chapterFile, 'utf8')));
  const started = performance.now();
  const index = indexShipped(story);
  const indexing = performance.now() - started;
  const changed = story.map((line) => line.slice(0, 2) + '某' + line.slice(3));
  const noise = story.map((line) => [...line].reverse().join(''));
  console.log(`\nRepair: indexing the shipped story ${indexing.toFixed(2)} ms (once per background start)`);
  for (const [name, lines] of [
    ['the chapter as shipped', story],
    ['every line with a word changed', changed],
    ['lines that align with nothing', noise],
  ] as const) {
    const cost = medianOf(runs, () => {
      const begun = performance.now();
      alignPage(index, lines);
      return performance.now() - begun;
    });
    console.log(`aligning ${name.padEnd(32)} ${cost.toFixed(2)} ms median`);
  }
}
