import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useT } from './i18n';

export type View = 'reader' | 'page';

export const VIEWS: readonly View[] = ['reader', 'page'];

export interface ViewTabsProps {
  view: View;
  onSelect: (view: View) => void;
  /** Extra content per tab, after its name (the page's removal count). */
  extra?: Partial<Record<View, ComponentChildren>>;
}

const NEXT_KEYS: Readonly<Record<string, (index: number) => number>> = {
  ArrowRight: (index) => (index + 1) % VIEWS.length,
  ArrowLeft: (index) => (index + VIEWS.length - 1) % VIEWS.length,
  Home: () => 0,
  End: () => VIEWS.length - 1,
};

/** The popup's two views as an ARIA tab list: arrows, Home and End move between them. */
export function ViewTabs({ view, onSelect, extra }: ViewTabsProps) {
  const t = useT();
  const list = useRef<HTMLDivElement>(null);
  const handleKey = (event: KeyboardEvent) => {
    const next = NEXT_KEYS[event.key];
    if (!next) return;
    event.preventDefault();
    const target = VIEWS[next(VIEWS.indexOf(view))]!;
    onSelect(target);
    list.current?.querySelector<HTMLElement>(`#tab-${target}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('viewsLabel')} ref={list} onKeyDown={handleKey}>
      {VIEWS.map((name) => (
        <button
          type="button"
          role="tab"
          class="tabs__tab"
          id={`tab-${name}`}
          key={name}
          aria-selected={view === name}
          aria-controls={`panel-${name}`}
          tabIndex={view === name ? 0 : -1}
          onClick={() => onSelect(name)}
        >
          {t(name === 'reader' ? 'tabReader' : 'tabPage')}
          {extra?.[name]}
        </button>
      ))}
    </div>
  );
}
