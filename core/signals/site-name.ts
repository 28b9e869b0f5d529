/**
 * A line that is only the site's name: one the page title gives ("笔趣阁"), or one shaped like a
 * site's name ("稻草人书屋", "乐文小说网"). A sentence (他走进…书屋, …书阁。) or a quoted line is
 * not one: a site's name stands alone, without narration, a full stop or quotation marks.
 */
import { POLICY } from '../policy';
import { SITE_NAME_LINE } from '../spam-phrases';
import { hasNarrationMarker } from '../text/narration';
import { opensWithQuote } from '../text/quotes';
import { wholeLine } from './whole-line';
import type { LineSignal } from './types';

function isGuessedSiteName(text: string, folded: string): boolean {
  return (
    SITE_NAME_LINE.test(folded) &&
    !hasNarrationMarker(folded) &&
    !/。\s*$/.test(text) &&
    !opensWithQuote(text)
  );
}

export const siteName: LineSignal = {
  rules: ['site-name'],
  evaluate(line, context) {
    if (line.folded.length > POLICY.shortLine) return [];
    return context.siteNames.includes(line.folded) || isGuessedSiteName(line.text, line.folded)
      ? wholeLine(line, 'site-name')
      : [];
  },
};
