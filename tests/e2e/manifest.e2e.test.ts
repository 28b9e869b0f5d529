import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  icons: Record<string, string>;
  content_scripts: unknown[];
  content_security_policy: unknown;
};

/** What source code must contain for a permission to count as used. */
const USAGE: Record<string, RegExp> = {
  storage: /\bstorage\.(local|sync|session)\b|defineItem\(/,
};

function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .map((file) =>
      statSync(file).isDirectory()
        ? sourceText(file)
        : /\.tsx?$/.test(file)
          ? readFileSync(file, 'utf8')
          : '',
    )
    .join('\n');
}

describe('the built Chrome manifest', () => {
  it('registers the content script on every http and https page at document_idle', () => {
    expect(manifest.content_scripts).toEqual([
      {
        matches: ['http://*/*', 'https://*/*'],
        run_at: 'document_idle',
        all_frames: true,
        js: ['chapter-cleaner.js'],
      },
    ]);
    expect(existsSync('.output/chrome-mv3/chapter-cleaner.js')).toBe(true);
  });

  it('keeps the content script, which every page loads, within 50 kB minified', () => {
    expect(statSync('.output/chrome-mv3/chapter-cleaner.js').size).toBeLessThanOrEqual(50_000);
  });

  it('lets extension pages run only their own scripts: no eval, no remote code', () => {
    expect(manifest.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'self'",
    });
  });

  it('is Manifest V3 with icons at 16, 32, 48 and 128', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
  });

  it('asks only for permissions the code uses, and no host permissions beyond the content script', () => {
    const source = ['entrypoints', 'lib'].map(sourceText).join('\n');
    for (const permission of manifest.permissions ?? []) {
      expect(USAGE[permission], `no known use for permission "${permission}"`).toBeDefined();
      expect(source).toMatch(USAGE[permission]!);
    }
    expect(manifest.host_permissions ?? []).toEqual([]);
  });
});
