/**
 * A Bloom filter over 32-bit shingle hashes, serialised as text so that it travels inside the content
 * script as JSON. At seven bits per shingle every shingle of the bundled chapter fits in about 4 kB
 * with about 3% false positives, so nothing has to be sampled away: even an eight-character fragment
 * of a split paragraph can be looked up.
 */
import { mix32 } from './fingerprint-fold';

/** The JSON form: size in bits, number of probes per item, bit array in base64. */
export interface BloomData {
  bits: number;
  probes: number;
  data: string;
}

/** A decoded filter, ready for lookups. */
export interface Bloom {
  bits: number;
  probes: number;
  array: Uint8Array;
}

/**
 * Z85 (ZeroMQ's base-85): 5 characters for 4 bytes, against base64's 5.33, with no quote or
 * backslash in its alphabet, so the filter embeds in a JS string as is. It is most of the
 * fingerprint, which ships in the background and the popup and reaches chapter pages with their plan.
 */
const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';
const Z85_VALUE = new Uint8Array(128);
for (let i = 0; i < Z85.length; i++) Z85_VALUE[Z85.charCodeAt(i)] = i;

/** Bytes → Z85 (the last group zero-padded to four bytes; the decoder knows the length). */
function encodeZ85(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    let n =
      (((bytes[i] ?? 0) << 24) |
        ((bytes[i + 1] ?? 0) << 16) |
        ((bytes[i + 2] ?? 0) << 8) |
        (bytes[i + 3] ?? 0)) >>>
      0;
    let group = '';
    for (let j = 0; j < 5; j++, n = Math.floor(n / 85)) group = Z85[n % 85] + group;
    out += group;
  }
  return out;
}

/** Z85 → `length` bytes. */
function decodeZ85(text: string, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0, b = 0; i < text.length; i += 5) {
    let n = 0;
    for (let j = 0; j < 5; j++) n = n * 85 + Z85_VALUE[text.charCodeAt(i + j) & 127]!;
    for (let j = 0; j < 4 && b < length; j++) bytes[b++] = (n >>> (24 - 8 * j)) & 255;
  }
  return bytes;
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
    bloom.array[bit >>> 3]! |= 1 << (bit & 7);
  }
}

/** Builds a filter holding `hashes`, at `bitsPerItem` but never more than `maxBits` bits. */
export function buildBloom(hashes: readonly number[], bitsPerItem: number, maxBits: number): BloomData {
  const bits = Math.max(64, Math.min(maxBits, Math.ceil(hashes.length * bitsPerItem)) & ~7);
  // The optimal probe count is ln 2 · bits per item; more only fills the filter faster.
  const probes = Math.max(1, Math.min(12, Math.round((bits / Math.max(1, hashes.length)) * Math.LN2)));
  const bloom: Bloom = { bits, probes, array: new Uint8Array(bits / 8) };
  for (const hash of hashes) setProbes(bloom, hash);
  return { bits, probes, data: encodeZ85(bloom.array) };
}

/** Decodes the JSON form for lookups. */
export function decodeBloom(data: BloomData): Bloom {
  return { bits: data.bits, probes: data.probes, array: decodeZ85(data.data, data.bits / 8) };
}

/** True when `hash` is (probably) in the filter; false answers are certain. */
export function bloomHas(bloom: Bloom, hash: number): boolean {
  // The hot loop of page-time matching: inlined rather than going through forEachProbe's callback.
  const step = mix32(hash ^ 0x5bd1e995) | 1;
  for (let i = 0; i < bloom.probes; i++) {
    const bit = toBit(hash + Math.imul(i, step), bloom.bits);
    if ((bloom.array[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}
