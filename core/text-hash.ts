/** FNV-1a over lines of text joined by newlines: a short, stable name for "this text" (8 hex digits). */
export function hashLines(lines: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = lines.join('\n');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
