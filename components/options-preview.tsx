import type { MessageKey } from './actions';
import { flagReasonText, ruleNameText } from './flag-reason';
import { useT } from './i18n';
import type { ChapterTab } from './options-actions';
import { textPieces, type PreviewLine, type PreviewOutcome } from './rule-preview';

/** Where the preview's text comes from. */
export type PreviewSource = { kind: 'bundled' } | { kind: 'paste' } | { kind: 'tab'; tabId: number };

export interface PreviewSourceProps {
  source: PreviewSource;
  onSource: (source: PreviewSource) => void;
  pasted: string;
  onPasted: (text: string) => void;
  /** The tabs that answered with a chapter; null while they are being asked. */
  tabs: readonly ChapterTab[] | null;
  onRefreshTabs: () => void;
}

const OUTCOME_NAMES: Readonly<Record<PreviewOutcome, MessageKey>> = {
  removed: 'outcomeRemoved',
  cut: 'outcomeCut',
  flagged: 'outcomeFlagged',
  kept: 'outcomeKept',
};

/** At most this many matched lines are drawn; the summary still counts them all. */
const SHOWN_LINES = 200;

function sourceValue(source: PreviewSource): string {
  return source.kind === 'tab' ? `tab:${source.tabId}` : source.kind;
}

function sourceOf(value: string): PreviewSource {
  if (value.startsWith('tab:')) return { kind: 'tab', tabId: Number(value.slice(4)) };
  return value === 'paste' ? { kind: 'paste' } : { kind: 'bundled' };
}

function PastedText({ text, onText }: { text: string; onText: (text: string) => void }) {
  const t = useT();
  return (
    <div class="field">
      <label for="preview-text">{t('previewTextLabel')}</label>
      <textarea
        id="preview-text"
        class="field__input field__input--text"
        rows={6}
        value={text}
        onInput={(event) => onText(event.currentTarget.value)}
      />
    </div>
  );
}

/** The choice of text to preview on: the bundled chapter, pasted text, or an open tab's chapter. */
export function PreviewSourcePicker(props: PreviewSourceProps) {
  const t = useT();
  return (
    <div class="preview-source">
      <div class="field field--row">
        <label for="preview-source">{t('previewSourceLabel')}</label>
        <select
          id="preview-source"
          class="field__input field__input--select"
          value={sourceValue(props.source)}
          onChange={(event) => props.onSource(sourceOf(event.currentTarget.value))}
        >
          <option value="bundled">{t('sourceBundled')}</option>
          <option value="paste">{t('sourcePaste')}</option>
          {(props.tabs ?? []).map((tab) => (
            <option key={tab.tabId} value={`tab:${tab.tabId}`}>
              {t('sourceTab', [tab.title || tab.host || String(tab.tabId)])}
            </option>
          ))}
        </select>
        <button type="button" class="button" onClick={props.onRefreshTabs} aria-busy={props.tabs === null}>
          {t('refreshTabs')}
        </button>
      </div>
      {props.tabs !== null && props.tabs.length === 0 && <p class="field__help">{t('noChapterTabs')}</p>}
      {props.source.kind === 'paste' && <PastedText text={props.pasted} onText={props.onPasted} />}
    </div>
  );
}

function LineText({ line }: { line: PreviewLine }) {
  return (
    <p class="preview-line__text" lang="zh-CN">
      {textPieces(line).map((piece, index) => {
        if (piece.removed)
          return (
            <del key={index} class={piece.matched ? 'is-match' : undefined}>
              {piece.text}
            </del>
          );
        if (piece.matched) return <mark key={index}>{piece.text}</mark>;
        return <span key={index}>{piece.text}</span>;
      })}
    </p>
  );
}

export interface PreviewResultsProps {
  lines: readonly PreviewLine[];
  /** Lines in the previewed text. */
  total: number;
  /** The previewed tab's host when the rule's scope leaves it out. */
  outOfScope: string | null;
}

/** Every line the rule matches, with what the cleaner would do: remove it, cut it, or keep and flag it. */
export function PreviewResults({ lines, total, outOfScope }: PreviewResultsProps) {
  const t = useT();
  const count = (outcome: PreviewOutcome) => String(lines.filter((line) => line.outcome === outcome).length);
  const counts = [count('removed'), count('cut'), count('flagged')];
  return (
    <div class="preview">
      <p class="preview__summary" role="status">
        {total === 0
          ? t('previewNoText')
          : t('previewSummary', [String(lines.length), String(total), ...counts])}
      </p>
      {outOfScope !== null && <p class="field__help">{t('previewOutOfScope', [outOfScope])}</p>}
      <ol class="preview__lines">
        {lines.slice(0, SHOWN_LINES).map((line) => (
          <li class="preview-line" key={line.index} data-outcome={line.outcome}>
            <p class="preview-line__meta">
              <span class="badge" data-outcome={line.outcome}>
                {t(OUTCOME_NAMES[line.outcome])}
              </span>{' '}
              {t('lineNumber', [String(line.index + 1)])}
              {line.reason && (
                <>
                  {' · '}
                  <span class="preview-line__reason">
                    {'rule' in line.reason
                      ? ruleNameText(line.reason.rule, t)
                      : flagReasonText(line.reason.flag, t)}
                  </span>
                </>
              )}
            </p>
            <LineText line={line} />
          </li>
        ))}
      </ol>
      {lines.length > SHOWN_LINES && (
        <p class="field__help">{t('previewMore', [String(lines.length - SHOWN_LINES)])}</p>
      )}
    </div>
  );
}
