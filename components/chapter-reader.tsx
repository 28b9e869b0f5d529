import type { ReaderChapter } from '@/core/clean-paragraphs';
import type { RepairedReadingData } from './actions';
import { useT } from './i18n';
import { ruleNameText } from './flag-reason';
import { RepairedNotes } from './repaired-notes';
import { RepairedParagraphView } from './repaired-paragraph';

export interface ChapterReaderProps {
  chapter: ReaderChapter;
  /** The repaired reading to show instead of the shipped lines (its view is not null). */
  repaired?: RepairedReadingData;
}

/**
 * The chapter typeset for reading: one <p> per kept paragraph, text rendered as text only. What the
 * engine removed stays one click away behind a disclosure, with the rule for each line, in either
 * reading.
 */
export function ChapterReader({ chapter, repaired }: ChapterReaderProps) {
  const t = useT();
  const paragraphs = repaired?.view?.paragraphs;
  return (
    <article
      class="reader"
      lang="zh-CN"
      aria-labelledby="reader-heading"
      data-reading={paragraphs ? 'repaired' : 'shipped'}
    >
      <header class="reader__header">
        <h1 class="reader__title" id="reader-heading">
          {chapter.heading}
        </h1>
        {chapter.headingDerived && <p class="reader__title-note">{t('headingDerivedNote')}</p>}
      </header>
      {repaired && paragraphs && <RepairedNotes data={repaired} />}
      {paragraphs
        ? paragraphs.map((paragraph, index) => (
            <RepairedParagraphView key={paragraph.line} paragraph={paragraph} index={index} />
          ))
        : chapter.kept.map((paragraph, index) => (
            <p class="reader__paragraph" key={index} data-paragraph={index}>
              {paragraph}
            </p>
          ))}
      {chapter.removed.length > 0 && (
        <details class="reader__removed">
          <summary>{t('removedDisclosure', [String(chapter.removed.length)])}</summary>
          <ul>
            {chapter.removed.map((removal, index) => (
              <li key={index}>
                <p class="reader__removed-text">{removal.text}</p>
                <p class="reader__removed-rule">
                  {t('ruleLabel')}{' '}
                  <span class="removal__rule" data-rule={removal.rule}>
                    {ruleNameText(removal.rule, t)}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
