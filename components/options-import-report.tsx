import type { ImportProblem } from '@/core/rules/import-result';
import type { RulesFormat } from '@/core/rules/import';
import type { UserRule } from '@/core/rules/model';
import type { MessageKey } from './actions';
import { useT } from './i18n';
import type { ImportReport } from './rule-import';
import { reasonText } from './reason-text';

const FORMAT_NAMES: Readonly<Record<RulesFormat, MessageKey>> = {
  jingdu: 'formatJingdu',
  legado: 'formatLegado',
  text: 'formatText',
};

const HEADINGS = {
  added: 'importAdded',
  problems: 'importProblems',
  refused: 'importRefused',
  notes: 'importNotes',
  duplicates: 'importDuplicates',
} as const satisfies Record<string, MessageKey>;

function RuleList({ id, heading, rules }: { id: string; heading: MessageKey; rules: readonly UserRule[] }) {
  const t = useT();
  if (rules.length === 0) return null;
  return (
    <section class="report__part" aria-labelledby={id} data-part={id}>
      <h4 id={id}>{t(heading, [String(rules.length)])}</h4>
      <ul class="report__list">
        {rules.map((rule) => (
          <li key={rule.id}>
            <span class="report__name">{rule.name}</span> <code>{rule.pattern}</code>
            {!rule.enabled && <span class="badge">{t('ruleOff')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProblemList(props: { id: string; heading: MessageKey; items: readonly ImportProblem[] }) {
  const t = useT();
  if (props.items.length === 0) return null;
  return (
    <section class="report__part" aria-labelledby={props.id} data-part={props.id}>
      <h4 id={props.id}>{t(props.heading, [String(props.items.length)])}</h4>
      <ul class="report__list">
        {props.items.map((item, index) => (
          <li key={index}>
            <span class="report__name">{item.name || t('importWholeFile')}</span>
            {item.pattern && <code>{item.pattern}</code>}
            <p class="report__reason">{reasonText(item.reason, t)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What an import did: the format read, what was added, skipped as duplicate, refused, or changed. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const counts = [report.added.length, report.duplicates.length, report.problems.length].map(String);
  return (
    <section class="report" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading">{t('importReportHeading')}</h3>
      <p class="report__summary" role="status">
        {t('importSummary', [t(FORMAT_NAMES[report.format]), ...counts])}
      </p>
      <RuleList id="import-added" heading={HEADINGS.added} rules={report.added} />
      <ProblemList id="import-problems" heading={HEADINGS.problems} items={report.problems} />
      <ProblemList id="import-refused" heading={HEADINGS.refused} items={report.refused} />
      <ProblemList id="import-notes" heading={HEADINGS.notes} items={report.notes} />
      <RuleList id="import-duplicates" heading={HEADINGS.duplicates} rules={report.duplicates} />
    </section>
  );
}
