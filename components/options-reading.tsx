import { useEffect, useState } from 'preact/hooks';
import type { RepairedSummary } from './options-actions';
import { useT } from './i18n';

export interface ReadingSectionProps {
  load: () => Promise<RepairedSummary | null>;
  forget: () => Promise<void>;
}

type State =
  | { kind: 'loading' }
  | { kind: 'known'; summary: RepairedSummary | null }
  | { kind: 'failed'; error: string };

/** What the repaired reading holds, and the control that forgets it. */
export function ReadingSection({ load, forget }: ReadingSectionProps) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const refresh = () =>
    load().then(
      (summary) => setState({ kind: 'known', summary }),
      (error: unknown) => setState({ kind: 'failed', error: String(error) }),
    );
  useEffect(() => void refresh(), [load]);
  const summary = state.kind === 'known' ? state.summary : null;
  const onForget = () =>
    void forget().then(refresh, (error: unknown) => setState({ kind: 'failed', error: String(error) }));
  const described =
    summary && summary.pages > 0
      ? t('optionsReadingSome', [String(summary.pages), String(summary.confirmed), String(summary.total)])
      : t('optionsReadingNone');
  return (
    <section class="card" aria-labelledby="reading-heading" aria-busy={state.kind === 'loading'}>
      <h2 id="reading-heading">{t('optionsReadingHeading')}</h2>
      <p>{t('optionsReadingIntro')}</p>
      {state.kind === 'failed' ? (
        <p class="notice notice--alert" role="alert">
          {t('optionsReadingFailed', [state.error])}
        </p>
      ) : (
        <p role="status" data-reading={summary && summary.pages > 0 ? 'some' : 'none'}>
          {state.kind === 'loading' ? '' : described}
        </p>
      )}
      {/* Enabled whenever anything is stored: pages seen are forgotten with the reading. */}
      <button type="button" class="button" disabled={!summary} onClick={onForget}>
        {t('optionsReadingForget')}
      </button>
    </section>
  );
}
