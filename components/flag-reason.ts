/**
 * Flag reasons in the reader's language. The engine writes a flag's reason as English data (the
 * CLI prints it as is); the views show the known shapes translated and anything else verbatim.
 * tests/components/flag-reason.test.ts feeds this the engine's own flags, so the shapes cannot drift.
 */
import type { MessageKey, Translate } from './actions';

const SHAPES: ReadonlyArray<[RegExp, MessageKey]> = [
  [/^a lone book title$/, 'flagBookTitle'],
  [/^ad-like words inside dialogue \((.+)\)$/, 'flagAdInDialogue'],
  [/^ad-like words in a story line \((.+)\)$/, 'flagAdInStory'],
  [/^rules would remove (\d+)% of the chapter: nothing removed$/, 'flagSafetyStop'],
  [/^late lines would push removals past the safety cap: kept$/, 'flagLateSafety'],
];

export function flagReasonText(reason: string, t: Translate): string {
  for (const [shape, key] of SHAPES) {
    const match = shape.exec(reason);
    if (match) return t(key, match.slice(1));
  }
  return reason;
}
