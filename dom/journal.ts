/**
 * The undo journal. A removed node is swapped for an empty text node that stays where it was: an
 * empty text node serialises to nothing and renders nothing, yet marks the exact place to put the
 * node back, whatever else has been removed or restored around it since.
 */
import type { Removal } from '@/core/types';

export interface JournalEntry extends Removal {
  id: number;
  restored: boolean;
}

interface Record {
  entry: JournalEntry;
  swaps: Array<{ node: Node; placeholder: Text }>;
  /** Text nodes split to isolate a cut: each chain was one node and is joined again on restore. */
  splits: Text[][];
}

export class Journal {
  private records: Record[] = [];
  private nextId = 1;

  /** Takes `nodes` out of the page as one removal; returns its journal entry. */
  remove(nodes: readonly Node[], removal: Removal, splits: Text[][] = []): JournalEntry {
    const entry: JournalEntry = { ...removal, id: this.nextId++, restored: false };
    const swaps = nodes
      .filter((node) => node.parentNode !== null)
      .map((node) => {
        const placeholder = node.ownerDocument!.createTextNode('');
        node.parentNode!.replaceChild(placeholder, node);
        return { node, placeholder };
      });
    this.records.push({ entry, swaps, splits });
    return entry;
  }

  /** The element a removal was taken out of (its first node's parent), while it is on the page. */
  placeOf(id: number): Node | null {
    const record = this.records.find((candidate) => candidate.entry.id === id);
    return record?.swaps[0]?.placeholder.parentNode ?? null;
  }

  /** Every removal so far, restored ones included, oldest first. */
  entries(): JournalEntry[] {
    return this.records.map((record) => record.entry);
  }

  /** Entries still in effect. */
  active(): JournalEntry[] {
    return this.entries().filter((entry) => !entry.restored);
  }

  /** Puts one removal back where it was. False when unknown, already restored or its place is gone. */
  restore(id: number): boolean {
    const record = this.records.find((candidate) => candidate.entry.id === id);
    if (!record || record.entry.restored) return false;
    if (record.swaps.some(({ placeholder }) => placeholder.parentNode === null)) return false;
    for (const { node, placeholder } of [...record.swaps].reverse())
      placeholder.parentNode!.replaceChild(node, placeholder);
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
    for (const record of [...this.records].reverse()) if (this.restore(record.entry.id)) restored++;
    return restored;
  }
}
