import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { SiteMode } from '@/core/settings';
import type { MessageKey } from './actions';
import { useT } from './i18n';
import { siteHostOf } from './rule-draft';

export interface SitesSectionProps {
  enabled: boolean;
  sites: Readonly<Record<string, SiteMode>>;
  onEnabled: (on: boolean) => void;
  /** Sets a site's mode, or (null) removes the site from the list. */
  onSite: (host: string, mode: SiteMode | null) => void;
  /** What else belongs to the sites (what was learnt on them), after the list. */
  children?: ComponentChildren;
}

const MODES: ReadonlyArray<readonly [SiteMode, MessageKey]> = [
  ['on', 'siteOn'],
  ['off', 'siteOff'],
];

function ModeSelect(props: {
  id?: string;
  label?: string;
  mode: SiteMode;
  onChange: (mode: SiteMode) => void;
}) {
  const t = useT();
  return (
    <select
      id={props.id}
      class="field__input field__input--select"
      aria-label={props.label}
      value={props.mode}
      onChange={(event) => props.onChange(event.currentTarget.value === 'off' ? 'off' : 'on')}
    >
      {MODES.map(([mode, name]) => (
        <option key={mode} value={mode}>
          {t(name)}
        </option>
      ))}
    </select>
  );
}

function HostField(props: { text: string; error: boolean; onText: (text: string) => void }) {
  const t = useT();
  return (
    <div class="field">
      <label for="site-host">{t('siteHostLabel')}</label>
      <input
        id="site-host"
        class="field__input"
        value={props.text}
        spellcheck={false}
        aria-invalid={props.error}
        aria-describedby="site-host-help"
        onInput={(event) => props.onText(event.currentTarget.value)}
      />
      <p
        id="site-host-help"
        class={props.error ? 'field__error' : 'field__help'}
        role={props.error ? 'alert' : undefined}
      >
        {t(props.error ? 'siteHostInvalid' : 'siteHostHelp')}
      </p>
    </div>
  );
}

/** Adding a site: a host (or a pasted address) and its mode; the field keeps focus for the next. */
function AddSite({ onAdd }: { onAdd: (host: string, mode: SiteMode) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [mode, setMode] = useState<SiteMode>('off');
  const [error, setError] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const host = siteHostOf(text);
    setError(host === null);
    if (host !== null) {
      onAdd(host, mode);
      setText('');
    }
    form.current?.querySelector<HTMLInputElement>('#site-host')?.focus();
  };
  return (
    <form class="sites__add" ref={form} onSubmit={submit}>
      <HostField text={text} error={error} onText={setText} />
      <div class="field">
        <label for="site-mode">{t('siteModeLabel')}</label>
        <ModeSelect id="site-mode" mode={mode} onChange={setMode} />
      </div>
      <button type="submit" class="button button--primary">
        {t('siteAdd')}
      </button>
    </form>
  );
}

function SiteRow({
  host,
  mode,
  onSite,
}: { host: string; mode: SiteMode } & Pick<SitesSectionProps, 'onSite'>) {
  const t = useT();
  return (
    <li class="site" data-host={host}>
      <span class="site__host">{host}</span>
      <ModeSelect label={t('siteModeFor', [host])} mode={mode} onChange={(next) => onSite(host, next)} />
      <button
        type="button"
        class="button button--small"
        aria-label={t('siteRemoveFor', [host])}
        onClick={() => onSite(host, null)}
      >
        {t('remove')}
      </button>
    </li>
  );
}

/** The global switch and the per-site list that overrides it. */
export function SitesSection({ enabled, sites, onEnabled, onSite, children }: SitesSectionProps) {
  const t = useT();
  const hosts = Object.keys(sites).sort();
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(event) => onEnabled(event.currentTarget.checked)}
        />
        <span>{t('globalEnabled')}</span>
      </label>
      <p class="card__hint">{t('globalEnabledHint')}</p>
      {hosts.length === 0 ? (
        <p class="card__empty">{t('sitesEmpty')}</p>
      ) : (
        <ul class="sites">
          {hosts.map((host) => (
            <SiteRow key={host} host={host} mode={sites[host]!} onSite={onSite} />
          ))}
        </ul>
      )}
      <AddSite onAdd={onSite} />
      {children}
    </section>
  );
}
