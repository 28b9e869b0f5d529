import { useEffect, useRef, useState } from 'preact/hooks';
import type { UserRule } from '@/core/rules/model';
import type { RuleReason } from '@/core/rules/reasons';
import type { Settings } from '@/core/settings';
import { useT } from './i18n';
import type { ChapterTab, SettingsChange } from './options-actions';
import { RuleEditor } from './options-rule-editor';
import { RuleItem } from './options-rule-item';
import { draftFromRule, dropRule, emptyDraft, putRule, type RuleDraft } from './rule-draft';
import { checkRule } from './rule-preview';

export interface RulesSectionProps {
  rules: readonly UserRule[];
  bundled: readonly string[];
  listChapterTabs: () => Promise<ChapterTab[]>;
  /** Saves a change to the settings; resolves to false when it could not be saved. */
  onChange: (change: SettingsChange) => Promise<boolean>;
  onExport: () => void;
}

function setEnabled(id: string, enabled: boolean): SettingsChange {
  return (settings: Settings) => ({
    ...settings,
    rules: settings.rules.map((rule) => (rule.id === id ? { ...rule, enabled } : rule)),
  });
}

type Finder = (section: HTMLElement) => HTMLElement | null | undefined;

const NEW_BUTTON: Finder = (section) => section.querySelector<HTMLElement>('.rules__new');

/** The first button of the rule with this id, or (when it is gone) of the rule now at `index`. */
function ruleButton(id: string, index = -1): Finder {
  return (section) => {
    const items = [...section.querySelectorAll<HTMLElement>('.rule')];
    const item =
      items.find((element) => element.dataset.ruleId === id) ?? items[Math.min(index, items.length - 1)];
    return item?.querySelector<HTMLElement>('.rule__actions button');
  };
}

/**
 * Keyboard focus after the editor closes or a rule is deleted: the button that opened the editor,
 * or the next rule's, instead of falling back to the top of the page.
 */
function useFocusAfter(triggers: readonly unknown[]) {
  const section = useRef<HTMLElement>(null);
  const pending = useRef<Finder | null>(null);
  useEffect(() => {
    const find = pending.current;
    if (!find || !section.current) return;
    pending.current = null;
    (find(section.current) ?? NEW_BUTTON(section.current))?.focus();
    // The triggers are what can take the focused button away: the editor closing, a rule going.
  }, triggers);
  return { section, pending };
}

function useRuleActions(props: RulesSectionProps) {
  const [editing, setEditing] = useState<RuleDraft | null>(null);
  const [refusals, setRefusals] = useState<Readonly<Record<string, RuleReason | undefined>>>({});
  const focus = useFocusAfter([editing, props.rules]);
  const opener = useRef<Finder>(NEW_BUTTON);
  const open = (draft: RuleDraft, from: Finder) => {
    opener.current = from;
    setEditing(draft);
  };
  const close = (to: Finder = opener.current) => {
    focus.pending.current = to;
    setEditing(null);
  };
  const save = async (rule: UserRule) => {
    const saved = await props.onChange((settings) => putRule(settings, rule));
    if (saved) close(ruleButton(rule.id));
    return saved;
  };
  const toggle = (rule: UserRule, enabled: boolean) => {
    const check = enabled
      ? checkRule({ ...rule, enabled }, [{ label: '', lines: props.bundled }])
      : { ok: true };
    setRefusals({ ...refusals, [rule.id]: 'reason' in check ? check.reason : undefined });
    if (check.ok) void props.onChange(setEnabled(rule.id, enabled));
  };
  const remove = (rule: UserRule, index: number) => {
    focus.pending.current = ruleButton('', index);
    void props.onChange((settings) => dropRule(settings, rule.id));
  };
  return { editing, refusals, section: focus.section, open, close, save, toggle, remove };
}

function RulesHead({ onNew, onExport }: { onNew: () => void; onExport: () => void }) {
  const t = useT();
  return (
    <>
      <div class="card__head">
        <h2 id="rules-heading">{t('rulesHeading')}</h2>
        <div class="card__tools">
          <button type="button" class="button button--primary rules__new" onClick={onNew}>
            {t('ruleNew')}
          </button>
          <button type="button" class="button" onClick={onExport}>
            {t('rulesExport')}
          </button>
        </div>
      </div>
      <p class="card__hint">{t('rulesHint')}</p>
    </>
  );
}

/** The reader's rules: a list with switches, the editor, and export. */
export function RulesSection(props: RulesSectionProps) {
  const t = useT();
  const { editing, refusals, section, open, close, save, toggle, remove } = useRuleActions(props);
  return (
    <section class="card" aria-labelledby="rules-heading" ref={section}>
      <RulesHead onNew={() => open(emptyDraft(), NEW_BUTTON)} onExport={props.onExport} />
      {editing && (
        <RuleEditor
          key={editing.id ?? 'new'}
          initial={editing}
          rules={props.rules}
          bundled={props.bundled}
          listChapterTabs={props.listChapterTabs}
          onSave={save}
          onCancel={() => close()}
        />
      )}
      {props.rules.length === 0 ? (
        <p class="card__empty">{t('rulesEmpty')}</p>
      ) : (
        <ul class="rules">
          {props.rules.map((rule, index) => (
            <RuleItem
              key={rule.id}
              rule={rule}
              refusal={refusals[rule.id]}
              onToggle={(enabled) => toggle(rule, enabled)}
              onEdit={() => open(draftFromRule(rule), ruleButton(rule.id))}
              onDelete={() => remove(rule, index)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
