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
import { hintsForHost } from '@/core/site-hints';
import { PageCleaner } from '@/dom/clean-page';
import { pageFought } from '@/dom/fight-watch';
import type { JournalEntry } from '@/dom/journal';
import { DEFAULT_BUDGET, EarlyAdditions, LateContentWatcher } from '@/dom/late-content';
import { DEFAULT_SLICES, runInSlices, WorkClock } from '@/dom/slices';
import { askBackground } from '@/lib/page-runtime';

/** A late batch gets the watcher's whole budget at most; past it the session gives up. */
const LATE_SLICES = { ...DEFAULT_SLICES, hardMs: DEFAULT_BUDGET.hardLimitMs };

export class ChapterSession {
  #cleaner: PageCleaner;
  #watcher: LateContentWatcher | null = null;
  /** What the page adds while no watcher runs yet (before the first cleaning). */
  readonly #early = new EarlyAdditions();
  #state: TabState = 'working';
  #autoClean = true;
  readonly #clock = new WorkClock();
  /** Rounds in a row in which the page fought back. */
  #fights = 0;
  #copyOffered = false;
  /** Rounds of fighting back, once removals only hide, after which the session leaves the page be. */
  static readonly #MAX_FIGHT_ROUNDS = 3;
  /** How long to wait for the background's plan; a cold service worker answers well within it. */
  static readonly #PLAN_WAIT_MS = 3000;

  readonly #doc: Document;
  readonly #host: string;

  constructor(doc: Document, host: string) {
    this.#doc = doc;
    this.#host = host;
    this.#cleaner = new PageCleaner(doc, { host, hintSelectors: hintsForHost(host) });
  }

  /** The look every page gets: true when the page holds a chapter. */
  async detect(): Promise<boolean> {
    // A feed, a sitemap or an SVG opened in a tab is XML with no body: nothing to read there.
    if (!this.#doc.body) {
      this.#state = 'not-chapter';
      return false;
    }
    this.#state = 'working';
    if (!this.#watcher) this.#early.start(this.#doc.body);
    const outcome = await runInSlices(this.#cleaner.detectSteps(), this.#clock);
    const isChapter = outcome.done && outcome.value.isChapter;
    if (!isChapter) this.#early.take();
    this.#state = !outcome.done ? 'gave-up' : isChapter ? 'working' : 'not-chapter';
    return isChapter;
  }

  /**
   * Asks the background whether to clean, where the reader's rules match and what the site shows on
   * its other chapters, then acts on it.
   */
  async applyPlan(): Promise<void> {
    if (!this.#cleaner.report().isChapter || this.#state === 'gave-up') return;
    // Rules are matched against the chapter as served: a re-plan (the reader changed a setting)
    // first puts back what the last plan removed, so that lines removed by rules can be matched
    // again, and lines of rules since removed come back.
    if (this.#state !== 'working' && this.#state !== 'paused')
      this.#quietly(() => this.#cleaner.restoreAll());
    const collected = await runInSlices(this.#cleaner.paragraphSteps(), this.#clock);
    const lines = collected.done ? collected.value : [];
    // Rules match within the first PLAN_LIMITS.lineLength characters of a longer line.
    const offered = lines
      .slice(0, PLAN_LIMITS.lines)
      .map((line) => (line.length > PLAN_LIMITS.lineLength ? line.slice(0, PLAN_LIMITS.lineLength) : line));
    const around = this.#cleaner.aroundTexts();
    const title = this.#cleaner.report().title.slice(0, PLAN_LIMITS.title);
    // A background that is restarting, stuck, or answers nothing usable must not stop the cleaning.
    const answer = await Promise.race([
      askBackground('pagePlan', { host: this.#host, title, lines: offered, around }).catch(() => null),
      new Promise((resolve) => setTimeout(resolve, ChapterSession.#PLAN_WAIT_MS, null)),
    ]);
    const plan: PagePlan = isPagePlan(answer) ? answer : { autoClean: true, hits: [] };
    this.#autoClean = plan.autoClean;
    this.#cleaner.useRules(ruleEvidenceByLine(lines, plan));
    this.#cleaner.useFingerprint(plan.fingerprint);
    const texts = (from: string[], at: number[] = []) => new Set(at.map((index) => from[index]!));
    this.#cleaner.useLearned({
      lines: texts(lines, plan.learned),
      around: texts(around, plan.learnedAround),
    });
    if (!plan.autoClean) return this.#pause();
    await this.#clean();
  }

  async #clean(): Promise<void> {
    // What the page added since the first look (or since the last batch of the watcher a new plan
    // replaces) is cleaned with this pass: no scan of the first look holds it.
    const waiting = [...(this.#watcher?.waiting() ?? [])];
    this.#stopWatching();
    this.#state = 'working';
    // Watch from the start, our own slices excepted: what a page does in reply to our removals
    // (between two slices, or right after the last) must not slip through before we look.
    const added = [...waiting, ...this.#early.take()];
    this.#watch();
    const outcome = await runInSlices(
      this.#cleaner.cleanSteps(),
      this.#clock,
      undefined,
      undefined,
      (slice) => this.#quietly(slice),
    );
    if (!outcome.done) this.#state = 'gave-up';
    else this.#state = outcome.value.safetyStop ? 'safety-stop' : 'cleaned';
    if (this.#state === 'cleaned' && added.length > 0) {
      const late = added.filter((node) => node.isConnected);
      const more = await runInSlices(
        this.#cleaner.cleanAddedSteps(late),
        this.#clock,
        LATE_SLICES,
        undefined,
        (slice) => this.#quietly(slice),
      );
      if (!more.done) this.#state = 'gave-up';
    }
    if (this.#state !== 'cleaned') this.#stopWatching();
    else this.#lookForFight(this.#cleaner.journal.active());
    this.#notify();
    this.#offerCopy();
  }

  /**
   * On a page recognised as carrying the bundled chapter, once cleaned, its chapter lines go to the
   * background, which repairs the shipped chapter from intact copies. Other pages send nothing;
   * lines the cleaning took out (removed or hidden) never leave the page.
   */
  #offerCopy(): void {
    if (this.#copyOffered || this.#state !== 'cleaned' || !this.#cleaner.report().bundled.matched) return;
    this.#copyOffered = true;
    askBackground('chapterCopy', { lines: this.#cleaner.paragraphs() }).catch(() => {
      // A background that is restarting misses this copy; the page offers it again when next opened.
    });
  }

  #stopWatching(): void {
    this.#watcher?.stop();
    this.#watcher = null;
  }

  #giveUp(): void {
    this.#early.take();
    this.#stopWatching();
    this.#state = 'gave-up';
    this.#notify();
  }

  #pause(): void {
    this.#early.take();
    this.#stopWatching();
    this.#cleaner.restoreAll();
    this.#state = 'paused';
    this.#notify();
  }

  #watch(): void {
    this.#watcher = new LateContentWatcher(this.#doc.body, {
      handle: (added) => this.#cleanLate(added),
      gaveUp: () => this.#giveUp(),
    });
    this.#watcher.start(this.#cleaner.extraRoots());
  }

  /**
   * Cleans one batch of late content in slices, like the first pass; resolves with its active time.
   * A batch still running when the session starts over (a new plan, a pause) stops where it is.
   */
  async #cleanLate(added: Node[]): Promise<number> {
    const watcher = this.#watcher;
    const before = this.#clock.totalMs;
    this.#cleaner.journal.check();
    const outcome = await runInSlices(
      this.#cleaner.cleanAddedSteps(added),
      this.#clock,
      LATE_SLICES,
      undefined,
      (slice) => (watcher === this.#watcher ? this.#quietly(slice) : { done: true, value: [] }),
    );
    const spent = this.#clock.totalMs - before;
    if (watcher !== this.#watcher) return spent;
    if (!outcome.done) this.#giveUp();
    else if (outcome.value.length > 0) {
      this.#lookForFight(outcome.value);
      this.#notify();
    }
    return spent;
  }

  /**
   * A page that fights back (puts back what was removed, or takes away what marks its place) is
   * answered by hiding instead (dom/hiding.ts): the page finds its nodes where it left them and
   * has nothing left to undo. A page that goes on fighting even so is left alone after a few
   * rounds, saying "gave up"; what is hidden by then stays hidden.
   */
  #lookForFight(removed: readonly JournalEntry[]): void {
    const watcher = this.#watcher;
    if (!watcher) return;
    // Once the page has had its turn: its MutationObserver runs before our next task.
    setTimeout(() => {
      const journal = this.#cleaner.journal;
      if (watcher !== this.#watcher) return;
      // Switching to hiding changes nothing the badge shows: it is not reported.
      if (!pageFought(journal, removed, watcher.waiting())) this.#fights = 0;
      else if (!journal.hiding) this.#quietly(() => journal.hideRemovals());
      else if (++this.#fights >= ChapterSession.#MAX_FIGHT_ROUNDS) this.#giveUp();
    }, 0);
  }

  #quietly<T>(change: () => T): T {
    return this.#watcher ? this.#watcher.quietly(change) : change();
  }

  /** Answers a popup message with the tab's new status. */
  async handle(message: TabMessage): Promise<TabStatus | TabProtocol['chapterLines']['result']> {
    switch (message.type) {
      case 'restore':
        this.#quietly(() => this.#cleaner.restore(message.data.id));
        break;
      case 'restoreAll':
        this.#quietly(() => this.#cleaner.restoreAll());
        break;
      case 'clean':
        if (this.#cleaner.report().isChapter || (await this.detect())) await this.#clean();
        break;
      case 'chapterLines':
        return {
          title: this.#cleaner.report().title,
          lines: this.#cleaner.servedParagraphs(),
          left: this.#cleaner.paragraphs(),
        };
      case 'status':
        break;
    }
    if (message.type !== 'status') this.#notify();
    return this.status();
  }

  status(): TabStatus {
    const report = this.#cleaner.report();
    const { totalMs, longestMs, tasks } = this.#clock;
    return {
      url: this.#doc.location?.href ?? '',
      host: this.#host,
      state: this.#state,
      title: report.title,
      bundled: report.bundled,
      removed: report.removed.map(({ id, kind, rule, text }) => ({ id, kind, rule, text })),
      flags: report.flags,
      autoClean: this.#autoClean,
      hiding: this.#cleaner.journal.hiding,
      ms: report.ms,
      work: { totalMs, longestMs, tasks },
    };
  }

  #notify(): void {
    const report = this.#cleaner.report();
    const data = { removed: report.removed.length, matched: report.bundled.matched, state: this.#state };
    askBackground('tabReport', data).catch(() => {
      // The background may be restarting; the next change reports again.
    });
  }
}
