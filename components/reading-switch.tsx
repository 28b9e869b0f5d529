import type { Reading } from './actions';
import { useT } from './i18n';

/** "As shipped" or "Repaired": two radio buttons, so arrows move between them as usual. */
export function ReadingSwitch({
  reading,
  onSelect,
}: {
  reading: Reading;
  onSelect: (reading: Reading) => void;
}) {
  const t = useT();
  const option = (name: Reading, label: string) => (
    <label class="reading-switch__option">
      <input
        type="radio"
        name="reading"
        value={name}
        checked={reading === name}
        onChange={() => onSelect(name)}
      />
      {label}
    </label>
  );
  return (
    <fieldset class="reading-switch">
      <legend class="visually-hidden">{t('readingLabel')}</legend>
      {option('shipped', t('readingShipped'))}
      {option('repaired', t('readingRepaired'))}
    </fieldset>
  );
}
