/**
 * Another commit's engine, for `npm run bench -- --against REF`: the commit's files in a temporary
 * folder (git archive, this clone's node_modules linked in and its .wxt copied), bundled with
 * today's engine-entry.ts,
 * and its fingerprint in the form that commit's background sends to pages.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RefTree {
  ref: string;
  dir: string;
  /** The bundled chapter's fingerprint as that commit's background hands it to chapter pages. */
  fingerprint: unknown;
  remove(): void;
}

type FingerprintModule = {
  buildFingerprint(paragraphs: readonly string[]): unknown;
  toPageFingerprint?(fingerprint: unknown): unknown;
};

/** Extracts `ref` (a commit, branch or tag of this clone) into a temporary folder. */
export async function checkoutRef(ref: string): Promise<RefTree> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jingdu-bench-ref-'));
  const archive = execFileSync('git', ['archive', '--format=tar', ref], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  // WXT's generated tsconfig (relative paths only), which the project's tsconfig extends.
  cpSync('.wxt', path.join(dir, '.wxt'), { recursive: true });
  // The same entry on both sides, so that both bundles expose the same names.
  mkdirSync(path.join(dir, 'scripts/bench'), { recursive: true });
  copyFileSync('scripts/bench/engine-entry.ts', path.join(dir, 'scripts/bench/engine-entry.ts'));
  const load = async <T>(file: string) => (await import(pathToFileURL(path.join(dir, file)).href)) as T;
  const { parseChapterText } = await load<{ parseChapterText(raw: string): string[] }>(
    'core/bundled-chapter.ts',
  );
  const fingerprints = await load<FingerprintModule>('core/fingerprint.ts');
  const built = fingerprints.buildFingerprint(
    parseChapterText(readFileSync(path.join(dir, 'public/chapter.txt'), 'utf8')),
  );
  // Before the background decoded it for pages, it sent the fingerprint as built.
  const sent = fingerprints.toPageFingerprint ? fingerprints.toPageFingerprint(built) : built;
  return {
    ref,
    dir,
    fingerprint: JSON.parse(JSON.stringify(sent)) as unknown,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
