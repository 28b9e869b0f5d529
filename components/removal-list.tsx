import { useEffect, useRef } from 'preact/hooks';
import type { RemovalView } from '@/core/protocol';
import type { Flag } from '@/core/types';
import { flagReasonText, ruleNameText } from './flag-reason';
import { useT } from './i18n';

export interface RemovalListProps {
  removals: readonly RemovalView[];
  busy: boolean;
  onRestore: (id: number) => void;
  onRestoreAll: () => void;
}

/**
 * A restored item leaves the list, and its button with it: keyboard focus then moves to the next
 * item's button, or to the section heading when none is left, instead of falling to the page.
 */
function useFocusAfterRestore(removals: readonly RemovalView[]) {
  const section = useRef<HTMLElement>(null);
  const pending = useRef<number | null>(null);
  useEffect(() => {
    const index = pending.current;
    if (index === null || !section.current) return;
    pending.current = null;
    const buttons = section.current.querySelectorAll<HTMLElement>('.removal button');
    (
      buttons[Math.min(index, buttons.length - 1)] ?? section.current.querySelector<HTMLElement>('h3')
    )?.focus();
  }, [removals]);
  return { section, pending };
}

function RemovalItem({
  removal,
  busy,
  onRestore,
}: {
  removal: RemovalView;
  busy: boolean;
  onRestore: () => void;
}) {
  const t = useT();
  return (
    <li class="removal" data-removal={removal.id}>
      <p class="removal__text" id={`removal-${removal.id}`} title={removal.text} lang="zh-CN">
        {removal.text}
      </p>
      <p class="removal__meta">
        {t(removal.kind === 'line' ? 'kindLine' : 'kindElement')} · {t('ruleLabel')}{' '}
        <span class="removal__rule" data-rule={removal.rule}>
          {ruleNameText(removal.rule, t)}
        </span>
      </p>
      <button
        type="button"
        class="button button--small"
        aria-describedby={`removal-${removal.id}`}
        aria-disabled={busy}
        onClick={onRestore}
      >
        {t('restoreOne')}
      </button>
    </li>
  );
}

/** What the cleaner took off the page, each with its rule and a way to put it back. */
export function RemovalList({ removals, busy, onRestore, onRestoreAll }: RemovalListProps) {
  const t = useT();
  const { section, pending } = useFocusAfterRestore(removals);
  const restore = (index: number, run: () => void) => {
    if (busy) return;
    pending.current = index;
    run();
  };
  return (
    <section class="page__section" aria-labelledby="removals-heading" aria-busy={busy} ref={section}>
      <div class="page__section-head">
        <h3 id="removals-heading" tabIndex={-1}>
          {t('removalsHeading')}
        </h3>
        {removals.length > 0 && (
          <button type="button" class="button" aria-disabled={busy} onClick={() => restore(0, onRestoreAll)}>
            {t('restoreAll')}
          </button>
        )}
      </div>
      {removals.length === 0 ? (
        <p class="page__empty">{t('noRemovals')}</p>
      ) : (
        <ul class="removals">
          {removals.map((removal, index) => (
            <RemovalItem
              key={removal.id}
              removal={removal}
              busy={busy}
              onRestore={() => restore(index, () => onRestore(removal.id))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Lines the cleaner kept but thinks a reader may want to look at. */
export function FlagList({ flags }: { flags: readonly Flag[] }) {
  const t = useT();
  if (flags.length === 0) return null;
  return (
    <section class="page__section" aria-labelledby="flags-heading">
      <h3 id="flags-heading">{t('flagsHeading')}</h3>
      <ul class="flags">
        {flags.map((flag, index) => (
          <li class="flag" key={index}>
            <p class="flag__text" title={flag.text} lang="zh-CN">
              {flag.text}
            </p>
            <p class="flag__reason">{flagReasonText(flag.reason, t)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
