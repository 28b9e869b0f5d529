/**
 * The lines a block holds itself, beside blocks nested in it: text and inline elements up to each
 * <br> or nested block. Around the chapter a box often mixes a disclaimer written as <br>-separated
 * lines with a list or a bar in a box of its own; its own lines are judged one by one.
 */
import { isBlockTag, isSkippedTag } from './elements';

export interface OwnLine {
  text: string;
  /** The line's nodes in order, its closing <br> included. */
  nodes: Node[];
}

/** The own lines of `block` with text in them. */
export function ownLines(block: Element): OwnLine[] {
  const lines: OwnLine[] = [];
  let current: OwnLine = { text: '', nodes: [] };
  const close = (br?: Node) => {
    if (br) current.nodes.push(br);
    if (current.text.trim() !== '') lines.push(current);
    current = { text: '', nodes: [] };
  };
  for (const child of Array.from(block.childNodes)) {
    if (child.nodeType === 3) {
      current.nodes.push(child);
      current.text += (child as Text).data;
    } else if (child.nodeType === 1) {
      const tag = (child as Element).tagName;
      if (tag === 'BR') close(child);
      else if (isBlockTag(tag)) close();
      else if (!isSkippedTag(tag)) {
        current.nodes.push(child);
        current.text += child.textContent ?? '';
      }
    }
  }
  close();
  return lines;
}
