/**
 * The undo journal: the one place that knows how each removal is undone. A removed node is swapped
 * for an empty text node that stays where it was: an empty text node serialises to nothing and
 * renders nothing, yet marks the exact place to put the node back, whatever else has been removed
 * or restored around it since. On a page that fights back the journal switches to hiding
 * (hiding.ts): what it had removed goes back in place, hidden, and later removals only hide.
 */
import type { Removal } from '@/core/types';
import { Hiding } from './hiding';

export interface JournalEntry extends Removal {
  id: number;
  restored: boolean;
}

/**
 * One node of a removal and its mark: the empty text node standing in its place while it is out of
 * the page, or the element carrying its hiding (itself, or our wrapper around a text node).
 */
interface Part {
  node: Node;
  mark: Node;
}

const isPlaceholder = (mark: Node) => mark.nodeType === 3;

interface Record {
  entry: JournalEntry;
  parts: Part[];
  /** Text nodes split to isolate a cut: each chain was one node and is joined again on restore. */
  splits: Text[][];
}

/** The journal hides through what it inherits from Hiding (the page-facing half of hiding). */
export class Journal extends Hiding {
  #records: Record[] = [];
  #nextId = 1;
  /** True once removals are hidden rather than taken out. */
  hiding = false;

  /** Takes `nodes` out of the page (or hides them) as one removal; returns its journal entry. */
  remove(nodes: readonly Node[], removal: Removal, splits: Text[][] = []): JournalEntry {
    const entry: JournalEntry = { ...removal, id: this.#nextId++, restored: false };
    const parts = nodes
      .filter((node) => node.parentNode !== null)
      .map((node) => {
        if (this.hiding) return { node, mark: this.hide(node) };
        const mark = node.ownerDocument!.createTextNode('');
        node.parentNode!.replaceChild(mark, node);
        return { node, mark };
      });
    this.#records.push({ entry, parts, splits });
    return entry;
  }

  /**
   * From now on removals hide, and what is removed now goes back in place, hidden (a node the page
   * put back elsewhere meanwhile returns to its place too).
   */
  hideRemovals(): void {
    this.hiding = true;
    for (const { entry, parts } of this.#records)
      for (const part of entry.restored ? [] : parts) {
        const { node, mark } = part;
        // Hidden already, or its place is gone (it stays out).
        if (!isPlaceholder(mark) || !mark.parentNode) continue;
        mark.parentNode.replaceChild(node, mark);
        part.mark = this.hide(node);
      }
  }

  /** True when the page took away the place of one of `entries` (an empty text node of ours it dropped). */
  lostPlaceOf(entries: readonly JournalEntry[]): boolean {
    return this.#records.some(
      ({ entry, parts }) =>
        entries.includes(entry) && parts.some(({ mark }) => isPlaceholder(mark) && !mark.parentNode),
    );
  }

  /** Every removal so far, restored ones included, oldest first. */
  entries(): JournalEntry[] {
    return this.#records.map((record) => record.entry);
  }

  /** Entries still in effect. */
  active(): JournalEntry[] {
    return this.entries().filter((entry) => !entry.restored);
  }

  /** Puts one removal back where it was. False when unknown, already restored or its place is gone. */
  restore(id: number): boolean {
    const record = this.#records.find((candidate) => candidate.entry.id === id);
    if (!record || record.entry.restored || record.parts.some(({ mark }) => !mark.parentNode)) return false;
    for (const { node, mark } of [...record.parts].reverse())
      if (isPlaceholder(mark)) mark.parentNode!.replaceChild(node, mark);
      else this.show(node, mark as Element);
    for (const [head, ...tails] of record.splits) {
      for (const tail of tails) {
        if (head!.nextSibling !== tail) break;
        head!.appendData(tail.data);
        tail.parentNode!.removeChild(tail);
      }
    }
    record.entry.restored = true;
    return true;
  }

  /** Restores every removal, newest first; returns how many were put back. */
  restoreAll(): number {
    let restored = 0;
    for (const record of [...this.#records].reverse()) if (this.restore(record.entry.id)) restored++;
    return restored;
  }
}
