/**
 * One tab's cleaning session: detection, the background's plan (site switch and the reader's rule
 * matches), the late-content watcher, and answers to the popup. Glue only; the work is in dom/ and
 * core/.
 */
import fingerprint from 'virtual:bundled-fingerprint';
import { ruleEvidenceByLine } from '@/core/rule-evidence';
import { isPagePlan, type PagePlan, type TabMessage, type TabState, type TabStatus } from '@/core/protocol';
import { hintsForHost } from '@/core/site-hints';
import { PageCleaner } from '@/dom/clean-page';
import { LateContentWatcher } from '@/dom/late-content';
import { askBackground } from '@/lib/page-runtime';

export class ChapterSession {
  private cleaner: PageCleaner;
  private watcher: LateContentWatcher | null = null;
  private state: TabState = 'not-chapter';
  private autoClean = true;

  constructor(
    private readonly doc: Document,
    private readonly host: string,
  ) {
    this.cleaner = new PageCleaner(doc, { host, hintSelectors: hintsForHost(host), fingerprint });
  }

  /** The cheap part, run on every page: true when the page holds a chapter. */
  detect(): boolean {
    return this.cleaner.detect().isChapter;
  }

  /** Asks the background whether to clean and where the reader's rules match, then acts on it. */
  async applyPlan(): Promise<void> {
    if (!this.cleaner.report().isChapter) return;
    const lines = this.cleaner.paragraphs();
    // A background that is restarting, or answers nothing usable, must not stop the cleaning.
    const answer = await askBackground('pagePlan', { host: this.host, lines }).catch(() => null);
    const plan: PagePlan = isPagePlan(answer) ? answer : { autoClean: true, hits: [] };
    this.autoClean = plan.autoClean;
    this.cleaner.useRules(ruleEvidenceByLine(lines, plan));
    if (!plan.autoClean) this.pause();
    else if (this.state === 'not-chapter' || this.state === 'paused') this.cleanNow();
    else this.recleanWithNewRules();
  }

  private cleanNow(): void {
    const report = this.cleaner.cleanDetected();
    this.state = report.safetyStop ? 'safety-stop' : 'cleaned';
    if (!report.safetyStop) this.watch();
    this.notify();
  }

  /** The reader's rules changed: put everything back and clean again, so that removed rules let go. */
  private recleanWithNewRules(): void {
    this.quietly(() => {
      this.cleaner.restoreAll();
      this.cleaner.cleanDetected();
    });
    this.state = this.cleaner.report().safetyStop ? 'safety-stop' : 'cleaned';
    this.notify();
  }

  private pause(): void {
    this.watcher?.stop();
    this.watcher = null;
    this.cleaner.restoreAll();
    this.state = 'paused';
    this.notify();
  }

  private watch(): void {
    this.watcher?.stop();
    this.watcher = new LateContentWatcher(this.doc.body, {
      handle: (added) => {
        if (this.cleaner.cleanAdded(added).length > 0) this.notify();
      },
      gaveUp: () => {
        this.state = 'gave-up';
        this.notify();
      },
    });
    this.watcher.start();
  }

  private quietly<T>(change: () => T): T {
    return this.watcher ? this.watcher.quietly(change) : change();
  }

  /** Answers a popup message with the tab's new status. */
  handle(message: TabMessage): TabStatus | { title: string; lines: string[] } {
    switch (message.type) {
      case 'restore':
        this.quietly(() => this.cleaner.restore(message.data.id));
        break;
      case 'restoreAll':
        this.quietly(() => this.cleaner.restoreAll());
        break;
      case 'clean':
        if (this.cleaner.report().isChapter || this.cleaner.detect().isChapter) {
          this.quietly(() => this.cleaner.cleanDetected());
          this.state = this.cleaner.report().safetyStop ? 'safety-stop' : 'cleaned';
          if (!this.watcher) this.watch();
        }
        break;
      case 'chapterLines':
        return { title: this.cleaner.report().title, lines: this.cleaner.paragraphs() };
      case 'status':
        break;
    }
    if (message.type !== 'status') this.notify();
    return this.status();
  }

  status(): TabStatus {
    const report = this.cleaner.report();
    return {
      url: this.doc.location?.href ?? '',
      host: this.host,
      state: this.state,
      title: report.title,
      bundled: report.bundled,
      removed: report.removed.map(({ id, kind, rule, text }) => ({ id, kind, rule, text })),
      flags: report.flags,
      autoClean: this.autoClean,
      ms: report.ms,
    };
  }

  private notify(): void {
    const report = this.cleaner.report();
    const data = { removed: report.removed.length, matched: report.bundled.matched, state: this.state };
    askBackground('tabReport', data).catch(() => {
      // The background may be restarting; the next change reports again.
    });
  }
}
