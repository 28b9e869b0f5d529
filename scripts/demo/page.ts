/**
 * The demo page: the bundled chapter as a reposting site serves it, 笔趣阁-style, wrapped in the
 * usual ads and boilerplate (our own template; the chapter is the one shipped in the extension).
 * Also used by the e2e tests as a realistic page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseChapterText } from '../../core/bundled-chapter';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** Ad lines a site glues into the chapter text, with where they go (after paragraph N). */
export const INJECTED_LINES: ReadonlyArray<[number, string]> = [
  [0, '天才一秒记住本站地址：www.xhsxs.com，最快更新！无广告！'],
  [12, '（本章未完，请翻页）'],
  [40, 'ｗｗｗ．ｘｈｓｘｓ．ｃｏｍ'],
  [90, '手机用户请浏览m.xhsxs.com阅读，更优质的阅读体验。'],
];

/** A story sentence with an ad glued on, to show a line split with the story kept. */
export const GLUED_AD = '本.章.未.完.，.登.录.「.西.红.柿.读.书.」和.书.友.一.起.读.正.版.原.文.！';

/** The late ad a page script injects after load. */
export const LATE_AD_TEXT = '【推荐】下载西红柿小说APP，免费看全本，无广告！';

function chapterBody(paragraphs: readonly string[]): string {
  const lines: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    const glued = index === 5 ? paragraph + GLUED_AD : paragraph;
    lines.push(`&nbsp;&nbsp;&nbsp;&nbsp;${escape(glued)}<br /><br />`);
    for (const [after, ad] of INJECTED_LINES) if (after === index) lines.push(`${escape(ad)}<br /><br />`);
  });
  return lines.join('\n');
}

/** The whole demo page as HTML, for a chapter read from `chapterPath`. */
export function demoPageHtml(chapterPath = path.resolve('public/chapter.txt'), lateAdDelayMs = 1500): string {
  const paragraphs = parseChapterText(readFileSync(chapterPath, 'utf8'));
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>第八百零八章 掌声如潮_大模型时代_西红柿小说</title>
<style>
body{font:16px/1.6 sans-serif;margin:0;background:#f4f1e8}#wrapper{max-width:960px;margin:0 auto;background:#fff;padding:0 24px}
.nav a,.bottem a{margin:0 8px}.ad-banner{height:90px;background:#f60;color:#fff;font-size:28px;text-align:center;line-height:90px}
#content{font-size:19px;line-height:1.9}#float-ad{position:fixed;right:0;bottom:0;width:300px;height:200px;background:#c00;color:#fff}
.footer{color:#777;font-size:13px;text-align:center;padding:16px}
</style></head>
<body><div id="wrapper">
<div class="header"><a href="/">西红柿小说</a></div>
<div class="nav"><a href="/">首页</a><a href="/xuanhuan/">玄幻小说</a><a href="/dushi/">都市小说</a></div>
<div class="bookname"><h1>第八百零八章 掌声如潮</h1>
<div class="bottem1"><a href="/book/808/807.html">上一章</a> ← <a href="/book/808/">章节目录</a> → <a href="/book/808/809.html">下一章</a> <a href="javascript:;">加入书签</a></div>
<div class="lm">热门推荐：<a href="/b/1">星辰变</a> <a href="/b/2">凡人修仙</a> <a href="/b/3">大道争锋</a> <a href="/b/4">万古神帝</a></div></div>
<div class="ad-banner" id="ad-top">澳门首家线上赌场上线啦</div>
<div id="content">
${chapterBody(paragraphs)}
</div>
<div class="bottem"><a href="/book/808/807.html">上一章</a><a href="/book/808/">章节目录</a><a href="/book/808/809.html">下一章</a> <a href="/report" style="color:red">章节报错</a></div>
<div id="float-ad">限时特惠：充值送会员</div>
<div class="footer"><p>本站所有小说为转载作品，所有章节均由网友上传，转载至本站只是为了宣传本书让更多读者欣赏。</p>
<p>Copyright 2020 西红柿小说 All Rights Reserved</p></div>
</div>
<script>
setTimeout(function () {
  var ad = document.createElement('div');
  ad.className = 'gg-late';
  ad.textContent = ${JSON.stringify(LATE_AD_TEXT)};
  document.getElementById('content').insertAdjacentElement('beforebegin', ad);
  var line = document.createTextNode(${JSON.stringify(INJECTED_LINES[0]![1])});
  var content = document.getElementById('content');
  content.appendChild(line);
  content.appendChild(document.createElement('br'));
}, ${lateAdDelayMs});
</script>
</body></html>`;
}
