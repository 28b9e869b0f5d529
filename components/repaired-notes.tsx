import type { RepairedReadingData } from './actions';
import { useT } from './i18n';

/** Where the repaired reading comes from: one note per source, and the pages not used. */
export function RepairedNotes({ data }: { data: RepairedReadingData }) {
  const t = useT();
  const notes = data.view?.notes ?? [];
  return (
    <section class="reader__notes" aria-label={t('readingNotesLabel')}>
      <ul>
        {notes.map((note, i) => (
          <li key={i} class="reader__note">
            {t('readingNote', [note.host, data.days[i] ?? '', String(note.chars), String(note.lines)])}
          </li>
        ))}
      </ul>
      <p class="reader__legend">{t('readingLegend')}</p>
      <RejectedPages rejected={data.rejected} />
    </section>
  );
}

/** Pages that carried the chapter damaged another way: noted, not used. */
export function RejectedPages({ rejected }: { rejected: RepairedReadingData['rejected'] }) {
  const t = useT();
  return (
    <>
      {rejected.map((page, i) => (
        <p key={i} class="reader__rejected">
          {t('readingRejected', [page.host, page.day])}
        </p>
      ))}
    </>
  );
}
