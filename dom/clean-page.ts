/**
 * The page cleaner: gate, find the chapter, recognise the bundled chapter, plan, check the safety
 * cap, apply through the undo journal. The content script and the CLI both drive this class.
 */
import { namesFromPageTitle } from '@/core/chapter-title';
import type { LineContext } from '@/core/classify-line';
import { analyseBundledPage, type ChapterFingerprint } from '@/core/fingerprint';
import { NO_BUNDLED_MATCH, type BundledMatch, type Flag } from '@/core/types';
import { applyChapterPlan, planChapter } from './clean-chapter';
import { planSurroundings } from './clean-surroundings';
import { findChapter, type FoundChapter } from './find-chapter';
import { passesChapterGate, type GateResult } from './gate';
import { Journal, type JournalEntry } from './journal';
import { collectLines } from './lines';
import { findNavigationLinks } from './navigation';

/** More than this share of the chapter's text removed means the rules misread the page. */
export const SAFETY_CAP = 0.25;

export interface CleanPageOptions {
  /** The page's host, for "a line that is only the host name". */
  host?: string;
  /** Per-site container selectors tried first; detection works without them. */
  hintSelectors?: readonly string[];
  /** The bundled chapter's fingerprint; without it, recognition reports no match. */
  fingerprint?: ChapterFingerprint;
  /** Clock for the `ms` figure (performance.now in browsers and Node). */
  now?: () => number;
}

export interface PageReport {
  gate: GateResult;
  isChapter: boolean;
  title: string;
  bundled: BundledMatch;
  /** Removals in effect, oldest first. */
  removed: JournalEntry[];
  flags: Flag[];
  /** True when the safety cap stopped all cleaning. */
  safetyStop: boolean;
  /** Detection and cleaning time in milliseconds. */
  ms: number;
}

export class PageCleaner {
  readonly journal = new Journal();
  private chapter: FoundChapter | null = null;
  private gate: GateResult = { pass: false, reason: 'not run' };
  private bundled: BundledMatch = NO_BUNDLED_MATCH;
  private flags: Flag[] = [];
  private safetyStop = false;
  private ms = 0;
  private context: LineContext = {};
  private navigation: Element[] = [];

  constructor(
    readonly doc: Document,
    readonly options: CleanPageOptions = {},
  ) {}

  /** Detects and cleans once; later calls only report. */
  clean(): PageReport {
    const now = this.options.now ?? (() => performance.now());
    const started = now();
    this.gate = passesChapterGate(this.doc);
    if (this.gate.pass) this.chapter = findChapter(this.doc, { hintSelectors: this.options.hintSelectors });
    if (this.chapter) this.cleanChapter(this.chapter);
    this.ms = now() - started;
    return this.report();
  }

  private cleanChapter(chapter: FoundChapter): void {
    const { siteNames, pageNames } = namesFromPageTitle(this.doc.title ?? '');
    this.context = { title: chapter.title, siteNames, pageNames, host: this.options.host };
    this.navigation = findNavigationLinks(this.doc.body);
    const lines = collectLines(chapter.container);
    const texts = lines.map((line) => line.raw.trim());
    const analysis = this.options.fingerprint ? analyseBundledPage(this.options.fingerprint, texts) : null;
    this.bundled = analysis?.match ?? NO_BUNDLED_MATCH;
    const plan = planChapter(chapter.container, lines, {
      context: this.context,
      navigation: this.navigation,
      bundled: analysis?.match.matched ? analysis.lines : undefined,
    });
    if (plan.removedChars > plan.totalChars * SAFETY_CAP) {
      this.safetyStop = true;
      const share = Math.round((100 * plan.removedChars) / Math.max(1, plan.totalChars));
      this.flags.push({
        text: chapter.title,
        reason: `rules would remove ${share}% of the chapter: nothing removed`,
      });
      return;
    }
    const keep = [
      chapter.container,
      ...this.navigation,
      ...(chapter.titleElement ? [chapter.titleElement] : []),
    ];
    const around = planSurroundings(this.doc.body, { context: this.context, keep });
    this.flags.push(...applyChapterPlan(plan, chapter.container, this.journal).flags);
    for (const { element, removal } of around) this.journal.remove([element], removal);
  }

  /** The current state, as the popup and the CLI show it. */
  report(): PageReport {
    return {
      gate: this.gate,
      isChapter: this.chapter !== null,
      title: this.chapter?.title ?? '',
      bundled: this.bundled,
      removed: this.journal.active(),
      flags: [...this.flags],
      safetyStop: this.safetyStop,
      ms: this.ms,
    };
  }

  /** The chapter's paragraphs as they now stand on the page. */
  paragraphs(): string[] {
    if (!this.chapter) return [];
    return collectLines(this.chapter.container).map((line) => line.raw.trim());
  }

  /** Puts one removal back. */
  restore(id: number): boolean {
    return this.journal.restore(id);
  }

  /** Puts every removal back; the page serialises as it did before cleaning. */
  restoreAll(): number {
    return this.journal.restoreAll();
  }
}
