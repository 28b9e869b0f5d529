import type { ComponentChildren } from 'preact';
import type { Mark } from '@/core/repair/align-line';
import { useT } from './i18n';

/**
 * A repaired stretch of text. What the shipped chapter had there is in the mark itself: hidden
 * until the mark is hovered or focused (each mark is a tab stop), and read out by screen readers
 * after the repaired text.
 */
export function Repaired({
  kind,
  label,
  children,
}: {
  kind: Mark['kind'] | 'line';
  label: string;
  children: ComponentChildren;
}) {
  return (
    <mark class={`repair repair--${kind}`} tabIndex={0}>
      {children}
      <span class="repair__shipped">{label}</span>
    </mark>
  );
}

/** `text` with each of `marks` shown as a repair; a mark that does not fit the text is left out. */
export function MarkedText({ text, marks }: { text: string; marks: readonly Mark[] }) {
  const t = useT();
  const pieces: ComponentChildren[] = [];
  let at = 0;
  marks.forEach((mark, index) => {
    if (mark.start < at || mark.end > text.length || mark.end <= mark.start) return;
    pieces.push(text.slice(at, mark.start));
    const label =
      mark.kind === 'char' ? t('readingShippedChar', [mark.was]) : t('readingShippedSwap', [mark.was]);
    pieces.push(
      <Repaired key={index} kind={mark.kind} label={label}>
        {text.slice(mark.start, mark.end)}
      </Repaired>,
    );
    at = mark.end;
  });
  pieces.push(text.slice(at));
  return <>{pieces}</>;
}
