/**
 * One-to-one character folds used only for matching (indices are preserved, so spans found on the
 * folded text are spans of the input): Traditional forms of the characters the phrases and signals
 * use (core/traditional-fold.ts, generated), formal numerals, and Greek/Cyrillic look-alikes that
 * spam uses to dodge address filters (`wΑΡ.ＫāйsΗυ`).
 */
import { TRADITIONAL_PAIRS } from './traditional-fold';

/** Formal numerals ("天才壹秒記住") read as the plain ones the phrases spell. */
const FORMAL_NUMERALS = '壹一贰二貳二叁三參三肆四伍五陆六陸六柒七捌八玖九拾十';

const LOOKALIKE =
  'ΑaΒbΕeΗhΙiΚkΜmΝnΟoΡpΤtΧxΥyΖzαaβbεeηnιiκkμuνvοoρpτtυuχxаaвbеeкkмmнhоoрpсcтtуyхxйnиnшwѕsіiјjԁdӏl' +
  'āaáaàaǎaēeéeèeěeīiíiìiǐiōoóoòoǒoūuúuùuǔuǖvǘvǚvǜv';

function pairs(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < table.length; i += 2) map.set(table[i]!, table[i + 1]!);
  return map;
}

const FOLD = new Map([...pairs(TRADITIONAL_PAIRS), ...pairs(FORMAL_NUMERALS), ...pairs(LOOKALIKE)]);

/** FOLD as a table indexed by UTF-16 code: 0 where a character stays as it is. */
const TABLE = new Uint16Array(0x10000);
for (const [from, to] of FOLD) if (from !== to) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);

/** Folds Traditional template characters and Latin look-alikes, one UTF-16 unit for one. */
export function foldForMatching(text: string): string {
  let first = -1;
  for (let i = 0; i < text.length; i++)
    if (TABLE[text.charCodeAt(i)] !== 0) {
      first = i;
      break;
    }
  if (first < 0) return text;
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += String.fromCharCode(TABLE[code] || code);
  }
  return out;
}
