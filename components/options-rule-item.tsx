import type { UserRule } from '@/core/rules/model';
import type { RuleReason } from '@/core/rules/reasons';
import { validateRule } from '@/core/rules/validate';
import { useT } from './i18n';
import { reasonText } from './reason-text';

export interface RuleItemProps {
  rule: UserRule;
  /** Why the rule could not be switched on, if it could not. */
  refusal: RuleReason | undefined;
  onToggle: (enabled: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** What the rule matches and where, and why it cannot run or could not be switched on. */
function RuleSummary({ rule, refusal }: Pick<RuleItemProps, 'rule' | 'refusal'>) {
  const t = useT();
  const valid = validateRule(rule);
  return (
    <div class="rule__body">
      <p class="rule__name">{rule.name}</p>
      <p class="rule__pattern">
        <span class="badge">{t(rule.isRegex ? 'kindRegex' : 'kindText')}</span> <code>{rule.pattern}</code>
      </p>
      <p class="rule__scope">
        {rule.scope.length === 0 ? t('scopeEverywhere') : t('scopeList', [rule.scope.join(', ')])}
        {rule.group && ` · ${rule.group}`}
      </p>
      {rule.note && <p class="rule__note">{rule.note}</p>}
      {rule.notes.map((note, index) => (
        <p class="rule__note" key={index}>
          {reasonText(note, t)}
        </p>
      ))}
      {!valid.ok && <p class="field__error">{t('ruleCannotRun', [reasonText(valid.reason, t)])}</p>}
      {refusal && (
        <p class="field__error" role="alert">
          {t('ruleNotEnabled', [reasonText(refusal, t)])}
        </p>
      )}
    </div>
  );
}

/** One rule in the list: its switch, what it does, and buttons to edit or delete it. */
export function RuleItem({ rule, refusal, onToggle, onEdit, onDelete }: RuleItemProps) {
  const t = useT();
  return (
    <li class="rule" data-rule-id={rule.id} data-enabled={String(rule.enabled)}>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={rule.enabled}
          aria-label={t('ruleEnabledFor', [rule.name])}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
      </label>
      <RuleSummary rule={rule} refusal={refusal} />
      <div class="rule__actions">
        <button
          type="button"
          class="button button--small"
          aria-label={t('ruleEditFor', [rule.name])}
          onClick={onEdit}
        >
          {t('edit')}
        </button>
        <button
          type="button"
          class="button button--small"
          aria-label={t('ruleDeleteFor', [rule.name])}
          onClick={onDelete}
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
