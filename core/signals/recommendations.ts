/**
 * Recommendation lists: a label with its mark, then a run of titles ("推荐阅读：甲、乙、丙",
 * "同类小说点击周榜: 甲 乙 丙"), and the label standing alone ("更多推薦：", "猜你喜欢"). The label
 * is any short heading that speaks of recommending, liking, ranking or new books; what follows it is
 * a list, not a sentence. A sentence that opens with the same words ("大家都在看他，一言不发") has no
 * mark after them, and a line that narrates is never a list.
 */
import { foldForMatching } from '../fold';
import { RECOMMENDATION_HEAD } from '../spam-phrases';
import { hasNarrationMarker } from '../text/narration';
import { foldName } from './context';
import { wholeLine } from './whole-line';
import type { LineSignal } from './types';

const RECOMMENDATION_LINE = new RegExp(`^\\s*${RECOMMENDATION_HEAD.source.slice(1)}\\s*[:：|｜\\s]`);

/** Words that make a short heading a recommendation label. */
const LABEL_WORD =
  /推荐|喜欢|在看|在读|在追|正在阅读|还在看|周榜|月榜|总榜|排行|榜单|入库|热门|热读|精品|书单|必读|好书|新书|完本|同类|相关|猜你/;
/** A label: at most this many skeleton characters. */
const LABEL_LENGTH = 10;
/** Items of a list: at least three, each a title's length. */
const MIN_ITEMS = 3;
const ITEM_LENGTH = 24;
const LIST_SEPARATORS = /[、,，|｜/\s]+|(?<=》)\s*(?=《)/;
/** "看过《书名》的书友还喜欢": what other readers liked, a heading over a list, however it narrates. */
const READERS_ALSO =
  /^(看过|读过|喜欢|看了).{1,20}的(书友|读者|人|用户)(还|也)(喜欢|在看|在读|看了|看过)(的)?(书|小说)?$/;
/** A list whose titles the page left out: a short label, its mark and only separators ("最新全本：、、、"). */
const EMPTIED_LIST = /^[^。！？!?]{1,10}[:：]\s*([、,，|｜/]\s*){2,}$/;
/** A label alone on its line: the explicit labels, or liking-words addressed to the reader. */
const LONE_LABEL = new RegExp(`${RECOMMENDATION_HEAD.source}$|^(你|您)?(可能)?(会)?(喜欢|感兴趣)的?$`);

function isLabel(label: string): boolean {
  const folded = foldName(label);
  return (
    folded.length >= 2 &&
    folded.length <= LABEL_LENGTH &&
    LABEL_WORD.test(folded) &&
    !hasNarrationMarker(folded) &&
    !folded.includes('我')
  );
}

function isList(rest: string): boolean {
  if (/[。！？!?]/.test(rest)) return false;
  const items = rest.split(LIST_SEPARATORS).filter((item) => foldName(item).length > 0);
  return items.length >= MIN_ITEMS && items.every((item) => item.length <= ITEM_LENGTH);
}

/** A known label with its mark and a list after it: titles may hold any words, 了 and 他 too. */
function isLabelledList(text: string, folded: string): boolean {
  if (!RECOMMENDATION_HEAD.test(folded)) return false;
  const line = foldForMatching(text.trim());
  return RECOMMENDATION_LINE.test(line) && !/[。！？!?]/.test(line) && /[、,，\s|｜/]/.test(line);
}

/** The mark between a heading and its list. */
const LIST_MARK = /[:：|｜]/;

/** Any short recommendation heading with its mark, then a list; the line must not narrate. */
function isGenericList(text: string): boolean {
  // Folding maps no character to a mark or a mark to another: a line without one is asked no further.
  if (!LIST_MARK.test(text)) return false;
  const line = foldForMatching(text.trim());
  const mark = LIST_MARK.exec(line);
  if (!mark || !isLabel(line.slice(0, mark.index))) return false;
  return isList(line.slice(mark.index + 1));
}

/** True for a recommendation label standing alone ("更多推薦：", "猜你喜欢"), as a heading or a line. */
export function isRecommendationLabel(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 16 && isLoneLabel(trimmed, foldName(trimmed));
}

function isLoneLabel(text: string, folded: string): boolean {
  const bare = text.trim().replace(/[:：]$/, '');
  return (LONE_LABEL.test(folded) && !/[。！？!?]/.test(bare)) || (/[:：]\s*$/.test(text) && isLabel(bare));
}

/**
 * A line that can be one item of a recommendation list: a title's length, no sentence, no narration,
 * no quotation ("大奉打更人", "《赘婿》"). Only a run of them right after a label is taken for a list.
 */
export function isTitleLike(text: string): boolean {
  const folded = foldName(text);
  return (
    folded.length > 0 &&
    folded.length <= ITEM_LENGTH &&
    !/[。！？!?…“”「」『』"]/.test(text) &&
    !hasNarrationMarker(folded)
  );
}

export const recommendations: LineSignal = {
  rules: ['recommendations'],
  aroundChapter: true,
  evaluate(line) {
    const trimmed = line.text.trim();
    if (READERS_ALSO.test(foldName(trimmed)) || EMPTIED_LIST.test(trimmed))
      return wholeLine(line, 'recommendations');
    if (isLabelledList(line.text, line.folded) || isGenericList(line.text))
      return wholeLine(line, 'recommendations');
    return !hasNarrationMarker(line.folded) && isLoneLabel(line.text, line.folded)
      ? wholeLine(line, 'recommendations')
      : [];
  },
};
