/**
 * Decodes page bytes the way a browser does: a byte-order mark wins, then the charset the page
 * declares in a <meta> of its head, then a guess (UTF-8 when the bytes are valid UTF-8, else GB18030,
 * the default of a Chinese-locale browser).
 */

/** The HTML standard scans 1024 bytes; real pages put the meta later, and Blink reads on through the head. */
const PRESCAN_LIMIT = 64 * 1024;

const META = /<meta\b[^>]*>/gi;
const CHARSET_ATTR = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

function fromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The encoding a <meta charset> or <meta http-equiv content="…charset=…"> in the head declares. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one character, so ASCII markup reads the same in any ASCII-compatible charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_LIMIT));
  const end = head.search(/<\/head\s*>|<body[\s>]/i);
  for (const [tag] of (end < 0 ? head : head.slice(0, end)).matchAll(META)) {
    const label = CHARSET_ATTR.exec(tag)?.[1];
    if (!label) continue;
    const encoding = labelToEncoding(label);
    if (encoding) return encoding;
  }
  return null;
}

function labelToEncoding(label: string): string | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  // HTML standard: a meta cannot switch to UTF-16 (the bytes were read as ASCII to find it).
  if (encoding.startsWith('utf-16')) return 'utf-8';
  if (encoding === 'x-user-defined') return 'windows-1252';
  return encoding;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The page's text as a browser would decode `bytes`. */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = fromBom(bytes);
  // TextDecoder drops a matching BOM itself (ignoreBOM defaults to false).
  if (bom) return new TextDecoder(bom).decode(bytes);
  const encoding = declaredCharset(bytes) ?? (isValidUtf8(bytes) ? 'utf-8' : 'gb18030');
  return new TextDecoder(encoding).decode(bytes);
}
