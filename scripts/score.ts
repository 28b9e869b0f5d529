/**
 * `npm run score`: where the cleaner stands on the real pages of ../shared/corpus, the way the
 * maintainers measure it (pages served from localhost, so the page itself is all the engine knows
 * of its site): junk lines removed, story lines lost and nav links kept, per site and for the
 * tuning and check sets (scripts/score/sets.ts). `--lines` lists the junk left and story lost on
 * tuning sites; check sites are counted only, never listed, so that nobody tunes on them.
 */
import path from 'node:path';
import { compactText } from '../core/normalize';
import { readCorpus } from '../tests/helpers/corpus';
import { cleanInNodeDom } from './clean-cli/node-dom';
import { fingerprintOf } from './fingerprint-plugin';
import { measurePage, percent, sumFigures, type PageFigures, type Totals } from './score/measure';
import { isCheckSite, siteOfPage } from './score/sets';

const showLines = process.argv.includes('--lines');
const fingerprint = fingerprintOf(path.resolve('public/chapter.txt'));

interface Scored {
  id: string;
  site: string;
  isChapter: boolean;
  figures: PageFigures | null;
  changedNegative: boolean;
}

function scorePage(id: string, html: string, label: Parameters<typeof measurePage>[0] | null): Scored {
  const result = cleanInNodeDom(`${id}.html`, html, `http://localhost/${id}.html`, fingerprint);
  const site = siteOfPage(id);
  if (!label)
    return {
      id,
      site,
      isChapter: result.isChapter,
      figures: null,
      changedNegative: result.removed.length > 0,
    };
  const figures = measurePage(label, {
    chapterText: compactText(result.paragraphs.join('')),
    pageText: compactText(result.pageText),
    links: new Set(result.links.map(compactText)),
  });
  return { id, site, isChapter: result.isChapter, figures, changedNegative: false };
}

function row(name: string, totals: Totals): string {
  return [
    name.padEnd(16),
    String(totals.pages).padStart(5),
    `${totals.junkGone}/${totals.junk}`.padStart(9),
    percent(totals.junkGone, totals.junk).padStart(7),
    `${totals.storyLost}/${totals.story}`.padStart(10),
    `${totals.navKept}/${totals.nav}`.padStart(8),
  ].join('  ');
}

const scored = readCorpus().map((page) => scorePage(page.id, page.html, page.label));
const chapters = scored.filter((page) => page.figures);
const sites = [...new Set(chapters.map((page) => page.site))].sort();

console.log(`${'site'.padEnd(16)}  pages       junk   gone%  story lost  nav kept`);
for (const site of sites) {
  const pages = chapters.filter((page) => page.site === site);
  const mark = isCheckSite(site) ? ' (check)' : '';
  console.log(row(site + mark, sumFigures(pages.map((page) => page.figures!))));
}
const tuning = chapters.filter((page) => !isCheckSite(page.site)).map((page) => page.figures!);
const check = chapters.filter((page) => isCheckSite(page.site)).map((page) => page.figures!);
console.log('-'.repeat(72));
console.log(row('tuning sites', sumFigures(tuning)));
console.log(row('check sites', sumFigures(check)));
console.log(row('all', sumFigures([...tuning, ...check])));

const missed = chapters.filter((page) => !page.isChapter).map((page) => page.id);
const negatives = scored.filter((page) => !page.figures);
const falseChapters = negatives
  .filter((page) => page.isChapter || page.changedNegative)
  .map((page) => page.id);
console.log(
  `chapter pages found: ${chapters.length - missed.length}/${chapters.length}${missed.length ? ` (missed: ${missed.join(', ')})` : ''}`,
);
console.log(
  `non-chapter pages left alone: ${negatives.length - falseChapters.length}/${negatives.length}${falseChapters.length ? ` (touched: ${falseChapters.join(', ')})` : ''}`,
);

if (showLines)
  for (const page of chapters) {
    if (isCheckSite(page.site)) continue;
    const { junkLeft, storyMissing, navMissing } = page.figures!;
    if (junkLeft.length + storyMissing.length + navMissing.length === 0) continue;
    console.log(`\n# ${page.id}`);
    for (const line of storyMissing) console.log(`  STORY LOST  ${line}`);
    for (const line of navMissing) console.log(`  NAV LOST    ${line}`);
    for (const line of junkLeft) console.log(`  junk left   ${line.slice(0, 140)}`);
  }
