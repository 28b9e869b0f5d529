/**
 * The matching fold covers Traditional script for every character the engine's phrases and signals
 * use: core/traditional-fold.ts is generated from OpenCC's tables (scripts/make-traditional-fold.ts)
 * and must be regenerated when the vocabulary changes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLine } from '@/core/classify-line';
import { foldForMatching } from '@/core/fold';
import { FOLD_FILE, foldModule, foldPairs, vocabulary } from '@/scripts/make-traditional-fold';

describe('Traditional forms in matching', () => {
  it('the generated fold is up to date with the vocabulary (npx tsx scripts/make-traditional-fold.ts)', () => {
    expect(readFileSync(FOLD_FILE, 'utf8')).toBe(foldModule(foldPairs(vocabulary())));
  });

  it('folds Traditional notices onto the Simplified words the phrases spell', () => {
    expect(foldForMatching('請記住本站域名')).toBe('请记住本站域名');
    expect(foldForMatching('頁面執行時間')).toBe('页面执行时间');
    expect(foldForMatching('天才壹秒記住')).toBe('天才一秒记住');
  });

  it.each([
    ['請記住本站域名', 'remember-address'],
    ['內容加載失敗！請重載或更換瀏覽器', 'page-chrome'],
    ['手機網頁版(簡體) 手機網頁版(繁體)', 'page-chrome'],
    ['章節錯誤,點此舉報', 'error-report'],
  ])('removes %s like its Simplified twin', (line, rule) => {
    expect(classifyLine(line)).toEqual({ action: 'remove', rule });
  });
});

describe('marks under the matching fold', () => {
  it('neither makes nor changes a list mark, so a line without one is known before folding', () => {
    const marks = new Set([':', '：', '|', '｜']);
    const changed: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (marks.has(char) !== marks.has(foldForMatching(char))) changed.push(char);
    }
    expect(changed).toEqual([]);
  });
});
