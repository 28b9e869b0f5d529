/**
 * Tells a page that fights the cleaner from one that merely changes. Looked at once the page has
 * had its turn after removals (its MutationObserver runs before our next task): it has fought back
 * when what it added since holds a text just removed (the ad put back), or when it took away the
 * empty text nodes that mark removed nodes' places (journal.ts). A page that adds the same ad at
 * its own pace rarely does so in that instant, and not round after round.
 */
import { collapseSpace } from '@/core/chapter-title';
import type { Journal, JournalEntry } from './journal';

/** True when the page answered `removed` by putting it back (in `added`) or dropping its marks. */
export function pageFought(
  journal: Journal,
  removed: readonly JournalEntry[],
  added: readonly Node[],
): boolean {
  // An empty text is in every node: it proves nothing.
  const texts = removed.map(({ text }) => text).filter(Boolean);
  // A page putting back its ad does it among the first nodes it adds.
  return (
    added
      .slice(0, 200)
      .some((node) => texts.some((text) => collapseSpace(node.textContent ?? '').includes(text))) ||
    journal.lostPlaceOf(removed)
  );
}
