import type { RepairedParagraph } from '@/core/repair/reading-view';
import { useT } from './i18n';
import { MarkedText, Repaired } from './repaired-text';

/**
 * One line of the repaired reading. A repaired line shows its marks (the scrambled line is one mark
 * as a whole); a line no copy carried says it is unconfirmed; a line copies disagree on stays as
 * shipped, with each copy's reading behind a disclosure.
 */
export function RepairedParagraphView({ paragraph, index }: { paragraph: RepairedParagraph; index: number }) {
  const t = useT();
  const { state, text, shipped, how, marks } = paragraph;
  const attributes = { class: 'reader__paragraph', 'data-paragraph': index, 'data-state': state };
  if (state === 'repaired' && how === 'scrambled')
    return (
      <p {...attributes} data-how="scrambled">
        <Repaired kind="line" label={t('readingScrambled', [shipped])}>
          {text}
        </Repaired>
      </p>
    );
  if (state === 'repaired')
    return (
      <p {...attributes}>
        <MarkedText text={text} marks={marks} />
      </p>
    );
  if (state === 'confirmed') return <p {...attributes}>{text}</p>;
  const badge = state === 'unconfirmed' ? t('readingUnconfirmed') : t('readingDisputed');
  return (
    <>
      <p {...attributes}>
        <span class="reader__badge">{badge}</span>
        {text}
      </p>
      {state === 'disputed' && (
        <details class="reader__dispute">
          <summary>{t('readingDisputedReadings', [String(paragraph.readings.length)])}</summary>
          <ul>
            {paragraph.readings.map((reading, i) => (
              <li key={i}>
                <p class="reader__dispute-text">{reading.text}</p>
                <p class="reader__dispute-host">{t('readingFrom', [reading.host])}</p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
