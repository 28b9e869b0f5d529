/** Decodes page bytes as a browser would: a byte-order mark first, then the declared charset. */

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The charset a page declares in its first 1024 bytes (meta charset or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

/** The encoding a page is read with: its BOM, else its declared charset, else UTF-8. */
export function charsetOf(bytes: Uint8Array): string {
  for (const [bom, encoding] of BOMS) if (bom.every((byte, i) => bytes[i] === byte)) return encoding;
  const declared = declaredCharset(bytes);
  if (declared === null) return 'utf-8';
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return 'utf-8';
  }
}

/** The page's text, decoded as a browser would (BOM, then the declared charset, else UTF-8). */
export function decodeHtml(bytes: Uint8Array): string {
  return new TextDecoder(charsetOf(bytes)).decode(bytes);
}
