import type { ComponentChildren } from 'preact';
import type { RuleReason } from '@/core/rules/reasons';
import { useT } from './i18n';
import { reasonText } from './reason-text';
import type { RuleDraft } from './rule-draft';

export interface RuleFieldsProps {
  draft: RuleDraft;
  onChange: (draft: RuleDraft) => void;
  /** What is wrong with the pattern (already translated), shown under it; null when nothing is. */
  patternProblem: string | null;
  /** How the expression was read, when there is something to say. */
  patternNotes: readonly RuleReason[];
  hostsProblem: string | null;
}

function Choice(props: {
  name: string;
  checked: boolean;
  onSelect: () => void;
  children: ComponentChildren;
}) {
  return (
    <label class="choice">
      <input type="radio" name={props.name} checked={props.checked} onChange={props.onSelect} />
      <span>{props.children}</span>
    </label>
  );
}

function PatternField({ draft, onChange, patternProblem, patternNotes }: RuleFieldsProps) {
  const t = useT();
  return (
    <div class="field">
      <label for="rule-pattern">{t(draft.isRegex ? 'rulePatternRegex' : 'rulePatternText')}</label>
      <input
        id="rule-pattern"
        class="field__input field__input--code"
        value={draft.pattern}
        spellcheck={false}
        autocomplete="off"
        aria-invalid={patternProblem !== null}
        aria-describedby="rule-pattern-message"
        onInput={(event) => onChange({ ...draft, pattern: event.currentTarget.value })}
      />
      <div id="rule-pattern-message" aria-live="polite">
        {patternProblem !== null ? (
          <p class="field__error">{patternProblem}</p>
        ) : (
          <p class="field__help">{t(draft.isRegex ? 'rulePatternRegexHelp' : 'rulePatternTextHelp')}</p>
        )}
        {patternNotes.map((note, index) => (
          <p class="field__help" key={index}>
            {t('ruleExpressionNote', [reasonText(note, t)])}
          </p>
        ))}
      </div>
    </div>
  );
}

function ScopeField({ draft, onChange, hostsProblem }: RuleFieldsProps) {
  const t = useT();
  return (
    <fieldset class="field field--choices">
      <legend>{t('ruleScope')}</legend>
      <Choice
        name="rule-scope"
        checked={draft.everywhere}
        onSelect={() => onChange({ ...draft, everywhere: true })}
      >
        {t('scopeEverywhere')}
      </Choice>
      <Choice
        name="rule-scope"
        checked={!draft.everywhere}
        onSelect={() => onChange({ ...draft, everywhere: false })}
      >
        {t('scopeSomeSites')}
      </Choice>
      {!draft.everywhere && (
        <div class="field">
          <label for="rule-hosts">{t('ruleHostsLabel')}</label>
          <input
            id="rule-hosts"
            class="field__input"
            value={draft.hosts}
            spellcheck={false}
            aria-invalid={hostsProblem !== null}
            aria-describedby="rule-hosts-message"
            onInput={(event) => onChange({ ...draft, hosts: event.currentTarget.value })}
          />
          <p id="rule-hosts-message" class={hostsProblem !== null ? 'field__error' : 'field__help'}>
            {hostsProblem ?? t('ruleHostsHelp')}
          </p>
        </div>
      )}
    </fieldset>
  );
}

type DraftProps = Pick<RuleFieldsProps, 'draft' | 'onChange'>;

function NameField({ draft, onChange }: DraftProps) {
  const t = useT();
  return (
    <div class="field">
      <label for="rule-name">{t('ruleName')}</label>
      <input
        id="rule-name"
        class="field__input"
        value={draft.name}
        aria-describedby="rule-name-help"
        onInput={(event) => onChange({ ...draft, name: event.currentTarget.value })}
      />
      <p id="rule-name-help" class="field__help">
        {t('ruleNameHelp')}
      </p>
    </div>
  );
}

function KindField({ draft, onChange }: DraftProps) {
  const t = useT();
  return (
    <fieldset class="field field--choices">
      <legend>{t('ruleKind')}</legend>
      <Choice
        name="rule-kind"
        checked={!draft.isRegex}
        onSelect={() => onChange({ ...draft, isRegex: false })}
      >
        {t('kindText')}
      </Choice>
      <Choice name="rule-kind" checked={draft.isRegex} onSelect={() => onChange({ ...draft, isRegex: true })}>
        {t('kindRegex')}
      </Choice>
    </fieldset>
  );
}

function EnabledAndNote({ draft, onChange }: DraftProps) {
  const t = useT();
  return (
    <>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => onChange({ ...draft, enabled: event.currentTarget.checked })}
        />
        <span>{t('ruleEnabled')}</span>
      </label>
      <div class="field">
        <label for="rule-note">{t('ruleNote')}</label>
        <textarea
          id="rule-note"
          class="field__input field__input--text"
          rows={2}
          value={draft.note}
          onInput={(event) => onChange({ ...draft, note: event.currentTarget.value })}
        />
      </div>
    </>
  );
}

/** The editor's fields: name, pattern and its kind, where it applies, on or off, and a note. */
export function RuleFields(props: RuleFieldsProps) {
  return (
    <div class="editor__fields">
      <NameField {...props} />
      <KindField {...props} />
      <PatternField {...props} />
      <ScopeField {...props} />
      <EnabledAndNote {...props} />
    </div>
  );
}
