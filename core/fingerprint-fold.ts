/**
 * Folding and shingling for the bundled-chapter fingerprint. Text is reduced to what carries the story,
 * one symbol per ideograph or Latin word; each substitution class of the pirate site's anti-scraping
 * map is folded to one symbol, and the result is cut into overlapping k-symbol shingles hashed to
 * 32 bits. Punctuation, width and whitespace never reach a shingle, so re-punctuated
 * or re-indented copies give the same hashes; the class folding makes a damaged line and its original
 * give the same hashes too.
 */

/**
 * Characters the site swaps for one another (../shared/chapter/NOTES.md). The map is many-to-one and
 * applied on some lines only, so nothing short of folding each class to one symbol makes a damaged line
 * equal to its original. The last class is not in the notes but seen in the shipped text (三巨头 → 八巨头,
 * 九九乘法表 → 四四乘法表); 一 and 十 are left out because they also spell ordinary words (一个, 十分).
 */
export const SUBSTITUTION_CLASSES = [
  '他我你她',
  '上下',
  '大小',
  '前后',
  '高低',
  '好坏',
  '里外',
  '这那',
  '多少',
  '轻重',
  '快慢',
  '冷热',
  '左右',
  '进退',
  '强弱',
  '男女',
  '黑白',
  '不是',
  '有没无',
  '二三四五六七八九',
];

/**
 * Which way the damage runs inside those classes (NOTES.md): each pair is an original character and
 * the one the site serves in its place. Swaps run both ways; 他→我→你→他 is a cycle; 她→你, 男→女,
 * 黑→白, 不→是 and 无→有 are many-to-one, so a damaged line never shows 她, 男, 黑, 不 or 无. The
 * numerals have no known direction and so no pairs. Repair (core/repair/) reads this; the
 * fingerprint needs only the classes.
 */
export const SITE_DAMAGE: readonly string[] = [
  '他我',
  '我你',
  '你他',
  '她你',
  ...[
    ...['上下', '大小', '前后', '高低', '好坏', '里外', '这那'],
    ...['多少', '轻重', '快慢', '冷热', '左右', '进退', '强弱'],
  ].flatMap((pair) => [pair, pair[1]! + pair[0]!]),
  '男女',
  '黑白',
  '不是',
  '有没',
  '没有',
  '无有',
];

let foldTable: Uint16Array | undefined;
/** A table entry for "the character itself": ideographs and surrogates, filled natively, not one by one. */
const KEEP = 1;
/**
 * A table entry for "not looked up yet": radicals and compatibility ideographs, a spam disguise that
 * NFKC turns into the common forms. They are rare, so each is normalised the first time it is seen
 * instead of all of them (hundreds of calls) on every chapter page.
 */
const UNSEEN = 2;

/**
 * Maps every UTF-16 code unit to its folded form, 0 for "drop", KEEP or UNSEEN (see foldSymbols).
 * Built once, on first use, with a handful of native fills rather than a loop over 30,000 characters.
 */
function getFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) table[c] = c;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20;
  // Full-width digits and letters are how some sites write "INT4" or "AI".
  for (let c = 0xff10; c <= 0xff19; c++) table[c] = c - 0xff10 + 0x30;
  for (let c = 0xff21; c <= 0xff3a; c++) table[c] = c - 0xff21 + 0x61;
  for (let c = 0xff41; c <= 0xff5a; c++) table[c] = c - 0xff41 + 0x61;
  table.fill(KEEP, 0x3400, 0xa000);
  // Surrogates are kept as they come: astral ideographs are rare and hash fine as two units.
  table.fill(KEEP, 0xd800, 0xe000);
  table.fill(UNSEEN, 0x2e80, 0x2fe0);
  table.fill(UNSEEN, 0xf900, 0xfb00);
  for (const members of SUBSTITUTION_CLASSES) {
    const symbol = members.charCodeAt(0);
    for (let i = 0; i < members.length; i++) table[members.charCodeAt(i)] = symbol;
  }
  foldTable = table;
  return table;
}

/** The folded form of a character first met (marked UNSEEN), remembered in the table. */
function foldUnseen(table: Uint16Array, code: number): number {
  const char = String.fromCharCode(code);
  const folded = char.normalize('NFKC');
  table[code] = folded.length === 1 && folded !== char ? folded.charCodeAt(0) : 0;
  return table[code]!;
}

/** The folded form of one UTF-16 code unit (0: dropped), as the fingerprint folds it. */
export function foldCharCode(code: number): number {
  const table = getFoldTable();
  const entry = table[code]!;
  return entry === KEEP ? code : entry === UNSEEN ? foldUnseen(table, code) : entry;
}

/** Finalises a running hash (murmur3's fmix32) so that nearby inputs spread over all 32 bits. */
export function mix32(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A paragraph as the fingerprint sees it. */
export interface FoldedText {
  /** One symbol per ideograph or Latin word. A view on a shared buffer: valid until the next fold. */
  symbols: Uint16Array;
  /** Ideographs in the paragraph, the measure of "long enough to judge". */
  han: number;
}

let scratch = new Uint16Array(256);
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Folds `text` to symbols: one per ideograph (after class folding), one per run of ASCII letters and
 * digits. A Latin word is one symbol because, spelled out, "Yoshua Bengio" would make nine shingles and
 * any line of another chapter that names him would look like this one. Digits in a word all read as 0:
 * copies of one footer differ in the year, and no story hinges on INT4 versus INT8.
 */
export function foldSymbols(text: string): FoldedText {
  const table = getFoldTable();
  if (scratch.length < text.length) scratch = new Uint16Array(text.length * 2);
  let length = 0;
  let han = 0;
  let word = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const entry = table[code]!;
    const folded = entry === KEEP ? code : entry === UNSEEN ? foldUnseen(table, code) : entry;
    if (folded !== 0 && folded < 0x80) {
      word = Math.imul(word ^ (folded <= 0x39 ? 0x30 : folded), FNV_PRIME);
      inWord = true;
      continue;
    }
    // Word symbols live in the private-use area, where no folded ideograph lands.
    if (inWord) scratch[length++] = 0xe000 + (mix32(word) % 0x1900);
    word = FNV_OFFSET;
    inWord = false;
    if (folded === 0) continue;
    scratch[length++] = folded;
    // Low surrogates are skipped so that an astral ideograph counts once.
    if (folded >= 0x3400 && (folded < 0xdc00 || folded > 0xdfff)) han++;
  }
  return { symbols: scratch.subarray(0, length), han };
}

/**
 * Calls `visit` with the hash of every k-symbol shingle and returns their number. Shingles never
 * cross paragraphs: the site shuffles paragraphs, so text across a boundary is not the chapter's.
 */
export function forEachShingle(symbols: Uint16Array, k: number, visit: (hash: number) => void): number {
  for (let end = k; end <= symbols.length; end++) {
    let hash = FNV_OFFSET;
    for (let j = end - k; j < end; j++) hash = Math.imul(hash ^ symbols[j]!, FNV_PRIME);
    visit(mix32(hash));
  }
  return Math.max(0, symbols.length - k + 1);
}
