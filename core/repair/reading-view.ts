/**
 * The repaired reading as the popup shows it: the shipped story lines in reading order, each with
 * the text to show, its marks, and what is known about it; and one note per source.
 */
import type { LineHow, Mark } from './align-line.ts';
import type { RepairedReading } from './reading.ts';
import { readingOrder } from './reading-order.ts';

/**
 * - `repaired`: one source gave it, and it differs from the shipped line;
 * - `confirmed`: one source gave it, the same as shipped (punctuation aside);
 * - `unconfirmed`: no source carried it: shown as shipped;
 * - `disputed`: sources disagree: shown as shipped, with every reading.
 */
export type ParagraphState = 'repaired' | 'confirmed' | 'unconfirmed' | 'disputed';

export interface RepairedParagraph {
  /** Index of the shipped story line. */
  line: number;
  state: ParagraphState;
  text: string;
  shipped: string;
  /** How the shown reading was found (none when shown as shipped). */
  how: LineHow | null;
  marks: Mark[];
  /** For a disputed line, each reading and the host it came from. */
  readings: Array<{ text: string; host: string }>;
}

export interface SourceNote {
  host: string;
  date: number;
  /** Characters and lines this source changed in the reading as shown. */
  chars: number;
  lines: number;
}

export interface RepairedView {
  paragraphs: RepairedParagraph[];
  notes: SourceNote[];
}

function paragraphOf(reading: RepairedReading, story: readonly string[], line: number): RepairedParagraph {
  const shipped = story[line]!;
  const readings = reading.lines[line] ?? [];
  const asShipped = { line, text: shipped, shipped, how: null, marks: [], readings: [] };
  if (readings.length === 0) return { ...asShipped, state: 'unconfirmed' };
  if (readings.length > 1) {
    const hosts = readings.map(({ text, source }) => ({ text, host: reading.sources[source]?.host ?? '' }));
    return { ...asShipped, state: 'disputed', readings: hosts };
  }
  const { text, how, marks, changed } = readings[0]!;
  return { line, state: changed > 0 ? 'repaired' : 'confirmed', text, shipped, how, marks, readings: [] };
}

/** The view of `reading` over the shipped `story` (the lines it was aligned with). */
export function viewReading(reading: RepairedReading, story: readonly string[]): RepairedView {
  const paragraphs = readingOrder(reading.sources, story.length).map((line) =>
    paragraphOf(reading, story, line),
  );
  const notes: SourceNote[] = reading.sources.map(({ host, date }) => ({ host, date, chars: 0, lines: 0 }));
  for (const paragraph of paragraphs) {
    if (paragraph.state !== 'repaired') continue;
    const shown = reading.lines[paragraph.line]![0]!;
    const note = notes[shown.source];
    if (!note) continue;
    note.chars += shown.changed;
    note.lines++;
  }
  return { paragraphs, notes };
}
