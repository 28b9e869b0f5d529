/**
 * Every built-in rule the cleaner names when it removes something: the line classifier's signals,
 * the structural signals around the chapter, and the bundled chapter's own footer. The cleaner, the
 * views and the locale messages all take their names from here, so a rule cannot be renamed in one
 * place and shown raw in another. A reader's own rules are named "user:<rule name>".
 */

/** Phrase families of the spam vocabulary (core/spam-phrases.ts), each a rule of its own. */
export const PHRASE_RULES = [
  'remember-address',
  'fast-update',
  'mobile-app',
  'reader-mode-warning',
  'unfinished-notice',
  'error-report',
  'copyright',
  'vote-begging',
  'keyboard-hint',
  'site-promo',
] as const;

/** Rules that judge a line of text, in or around the chapter. */
export const LINE_RULES = [
  ...PHRASE_RULES,
  'web-address',
  'disguised-spacing',
  'chapter-end-marker',
  'recommendations',
  'navigation-residue',
  'repeated-title',
  'site-name',
  'site-host',
  'site-identity',
  'seo-title',
  'reader-controls',
  'page-chrome',
  'contact-promo',
  'learned-boilerplate',
  'bundled-chapter-footer',
] as const;

/** Rules that judge an element around the chapter by its structure. */
export const ELEMENT_RULES = [
  'ad-frame',
  'ad-slot',
  'floating-overlay',
  'banner-image',
  'sponsored-links',
  'link-list',
  'comment-box',
] as const;

export const BUILT_IN_RULES = [...LINE_RULES, ...ELEMENT_RULES] as const;

export type PhraseRuleId = (typeof PHRASE_RULES)[number];
export type LineRuleId = (typeof LINE_RULES)[number];
export type ElementRuleId = (typeof ELEMENT_RULES)[number];
export type BuiltInRuleId = (typeof BUILT_IN_RULES)[number];
export type UserRuleId = `user:${string}`;
/** The rule behind a removal: a built-in rule, or one of the reader's own. */
export type RuleId = BuiltInRuleId | UserRuleId;

const BUILT_IN = new Set<string>(BUILT_IN_RULES);

export function isBuiltInRule(rule: string): rule is BuiltInRuleId {
  return BUILT_IN.has(rule);
}

export function isUserRule(rule: string): rule is UserRuleId {
  return rule.startsWith('user:');
}

/** How removals by the reader's rule called `name` are named. */
export function userRuleId(name: string): UserRuleId {
  return `user:${name}`;
}

/** The name a reader gave the rule, for "user:<name>". */
export function userRuleName(rule: UserRuleId): string {
  return rule.slice('user:'.length);
}

/** The locale message naming a built-in rule: "removedByRememberAddress" for "remember-address". */
export function ruleMessageKey(rule: BuiltInRuleId): `removedBy${string}` {
  return `removedBy${rule.replace(/(^|-)(.)/g, (_, __: string, first: string) => first.toUpperCase())}`;
}
