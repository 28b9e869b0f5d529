import { useEffect, useRef } from 'preact/hooks';
import { READER_LIMITS, type ReaderSettings, type Theme } from '@/core/settings';
import type { MessageKey } from './actions';
import { useT } from './i18n';

export interface ReaderSettingsProps {
  reader: ReaderSettings;
  onChange: (reader: ReaderSettings) => void;
  /** Esc or the close button (`returnFocus`), or a click outside the panel. */
  onClose: (returnFocus: boolean) => void;
  /** Opens the options page; the button is left out when not given. */
  onOpenOptions?: () => void;
}

const THEME_NAMES: ReadonlyArray<readonly [Theme, MessageKey]> = [
  ['system', 'themeSystem'],
  ['light', 'themeLight'],
  ['sepia', 'themeSepia'],
  ['dark', 'themeDark'],
];

type NumericKey = keyof typeof READER_LIMITS;

const SLIDERS: ReadonlyArray<{ key: NumericKey; label: MessageKey; value: MessageKey; step: number }> = [
  { key: 'fontSize', label: 'fontSize', value: 'fontSizeValue', step: 1 },
  { key: 'lineHeight', label: 'lineHeight', value: 'lineHeightValue', step: 0.1 },
  { key: 'width', label: 'width', value: 'widthValue', step: 1 },
];

function ThemeChoice({ reader, onChange }: Pick<ReaderSettingsProps, 'reader' | 'onChange'>) {
  const t = useT();
  return (
    <fieldset class="settings__themes">
      <legend>{t('theme')}</legend>
      {THEME_NAMES.map(([theme, name]) => (
        <label class="settings__theme" data-swatch={theme} key={theme}>
          <input
            type="radio"
            name="theme"
            value={theme}
            checked={reader.theme === theme}
            onChange={() => onChange({ ...reader, theme })}
          />
          <span>{t(name)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Slider({
  reader,
  onChange,
  spec,
}: Pick<ReaderSettingsProps, 'reader' | 'onChange'> & { spec: (typeof SLIDERS)[number] }) {
  const t = useT();
  const [min, max] = READER_LIMITS[spec.key];
  const id = `reader-${spec.key}`;
  const value = reader[spec.key];
  const shown = spec.step < 1 ? value.toFixed(1) : String(value);
  return (
    <div class="settings__slider">
      <label for={id}>{t(spec.label)}</label>
      <output for={id}>{t(spec.value, [shown])}</output>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={spec.step}
        value={value}
        aria-valuetext={t(spec.value, [shown])}
        onInput={(event) => onChange({ ...reader, [spec.key]: Number(event.currentTarget.value) })}
      />
    </div>
  );
}

/** The typography panel: theme, font size, line height and column width, applied as they change. */
export function ReaderSettingsPanel({ reader, onChange, onClose, onOpenOptions }: ReaderSettingsProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    ref.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    const handlePointer = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target && !ref.current?.contains(target) && !target.closest('[aria-controls="reader-settings"]'))
        close.current(false);
    };
    document.addEventListener('pointerdown', handlePointer);
    return () => document.removeEventListener('pointerdown', handlePointer);
  }, []);
  const handleKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose(true);
  };
  return (
    <div
      class="settings"
      id="reader-settings"
      role="dialog"
      aria-labelledby="reader-settings-title"
      ref={ref}
      onKeyDown={handleKey}
    >
      <div class="settings__head">
        <h2 id="reader-settings-title">{t('settingsTitle')}</h2>
        <button type="button" class="button settings__close" onClick={() => onClose(true)}>
          {t('settingsClose')}
        </button>
      </div>
      <ThemeChoice reader={reader} onChange={onChange} />
      {SLIDERS.map((spec) => (
        <Slider key={spec.key} reader={reader} onChange={onChange} spec={spec} />
      ))}
      {onOpenOptions && (
        <button type="button" class="button settings__options" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      )}
    </div>
  );
}
