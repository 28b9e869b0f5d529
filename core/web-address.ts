/**
 * Finds web addresses however a spam line disguises them: full-width letters and dots, 。 or 点 for
 * the dot, mixed case, look-alike letters, spaces around the dots. Spans are in the original text.
 */
import { foldForMatching } from './fold';

export const TLD =
  'com|net|org|cc|cn|la|tw|hk|me|info|co|xyz|top|vip|io|us|in|biz|club|site|online|so|ws|tv|pw|wang|icu|mobi|ink|fun|live|life|cloud|app|shop|asia|tk|ml|ga';
const ADDRESS = new RegExp(
  `(?:(?:https?|ftp):\\/\\/)?(?:[a-z0-9-]+\\.)+(?:${TLD})(?![a-z0-9])(?:\\/[a-z0-9._\\/?=&%-]*)?` +
    `|(?:https?:\\/\\/|(?<![a-z0-9])www\\.)[a-z0-9._\\/?=&%-]*`,
  'g',
);
const DOT_LIKE = /[.．。·•・﹒｡]/;
/** Numerals spelled in Han inside an address ("kansh伍.net"). */
const HAN_DIGIT = new Map([...'零一二三四五六七八九'].map((char, digit) => [char, String(digit)]));
HAN_DIGIT.set('伍', '5');
/** Marks view characters that belong to no word (spaces glued to a dot). */
const GLUE = '\u0001';

const ASCII_VIEW = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code).toLowerCase();
  if (/[a-z0-9\-/:?=&%_]/.test(char)) return char;
  if (char === '.') return '.';
  if (char === '\\') return '\\';
  return /\s/.test(char) ? ' ' : '#';
});

/**
 * Characters that can stand for part of an address: full-width forms, Latin letters with marks,
 * dot look-alikes and numerals. Everything else (ideographs, CJK punctuation, quotes) is a break,
 * decided without the cost of normalising it.
 */
function mayStandForAscii(code: number, char: string): boolean {
  return (
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x80 && code <= 0x24f) ||
    DOT_LIKE.test(char) ||
    HAN_DIGIT.has(char) ||
    char === '点' ||
    char === '點'
  );
}

function slowView(folded: string, i: number): string {
  const char = folded[i]!;
  const ascii = char.normalize('NFKC').toLowerCase();
  if (ascii.length === 1 && /[a-z0-9\-/:?=&%_]/.test(ascii)) return ascii;
  if (DOT_LIKE.test(char) || ((char === '点' || char === '點') && /[a-z]/i.test(folded[i + 1] ?? '')))
    return '.';
  if (HAN_DIGIT.has(char) && /[a-z0-9]/i.test(folded[i - 1] ?? '')) return HAN_DIGIT.get(char)!;
  return /\s/.test(char) ? ' ' : '#';
}

/** A view of `text` where every character is one lower-case ASCII stand-in, a space, or # (a hard break). */
function addressView(text: string): string {
  const folded = foldForMatching(text);
  let view = '';
  for (let i = 0; i < folded.length; i++) {
    const char = folded[i]!;
    const code = folded.charCodeAt(i);
    // Fast paths: ASCII needs no normalisation and ideographs are hard breaks (unless numerals).
    if (code < 0x80) view += ASCII_VIEW[code]!;
    else if (mayStandForAscii(code, char)) view += slowView(folded, i);
    else view += /\s/.test(char) ? ' ' : '#';
  }
  // Spaces hugging a dot ("www. 52bqg .com") are part of the disguise, not a word break; so is a
  // backslash escaping one ("\.6mao\.com", a regex's dot pasted as it was).
  return view.replace(/ +(?=\.)|(?<=\.) +|\\(?=\.)/g, (marks) => GLUE.repeat(marks.length));
}

/** Half-open spans [start, end) of web addresses in `text`. */
export function findWebAddresses(text: string): Array<[number, number]> {
  const view = addressView(text);
  const compact = view.split(GLUE).join('');
  const originOf: number[] = [];
  for (let i = 0; i < view.length; i++) if (view[i] !== GLUE) originOf.push(i);
  const spans: Array<[number, number]> = [];
  for (const match of compact.matchAll(ADDRESS)) {
    const value = match[0].replace(/[./]+$/, '');
    if (value.length < 4 || !/[a-z]/.test(value)) continue;
    const start = originOf[match.index]!;
    spans.push([start, originOf[match.index + value.length - 1]! + 1]);
  }
  return spans;
}
