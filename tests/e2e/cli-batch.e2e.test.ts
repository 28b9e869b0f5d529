/**
 * `npm run clean` never loses a batch to one page: a page that leaves at once, one that never
 * settles, or a file that cannot be read gets its own error row, every other page its result, and
 * the exit status tells the run apart from one with bad arguments. The browser mode is checked in
 * Chromium and in Firefox.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from '@/scripts/harness';

/** Our own chapter page (placeholder prose) with one spam line. */
function chapterPage(chapter: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>第${chapter}章 灯火_长夜书_测试书屋</title></head>
<body><h1>第${chapter}章 灯火</h1><div id="content">
${'\u3000\u3000灯火照着石桥，他停下脚步，听见河水在桥下流过。<br><br>'.repeat(10)}
天才一秒记住本站地址：www.ceshi-shuwu.com，最快更新！<br><br></div>
<a href="/1.html">上一章</a><a href="/">目录</a><a href="/3.html">下一章</a></body></html>`;
}

/** A page running an anti-mirroring script: any host but its own is sent elsewhere at once. */
const LEAVES = `<!doctype html><html><head><meta charset="utf-8"><title>第二章 镜像_长夜书_测试书屋</title>
<script>if (location.host !== 'www.ceshi-shuwu.com') location.replace('https://www.ceshi-shuwu.com/2.html');</script>
</head><body><h1>第二章 镜像</h1><div id="content">${'\u3000\u3000雨停了，街角的茶馆还亮着灯。<br><br>'.repeat(10)}</div></body></html>`;

/** A page whose script never gives the thread back. */
const HANGS = `<!doctype html><html><head><meta charset="utf-8"><title>第四章 不动_长夜书_测试书屋</title></head>
<body><div id="content">老人抬头看了看天色。<br></div><script>for (;;) {}</script></body></html>`;

const dir = mkdtempSync(path.join(tmpdir(), 'jingdu-batch-'));
function file(name: string, html: string): string {
  const where = path.join(dir, name);
  writeFileSync(where, html);
  return where;
}

/** Runs the CLI; returns its exit status and its rows. */
function clean(...args: string[]): {
  status: number | null;
  rows: Array<Record<string, unknown>>;
  stderr: string;
} {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/clean.ts', ...args], { encoding: 'utf8' });
  const rows = run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, rows, stderr: run.stderr };
}

describe.each(BROWSERS)('npm run clean --browser %s on a batch with a bad page', (name) => {
  it('gives the page that leaves for another host an error row, and both good pages their results', () => {
    const files = [file('1.html', chapterPage(1)), file('2.html', LEAVES), file('3.html', chapterPage(3))];
    const { status, rows } = clean('--json', '--browser', name, ...files);
    expect(rows.map((row) => row.file)).toEqual(files);
    expect(rows[1]).toEqual({
      file: files[1],
      error: 'the page left for https://www.ceshi-shuwu.com/2.html',
    });
    for (const good of [rows[0]!, rows[2]!]) {
      expect(good.isChapter).toBe(true);
      expect(good.pageText).toContain('灯火照着石桥');
      expect(good.pageText).not.toContain('天才一秒记住');
    }
    expect(status).toBe(2);
  });

  it('gives a page that never settles an error row when its own time is up, and goes on', () => {
    const files = [file('4.html', HANGS), file('5.html', chapterPage(5))];
    const { status, rows } = clean('--json', '--browser', name, '--page-timeout', '3', ...files);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ file: files[0], error: 'did not settle within 3 s' });
    expect(rows[1]!.isChapter).toBe(true);
    expect(status).toBe(2);
  });
});

describe('npm run clean on a batch with a bad file, and on bad arguments', () => {
  it('reads a batch with an unreadable file in the Node DOM, and exits 0 only when every page was read', () => {
    const good = file('6.html', chapterPage(6));
    const missing = path.join(dir, 'missing.html');
    const broken = clean('--json', good, missing, good);
    expect(broken.rows.map((row) => row.file)).toEqual([good, missing, good]);
    expect(String(broken.rows[1]!.error)).toMatch(/^cannot read the file: ENOENT/);
    expect(broken.status).toBe(2);
    expect(clean('--json', good).status).toBe(0);
  });

  it('exits 1 on bad arguments without reading anything', () => {
    const good = file('7.html', chapterPage(7));
    for (const args of [
      [good],
      ['--json'],
      ['--json', '--url', 'ftp://x', good],
      ['--json', '--rules', path.join(dir, 'none.json'), good],
      ['--json', '--browser', '--page-timeout', 'soon', good],
      ['--json', '--browser', 'safari', good],
    ]) {
      const { status, rows } = clean(...args);
      expect(status, args.join(' ')).toBe(1);
      expect(rows).toEqual([]);
    }
  });
});
