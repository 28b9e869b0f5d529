/** decodeHtml: page bytes decoded as a browser would, BOM first, then the declared charset, then a guess. */
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../helpers/decode-html';

/** "中文" in GBK. */
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];

function bytes(...parts: Array<string | number[]>): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? new TextEncoder().encode(part) : part));
  return Uint8Array.from(chunks.flatMap((chunk) => Array.from(chunk)));
}

describe('decodeHtml', () => {
  it('decodes the charset declared by <meta charset>', () => {
    expect(decodeHtml(bytes('<meta charset="gbk"><p>', GBK_ZHONGWEN, '</p>'))).toBe(
      '<meta charset="gbk"><p>中文</p>',
    );
  });

  it('decodes the charset declared by <meta http-equiv="Content-Type">', () => {
    const page = bytes('<meta http-equiv="Content-Type" content="text/html; charset=GBK" />', GBK_ZHONGWEN);
    expect(decodeHtml(page).endsWith('中文')).toBe(true);
  });

  it('lets a byte-order mark win over the declared charset, and drops it', () => {
    expect(decodeHtml(bytes([0xef, 0xbb, 0xbf], '<meta charset="gbk">中文'))).toBe(
      '<meta charset="gbk">中文',
    );
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]);
    expect(decodeHtml(utf16)).toBe('中文');
  });

  it('reads a meta declaring UTF-16 as UTF-8, as the HTML standard says', () => {
    expect(declaredCharset(bytes('<meta charset="utf-16">'))).toBe('utf-8');
  });

  it('finds a meta late in the head but not one in the body', () => {
    const padding = `<!--${' '.repeat(3000)}-->`;
    expect(declaredCharset(bytes('<head>', padding, '<meta charset="gbk"></head>'))).toBe('gbk');
    expect(declaredCharset(bytes('<head></head><body><meta charset="gbk">'))).toBeNull();
  });

  it('guesses UTF-8 for valid UTF-8 and GB18030 otherwise when nothing is declared', () => {
    expect(decodeHtml(bytes('<p>中文</p>'))).toBe('<p>中文</p>');
    expect(decodeHtml(bytes('<p>', GBK_ZHONGWEN, '</p>'))).toBe('<p>中文</p>');
  });
});
