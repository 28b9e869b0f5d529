/**
 * The suite's own lookup of the shared data (scripts/shared-data.ts): `JINGDU_SHARED` moves it, a
 * relative value counts from the repository root, and `.ci/run` checks the folder the tests read.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, sharedDir } from '@/scripts/shared-data';

/** A shared folder elsewhere, holding a one-page corpus of our own placeholder prose. */
const elsewhere = mkdtempSync(path.join(tmpdir(), 'jingdu-shared-'));
mkdirSync(path.join(elsewhere, 'corpus', 'pages'), { recursive: true });
mkdirSync(path.join(elsewhere, 'corpus', 'labels'), { recursive: true });
writeFileSync(
  path.join(elsewhere, 'corpus', 'pages', 'placeholder-ch-1.html'),
  '<!doctype html><html><head><meta charset="utf-8"><title>第一章 灯下</title></head>' +
    '<body><div id="content">灯下的人翻过一页书，窗外的雨还没有停。<br></div></body></html>',
);
writeFileSync(
  path.join(elsewhere, 'corpus', 'labels', 'placeholder-ch-1.json'),
  JSON.stringify({
    title: '第一章 灯下',
    story: ['灯下的人翻过一页书，窗外的雨还没有停。'],
    junk: [],
    nav: [],
  }),
);
writeFileSync(
  path.join(elsewhere, 'corpus', 'index.json'),
  JSON.stringify([{ id: 'placeholder-ch-1', site: 'www.placeholder.test (测试)' }]),
);
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

describe('the shared-data lookup', () => {
  it('is ../shared beside the clone unless JINGDU_SHARED says otherwise', () => {
    expect(sharedDir({})).toBe(path.resolve(REPO_ROOT, '../shared'));
    expect(sharedDir({ JINGDU_SHARED: '' })).toBe(path.resolve(REPO_ROOT, '../shared'));
    expect(sharedDir({ JINGDU_SHARED: elsewhere })).toBe(elsewhere);
    expect(sharedDir({ JINGDU_SHARED: 'data/shared' })).toBe(path.join(REPO_ROOT, 'data', 'shared'));
  });

  it('makes the test helpers read the corpus in the folder JINGDU_SHARED names', () => {
    // A fresh process, so that the helpers' folder is computed from the variable as set, like a run of the suite.
    const probe = [
      "import { CORPUS_DIR, readCorpus } from './tests/helpers/corpus.ts';",
      'console.log(JSON.stringify({ dir: CORPUS_DIR, pages: readCorpus().map((p) => [p.id, p.host, p.label?.story]) }));',
    ].join('\n');
    const run = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['--eval', probe], {
      cwd: REPO_ROOT,
      env: { ...process.env, JINGDU_SHARED: elsewhere },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const seen = JSON.parse(run.stdout) as { dir: string; pages: unknown[] };
    expect(seen.dir).toBe(path.join(elsewhere, 'corpus') + path.sep);
    expect(seen.pages).toEqual([
      ['placeholder-ch-1', 'www.placeholder.test', ['灯下的人翻过一页书，窗外的雨还没有停。']],
    ]);
  });

  it('is the folder .ci/run checks before anything runs', () => {
    const line = readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8')
      .split('\n')
      .find((text) => /^corpus=/.test(text));
    expect(line, '.ci/run sets corpus=').toBeDefined();
    for (const value of [undefined, '', elsewhere, 'data/shared']) {
      const env: Record<string, string | undefined> = { ...process.env, JINGDU_SHARED: value };
      if (value === undefined) delete env.JINGDU_SHARED;
      const shell = spawnSync('bash', ['-c', `${line}\nprintf %s "$corpus"`], {
        cwd: REPO_ROOT,
        env,
        encoding: 'utf8',
      });
      expect(path.resolve(REPO_ROOT, shell.stdout), `JINGDU_SHARED=${value}`).toBe(
        path.join(sharedDir(value === undefined ? {} : { JINGDU_SHARED: value }), 'corpus'),
      );
    }
  });
});
