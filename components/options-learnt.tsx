import { useEffect, useRef, useState } from 'preact/hooks';
import type { LearntSite, OptionsActions } from './options-actions';
import { useT } from './i18n';

type LearntActions = Pick<
  OptionsActions,
  'loadLearntSites' | 'forgetLearnt' | 'forgetAllLearnt' | 'watchLearnt'
>;

export type LearntState =
  | { kind: 'loading' }
  | { kind: 'known'; sites: LearntSite[]; problems: string[] }
  | { kind: 'failed'; error: string };

export interface LearntStore {
  state: LearntState;
  forget(host: string): void;
  forgetAll(): void;
}

/** What was learnt on each site, kept fresh as pages are read elsewhere, and the ways to forget it. */
export function useLearntSites(actions: LearntActions): LearntStore {
  const [state, setState] = useState<LearntState>({ kind: 'loading' });
  const alive = useRef(true);
  const show = (next: LearntState) => alive.current && setState(next);
  const failed = (error: unknown) => show({ kind: 'failed', error: String(error) });
  const refresh = () =>
    actions.loadLearntSites().then(({ sites, problems }) => show({ kind: 'known', sites, problems }), failed);
  useEffect(() => {
    alive.current = true;
    void refresh();
    const stop = actions.watchLearnt(() => void refresh());
    return () => {
      alive.current = false;
      stop();
    };
  }, [actions]);
  const after = (work: Promise<void>) => void work.then(refresh, failed);
  return {
    state,
    forget: (host) => after(actions.forgetLearnt(host)),
    forgetAll: () => after(actions.forgetAllLearnt()),
  };
}

function LearntRow({ site, onForget }: { site: LearntSite; onForget: () => void }) {
  const t = useT();
  return (
    <li class="site" data-learnt-host={site.host}>
      <span class="site__host">{site.host}</span>
      <span class="site__learnt">{t('learntCounts', [String(site.chapters), String(site.lines)])}</span>
      <button
        type="button"
        class="button button--small"
        aria-label={t('learntForgetFor', [site.host])}
        onClick={onForget}
      >
        {t('learntForget')}
      </button>
    </li>
  );
}

/** The sites whose boilerplate was learnt from the reader's browsing, each to forget, or all. */
export function LearntSites({ store }: { store: LearntStore }) {
  const t = useT();
  const { state } = store;
  const sites = state.kind === 'known' ? state.sites : [];
  return (
    <div class="learnt" aria-busy={state.kind === 'loading'}>
      <h3 id="learnt-heading">{t('learntHeading')}</h3>
      <p class="card__hint">{t('learntIntro')}</p>
      {state.kind === 'failed' && (
        <p class="notice notice--alert" role="alert">
          {t('learntFailed', [state.error])}
        </p>
      )}
      {state.kind === 'known' &&
        state.problems.map((problem) => (
          <p key={problem} class="notice notice--alert" role="alert">
            {t('learntDropped', [problem])}
          </p>
        ))}
      {state.kind === 'known' && sites.length === 0 && <p class="card__empty">{t('learntEmpty')}</p>}
      {sites.length > 0 && (
        <ul class="sites" aria-labelledby="learnt-heading">
          {sites.map((site) => (
            <LearntRow key={site.host} site={site} onForget={() => store.forget(site.host)} />
          ))}
        </ul>
      )}
      <button type="button" class="button" disabled={sites.length === 0} onClick={store.forgetAll}>
        {t('learntForgetAll')}
      </button>
    </div>
  );
}
