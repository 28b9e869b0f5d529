/**
 * A Bloom filter over 32-bit shingle hashes, shipped as text (Z85) and handed to pages as 32-bit
 * words. At seven bits per shingle every shingle of the bundled chapter fits in about 4 kB
 * with about 3% false positives, so nothing has to be sampled away: even an eight-character fragment
 * of a split paragraph can be looked up.
 */
import { mix32 } from './fingerprint-fold';

/** The JSON form as built and shipped: size in bits, number of probes per item, bit array in Z85. */
export interface BloomData {
  bits: number;
  probes: number;
  data: string;
}

/**
 * The form pages receive: the bit array as 32-bit words in a plain list, which a message carries as
 * is (JSON in Chrome, a structured clone in Firefox) and a page turns into a typed array natively.
 */
export interface BloomWords {
  bits: number;
  probes: number;
  words: number[];
}

/** A filter ready for lookups: bit `b` is bit `b % 32` of word `b / 32`. */
export interface Bloom {
  bits: number;
  probes: number;
  words: Uint32Array;
}

/**
 * Z85 (ZeroMQ's base-85): 5 characters for 4 bytes, against base64's 5.33, with no quote or
 * backslash in its alphabet, so the filter embeds in a JS string as is. It is most of the
 * fingerprint, which ships in the background and the popup; the background decodes it once and
 * sends chapter pages the words.
 */
const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';
const Z85_VALUE = new Uint8Array(128);
for (let i = 0; i < Z85.length; i++) Z85_VALUE[Z85.charCodeAt(i)] = i;

/** Byte `i` of the bit array (bits 8i to 8i + 7), as the Z85 text holds it. */
function byteAt(words: Uint32Array, i: number): number {
  return (words[i >>> 2]! >>> ((i & 3) * 8)) & 255;
}

/** The bit array → Z85 (the last group zero-padded to four bytes; the decoder knows the length). */
function encodeZ85(words: Uint32Array, length: number): string {
  const byte = (i: number) => (i < length ? byteAt(words, i) : 0);
  let out = '';
  for (let i = 0; i < length; i += 4) {
    let n = ((byte(i) << 24) | (byte(i + 1) << 16) | (byte(i + 2) << 8) | byte(i + 3)) >>> 0;
    let group = '';
    for (let j = 0; j < 5; j++, n = Math.floor(n / 85)) group = Z85[n % 85] + group;
    out += group;
  }
  return out;
}

/** Z85 → a bit array of `length` bytes, as words. */
function decodeZ85(text: string, length: number): Uint32Array {
  const words = new Uint32Array(Math.ceil(length / 4));
  for (let i = 0, b = 0; i < text.length; i += 5) {
    let n = 0;
    for (let j = 0; j < 5; j++) n = n * 85 + Z85_VALUE[text.charCodeAt(i + j) & 127]!;
    for (let j = 0; j < 4 && b < length; j++, b++)
      words[b >>> 2]! |= ((n >>> (24 - 8 * j)) & 255) << ((b & 3) * 8);
  }
  return words;
}

/**
 * Maps a 32-bit value onto [0, bits) by multiplying rather than by `%`, which costs several times as
 * much per probe (Lemire's "fast range"; the product stays below 2^53, so it is exact).
 */
function toBit(value: number, bits: number): number {
  return Math.floor(((value >>> 0) * bits) / 0x100000000);
}

/**
 * Sets the bit positions of `hash`, found by double hashing (Kirsch–Mitzenmacher): two independent
 * hashes stand in for `probes` of them with no measurable loss.
 */
function setProbes(bloom: Bloom, hash: number): void {
  const step = mix32(hash ^ 0x5bd1e995) | 1;
  for (let i = 0; i < bloom.probes; i++) {
    const bit = toBit(hash + Math.imul(i, step), bloom.bits);
    bloom.words[bit >>> 5]! |= 1 << (bit & 31);
  }
}

/** A filter holding `hashes`, at `bitsPerItem` but never more than `maxBits` bits. */
export function createBloom(hashes: readonly number[], bitsPerItem: number, maxBits: number): Bloom {
  const bits = Math.max(64, Math.min(maxBits, Math.ceil(hashes.length * bitsPerItem)) & ~7);
  // The optimal probe count is ln 2 · bits per item; more only fills the filter faster.
  const probes = Math.max(1, Math.min(12, Math.round((bits / Math.max(1, hashes.length)) * Math.LN2)));
  const bloom: Bloom = { bits, probes, words: new Uint32Array(Math.ceil(bits / 32)) };
  for (const hash of hashes) setProbes(bloom, hash);
  return bloom;
}

/** The JSON form of a filter. */
export function encodeBloom(bloom: Bloom): BloomData {
  return { bits: bloom.bits, probes: bloom.probes, data: encodeZ85(bloom.words, bloom.bits / 8) };
}

/** Builds the JSON form of a filter holding `hashes` (see createBloom). */
export function buildBloom(hashes: readonly number[], bitsPerItem: number, maxBits: number): BloomData {
  return encodeBloom(createBloom(hashes, bitsPerItem, maxBits));
}

/** Decodes the JSON form for lookups. */
export function decodeBloom(data: BloomData): Bloom {
  return { bits: data.bits, probes: data.probes, words: decodeZ85(data.data, data.bits / 8) };
}

/** The form pages receive (see BloomWords). */
export function toBloomWords(bloom: Bloom): BloomWords {
  return { bits: bloom.bits, probes: bloom.probes, words: Array.from(bloom.words) };
}

/** The form pages receive, ready for lookups: one native copy, nothing decoded. */
export function fromBloomWords(data: BloomWords): Bloom {
  return { bits: data.bits, probes: data.probes, words: new Uint32Array(data.words) };
}

/** True when `hash` is (probably) in the filter; false answers are certain. */
export function bloomHas(bloom: Bloom, hash: number): boolean {
  // The hot loop of page-time matching: inlined rather than going through forEachProbe's callback.
  const step = mix32(hash ^ 0x5bd1e995) | 1;
  for (let i = 0; i < bloom.probes; i++) {
    const bit = toBit(hash + Math.imul(i, step), bloom.bits);
    if ((bloom.words[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}
