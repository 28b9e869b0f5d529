import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseHostPattern, ruleAppliesToHost, type UserRule } from '@/core/rules/model';
import { ruleReason, type RuleReason } from '@/core/rules/reasons';
import { validateRule } from '@/core/rules/validate';
import type { Translate } from './actions';
import { useT } from './i18n';
import type { ChapterTab } from './options-actions';
import { PreviewResults, PreviewSourcePicker, type PreviewSource } from './options-preview';
import { RuleFields } from './options-rule-fields';
import { duplicateOf, ruleFromDraft, type RuleDraft } from './rule-draft';
import { checkRule, expressionNotes, linesOfText, previewRule, type CheckSource } from './rule-preview';
import { reasonText } from './reason-text';

export interface RuleEditorProps {
  initial: RuleDraft;
  /** The reader's rules, for ids, order and duplicates. */
  rules: readonly UserRule[];
  /** The bundled chapter: every rule is checked against it, whatever is previewed. */
  bundled: readonly string[];
  listChapterTabs: () => Promise<ChapterTab[]>;
  /** Saves the rule; resolves to false when it could not be saved. */
  onSave: (rule: UserRule) => Promise<boolean>;
  onCancel: () => void;
}

interface Problems {
  pattern: string | null;
  hosts: string | null;
}

function problemsOf(draft: RuleDraft, rule: UserRule, rules: readonly UserRule[], t: Translate): Problems {
  const badHost = rule.scope.find((host) => parseHostPattern(host) === null);
  const hosts =
    badHost !== undefined
      ? reasonText(ruleReason('invalid.host', { host: badHost }), t)
      : !draft.everywhere && rule.scope.length === 0
        ? t('ruleHostsMissing')
        : null;
  if (draft.pattern.trim() === '') return { pattern: t('rulePatternEmpty'), hosts };
  const valid = validateRule({ ...rule, scope: [], excludeScope: [] });
  if (!valid.ok) return { pattern: t('ruleInvalid', [reasonText(valid.reason, t)]), hosts };
  const duplicate = duplicateOf(rule, rules);
  return { pattern: duplicate ? t('ruleDuplicate', [duplicate.name]) : null, hosts };
}

function useChapterTabs(list: () => Promise<ChapterTab[]>) {
  const [tabs, setTabs] = useState<ChapterTab[] | null>(null);
  const refresh = () => {
    setTabs(null);
    list().then(setTabs, () => setTabs([]));
  };
  useEffect(refresh, [list]);
  return [tabs, refresh] as const;
}

interface Previewed extends CheckSource {
  /** The previewed tab's host, if it is a tab. */
  host: string | null;
}

function previewedText(
  source: PreviewSource,
  pasted: string,
  tabs: readonly ChapterTab[] | null,
  bundled: readonly string[],
  t: Translate,
): Previewed {
  if (source.kind === 'bundled') return { label: t('sourceBundled'), lines: bundled, host: null };
  if (source.kind === 'paste') return { label: t('sourcePaste'), lines: linesOfText(pasted), host: null };
  const tab = tabs?.find((candidate) => candidate.tabId === source.tabId);
  const label = t('sourceTab', [tab?.title || tab?.host || String(source.tabId)]);
  return { label, lines: tab?.lines ?? [], host: tab?.host || null };
}

function Refusal({ source, reason }: { source: string; reason: RuleReason }) {
  const t = useT();
  return (
    <div class="refusal" role="alert" tabIndex={-1}>
      <p class="refusal__title">{t('ruleRefused', [source])}</p>
      <p class="refusal__reason">{reasonText(reason, t)}</p>
      <p class="field__help">{t('ruleRefusedHint')}</p>
    </div>
  );
}

/** The draft, where it is previewed, and everything derived from them: problems, check, preview. */
function useRuleEditor(props: RuleEditorProps) {
  const t = useT();
  const [draft, setDraft] = useState(props.initial);
  const [source, setSource] = useState<PreviewSource>({ kind: 'bundled' });
  const [pasted, setPasted] = useState('');
  const [tabs, refreshTabs] = useChapterTabs(props.listChapterTabs);
  // A tab that closed (or stopped answering) since it was chosen: back to the bundled chapter.
  useEffect(() => {
    if (source.kind === 'tab' && tabs && !tabs.some((tab) => tab.tabId === source.tabId))
      setSource({ kind: 'bundled' });
  }, [tabs, source]);
  const rule = useMemo(() => ruleFromDraft(draft, props.rules), [draft, props.rules]);
  const problems = problemsOf(draft, rule, props.rules, t);
  const blocked = problems.pattern !== null || problems.hosts !== null;
  const text = useMemo(
    () => previewedText(source, pasted, tabs, props.bundled, t),
    [source, pasted, tabs, props.bundled, t],
  );
  const check = useMemo(() => {
    const bundled = { label: t('sourceBundled'), lines: props.bundled };
    return blocked ? null : checkRule(rule, source.kind === 'bundled' ? [text] : [text, bundled]);
  }, [blocked, rule, text, source.kind, props.bundled, t]);
  const preview = useMemo(() => (blocked ? [] : previewRule(rule, text.lines)), [blocked, rule, text]);
  const picker = {
    source,
    onSource: setSource,
    pasted,
    onPasted: setPasted,
    tabs,
    onRefreshTabs: refreshTabs,
  };
  return { draft, setDraft, rule, problems, blocked, text, check, preview, picker };
}

type EditorState = ReturnType<typeof useRuleEditor>;

/**
 * Submitting: a rule with a problem or a refusal is not saved, and focus goes to what is wrong.
 * Escape cancels. The pattern field has focus when the editor opens.
 */
function useSubmit(state: EditorState, props: RuleEditorProps) {
  const [attempts, setAttempts] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('#rule-pattern')?.focus(), []);
  useEffect(() => {
    if (attempts > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .refusal')?.focus();
  }, [attempts]);
  const submit = (event: Event) => {
    event.preventDefault();
    if (state.blocked || !state.check?.ok) setAttempts(attempts + 1);
    else void props.onSave(state.rule);
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    props.onCancel();
  };
  return { form, attempted: attempts > 0, submit, escape };
}

function EditorPreview({ state }: { state: EditorState }) {
  const t = useT();
  const { rule, text } = state;
  const outOfScope = text.host !== null && !ruleAppliesToHost(rule, text.host) ? text.host : null;
  return (
    <section class="editor__preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('previewHeading')}</h3>
      <PreviewSourcePicker {...state.picker} />
      <PreviewResults lines={state.preview} total={text.lines.length} outOfScope={outOfScope} />
    </section>
  );
}

/** The rule editor: the fields, what is wrong with them, and a live preview of the rule's effect. */
export function RuleEditor(props: RuleEditorProps) {
  const t = useT();
  const state = useRuleEditor(props);
  const { draft, problems, blocked, check } = state;
  const { form, attempted, submit, escape } = useSubmit(state, props);
  return (
    <form
      class="card editor"
      aria-labelledby="editor-heading"
      ref={form}
      onSubmit={submit}
      onKeyDown={escape}
    >
      <h2 id="editor-heading">{t(props.initial.id === null ? 'editorNewTitle' : 'editorEditTitle')}</h2>
      <RuleFields
        draft={draft}
        onChange={state.setDraft}
        patternProblem={attempted || draft.pattern !== '' ? problems.pattern : null}
        patternNotes={blocked ? [] : expressionNotes(state.rule)}
        hostsProblem={attempted || draft.hosts !== '' ? problems.hosts : null}
      />
      {check && !check.ok && check.kind === 'refused' && (
        <Refusal source={check.source} reason={check.reason} />
      )}
      <div class="editor__actions">
        <button type="submit" class="button button--primary" aria-disabled={blocked || !check?.ok}>
          {t('ruleSave')}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
      <EditorPreview state={state} />
    </form>
  );
}
