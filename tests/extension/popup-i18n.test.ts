import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SHOWN_REASONS } from '@/components/reason-text';
import { FLAG_CODES } from '@/core/flag-reasons';
import { reasonKey } from '@/core/reason';
import { BUILT_IN_RULES, ruleMessageKey } from '@/core/rule-ids';

const LOCALES = ['zh_CN', 'zh_TW', 'en'] as const;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, Entry>,
  ]),
) as Record<(typeof LOCALES)[number], Record<string, Entry>>;

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(file, pattern) : pattern.test(file) ? [file] : [];
  });
}

const UI_SOURCES = [
  ...filesUnder('components', /\.tsx?$/),
  ...filesUnder('entrypoints/popup', /\.tsx?$/),
  ...filesUnder('entrypoints/options', /\.tsx?$/),
];
const ALL_SOURCE = [...UI_SOURCES, 'wxt.config.ts'].map((file) => readFileSync(file, 'utf8')).join('\n');

/** Attributes whose text a person reads or hears. */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Every literal UI string in a view's source: JSX text with letters, read attributes, CJK strings. */
function literalStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) found.push(node.initializer.text);
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && CJK.test(node.text))
      found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('UI languages', () => {
  it('Simplified Chinese, Traditional Chinese and English have the same messages', () => {
    const keys = Object.keys(messages.zh_CN).sort();
    expect(keys.length).toBeGreaterThan(20);
    for (const locale of LOCALES) expect(Object.keys(messages[locale]).sort(), locale).toEqual(keys);
  });

  it('every message is filled in and its placeholders are defined, the same in every locale', () => {
    for (const [key, reference] of Object.entries(messages.zh_CN)) {
      const names = Object.keys(reference.placeholders ?? {}).sort();
      for (const locale of LOCALES) {
        const entry = messages[locale][key]!;
        expect(entry.message.trim(), `${locale}.${key}`).not.toBe('');
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${locale}.${key}`).toEqual(names);
        const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
        expect([...new Set(used)].sort(), `${locale}.${key} uses each placeholder`).toEqual(names);
      }
    }
  });

  it('every key the UI and the manifest use exists, and every message is used', () => {
    // Reasons, flags and rule names are shown under keys derived from their codes.
    const reasonKeys = new Set<string>([
      ...[...Object.keys(SHOWN_REASONS), ...FLAG_CODES].map((code) => reasonKey(code)),
      ...BUILT_IN_RULES.map(ruleMessageKey),
    ]);
    const used = [
      ...[...ALL_SOURCE.matchAll(/\b(?:t|translate)\(\s*'(\w+)'/g)].map((m) => m[1]!),
      ...[...ALL_SOURCE.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!),
      ...reasonKeys,
    ];
    expect(used).toContain('extName');
    for (const key of used)
      for (const locale of LOCALES) expect(messages[locale][key], `${locale}.${key}`).toBeDefined();
    const named = (key: string) => ALL_SOURCE.includes(`'${key}'`) || ALL_SOURCE.includes(`__MSG_${key}__`);
    for (const key of Object.keys(messages.zh_CN))
      expect(named(key) || reasonKeys.has(key), `${key} unused`).toBe(true);
  });

  it('the manifest takes its name, description and button title from the messages, zh_CN by default', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toMatch(/default_locale: 'zh_CN'/);
    for (const field of ['name', 'description', 'default_title'])
      expect(config).toMatch(new RegExp(`${field}: '__MSG_\\w+__'`));
  });

  it.each(UI_SOURCES)('%s has no UI text outside the messages', (file) => {
    expect(literalStrings(file)).toEqual([]);
  });

  it('the source scan does find literal UI text', () => {
    const probe = path.join(mkdtempSync(path.join(tmpdir(), 'jingdu-i18n-')), 'probe.tsx');
    ts.sys.writeFile(probe, 'export const A = () => <p title="Close">关闭 <b>Open</b>{"章节"}</p>;');
    expect(literalStrings(probe)).toEqual(['Close', '关闭', 'Open', '章节']);
  });
});
