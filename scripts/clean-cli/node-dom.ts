/** Cleans one page in the Node DOM (happy-dom), the same engine as the content script. */
import type { ChapterFingerprint } from '../../core/fingerprint';
import { hintsForHost } from '../../core/site-hints';
import { PageCleaner } from '../../dom/clean-page';
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

export function cleanInNodeDom(
  file: string,
  html: string,
  url: string,
  fingerprint: ChapterFingerprint,
  rules: readonly UserRule[] = [],
): PageResult {
  const page = openInNodeDom(html, url);
  try {
    const doc = page.document;
    const host = new URL(url).host;
    const cleaner = new PageCleaner(doc, { host, hintSelectors: hintsForHost(host), fingerprint });
    // As in the extension: detect, let the rules find their matches in the chapter, then clean.
    if (cleaner.detect().isChapter && rules.length > 0)
      cleaner.useRules(ruleEvidence(rules, host, cleaner.paragraphs()));
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
