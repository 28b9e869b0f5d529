/**
 * One-to-one character folds used only for matching (indices are preserved, so spans found on the
 * folded text are spans of the input): Traditional forms of the characters that spam templates use,
 * and Greek/Cyrillic look-alikes that spam uses to dodge address filters (`wΑΡ.ＫāйsΗυ`).
 */

/** Traditional forms of the characters the phrase tables use (spam-phrases.ts), paired with theirs. */
const TRADITIONAL =
  '網网頁页點点擊击閱阅讀读書书廣广彈弹機机戶户舉举報报錯错誤误權权轉转載载傳传無无請请節节說说復复' +
  '續续結结發发體体歡欢這这裡里來来們们時时會会後后盡尽鍵键訪访問问帳账號号碼码應应為为與与員员優优' +
  '質质覽览護护閣阁縱纵橫横讓让內内設设關关訂订賞赏現现聯联薦荐熱热門门類类線线樂乐換换軟软蘋苹陸陆' +
  '賬账裝装於于離离聽听紅红領领積积';

const LOOKALIKE =
  'ΑaΒbΕeΗhΙiΚkΜmΝnΟoΡpΤtΧxΥyΖzαaβbεeηnιiκkμuνvοoρpτtυuχxаaвbеeкkмmнhоoрpсcтtуyхxйnиnшwѕsіiјjԁdӏl' +
  'āaáaàaǎaēeéeèeěeīiíiìiǐiōoóoòoǒoūuúuùuǔuǖvǘvǚvǜv';

function pairs(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < table.length; i += 2) map.set(table[i]!, table[i + 1]!);
  return map;
}

const FOLD = new Map([...pairs(TRADITIONAL), ...pairs(LOOKALIKE)]);

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
