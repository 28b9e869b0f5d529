/**
 * The page talking about itself: generation-time footers ("頁面執行時間: 0.01"), mobile-only and
 * load-failure notices ("內容加載失敗！請重載或更換瀏覽器"), version switches ("手機網頁版(簡體)"),
 * store badges ("App store 下载 Android 下载"). Matched on the folded skeleton, so Traditional and
 * Simplified, full and half width read alike.
 */
import { skeletonMatches } from './skeleton-matches';
import type { LineSignal, RuleEvidence } from './types';

const PAGE_CHROME = new RegExp(
  [
    '(执行|生成|处理|加载|运行)(时间|耗时|用时)\\d',
    'processedin\\d',
    '(页面|网页|内容|章节)(加载|载入)(失败|中)',
    '(重新加载|重载)(页面|本页|网页)?|刷新(页面|本页|网页)',
    '更换浏览器|换个浏览器',
    '(手机|触屏|电脑|网页|桌面)(网页)?版(简体|繁体)?',
    '(切换|返回)(到)?(简体|繁体|电脑版|手机版)',
    '(appstore|android|安卓|ios|iphone|苹果)(版|客户端)?(下载|客户端)',
    '扫描(下载|二维码)|二维码',
    '请使用手机',
    '(内容|章节|正文)(正在)?(努力)?(恢复|手打|上传|校对|审核)中',
    '请稍(后|候)(再)?(访问|刷新|重试|再试)',
  ].join('|'),
  'g',
);

export const pageChrome: LineSignal = {
  rules: ['page-chrome'],
  evaluate(line) {
    return skeletonMatches(line, PAGE_CHROME).map(({ start, end }): RuleEvidence => ({
      rule: 'page-chrome',
      strength: 'strong',
      start,
      end,
    }));
  },
};
