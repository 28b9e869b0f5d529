/**
 * The host of a link as the site identity reads it: a plain address is read off its text, any other
 * goes through the URL parser, and both ways must give what the parser gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostOf } from '@/dom/site-identity';

function parsedHost(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return '';
  }
}

const PIECES = [
  'a',
  'B',
  'z',
  '0',
  '7',
  '-',
  '.',
  'xn--',
  '0x',
  '1',
  ':',
  '80',
  '@',
  '/',
  '?',
  '#',
  ' ',
  '\\',
  '%41',
  '中',
];
const SCHEMES = ['http://', 'https://', 'HTTP://', 'http:/', '//', 'ftp://', ''];

describe('link hosts', () => {
  it('reads plain hosts in lower case and leaves the rest to the URL parser', () => {
    expect(hostOf('https://WWW.Example.com/book/1.html')).toBe('www.example.com');
    expect(hostOf('http://www.example.com')).toBe('www.example.com');
    expect(hostOf('http://www.example.com:8080/')).toBe('www.example.com:8080');
    expect(hostOf('http://www.example.com:80/')).toBe('www.example.com');
    expect(hostOf('http://0x7f.1/')).toBe('127.0.0.1');
    expect(hostOf('http://a.123/')).toBe('');
    expect(hostOf('//www.example.com/')).toBe('');
    expect(hostOf('not an address')).toBe('');
  });

  it('gives what the URL parser gives for any address', () => {
    const address = fc
      .tuple(fc.constantFrom(...SCHEMES), fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }))
      .map(([scheme, pieces]) => scheme + pieces.join(''));
    fc.assert(
      fc.property(address, (text) => hostOf(text) === parsedHost(text)),
      { numRuns: 3000 },
    );
  });
});
