/**
 * Named phrase tables for spam and boilerplate, matched on the folded skeleton of a line (see
 * normalize.ts and fold.ts: no punctuation, no spaces, lower case, Simplified forms).
 *
 * A STRONG phrase is evidence that a line is an ad or boilerplate; a line is only removed when strong
 * evidence is present AND what is left of the line, once every strong and weak phrase is taken out,
 * is too little to be a sentence of story (see classify-line.ts). WEAK phrases never remove anything
 * on their own; they only account for the rest of a line that already carries strong evidence.
 */

import type { PhraseRuleId } from './rule-ids';

export interface Phrase {
  /** Rule name shown to readers ("which rule removed this line?"). */
  rule: PhraseRuleId;
  pattern: RegExp;
}

/** One rule's phrases, as one alternation. */
function phrases(rule: PhraseRuleId, source: string): Phrase[] {
  return [{ rule, pattern: new RegExp(source, 'g') }];
}

export const STRONG_PHRASES: readonly Phrase[] = [
  ...phrases(
    'remember-address',
    '[一1]秒记住|记住(本站|本书|我们|网址|地址|域名|首发|永不丢失)|记好我们的(地址|网址)|(本站|最新|永久|首发|备用|发布|手机|本书)(网址|地址|域名)' +
      '|(新|老|本站)域名|收藏本站|(加入|保存好?|添加)书签.{0,4}方便|保存好书签|方便(下次)?阅读|找到本站|(分享|宣传)本站|本文(来自|由)|本站提示' +
      '|找不到本站|(谨记|牢记)(我们的|本站)?(网址|地址|域名)?|收藏(本站|网址)',
  ),
  ...phrases(
    'fast-update',
    '最快更新|更新(速度)?(全网)?最快|最新最快|最新最全|无弹窗|无广告|免广告|全文字|纯文字|不跳字|无错(小说|版|首发)|首发(?!布|阵|式|球|车)|防盗章节' +
      '|全文(免费)?阅读|免费(小说)?(全文)?阅读|在线阅读|txt(全集|小说|电子书)?下载|下载(本书|txt|免费阅读器)|章节更新',
  ),
  ...phrases(
    'mobile-app',
    '手机(用户|版|阅读|同步|站|看小说|小说站|网站|访问|接着)|(下载|安装).{0,6}app|app.{0,4}(下载|阅读最新|看书|免广告|无广告|免费看)' +
      '|客户端(下载|阅读)|公众号|扫(码|一扫)|换源|书源|转码|省流量|(电脑|桌面)版|应用宝|阅读体验|立即下载|限免|免费读|看最新(章节|内容)|下载安装' +
      '|(追书|听书)(神器|软件|app)?|(领|抢|送|抽)(取)?(现金)?红包|现金红包|书荒|(注册|登录)(个)?会员' +
      '|客户端|(appstore|android|安卓|ios|苹果)(下载|版)',
  ),
  ...phrases(
    'reader-mode-warning',
    '(请|勿|不要|关闭|退出|开启|使用).{0,6}阅读模式|阅读模式.{0,8}(乱序|不全|丢失|无法|查看)|浏览器.{0,4}阅读模式|乱序',
  ),
  ...phrases(
    'unfinished-notice',
    '本章(未完|没完|尚未完结|已完)|(请|点击|点此).{0,4}(翻页|下一页)|下一页(继续|阅读)|内容未完|还有下一页',
  ),
  ...phrases(
    'error-report',
    '章节(错误|报错|有误)|内容报错|报错欠更|点此举报|举报后|校正章节|欠更|(错误|报错)举报|(点此|点击|我要)(报错|纠错)',
  ),
  ...phrases(
    'copyright',
    'copyright|allrightsreserved|版权所有|转载作品|网友上传|(均|都)?来自(于)?互联网|只为原作者|进行宣传|与本站(立场)?无关|如有侵权' +
      '|本站(不保存|只是|所有)|宣传本书|请勿转载|违者必究|未经(作者)?授权|看正版' +
      '|(网友|书友|读者)(收集|上传|提供|发布)|收集(并|和)?(提供|整理)|转载(收集|自)|(搜集|整理)于网络' +
      '|(与|和)[^，。,]{0,10}立场无关|仅代表作者(个人)?(的)?观点|情节跌宕起伏|扣人心弦|是一本.{0,12}小说|(有更新而|而)本站(没有|未)更新|(请|欢迎)联系(我们|本站)|icp备|转载请(注明|保留)',
  ),
  ...phrases(
    'vote-begging',
    '求(月票|推荐票|推荐|收藏|订阅|打赏|票票|票|点击|捧场|好评|五星)|捧场|投(月票|推荐票)|如果(您|你)?觉得(本章|本书|此文|这本书|不错|好看|写的)|书友群|qq群' +
      '|读者群|给个好评|(分数|评分)越高|更新越快|点个赞|五星好评|(您|你|大家)的支持(就)?是.{0,8}动力|分享给(您|你)?的?(朋友|好友)',
  ),
  ...phrases(
    'keyboard-hint',
    '方向键|快捷键|回车键|回车.{0,8}键|按[←→].{0,2}键|(上下|左右)(滚动|滚用|滚屏)|键盘(左|右|上|下)?键|(左|右)键(返回|进入|翻)',
  ),
  ...phrases(
    'site-promo',
    '欢迎(各位|广大)?书友|欢迎(您|你)?(来|光临|访问)|(小说|文学|中文|书)网(首发|欢迎|提供|更新|授权)|祝(您|你|大家)阅读愉快' +
      '|推荐给(您|你)?的?(朋友|小伙伴)|请(向|把).{0,16}推荐|百度搜索|百度(里|中|上)?搜索|即可找到|(找到|查找|获取|阅读|查看)(本书)?最新章节' +
      '|(注册|登录).{0,4}(送|领|赠)|书币|书券|充值|点击领取|签到领|防盗模式|搜索引擎|本网站|网站(已经)?(不更新|即将关闭|升级|改版)' +
      '|站长(推荐|提示|统计)|(收集|来源)于网络|cnzz|百度统计|精彩小说|浏览器搜索|本站(不)?支持|(友情|温馨|特别)提示',
  ),
];

/** Makes a pattern's own groups non-capturing, so that it can sit in one combined alternation. */
function uncaptured(source: string): string {
  return source.replace(/\((?!\?)/g, '(?:');
}

/**
 * All strong phrases as one regex: the quick test of whether a line holds strong evidence at all,
 * asked of every line. One compiled regex instead of a hundred also keeps the first page of a
 * session fast, when every regex would otherwise be compiled on first use.
 */
export const STRONG_ALTERNATION = new RegExp(
  STRONG_PHRASES.map(({ pattern }) => uncaptured(pattern.source)).join('|'),
  'g',
);

/** A gap of "any characters" inside a phrase (…书签.{0,4}方便, 请(向|把).{0,10}推荐). */
const GAP = /\.\{\d+,\d+\}/g;

/** Per capture group of STRONG_EVIDENCE: the rule it names, or null for a gap. */
const EVIDENCE_GROUPS: Array<PhraseRuleId | null> = [];

/**
 * STRONG_ALTERNATION with one group per phrase (its rule) and one per gap, and match indices on:
 * the words a gap spans are not the phrase's words. They may be story ("请向来沉默的师兄推荐…"),
 * so they count as covered only when weak words or names cover them. Used only on the few lines
 * that STRONG_ALTERNATION finds strong evidence in.
 */
export const STRONG_EVIDENCE = new RegExp(
  STRONG_PHRASES.map(({ rule, pattern }) => {
    EVIDENCE_GROUPS.push(rule);
    const source = uncaptured(pattern.source).replace(GAP, (gap) => {
      EVIDENCE_GROUPS.push(null);
      return `(${gap})`;
    });
    return `(${source})`;
  }).join('|'),
  'gd',
);

/** The rule of a STRONG_EVIDENCE match, and the spans (in the matched text) of its gaps. */
export function partsOfMatch(match: RegExpMatchArray): {
  rule: PhraseRuleId;
  gaps: Array<[number, number]>;
} {
  let rule: PhraseRuleId | undefined;
  const gaps: Array<[number, number]> = [];
  for (let group = 1; group < match.length; group++) {
    const span = match.indices?.[group];
    if (!span) continue;
    const named = EVIDENCE_GROUPS[group - 1];
    if (named === null) gaps.push(span);
    else if (named !== undefined && rule === undefined) rule = named;
  }
  // Every alternative of STRONG_EVIDENCE is one phrase's group, so a match always names its rule.
  return { rule: rule ?? STRONG_PHRASES[0]!.rule, gaps };
}

/** Words that belong to spam sentences but are ordinary in stories; they only fill coverage. */
export const WEAK_ALTERNATION = new RegExp(
  [
    '本站|本书|本章|小说|章节|阅读|更新|最新|网址|地址|域名|书签|收藏|推荐|手机|app|下载|免费|广告|弹窗|书友|读者|作者|月票|推荐票|打赏|订阅|支持|正版',
    '原文|登录|起点|纵横|文学|中文|看书|书屋|书城|书阁|浏览器|阅读器|搜索|百度|访问|欢迎|首页|网站|精彩|一起|记住|最快|全网|平台|关注|提示|温馨|告知|获取',
    '内容|翻页|继续|点击|返回|列表|目录|书目|各位|大家|朋友|请|您|网|站|阁|哦|吧|呢|谢谢|感谢|喜欢|多多|分享|介绍|宣传|收看|观看|新用户|新设备|账号|电子书',
    '下次|查看|币|抽|盟主|全部|所有|更优质|更丝滑|随心|地铁|公交|方向|左右|上下|前后|回车|键|转载|欣赏|让更多|为你|一网打尽|维护人员|刷新页面|耐心等待|免注册',
    '两分钟内|稍后再试|移动引擎|体验能力|提供|安卓|苹果|ios|软件|软体|安装|站点|朗读|音色|找书|切换|稳定|值得|真心|不错|好用|试试|第一时间|积分|论坛|回帖',
    '每天|好评|分数|缓存|离线|非中国大陆|账户|登陆|需|失效|书架|方便|记录|下方|本次|否则|出现|无法|丢失|现象|转码|移步|或者|网页|页面|任意|前往|跳过|废话',
    '之类|注册|会员|小伙伴|宿主|留言|回复|书名|即可|全本|微信|海量|互动|聊天|还能|防盗|模式|开启|体验|更好|获得|每日|首单|优惠|五折|立送|领取|上一页|下一页',
    '上一章|下一章|进入|小提示|热门|书籍|终身|百万|全新|改版|升级|微博|书粉|现金|点币|好看|[一-龥]{1,4}(小说网|文学网|中文网|文学城|阅读网)',
  ].join('|'),
  'g',
);

/**
 * A line that is nothing but a site's name ("稻草人书屋", "乐文小说网", "咪咪阅读app"). 书院 and
 * 文学馆 are left out: academies and literature halls are places in stories far more often than
 * names of reposting sites.
 */
export const SITE_NAME_LINE =
  /^[\p{Script=Han}a-z0-9]{1,8}(小说网|文学网|中文网|小说阅读网|阅读网|书屋|文学城|书城|书阁|书网|文学|看书|书吧|app)$/u;

/** Lines that are a chapter-end marker and nothing else. */
export const CHAPTER_END_MARKER = /^(本章完|本章结束|未完待续|待续|全文完|本章完未完待续|未完待续本章完)$/;

/** Lines that open a recommendation list ("推荐阅读：甲、乙、丙"). */
export const RECOMMENDATION_HEAD =
  /^(推荐阅读|本站推荐|热门推荐|新书推荐|猜你喜欢|精彩推荐|好书推荐|相关推荐|热门小说|强烈推荐|小编推荐|推荐小说|同类推荐|完本推荐|大家都在看|看过本书的人还在看)/;

/** Link-bar leftovers written as plain text (the links themselves are navigation and stay). */
export const NAVIGATION_RESIDUE =
  /^(上一页|下一页|上一章|下一章|上一节|下一节|上一篇|下一篇|目录|章节目录|返回目录|返回书页|书页|返回|加入书签|加入书架|投推荐票|投月票|章节报错|错误举报|报错|举报|收藏|回到顶部|返回顶部)+$/;
