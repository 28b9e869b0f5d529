import { useState } from 'preact/hooks';
import type { SettingsRepair } from '@/core/settings-repairs';
import { useT } from './i18n';
import { reasonText } from './reason-text';
import type { SaveState } from './use-options-data';

/** What was repaired when the stored settings were read, until the reader dismisses it. */
export function RepairedNotice({ repaired }: { repaired: readonly SettingsRepair[] }) {
  const t = useT();
  const [open, setOpen] = useState(true);
  if (!open || repaired.length === 0) return null;
  return (
    <section class="notice" role="status" aria-labelledby="repaired-heading">
      <h2 id="repaired-heading">{t('repairedHeading')}</h2>
      <p>{t('repairedBody')}</p>
      <ul class="notice__list">
        {repaired.map((repair, index) => (
          <li key={index}>{reasonText(repair, t)}</li>
        ))}
      </ul>
      <button type="button" class="button button--small" onClick={() => setOpen(false)}>
        {t('dismiss')}
      </button>
    </section>
  );
}

/**
 * How the last save went. Always rendered, so that screen readers hear each change; a save kept on
 * this device only (sync storage refused it) or a failed save is an alert.
 */
export function SaveStatus({ save }: { save: SaveState }) {
  const t = useT();
  if (save.kind === 'failed')
    return (
      <div class="save-status notice notice--alert" role="alert">
        <p>{t('saveFailed')}</p>
        <p>
          <code>{save.error}</code>
        </p>
      </div>
    );
  if (save.kind === 'saved' && !save.report.synced)
    return (
      <div class="save-status notice notice--alert" role="alert" data-synced="false">
        <p>{t('savedLocally')}</p>
        {save.report.message && (
          <p>
            <code>{save.report.message}</code>
          </p>
        )}
      </div>
    );
  return (
    <p class="save-status" role="status" data-synced={save.kind === 'saved' ? 'true' : undefined}>
      {save.kind === 'saved' ? t('savedSynced') : ''}
    </p>
  );
}
