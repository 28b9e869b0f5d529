/**
 * One tab's cleaning session: detection, the background's plan (site switch and the reader's rule
 * matches), the late-content watcher, and answers to the popup. Glue only; the work is in dom/ and
 * core/. All page work runs in short slices (dom/slices.ts) under one clock, so that no task of
 * ours is long and a page that will not settle ends in "gave up" rather than a busy tab.
 */
import { ruleEvidenceByLine } from '@/core/rule-evidence';
import {
  isPagePlan,
  PLAN_LIMITS,
  type PagePlan,
  type TabMessage,
  type TabProtocol,
  type TabState,
  type TabStatus,
} from '@/core/protocol';
import { collapseSpace } from '@/core/chapter-title';
import { hintsForHost } from '@/core/site-hints';
import { PageCleaner } from '@/dom/clean-page';
import { LateContentWatcher } from '@/dom/late-content';
import { runInSlices, WorkClock } from '@/dom/slices';
import { askBackground } from '@/lib/page-runtime';

export class ChapterSession {
  private cleaner: PageCleaner;
  private watcher: LateContentWatcher | null = null;
  private state: TabState = 'working';
  private autoClean = true;
  private readonly clock = new WorkClock();
  private putBackRounds = 0;
  private copyOffered = false;
  /** Rounds of "removed, and at once put back" after which a page counts as fighting back. */
  private static readonly MAX_PUT_BACK = 3;
  /** How long to wait for the background's plan; a cold service worker answers well within it. */
  private static readonly PLAN_WAIT_MS = 3000;

  constructor(
    private readonly doc: Document,
    private readonly host: string,
  ) {
    this.cleaner = new PageCleaner(doc, { host, hintSelectors: hintsForHost(host) });
  }

  /** The look every page gets: true when the page holds a chapter. */
  async detect(): Promise<boolean> {
    // A feed, a sitemap or an SVG opened in a tab is XML with no body: nothing to read there.
    if (!this.doc.body) {
      this.state = 'not-chapter';
      return false;
    }
    this.state = 'working';
    const outcome = await runInSlices(this.cleaner.detectSteps(), this.clock);
    const isChapter = outcome.done && outcome.value.isChapter;
    this.state = !outcome.done ? 'gave-up' : isChapter ? 'working' : 'not-chapter';
    return isChapter;
  }

  /**
   * Asks the background whether to clean, where the reader's rules match and what the site shows on
   * its other chapters, then acts on it.
   */
  async applyPlan(): Promise<void> {
    if (!this.cleaner.report().isChapter || this.state === 'gave-up') return;
    // Rules are matched against the chapter as served: a re-plan (the reader changed a setting)
    // first puts back what the last plan removed, so that lines removed by rules can be matched
    // again, and lines of rules since removed come back.
    if (this.state !== 'working' && this.state !== 'paused') this.quietly(() => this.cleaner.restoreAll());
    const collected = await runInSlices(this.cleaner.paragraphSteps(), this.clock);
    const lines = collected.done ? collected.value : [];
    const around = this.cleaner.aroundTexts();
    const title = this.cleaner.report().title.slice(0, PLAN_LIMITS.title);
    // A background that is restarting, stuck, or answers nothing usable must not stop the cleaning.
    const answer = await Promise.race([
      askBackground('pagePlan', { host: this.host, title, lines, around }).catch(() => null),
      new Promise((resolve) => setTimeout(resolve, ChapterSession.PLAN_WAIT_MS, null)),
    ]);
    const plan: PagePlan = isPagePlan(answer) ? answer : { autoClean: true, hits: [] };
    this.autoClean = plan.autoClean;
    this.cleaner.useRules(ruleEvidenceByLine(lines, plan));
    this.cleaner.useFingerprint(plan.fingerprint);
    const texts = (from: string[], at: number[] = []) => new Set(at.map((index) => from[index]!));
    this.cleaner.useLearned({ lines: texts(lines, plan.learned), around: texts(around, plan.learnedAround) });
    if (!plan.autoClean) return this.pause();
    await this.clean();
  }

  private async clean(): Promise<void> {
    this.stopWatching();
    this.state = 'working';
    // Watch from the start, our own slices excepted: what a page does in reply to our removals
    // (between two slices, or right after the last) must not slip through before we look.
    this.watch();
    const outcome = await runInSlices(this.cleaner.cleanSteps(), this.clock, undefined, undefined, (slice) =>
      this.quietly(slice),
    );
    if (!outcome.done) this.state = 'gave-up';
    else this.state = outcome.value.safetyStop ? 'safety-stop' : 'cleaned';
    if (this.state !== 'cleaned') this.stopWatching();
    this.notify();
    this.offerCopy();
  }

  /**
   * On a page recognised as carrying the bundled chapter, once cleaned, its chapter lines go to the
   * background, which repairs the shipped chapter from intact copies. Other pages send nothing;
   * lines the cleaning took out never leave the page.
   */
  private offerCopy(): void {
    if (this.copyOffered || this.state !== 'cleaned' || !this.cleaner.report().bundled.matched) return;
    this.copyOffered = true;
    askBackground('chapterCopy', { lines: this.cleaner.paragraphs() }).catch(() => {
      // A background that is restarting misses this copy; the page offers it again when next opened.
    });
  }

  private stopWatching(): void {
    this.watcher?.stop();
    this.watcher = null;
  }

  private pause(): void {
    this.stopWatching();
    this.cleaner.restoreAll();
    this.state = 'paused';
    this.notify();
  }

  private watch(): void {
    this.watcher = new LateContentWatcher(this.doc.body, {
      handle: (added) => {
        const started = performance.now();
        const removed = this.cleaner.cleanAdded(added);
        this.clock.record(performance.now() - started);
        if (removed.length === 0) return;
        this.watchForPutBack(removed);
        this.notify();
      },
      gaveUp: () => {
        this.state = 'gave-up';
        this.notify();
      },
    });
    this.watcher.start(this.cleaner.extraRoots());
  }

  /**
   * A page that puts each ad back the moment it is removed (in its own MutationObserver, so before
   * our next task) is a fight that only burns the reader's CPU: after a few rounds the session stops
   * and says it gave up. A page that merely keeps adding ads at its own pace is not counted. Only
   * removed elements are watched, by their parent's direct children: reading the text of the
   * chapter box after every batch of late lines would cost a long chapter's length each time.
   */
  private watchForPutBack(removed: ReadonlyArray<{ id: number; kind: string; text: string }>): void {
    const copies = (place: Node | null, text: string) =>
      Array.from(place?.childNodes ?? []).filter((child) =>
        collapseSpace(child.textContent ?? '').includes(text),
      ).length;
    const places = removed
      .filter(({ kind, text }) => kind === 'element' && text !== '')
      .map(({ id, text }) => {
        const place = this.cleaner.journal.placeOf(id);
        return { text, place, before: copies(place, text) };
      });
    if (places.length === 0) return;
    setTimeout(() => {
      const putBack = places.some(({ text, place, before }) => copies(place, text) > before);
      this.putBackRounds = putBack ? this.putBackRounds + 1 : 0;
      if (this.putBackRounds >= ChapterSession.MAX_PUT_BACK && this.watcher) {
        this.stopWatching();
        this.state = 'gave-up';
        this.notify();
      }
    }, 0);
  }

  private quietly<T>(change: () => T): T {
    return this.watcher ? this.watcher.quietly(change) : change();
  }

  /** Answers a popup message with the tab's new status. */
  async handle(message: TabMessage): Promise<TabStatus | TabProtocol['chapterLines']['result']> {
    switch (message.type) {
      case 'restore':
        this.quietly(() => this.cleaner.restore(message.data.id));
        break;
      case 'restoreAll':
        this.quietly(() => this.cleaner.restoreAll());
        break;
      case 'clean':
        if (this.cleaner.report().isChapter || (await this.detect())) await this.clean();
        break;
      case 'chapterLines':
        return {
          title: this.cleaner.report().title,
          lines: this.cleaner.servedParagraphs(),
          left: this.cleaner.paragraphs(),
        };
      case 'status':
        break;
    }
    if (message.type !== 'status') this.notify();
    return this.status();
  }

  status(): TabStatus {
    const report = this.cleaner.report();
    const { totalMs, longestMs, tasks } = this.clock;
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
      work: { totalMs, longestMs, tasks },
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
