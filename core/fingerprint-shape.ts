/**
 * The shape check of the fingerprint a chapter page receives with its plan: it comes in a message,
 * so sizes must be in range and the filter must hold exactly its bits, so that every lookup stays
 * inside the array. A plan that fails it is not used at all (core/protocol.ts).
 */
import type { PageFingerprint } from './fingerprint';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** True when every item of `words` is a 32-bit unsigned integer (a plain loop: it runs cold on pages). */
function areWords(words: readonly unknown[]): boolean {
  for (let i = 0; i < words.length; i++) if (!isIntegerIn(words[i], 0, 0xffffffff)) return false;
  return true;
}

/** True when `raw` has the shape of a fingerprint as the background sends it to pages. */
export function isPageFingerprint(raw: unknown): raw is PageFingerprint {
  if (!isObject(raw) || raw.version !== 1 || !isObject(raw.bloom)) return false;
  const { k, shingles, boilerplate } = raw;
  const { bits, probes, words } = raw.bloom;
  return (
    isIntegerIn(k, 1, 16) &&
    isIntegerIn(shingles, 0, Number.MAX_SAFE_INTEGER) &&
    isIntegerIn(bits, 1, 1 << 24) &&
    (bits as number) % 8 === 0 &&
    isIntegerIn(probes, 1, 32) &&
    Array.isArray(words) &&
    words.length === Math.ceil((bits as number) / 32) &&
    areWords(words) &&
    Array.isArray(boilerplate) &&
    boilerplate.every((key) => typeof key === 'string')
  );
}
