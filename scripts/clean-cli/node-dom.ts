/** Cleans one page in the Node DOM (happy-dom), the same engine as the content script. */
import type { ChapterFingerprint } from '../../core/fingerprint';
import { hintsForHost } from '../../core/site-hints';
import { learnPage, type SiteMemory } from '../../core/site-memory';
import { PageCleaner, type LearnedTexts } from '../../dom/clean-page';
import { collectLines } from '../../dom/lines';
import { visibleText } from '../../dom/clean-surroundings';
import type { PageResult } from './result';
import { ruleEvidence } from './rules';
import type { UserRule } from '../../core/rules/model';
import { openInNodeDom } from '../node-dom';

/** Page text as the spec defines it: body text without script, style, template and hidden parts. */
function pageText(body: Element): string {
  return collectLines(body)
    .map((line) => line.raw.replace(/\s+/g, ' ').trim())
    .join('\n');
}

/**
 * What the site memory holds, per host, across the pages of one run: the CLI's stand-in for the
 * background's store. A fresh one per page learns nothing (the CLI's default: a batch of unrelated
 * saved pages is served from one local host); one shared by the batch is `--learn-across`.
 */
export type SiteMemories = Map<string, SiteMemory>;

/** As the background does for a page's plan: what recurs on the site's other chapters, and learn the page. */
function learnedFor(cleaner: PageCleaner, host: string, memories: SiteMemories): LearnedTexts {
  const page = { title: cleaner.report().title, lines: cleaner.paragraphs(), around: cleaner.aroundTexts() };
  const learnt = learnPage(memories.get(host), page, Date.now());
  memories.set(host, learnt.memory);
  return {
    lines: new Set(learnt.lines.map((index) => page.lines[index]!)),
    around: new Set(learnt.around.map((index) => page.around[index]!)),
  };
}

export function cleanInNodeDom(
  file: string,
  html: string,
  url: string,
  fingerprint: ChapterFingerprint,
  rules: readonly UserRule[] = [],
  memories: SiteMemories = new Map(),
): PageResult {
  const page = openInNodeDom(html, url);
  try {
    const doc = page.document;
    const host = new URL(url).host;
    const cleaner = new PageCleaner(doc, { host, hintSelectors: hintsForHost(host), fingerprint });
    // As in the extension: detect, let the rules find their matches in the chapter and the site
    // memory what recurs, then clean.
    if (cleaner.detect().isChapter) {
      if (rules.length > 0) cleaner.useRules(ruleEvidence(rules, host, cleaner.paragraphs()));
      cleaner.useLearned(learnedFor(cleaner, host, memories));
    }
    const report = cleaner.cleanDetected();
    const links = Array.from(doc.querySelectorAll('a'))
      .map((link) => visibleText(link))
      .filter((text) => text !== '');
    return {
      file,
      isChapter: report.isChapter,
      title: report.title,
      bundledChapter: report.bundled,
      paragraphs: cleaner.paragraphs(),
      pageText: pageText(doc.body),
      links,
      removed: report.removed.map(({ kind, rule, text }) => ({ kind, rule, text })),
      flags: report.flags,
      ms: Math.round(report.ms * 100) / 100,
    };
  } finally {
    page.close();
  }
}
