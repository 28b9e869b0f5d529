import { exportRules } from '@/core/rules/export';
import { normalizeHost } from '@/core/rules/model';
import type { Settings, SiteMode } from '@/core/settings';
import { useT } from './i18n';
import type { OptionsActions, SettingsChange } from './options-actions';
import { ImportSection } from './options-import';
import { LearntSites, useLearntSites } from './options-learnt';
import { RepairedNotice, SaveStatus } from './options-notices';
import { ReadingSection } from './options-reading';
import { RulesSection } from './options-rules';
import { SitesSection } from './options-sites';
import { applyImport, prepareImport, type ImportReport } from './rule-import';
import { useOptionsData, type OptionsData, type OptionsStore } from './use-options-data';

export interface OptionsAppProps {
  actions: OptionsActions;
}

export const EXPORT_FILE_NAME = 'jingdu-rules.json';

function setSite(host: string, mode: SiteMode | null): SettingsChange {
  return (settings: Settings) => {
    const sites = { ...settings.sites };
    if (mode === null) delete sites[normalizeHost(host)];
    else sites[normalizeHost(host)] = mode;
    return { ...settings, sites };
  };
}

/** Imports `text` into the stored rules; nothing is written when the file brings no rule. */
async function importText(store: OptionsStore, bundled: readonly string[], text: string) {
  const prepared = prepareImport(text, bundled);
  if (prepared.rules.length === 0) return prepared.report;
  let report: ImportReport | null = null;
  const saved = await store.update((settings) => {
    const result = applyImport(settings, prepared);
    report = result.report;
    return result.settings;
  });
  return saved ? report : null;
}

function Options({ actions, store, data }: OptionsAppProps & { store: OptionsStore; data: OptionsData }) {
  const t = useT();
  const { settings } = data;
  const bundled = Array.isArray(data.bundled) ? data.bundled : [];
  const change = async (next: SettingsChange) => (await store.update(next)) !== null;
  const learnt = useLearntSites(actions);
  const onSite = (host: string, mode: SiteMode | null) => {
    void change(setSite(host, mode));
    // A site taken off the list goes with all that is kept about it.
    if (mode === null) learnt.forget(host);
  };
  return (
    <main class="options" data-theme={settings.reader.theme} data-ready="true">
      <header class="options__header">
        <h1>{t('optionsTitle')}</h1>
        <SaveStatus save={store.save} />
      </header>
      <p class="options__intro">{t('optionsIntro')}</p>
      <RepairedNotice repaired={data.repaired} />
      {!Array.isArray(data.bundled) && (
        <p class="notice notice--alert" role="alert">
          {t('bundledFailed', [data.bundled.error])}
        </p>
      )}
      <SitesSection
        enabled={settings.enabled}
        sites={settings.sites}
        onEnabled={(enabled) => void change((s) => ({ ...s, enabled }))}
        onSite={onSite}
      >
        <LearntSites store={learnt} />
      </SitesSection>
      <RulesSection
        rules={settings.rules}
        bundled={bundled}
        listChapterTabs={actions.listChapterTabs}
        onChange={change}
        onExport={() => actions.download(EXPORT_FILE_NAME, exportRules(settings.rules))}
      />
      <ImportSection onImport={(text) => importText(store, bundled, text)} />
      <ReadingSection load={actions.loadRepairedSummary} forget={actions.forgetRepaired} />
    </main>
  );
}

/** The options page: the global and per-site switches, the reader's rules, import and export. */
export function OptionsApp({ actions }: OptionsAppProps) {
  const t = useT();
  const store = useOptionsData(actions);
  if (!store.data)
    return <main class="options" data-theme="system" aria-busy="true" aria-label={t('optionsLoading')} />;
  return <Options actions={actions} store={store} data={store.data} />;
}
