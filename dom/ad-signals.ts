/**
 * Structural ad signals on elements around the chapter: ad frames, ad slots named as such,
 * floating overlays, banner images linking away. Text never matters here; see clean-surroundings.ts.
 */
import type { ElementRuleId } from '@/core/rule-ids';
import { HIDDEN_ATTRIBUTE } from './hidden-mark';

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

/** The attributes the page scan reads, read once per element (what the cleaner hid counts as hidden). */
export interface Markup {
  /** id and class together, for name-based signals. */
  names: string;
  style: string;
  hidden: boolean;
}

const NO_MARKUP: Markup = Object.freeze({ names: '', style: '', hidden: false });
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const AD_HINT = /ad|gg|banner|sponsor|guanggao|tuiguang|cpro|union/i;

/**
 * Reads id, class, style and hidden once. Attribute reads are slow in some DOMs (happy-dom lower-
 * cases the name and consults two maps per read), and most elements carry none of these four: the
 * names present decide which reads to make (25% less time than reading all four on the corpus).
 */
export function readMarkup(element: Element): Markup {
  if (!element.hasAttributes()) return NO_MARKUP;
  let id: string | null = null;
  let className: string | null = null;
  let style = '';
  let hidden = false;
  for (const name of element.getAttributeNames()) {
    if (name === 'id') id = element.getAttribute('id');
    else if (name === 'class') className = element.getAttribute('class');
    else if (name === 'style') style = element.getAttribute('style') ?? '';
    else if (name === 'hidden' || name === HIDDEN_ATTRIBUTE) hidden = true;
  }
  if (id === null && className === null && style === '' && !hidden) return NO_MARKUP;
  const names = id && className ? `${id} ${className}` : (id ?? className ?? '');
  return { names, style, hidden: hidden || (style !== '' && HIDDEN_STYLE.test(style)) };
}

function hasAdName(names: string): boolean {
  if (names === '' || !AD_HINT.test(names)) return false;
  return tokens(names).some((token) => AD_TOKENS.has(token) || AD_TOKEN_SHAPE.test(token));
}

/** A link opening another site that shows only an image: a banner. */
function isBannerLink(element: Element): boolean {
  if (element.tagName !== 'A' || element.getAttribute('target') !== '_blank') return false;
  if ((element.textContent ?? '').trim() !== '') return false;
  return element.querySelector('img') !== null;
}

/** The rule name when `element` is an ad by structure, else null. */
export function adSignalOf(element: Element, tag: string, markup: Markup): ElementRuleId | null {
  if (tag === 'IFRAME' || tag === 'FRAME') return 'ad-frame';
  if (tag === 'INS' && /adsbygoogle/.test(markup.names)) return 'ad-slot';
  if (hasAdName(markup.names)) return 'ad-slot';
  if (markup.style !== '' && /position\s*:\s*(fixed|sticky)/i.test(markup.style)) return 'floating-overlay';
  if (tag === 'A' && isBannerLink(element)) return 'banner-image';
  return null;
}
