/**
 * The number a chapter heading or link gives its chapter: "第十四章 …" → 14, "2、親戚" → 2,
 * "002章" → 2. Links to the chapters next to this one are often named by their titles alone
 * ("3、石中火，夢中身"), and their numbers are what tells them from a list of other books.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  兩: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
  万: 10000,
};

/** A number written in Chinese numerals ("三百零五" → 305, "十四" → 14), or NaN. */
export function parseChineseNumeral(text: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const char of text) {
    if (char in DIGITS) digit = DIGITS[char]!;
    else if (char === '万') {
      total = (total + section + Math.max(digit, 0)) * 10000;
      section = 0;
      digit = -1;
    } else if (char in UNITS) {
      section += (digit < 0 ? 1 : digit) * UNITS[char]!;
      digit = -1;
    } else return NaN;
  }
  return total + section + Math.max(digit, 0);
}

const NUMBERED = [
  /第\s*([0-9０-９]+|[零〇一二两兩三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)\s*[章节節回话話]/,
  /^\s*([0-9０-９]{1,4})\s*(?:[、.．]\s*[^\s\d]|章)/,
];

/** The chapter number a heading or a link's text gives, or null. */
export function chapterNumberOf(text: string): number | null {
  for (const pattern of NUMBERED) {
    const match = pattern.exec(text);
    if (!match) continue;
    const raw = match[1]!.normalize('NFKC');
    const value = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (Number.isFinite(value)) return value;
  }
  return null;
}
