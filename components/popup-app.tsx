import { useRef, useState } from 'preact/hooks';
import type { PopupActions, Reading } from './actions';
import { useT } from './i18n';
import { PagePanel } from './page-panel';
import { ReaderSettingsPanel } from './reader-settings';
import { ReadingSwitch } from './reading-switch';
import { RejectedPages } from './repaired-notes';
import { ReaderView } from './reader-view';
import { usePageStatus, type PageStatus } from './use-page-status';
import { usePopupData, useReaderSettings, type PopupData } from './use-popup-data';
import { ViewTabs, type View } from './view-tabs';

export interface PopupAppProps {
  actions: PopupActions;
  /** The view shown first; the reader unless the popup page was opened for the page panel. */
  initialView?: View;
  /** The reading shown first (`?reading=repaired` asks for the repaired one). */
  initialReading?: Reading;
}

interface PopupProps {
  actions: PopupActions;
  data: PopupData;
  page: PageStatus;
  initialView: View;
  initialReading: Reading;
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

/** Above the chapter: the reading switch once a repaired reading exists, and what to know about it. */
function ReadingTop({
  data,
  reading,
  onSelect,
}: {
  data: PopupData;
  reading: Reading;
  onSelect: (reading: Reading) => void;
}) {
  const t = useT();
  const { view, problems } = data.repaired;
  return (
    <>
      {view && <ReadingSwitch reading={reading} onSelect={onSelect} />}
      {!view && reading === 'repaired' && (
        <div class="reader-notice" role="status" data-repaired="none">
          <p>{t('readingNone')}</p>
          <RejectedPages rejected={data.repaired.rejected} />
        </div>
      )}
      {problems.length > 0 && (
        <p class="reader-notice reader-notice--alert" role="alert">
          {t('readingDropped', [problems.join('; ')])}
        </p>
      )}
    </>
  );
}

function ReaderPanel({
  data,
  reader,
  actions,
  initialReading,
}: Pick<PopupProps, 'data' | 'actions' | 'initialReading'> & { reader: PopupData['reader'] }) {
  const t = useT();
  const [reading, setReading] = useState<Reading>(initialReading);
  if ('error' in data.chapter)
    return (
      <p class="reader-error" role="alert">
        {t('readerFailed', [data.chapter.error])}
      </p>
    );
  const repaired = reading === 'repaired' && data.repaired.view ? data.repaired : undefined;
  return (
    <ReaderView
      chapter={data.chapter}
      repaired={repaired}
      top={<ReadingTop data={data} reading={reading} onSelect={setReading} />}
      reader={reader}
      initialScroll={data.scroll}
      onScroll={(anchor) => void actions.saveScroll(anchor)}
    />
  );
}

function Popup({ actions, data, page, initialView, initialReading }: PopupProps) {
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
        <ReaderPanel data={data} reader={reader} actions={actions} initialReading={initialReading} />
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
export function PopupApp({ actions, initialView = 'reader', initialReading = 'shipped' }: PopupAppProps) {
  const t = useT();
  const data = usePopupData(actions);
  const page = usePageStatus(actions);
  // Until the settings are known the frame stays empty: painting a theme and then another would flash.
  if (!data)
    return <main class="popup" data-theme="system" aria-busy="true" aria-label={t('readerLoading')} />;
  return (
    <Popup
      actions={actions}
      data={data}
      page={page}
      initialView={initialView}
      initialReading={initialReading}
    />
  );
}
