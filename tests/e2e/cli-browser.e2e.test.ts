/**
 * `npm run clean -- --browser [chromium|firefox]`: which browser the option picks, and the CLI run
 * as a reader runs it (through tsx, as its own process) on the Firefox build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserOption } from '@/scripts/clean-cli/browser-option';
import type { PageResult } from '@/scripts/clean-cli/result';

/** Our own chapter page: a spam line and a site footer among placeholder story lines. */
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>第五章 雪夜_长夜书_测试书屋</title></head>
<body><h1>第五章 雪夜</h1><div id="content">
${'\u3000\u3000雪落了一夜，他推开门，院子里的脚印已经被盖住了。<br><br>'.repeat(8)}
天才一秒记住本站地址：www.example.com，最快更新！无广告！<br><br>
${'\u3000\u3000'}“还走吗？”她问，“路都看不见了。”<br><br></div>
<a href="/4.html">上一章</a><a href="/">目录</a><a href="/6.html">下一章</a></body></html>`;

describe('the --browser option', () => {
  it.each([
    [['--json', 'a.html'], null, ['--json', 'a.html']],
    [['--json', '--browser', 'a.html'], 'chromium', ['--json', 'a.html']],
    [['--browser', '--json', 'a.html'], 'chromium', ['--json', 'a.html']],
    [['--json', 'a.html', '--browser'], 'chromium', ['--json', 'a.html']],
    [['--browser', 'firefox', '--json', 'a.html'], 'firefox', ['--json', 'a.html']],
    [['--browser=firefox', 'a.html'], 'firefox', ['a.html']],
    [['--browser', 'chromium', 'a.html'], 'chromium', ['a.html']],
    [['--browser', './firefox'], 'chromium', ['./firefox']],
    [['--', '--browser', 'firefox'], null, ['--', '--browser', 'firefox']],
  ] as const)('%j', (args, browser, rest) => {
    expect(browserOption(args)).toEqual({ browser, rest });
  });

  it.each([
    [['--browser', 'chrome', 'a.html'], 'not "chrome"'],
    [['--browser=safari', 'a.html'], 'not "safari"'],
    [['--browser='], 'not ""'],
  ])('%j is refused', (args, message) => {
    expect(() => browserOption(args)).toThrow(message);
  });
});

describe('npm run clean -- --browser firefox', () => {
  it('cleans the page through the Firefox build and prints its JSON line', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jingdu-cli-')), 'page.html');
    writeFileSync(file, PAGE);
    const run = spawnSync(
      'node_modules/.bin/tsx',
      ['scripts/clean.ts', '--json', '--browser', 'firefox', file],
      {
        encoding: 'utf8',
        timeout: 80_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as PageResult;
    expect(result.isChapter).toBe(true);
    expect(result.title).toBe('第五章 雪夜');
    expect(result.removed.map(({ text }) => text)).toContain(
      '天才一秒记住本站地址：www.example.com，最快更新！无广告！',
    );
    expect(result.paragraphs).toContain('“还走吗？”她问，“路都看不见了。”');
  });
});
