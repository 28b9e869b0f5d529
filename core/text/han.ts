/**
 * What counts as a Han character, once for the whole engine: the unified ideographs, extension A and
 * the compatibility ideographs. Astral extensions are left out: they are rare in novels and would
 * make every check look at surrogate pairs.
 */

/** True for a UTF-16 code of a Han ideograph (unified, extension A, compatibility). */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/**
 * True for a Han ideograph that is its own NFKC form. Compatibility ideographs are not: NFKC maps
 * them to unified ones, which is how spam disguised with them folds back to its plain words.
 */
export function isStableHanCode(code: number): boolean {
  return code < 0xf900 && isHanCode(code);
}

/** Number of Han ideographs in `text` (from `start` to `end`). */
export function countHan(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let i = start; i < end; i++) if (isHanCode(text.charCodeAt(i))) count++;
  return count;
}

/**
 * Characters that are read as Han: the ideographs, and the private-use code points a site maps to
 * ideographs with a font of its own (an anti-copying measure: the markup holds U+E3E8 where the
 * reader sees 的). A chapter served that way is still a chapter's worth of text.
 */
export function countReadingChars(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isHanCode(code) || (code >= 0xe000 && code <= 0xf8ff)) count++;
  }
  return count;
}

/** True when the text holds at least one Han ideograph. */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) return true;
  return false;
}
