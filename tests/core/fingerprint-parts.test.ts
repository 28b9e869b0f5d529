import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bloomHas,
  buildBloom,
  createBloom,
  decodeBloom,
  fromBloomWords,
  toBloomWords,
  type BloomWords,
} from '@/core/fingerprint-bloom';
import { foldSymbols, forEachShingle, mix32 } from '@/core/fingerprint-fold';
import { damageLine, restoreLine } from '../fixtures/bundled/damage';

const symbolsOf = (text: string) => Array.from(foldSymbols(text).symbols);

describe('foldSymbols', () => {
  it('folds a damaged line and its original to the same symbols', () => {
    const classes = '他我你她上下大小前后高低好坏里外这那多少轻重快慢冷热左右进退强弱男女黑白不是有没无';
    const text = fc.string({ unit: fc.constantFrom(...classes, '的', '江', '倾', ',', ' '), maxLength: 40 });
    fc.assert(
      fc.property(text, (line) => {
        expect(symbolsOf(damageLine(line))).toEqual(symbolsOf(line));
        expect(symbolsOf(restoreLine(line, false))).toEqual(symbolsOf(line));
      }),
    );
  });

  it.each([
    ['OpenAI，你好！', 'ｏｐｅｎａｉ, 你好'],
    ['　　他说：“好。”', '他说好'],
    ['INT4量化', 'int8量化'],
    ['Copyright 2020', 'copyright 2025'],
    ['\u2f94\u2f9e', '言車'],
  ])('reads %j as %j', (a, b) => {
    expect(symbolsOf(a)).toEqual(symbolsOf(b));
  });

  it.each([
    ['Yann LeCun', 'YannLeCun'],
    ['江倾', '江清'],
    ['一个', '十个'],
  ])('tells %j from %j', (a, b) => {
    expect(symbolsOf(a)).not.toEqual(symbolsOf(b));
  });

  it('folds radicals and compatibility ideographs by NFKC, the first time seen and after', () => {
    const codes = [
      ...Array.from({ length: 0x2fe0 - 0x2e80 }, (_, i) => 0x2e80 + i),
      ...Array.from({ length: 0xfb00 - 0xf900 }, (_, i) => 0xf900 + i),
    ];
    const expected = (code: number) => {
      const char = String.fromCharCode(code);
      const folded = char.normalize('NFKC');
      return folded.length === 1 && folded !== char ? [folded.charCodeAt(0)] : [];
    };
    for (const round of ['first', 'again'])
      for (const code of codes)
        expect([round, code, symbolsOf(String.fromCharCode(code))]).toEqual([round, code, expected(code)]);
  });

  it('keeps ideographs and the halves of astral ones as they come', () => {
    expect(foldSymbols('\u4e00\u9fa5\u3400').symbols).toEqual(new Uint16Array([0x4e00, 0x9fa5, 0x3400]));
    const astral = foldSymbols('\u{20000}');
    expect(Array.from(astral.symbols)).toEqual([0xd840, 0xdc00]);
    expect(astral.han).toBe(1);
  });

  it('makes one symbol of a Latin word and counts only ideographs as Han', () => {
    const folded = foldSymbols('Yoshua Bengio和OpenAI的代表');
    expect(folded.symbols).toHaveLength(7);
    expect(folded.han).toBe(4);
  });

  it('gives k-symbol shingles, none across the start or end', () => {
    const hashes: number[] = [];
    expect(forEachShingle(foldSymbols('甲乙丙丁戊').symbols, 4, (hash) => hashes.push(hash))).toBe(2);
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).not.toBe(hashes[1]);
    expect(forEachShingle(foldSymbols('甲乙丙').symbols, 4, () => {})).toBe(0);
  });
});

describe('Bloom filter', () => {
  const members = Array.from({ length: 4000 }, (_, i) => mix32(i * 2 + 1));
  const others = Array.from({ length: 20000 }, (_, i) => mix32(i * 2 + 100_000));
  const data = buildBloom(members, 10, 5400 * 8);
  const bloom = decodeBloom(JSON.parse(JSON.stringify(data)) as typeof data);

  it('never forgets a member, through the JSON form', () => {
    expect(members.filter((hash) => !bloomHas(bloom, hash))).toEqual([]);
    // Z85: safe to embed in a JS or JSON string as is (no quotes, backslash or backtick).
    expect(data.data).toMatch(/^[0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]+$/);
    expect(data.data.length % 5).toBe(0);
  });

  it('admits under 2% of non-members at ten bits per member', () => {
    const admitted = others.filter((hash) => bloomHas(bloom, hash)).length;
    expect(admitted / others.length).toBeLessThan(0.02);
  });

  it('hands pages the same bits as 32-bit words, through JSON', () => {
    const built = createBloom(members, 10, 5400 * 8);
    const sent = JSON.parse(JSON.stringify(toBloomWords(built))) as BloomWords;
    expect(sent.words.every((word) => Number.isInteger(word) && word >= 0 && word < 2 ** 32)).toBe(true);
    const received = fromBloomWords(sent);
    expect(received.words).toEqual(bloom.words);
    expect(members.filter((hash) => !bloomHas(received, hash))).toEqual([]);
    expect(others.filter((hash) => bloomHas(received, hash))).toEqual(
      others.filter((hash) => bloomHas(bloom, hash)),
    );
  });

  it('stays within the size cap however many members come', () => {
    const capped = buildBloom(members, 10, 1024);
    expect(capped.bits).toBe(1024);
    expect(capped.data.length).toBeLessThanOrEqual(Math.ceil(1024 / 6));
  });
});
