import { useState } from 'preact/hooks';
import { useT } from './i18n';
import { ImportReportView } from './options-import-report';
import type { ImportReport } from './rule-import';

export interface ImportSectionProps {
  /** Imports the rules in `text`; resolves to what was done, or null when saving failed. */
  onImport: (text: string) => Promise<ImportReport | null>;
}

type ImportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; report: ImportReport };

/** A file's text: UTF-8 (Legado's exports), else GB 18030, in which many Chinese spam lists are saved. */
export async function readRulesFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function FileField({ onText }: { onText: (text: string) => void }) {
  const t = useT();
  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Cleared so that choosing the same file again imports it again.
    input.value = '';
    onText(await readRulesFile(file));
  };
  return (
    <div class="field">
      <label for="import-file">{t('importFileLabel')}</label>
      <input
        id="import-file"
        type="file"
        class="field__file"
        accept=".json,.txt,application/json,text/plain"
        onChange={(event) => void read(event.currentTarget)}
      />
    </div>
  );
}

function PastedRules({ busy, onText }: { busy: boolean; onText: (text: string) => void }) {
  const t = useT();
  const [pasted, setPasted] = useState('');
  const idle = busy || pasted.trim() === '';
  return (
    <>
      <div class="field">
        <label for="import-text">{t('importTextLabel')}</label>
        <textarea
          id="import-text"
          class="field__input field__input--text field__input--code"
          rows={5}
          spellcheck={false}
          value={pasted}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
      </div>
      <button type="button" class="button" aria-disabled={idle} onClick={() => !idle && onText(pasted)}>
        {t('importPasted')}
      </button>
    </>
  );
}

/** Import from a file or pasted text, and the report of the last import. */
export function ImportSection({ onImport }: ImportSectionProps) {
  const t = useT();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const run = async (text: string) => {
    setState({ kind: 'busy' });
    const report = await onImport(text);
    setState(report ? { kind: 'done', report } : { kind: 'idle' });
  };
  return (
    <section class="card" aria-labelledby="import-heading" aria-busy={state.kind === 'busy'}>
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p class="card__hint">{t('importHint')}</p>
      <FileField onText={(text) => void run(text)} />
      <PastedRules busy={state.kind === 'busy'} onText={(text) => void run(text)} />
      {state.kind === 'done' && <ImportReportView report={state.report} />}
    </section>
  );
}
