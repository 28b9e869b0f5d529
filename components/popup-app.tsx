import { useRef, useState } from 'preact/hooks';
import type { PopupActions } from './actions';
import { useT } from './i18n';
import { PagePanel } from './page-panel';
import { ReaderSettingsPanel } from './reader-settings';
import { ReaderView } from './reader-view';
import { usePageStatus, type PageStatus } from './use-page-status';
import { usePopupData, useReaderSettings, type PopupData } from './use-popup-data';
import { ViewTabs, type View } from './view-tabs';

export interface PopupAppProps {
  actions: PopupActions;
  /** The view shown first; the reader unless the popup page was opened for the page panel. */
  initialView?: View;
}

interface PopupProps {
  actions: PopupActions;
  data: PopupData;
  page: PageStatus;
  initialView: View;
}

function RemovedCount({ page }: { page: PageStatus }) {
  const t = useT();
  const { answer } = page;
  const count = answer && answer !== 'unreachable' && 'removed' in answer ? answer.removed.length : 0;
  // Always rendered, hidden when zero, so that the tab does not change width once the tab answers.
  return (
    <span class="tabs__count" hidden={count === 0} aria-label={t('tabPageRemoved', [String(count)])}>
      {count}
    </span>
  );
}

function ReaderPanel({
  data,
  reader,
  actions,
}: Pick<PopupProps, 'data' | 'actions'> & { reader: PopupData['reader'] }) {
  const t = useT();
  if ('error' in data.chapter)
    return (
      <p class="reader-error" role="alert">
        {t('readerFailed', [data.chapter.error])}
      </p>
    );
  return (
    <ReaderView
      chapter={data.chapter}
      reader={reader}
      initialScroll={data.scroll}
      onScroll={(anchor) => void actions.saveScroll(anchor)}
    />
  );
}

function Popup({ actions, data, page, initialView }: PopupProps) {
  const t = useT();
  const [view, setView] = useState<View>(initialView);
  const [reader, changeReader] = useReaderSettings(actions, data.reader);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const closeSettings = (returnFocus: boolean) => {
    setSettingsOpen(false);
    if (returnFocus) toggle.current?.focus();
  };
  return (
    <main class="popup" data-theme={reader.theme} data-ready="true">
      <header class="popup__bar">
        <ViewTabs view={view} onSelect={setView} extra={{ page: <RemovedCount page={page} /> }} />
        <button
          type="button"
          class="button popup__settings-toggle"
          ref={toggle}
          aria-expanded={settingsOpen}
          aria-controls="reader-settings"
          onClick={() => setSettingsOpen(!settingsOpen)}
        >
          {t('settingsButton')}
        </button>
      </header>
      {settingsOpen && (
        <ReaderSettingsPanel
          reader={reader}
          onChange={changeReader}
          onClose={closeSettings}
          onOpenOptions={() => void actions.openOptions()}
        />
      )}
      <section
        class="popup__panel"
        id="panel-reader"
        role="tabpanel"
        aria-labelledby="tab-reader"
        hidden={view !== 'reader'}
      >
        <ReaderPanel data={data} reader={reader} actions={actions} />
      </section>
      <section
        class="popup__panel popup__panel--page"
        id="panel-page"
        role="tabpanel"
        aria-labelledby="tab-page"
        hidden={view !== 'page'}
      >
        <PagePanel
          answer={page.answer}
          busy={page.busy}
          onRestore={page.restore}
          onRestoreAll={page.restoreAll}
          onCleanAgain={page.cleanAgain}
          onAutoClean={page.setAutoClean}
        />
      </section>
    </main>
  );
}

/** The popup: a reader for the bundled chapter and a panel for the current tab, in one fixed frame. */
export function PopupApp({ actions, initialView = 'reader' }: PopupAppProps) {
  const t = useT();
  const data = usePopupData(actions);
  const page = usePageStatus(actions);
  // Until the settings are known the frame stays empty: painting a theme and then another would flash.
  if (!data)
    return <main class="popup" data-theme="system" aria-busy="true" aria-label={t('readerLoading')} />;
  return <Popup actions={actions} data={data} page={page} initialView={initialView} />;
}
