/**
 * The page cleaner: gate, find the chapter, recognise the bundled chapter, plan, check the safety
 * cap, apply through the undo journal. The content script and the CLI both drive this class.
 */
import { collapseSpace, namesFromPageTitle, splitPageTitle } from '@/core/chapter-title';
import type { LineContext, UserRuleMatch } from '@/core/classify-line';
import { analyseBundledPageSteps, type ChapterFingerprint, type PageFingerprint } from '@/core/fingerprint';
import { safetyStopFlag } from '@/core/flag-reasons';
import { passesSafetyCap, sharePercent } from '@/core/policy';
import { PLAN_LIMITS } from '@/core/protocol';
import { NO_BUNDLED_MATCH, type BundledMatch, type Flag } from '@/core/types';
import { applyChapterPlanSteps, planChapterSteps } from './clean-chapter';
import { cleanLateSteps } from './clean-late';
import { planSurroundingsSteps } from './clean-surroundings';
import { findChapterSteps, type FoundChapter } from './find-chapter';
import { chapterGateSteps, type GateResult } from './gate';
import { Journal, type JournalEntry } from './journal';
import { collectLines, collectLinesSteps } from './lines';
import { bookLinksSteps, navigationLinksSteps } from './chapter-links';
import { navigationKind, ProtectedSet } from './navigation';
import { readSiteIdentity } from './site-identity';
import { drain } from './walk';

/** Lines of a page compared with the bundled chapter (see cleanChapterSteps). */
const MAX_RECOGNITION_LINES = 2000;

export interface CleanPageOptions {
  /** The page's host, for "a line that is only the host name". */
  host?: string;
  /** Per-site container selectors tried first; detection works without them. */
  hintSelectors?: readonly string[];
  /**
   * The bundled chapter's fingerprint, as built (buildFingerprint) or as the background sends it;
   * without it, recognition reports no match.
   */
  fingerprint?: ChapterFingerprint | PageFingerprint;
  /** Clock for the `ms` figure (performance.now in browsers and Node). */
  now?: () => number;
  /** Matches of the reader's rules, by chapter line text (trimmed), found by the rules engine. */
  userRules?: ReadonlyMap<string, readonly UserRuleMatch[]>;
  /** What the site shows on its other chapters (core/site-memory.ts), by text. */
  learned?: LearnedTexts;
}

/** Texts the site has shown on its other chapters: chapter lines (trimmed), blocks around (collapsed). */
export interface LearnedTexts {
  lines: ReadonlySet<string>;
  around: ReadonlySet<string>;
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
  private bookLinks: Element[] = [];
  private userRules: ReadonlyMap<string, readonly UserRuleMatch[]> | undefined;
  private served: string[] | undefined;
  private learned: LearnedTexts | undefined;
  private fingerprint: ChapterFingerprint | PageFingerprint | undefined;
  private pageTitle = '';
  /** The chapter's characters as served at the last cleaning, plus late lines since (for the cap). */
  private chapterChars = 0;

  constructor(
    readonly doc: Document,
    readonly options: CleanPageOptions = {},
  ) {
    this.fingerprint = options.fingerprint;
  }

  /** Detects and cleans. */
  clean(): PageReport {
    this.detect();
    return this.cleanDetected();
  }

  /** Sets the reader's rule matches for the next cleaning run (found after detection, in the background). */
  useRules(userRules: ReadonlyMap<string, readonly UserRuleMatch[]>): void {
    this.userRules = userRules;
  }

  /** Sets what the site shows on its other chapters, for the next cleaning run to remove. */
  useLearned(learned: LearnedTexts | undefined): void {
    this.learned = learned;
  }

  /** Sets the fingerprint the next cleaning run recognises the bundled chapter by (none: no match). */
  useFingerprint(fingerprint: ChapterFingerprint | PageFingerprint | undefined): void {
    this.fingerprint = fingerprint;
  }

  /** The gate and chapter detection only: never changes the page. */
  detect(): PageReport {
    return drain(this.detectSteps());
  }

  /** Cleans the chapter found by `detect` (again, if called again: new removals join the journal). */
  cleanDetected(): PageReport {
    return drain(this.cleanSteps());
  }

  /** `detect` in steps, for runInSlices. */
  *detectSteps(): Generator<void, PageReport> {
    this.ms = 0;
    yield* this.timed(this.detectWork());
    return this.report();
  }

  /** `cleanDetected` in steps, for runInSlices. */
  *cleanSteps(): Generator<void, PageReport> {
    yield* this.timed(this.cleanWork());
    return this.report();
  }

  /** Adds the active time of `steps` (not the pauses between them) to the `ms` figure. */
  private *timed(steps: Generator<void, void>): Generator<void, void> {
    for (;;) {
      const started = this.now();
      const next = steps.next();
      this.ms += this.now() - started;
      if (next.done) return;
      yield;
    }
  }

  private *detectWork(): Generator<void, void> {
    // Read once: some DOMs (happy-dom) search the whole document for <title> on every read.
    this.pageTitle = this.doc.title ?? '';
    this.gate = yield* chapterGateSteps(this.doc, this.pageTitle);
    this.chapter = this.gate.pass
      ? yield* findChapterSteps(this.doc, {
          hintSelectors: this.options.hintSelectors,
          pageTitle: this.pageTitle,
        })
      : null;
  }

  private *cleanWork(): Generator<void, void> {
    this.flags = [];
    this.safetyStop = false;
    if (this.chapter?.container.isConnected === false) {
      this.pageTitle = this.doc.title ?? '';
      this.chapter = yield* findChapterSteps(this.doc, { ...this.options, pageTitle: this.pageTitle });
    }
    if (this.chapter) yield* this.cleanChapterSteps(this.chapter);
  }

  private now(): number {
    return (this.options.now ?? (() => performance.now()))();
  }

  private *cleanChapterSteps(chapter: FoundChapter): Generator<void, void> {
    const { siteNames, pageNames } = namesFromPageTitle(this.pageTitle);
    const links = chapter.scan.links.map(({ element }) => element);
    const site = readSiteIdentity(this.doc, this.options.host ?? '', siteNames, links);
    yield;
    this.context = {
      title: chapter.title,
      siteNames: site.names,
      pageNames,
      host: this.options.host,
      siteDomains: site.domains,
      titleParts: splitPageTitle(this.pageTitle),
      learned: (this.learned ?? this.options.learned)?.lines,
    };
    yield;
    this.navigation = yield* navigationLinksSteps(chapter.scan.links, chapter.title);
    yield;
    this.bookLinks = yield* bookLinksSteps(chapter.scan.links, pageNames);
    yield;
    const lines = yield* collectLinesSteps(chapter.container);
    const texts = lines.map((line) => line.raw.trim());
    this.served = texts;
    // The bundled chapter is 160 paragraphs (a few hundred when re-split): a page of thousands of
    // lines is not it, and its first lines tell as much as all of them, at a fraction of the time.
    const sample = texts.length > MAX_RECOGNITION_LINES ? texts.slice(0, MAX_RECOGNITION_LINES) : texts;
    const analysis = this.fingerprint ? yield* analyseBundledPageSteps(this.fingerprint, sample) : null;
    this.bundled = analysis?.match ?? NO_BUNDLED_MATCH;
    yield;
    const plan = yield* planChapterSteps(chapter.container, lines, {
      context: this.context,
      navigation: this.navigation,
      bundled: analysis?.match.matched ? analysis.lines : undefined,
      userRules: this.userRules ?? this.options.userRules,
    });
    this.chapterChars = plan.totalChars;
    // On a page carrying the bundled chapter its story lines are known and never removed, so the
    // cap (which guards against rules misreading story) has nothing left to guard there.
    if (!analysis?.match.matched && passesSafetyCap(plan.removedChars, plan.totalChars)) {
      this.safetyStop = true;
      const share = sharePercent(plan.removedChars, plan.totalChars);
      this.flags.push({ text: chapter.title, reason: safetyStopFlag(share) });
      return;
    }
    const around = yield* planSurroundingsSteps(chapter.scan, {
      context: this.context,
      keep: this.protectedSet(),
      bookLinks: this.bookLinks,
      chapterLinks: this.chapterLinks(),
      container: chapter.container,
      learnedAround: (this.learned ?? this.options.learned)?.around,
    });
    this.flags.push(...(yield* applyChapterPlanSteps(plan, chapter.container, this.journal)).flags);
    for (const [index, { nodes, removal }] of around.entries()) {
      if (index % 200 === 199) yield;
      this.journal.remove(nodes, removal);
    }
  }

  /** Cleans nodes a page added after the first run (see clean-late.ts), in steps; returns the removals made. */
  *cleanAddedSteps(added: readonly Node[]): Generator<void, JournalEntry[]> {
    if (!this.chapter) {
      if (this.gate.pass) {
        yield* this.detectSteps();
        yield* this.cleanSteps();
      }
      return this.journal.active();
    }
    if (this.safetyStop) return [];
    const before = this.journal.entries().length;
    const late = {
      container: this.chapter.container,
      context: this.context,
      navigation: this.navigation,
      keep: this.protectedSet(),
      journal: this.journal,
      flags: this.flags,
      chapterChars: this.chapterChars,
      bookLinks: this.bookLinks,
      chapterLinks: this.chapterLinks(),
      learnedAround: (this.learned ?? this.options.learned)?.around,
    };
    yield* cleanLateSteps(late, added);
    this.chapterChars = late.chapterChars;
    return this.journal.entries().slice(before);
  }

  /** The navigation links that lead to other chapters (not home, not the index). */
  private chapterLinks(): Element[] {
    return this.navigation.filter((link) => navigationKind(link.textContent ?? '') !== 'home');
  }

  private protectedSet(): ProtectedSet {
    const chapter = this.chapter!;
    return new ProtectedSet([
      chapter.container,
      ...this.navigation,
      ...(chapter.titleElement ? [chapter.titleElement] : []),
    ]);
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

  /** Roots besides the document that late content can appear in: a shadow root holding the chapter. */
  extraRoots(): Node[] {
    const root = this.chapter?.container.getRootNode();
    return root && root !== this.doc ? [root] : [];
  }

  /**
   * The texts of leaf blocks around the chapter, collapsed, in page order: what the site memory
   * compares with its other chapters (core/site-memory.ts), within what a plan request may carry.
   * Empty before detection.
   */
  aroundTexts(): string[] {
    const chapter = this.chapter;
    if (!chapter) return [];
    const texts: string[] = [];
    for (const [element, block] of chapter.scan.blocks) {
      if (texts.length >= PLAN_LIMITS.around) break;
      if (block.hasBlockChild || chapter.container.contains(element)) continue;
      const text = collapseSpace(block.text);
      if (text !== '' && text.length <= PLAN_LIMITS.aroundLength) texts.push(text);
    }
    return texts;
  }

  /** The chapter's paragraphs as served, before the last cleaning (what rules are previewed on). */
  servedParagraphs(): string[] {
    return this.served ?? this.paragraphs();
  }

  /** `paragraphs` in steps, for runInSlices. */
  *paragraphSteps(): Generator<void, string[]> {
    if (!this.chapter) return [];
    return (yield* collectLinesSteps(this.chapter.container)).map((line) => line.raw.trim());
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
