/**
 * The site's reader controls written as text: a bracketed command ("『加入书签，方便阅读』",
 * "【章节报错】"), a keyboard hint with arrows ("按“键盘左键←”返回上一章", "（快捷键 ←）上一章").
 * A line that is nothing else goes whole; glued to a story sentence, the hint's words are strong
 * evidence and the decision cuts them off.
 */
import { countHan } from '../text/han';
import { hasNarrationMarker } from '../text/narration';
import { skeletonMatches } from './skeleton-matches';
import { wholeLine } from './whole-line';
import type { LineSignal, RuleEvidence } from './types';

const BRACKETED = /^\s*[『【[〖〔（(]([^『』【】[\]〖〗〔〕（）()]{2,24})[』】\]〗〕）)]\s*$/;
const CONTROL_WORDS =
  /书签|收藏|举报|报错|投票|推荐票|月票|打赏|书架|阅读记录|夜间|字体|繁体|简体|分享|评论|催更|加入|目录|下一页|上一页|下一章|上一章/;
const ARROWS = /[←→↑↓⇦⇨]/;
/** The words of a keyboard hint and of the links it points at. */
const HINT_WORDS = new RegExp(
  '快捷键|方向键|键盘|回车|空格|enter|(左|右|上|下)?键|按|返回|进入|翻页|(上|下)一(页|章|节)|目录|书页|书目|首页|列表|' +
    '(向|往)(上|下)(滚动|翻)?|滚动|继续阅读|阅读|点击|点此|(上|下)方|蓝字|关注',
  'g',
);
/** A control line: a command or a hint, never a paragraph. */
const CONTROL_LINE = 48;
/** Han characters a keyboard hint may hold besides its own words. */
const HINT_RESIDUE = 2;

export const readerControls: LineSignal = {
  rules: ['reader-controls'],
  aroundChapter: true,
  evaluate(line) {
    const { text, folded } = line;
    if (BRACKETED.test(text) && folded.length <= CONTROL_LINE && !hasNarrationMarker(folded))
      return CONTROL_WORDS.test(folded) ? wholeLine(line, 'reader-controls') : [];
    if (!ARROWS.test(text)) return [];
    const hint = skeletonMatches(line, HINT_WORDS);
    if (hint.length === 0) return [];
    if (countHan(folded.replace(HINT_WORDS, '')) <= HINT_RESIDUE) return wholeLine(line, 'reader-controls');
    return hint.map(({ start, end }): RuleEvidence => ({
      rule: 'reader-controls',
      strength: 'strong',
      start,
      end,
    }));
  },
};
