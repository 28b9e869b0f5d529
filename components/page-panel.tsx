import type { TabState, TabStatus } from '@/core/protocol';
import type { MessageKey, TabAnswer } from './actions';
import { useT } from './i18n';
import { FlagList, RemovalList } from './removal-list';

export interface PagePanelProps {
  /** Null while the tab has not answered yet. */
  answer: TabAnswer | null;
  /** True while an action on the tab runs: its buttons are disabled meanwhile. */
  busy: boolean;
  onRestore: (id: number) => void;
  onRestoreAll: () => void;
  onCleanAgain: () => void;
  onAutoClean: (host: string, on: boolean) => void;
}

const STATE_TEXT: Readonly<Record<TabState, readonly [MessageKey, MessageKey | null]>> = {
  // Detection or cleaning is still running, in short slices, on a heavy page.
  working: ['stateWorking', 'stateWorkingBody'],
  'not-chapter': ['stateNotChapter', 'stateNotChapterBody'],
  cleaned: ['stateCleaned', null],
  paused: ['statePaused', 'statePausedBody'],
  'safety-stop': ['stateSafetyStop', 'stateSafetyStopBody'],
  'gave-up': ['stateGaveUp', 'stateGaveUpBody'],
};

function Unreachable() {
  const t = useT();
  return (
    <div class="page__summary" data-state="unreachable">
      <h2>{t('pageUnreachableTitle')}</h2>
      <p>{t('pageUnreachableBody')}</p>
      <p class="page__hint">{t('pageReloadHint')}</p>
    </div>
  );
}

function Failed({ error }: { error: string }) {
  const t = useT();
  return (
    <div class="page__summary" data-state="error">
      <h2>{t('pageFailedTitle')}</h2>
      <p>
        <code>{error}</code>
      </p>
      <p class="page__hint">{t('pageFailedHint')}</p>
    </div>
  );
}

function Summary({ status }: { status: TabStatus }) {
  const t = useT();
  const [heading, body] = STATE_TEXT[status.state];
  const isChapter = status.state !== 'not-chapter';
  const lines = status.removed.filter((removal) => removal.kind === 'line').length;
  const percent = String(Math.round(status.bundled.coverage * 100));
  return (
    <div class="page__summary" data-state={status.state}>
      <h2>{t(heading)}</h2>
      {body && <p>{t(body)}</p>}
      {isChapter && (
        <>
          <p class="page__title" lang="zh-CN">
            {status.title || t('untitled')}
          </p>
          <p class="page__match" data-matched={String(status.bundled.matched)}>
            {status.bundled.matched ? t('bundledMatched', [percent]) : t('bundledNotMatched')}
          </p>
          <p class="page__counts">
            {t('removedCounts', [String(lines), String(status.removed.length - lines)])} ·{' '}
            {t('timing', [String(Math.round(status.ms))])}
          </p>
        </>
      )}
    </div>
  );
}

type ControlsProps = { status: TabStatus } & Pick<PagePanelProps, 'busy' | 'onCleanAgain' | 'onAutoClean'>;

/** While busy the controls refuse input but stay focusable (a disabled control would drop the focus). */
function Controls({ status, busy, onCleanAgain, onAutoClean }: ControlsProps) {
  const t = useT();
  return (
    <div class="page__controls">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={status.autoClean}
          aria-disabled={busy}
          onChange={(event) => !busy && onAutoClean(status.host, event.currentTarget.checked)}
        />
        <span>{t('autoClean', [status.host])}</span>
      </label>
      <button type="button" class="button" aria-disabled={busy} onClick={() => !busy && onCleanAgain()}>
        {t('cleanAgain')}
      </button>
    </div>
  );
}

/** The current tab at a glance: chapter or not, bundled or not, what was removed and how to undo it. */
export function PagePanel(props: PagePanelProps) {
  const t = useT();
  const { answer } = props;
  if (answer === null)
    return (
      <p class="page__loading" aria-busy="true">
        {t('pageLoading')}
      </p>
    );
  if (answer === 'unreachable') return <Unreachable />;
  if ('error' in answer) return <Failed error={answer.error} />;
  const isChapter = answer.state !== 'not-chapter';
  return (
    <div class="page" aria-busy={props.busy}>
      <Summary status={answer} />
      {isChapter && (
        <Controls
          status={answer}
          busy={props.busy}
          onCleanAgain={props.onCleanAgain}
          onAutoClean={props.onAutoClean}
        />
      )}
      {isChapter && (
        <RemovalList
          removals={answer.removed}
          busy={props.busy}
          onRestore={props.onRestore}
          onRestoreAll={props.onRestoreAll}
        />
      )}
      {isChapter && <FlagList flags={answer.flags} />}
    </div>
  );
}
