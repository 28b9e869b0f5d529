/**
 * "Follow my account" notes, with the contact word in any of its disguises: 威信, 薇信, V信 or vx
 * for 微信; 公众hao for 公众号; QQ groups; with an account id or a call to follow, add or search.
 */
import { skeletonMatches } from './skeleton-matches';
import type { LineSignal, RuleEvidence } from './types';

const CONTACT =
  '(?:微信|威信|薇信|徽信|微心|v信|vx|wx|weixin|公众号|公众hao|公众好|公號|gzh|qq群|qq|扣扣|群号|微博|抖音)';
const CALL = '(?:关注|加入|加|添加|搜索|搜|扫码|扫|私信|联系|订阅)';
const ACCOUNT = '(?:[a-z][a-z0-9_-]{3,}|\\d{5,})';
const CONTACT_PROMO = new RegExp(
  // The few characters after the contact word belong to the promotion only when an account id follows:
  // otherwise they are whatever the line goes on with ("“加我微信吧，”她说").
  `${CALL}.{0,8}${CONTACT}(?:号|号码|id)?(?:.{0,4}${ACCOUNT})?|${CONTACT}(?:号|号码|id)?${ACCOUNT}`,
  'g',
);

export const contactPromo: LineSignal = {
  rules: ['contact-promo'],
  evaluate(line) {
    if (!/[信号號qvwx博音群]/.test(line.folded)) return [];
    return skeletonMatches(line, CONTACT_PROMO).map(({ start, end }): RuleEvidence => ({
      rule: 'contact-promo',
      strength: 'strong',
      start,
      end,
    }));
  },
};
