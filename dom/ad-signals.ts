/**
 * Structural ad signals on elements around the chapter: ad frames, ad slots named as such,
 * floating overlays, banner images linking away. Text never matters here; see clean-surroundings.ts.
 */

const AD_TOKENS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertise',
  'advertisement',
  'advertising',
  'adsbygoogle',
  'adsense',
  'adbox',
  'adslot',
  'adunit',
  'adwrap',
  'gg',
  'guanggao',
  'banner',
  'sponsor',
  'sponsored',
  'tuiguang',
  'popad',
  'cpro',
  'admaster',
  'adtop',
  'adbottom',
  'adleft',
  'adright',
]);
const AD_TOKEN_SHAPE = /^(ad|ads|adv|gg)(top|bottom|left|right|box|wrap|area|list|con|slot|\d+)$/;

function tokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function hasAdName(element: Element): boolean {
  const names = `${element.id} ${element.getAttribute('class') ?? ''}`;
  if (names.trim() === '') return false;
  return tokens(names).some((token) => AD_TOKENS.has(token) || AD_TOKEN_SHAPE.test(token));
}

function isOverlay(element: Element): boolean {
  const style = element.getAttribute('style');
  return style !== null && /position\s*:\s*(fixed|sticky)/i.test(style);
}

/** A link opening another site that shows only an image: a banner. */
function isBannerLink(element: Element): boolean {
  if (element.tagName !== 'A' || element.getAttribute('target') !== '_blank') return false;
  if ((element.textContent ?? '').trim() !== '') return false;
  return element.querySelector('img') !== null;
}

/** The rule name when `element` is an ad by structure, else null. */
export function adSignal(element: Element): string | null {
  const tag = element.tagName;
  if (tag === 'IFRAME' || tag === 'FRAME') return 'ad-frame';
  if (tag === 'INS' && /adsbygoogle/.test(element.getAttribute('class') ?? '')) return 'ad-slot';
  if (hasAdName(element)) return 'ad-slot';
  if (isOverlay(element)) return 'floating-overlay';
  if (isBannerLink(element)) return 'banner-image';
  return null;
}
