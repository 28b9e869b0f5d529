import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from '@/scripts/harness';
import { cleanInBrowser } from '@/scripts/clean-cli/browser-mode';
import { cleanInNodeDom } from '@/scripts/clean-cli/node-dom';
import { loadRules } from '@/scripts/clean-cli/rules';
import { fingerprintOf } from '@/scripts/fingerprint-plugin';

/** Our own chapter page with a line no built-in rule knows: only the reader's rule can take it. */
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>第三章 灯火_长夜书_测试书屋</title></head>
<body><h1>第三章 灯火</h1><div id="content">
${'\u3000\u3000灯火照着石桥，他停下脚步，听见河水在桥下流过。<br><br>'.repeat(8)}
本页由测试书屋整理发布<br><br>
${'\u3000\u3000'}“走吧。”她说，“天快亮了。”<br><br></div>
<a href="/2.html">上一章</a><a href="/">目录</a><a href="/4.html">下一章</a></body></html>`;

const LEGADO = JSON.stringify([
  { name: '整理声明', pattern: '本页由测试书屋整理发布', isRegex: false, isEnabled: true },
  { name: '不能用', pattern: '(灯)\\1', isRegex: true, isEnabled: true },
]);

describe.each(BROWSERS)('npm run clean --rules, browser mode in %s', (browserName) => {
  it('applies an imported rule in both modes, the same way, and reports the unusable one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jingdu-rules-'));
    const rulesFile = path.join(dir, 'rules.json');
    writeFileSync(rulesFile, LEGADO);
    const rules = loadRules(rulesFile);
    expect(rules.map((rule) => rule.name)).toEqual(['整理声明']);

    const fingerprint = fingerprintOf(path.resolve('public/chapter.txt'));
    const inNode = cleanInNodeDom('page.html', PAGE, 'http://localhost/0/page.html', fingerprint, rules);
    const [inBrowser] = await cleanInBrowser(
      [{ file: 'page.html', bytes: Buffer.from(PAGE) }],
      undefined,
      rules,
      browserName,
    );
    for (const result of [inNode, inBrowser!]) {
      expect(result.removed).toContainEqual({
        kind: 'line',
        rule: 'user:整理声明',
        text: '本页由测试书屋整理发布',
      });
      expect(result.paragraphs).toContain('“走吧。”她说，“天快亮了。”');
    }
    expect(inBrowser!.paragraphs).toEqual(inNode.paragraphs);
    expect(readFileSync(rulesFile, 'utf8')).toBe(LEGADO);
  });
});
