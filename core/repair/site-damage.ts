/**
 * The direction rule of repair: at a place where the shipped chapter and a page show two characters
 * of one substitution class, the page may only be right if the shipped character is what the site
 * serves for the page's (fingerprint-fold.ts holds the classes and the direction, once).
 */
import { SITE_DAMAGE, SUBSTITUTION_CLASSES } from '../fingerprint-fold.ts';

/** Original character → the character the site serves for it. */
const SERVED_FOR = new Map(SITE_DAMAGE.map((pair) => [pair[0]!, pair[1]!]));
/** Characters of the classes whose direction is known. */
const DIRECTED = new Set(SITE_DAMAGE.flatMap((pair) => [...pair]));
/** Characters of any class, the numerals included. */
const CLASS_MEMBERS = new Set(SUBSTITUTION_CLASSES.flatMap((members) => [...members]));

/**
 * How a page character stands against a different shipped one that folds alike:
 * - `repair`: the shipped one is the site's damage of the page's, so the page's may be the original;
 * - `wrong`: both are in a class of known direction and the damage cannot go that way;
 * - `undirected`: both are numerals, whose direction nobody knows (read like a swapped word);
 * - `variant`: the same character in another width or case, not a repair at all.
 */
export type CharacterVerdict = 'repair' | 'wrong' | 'undirected' | 'variant';

export function judgeCharacter(shipped: string, page: string): CharacterVerdict {
  if (DIRECTED.has(shipped) && DIRECTED.has(page))
    return SERVED_FOR.get(page) === shipped ? 'repair' : 'wrong';
  return CLASS_MEMBERS.has(shipped) && CLASS_MEMBERS.has(page) ? 'undirected' : 'variant';
}

/** The character the site serves for `original` (itself when the map leaves it alone). */
export function servedFor(original: string): string {
  return SERVED_FOR.get(original) ?? original;
}

/** True when `char` belongs to a class whose direction is known. */
export function isDirected(char: string): boolean {
  return DIRECTED.has(char);
}
