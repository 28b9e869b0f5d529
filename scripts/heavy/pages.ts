/**
 * Heavy and hostile pages, generated (our own placeholder prose): for the benchmark and the e2e
 * robustness tests. `scale` shrinks them for CI (1 = full size).
 */

const SENTENCES = [
  '灯火照着石桥，他停下脚步，听见河水在桥下流过。',
  '她把伞收起来，雨已经停了，街角的茶馆还亮着灯。',
  '老人抬头看了看天色，说今晚大概不会再下雪了。',
  '马车从城门外驶来，车轮碾过积水，溅起一片水花。',
  '他翻开那本旧书，纸页发黄，字迹却还清楚。',
];
export const ADS = [
  '天才一秒记住本站地址：www.heavy-demo.com，最快更新！',
  '（本章未完，请翻页）',
  '手机用户请浏览m.heavy-demo.com阅读。',
];
const NAV =
  '<div class="bottem"><a href="/1.html">上一章</a><a href="/">目录</a><a href="/3.html">下一章</a></div>';

function head(title: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}_重页测试_测试书屋</title></head><body>`;
}

/** The text of story paragraph `i` of these pages. */
export function paragraphText(i: number): string {
  return `${SENTENCES[i % SENTENCES.length]}${i}`;
}

function paragraph(i: number): string {
  return `\u3000\u3000${paragraphText(i)}<br><br>`;
}

/** A chapter page of about `bytes` bytes: one text box of <br>-separated paragraphs with ads among them. */
export function bigChapterPage(bytes: number): string {
  const parts: string[] = [
    head('第一章 很长的一章'),
    '<h1>第一章 很长的一章</h1>',
    NAV,
    '<div id="content">',
  ];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = i % 50 === 49 ? `${ADS[i % ADS.length]}<br><br>` : paragraph(i);
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  parts.push('</div>', NAV, '</body></html>');
  return parts.join('\n');
}

/** A chapter page with `nodes` elements around a normal chapter (a huge menu of links and spans). */
export function manyNodesPage(nodes: number): string {
  const chapter = Array.from({ length: 60 }, (_, i) => paragraph(i)).join('\n');
  const filler = Array.from(
    { length: Math.floor(nodes / 2) },
    (_, i) => `<li><a href="/b/${i}">书${i}</a></li>`,
  ).join('');
  return `${head('第二章 满页的链接')}<h1>第二章 满页的链接</h1>${NAV}<div id="content">${chapter}</div>${NAV}<ul class="booklist">${filler}</ul></body></html>`;
}

/** A chapter page whose text sits `depth` elements deep. */
export function deepPage(depth: number): string {
  const chapter = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('');
  return `${head('第三章 很深的页')}<h1>第三章 很深的页</h1>${NAV}${'<div>'.repeat(depth)}<div id="content">${chapter}</div>${'</div>'.repeat(depth)}</body></html>`;
}

/** A chapter page whose script adds a node every `everyMs` for `forMs` (ads and filler). */
export function churningPage(forMs: number, everyMs: number): string {
  const chapter = Array.from({ length: 60 }, (_, i) => paragraph(i)).join('\n');
  return `${head('第四章 不停变化的页')}<h1>第四章 不停变化的页</h1>${NAV}<div id="content">${chapter}</div>${NAV}
<div id="feed"></div>
<script>
var started = Date.now(), n = 0;
var timer = setInterval(function () {
  if (Date.now() - started > ${forMs}) { clearInterval(timer); document.body.dataset.churnDone = '1'; return; }
  var div = document.createElement('div');
  div.className = n % 3 === 0 ? 'gg-ad' : 'feed-item';
  div.textContent = n % 3 === 0 ? ${JSON.stringify(ADS[0])} : '动态 ' + n;
  document.getElementById('feed').appendChild(div);
  n++;
}, ${everyMs});
</script></body></html>`;
}

/** A chapter page whose script puts each ad back the moment it is removed. */
export function stubbornAdsPage(): string {
  const chapter = Array.from({ length: 60 }, (_, i) => paragraph(i)).join('\n');
  return `${head('第五章 赶不走的广告')}<h1>第五章 赶不走的广告</h1>${NAV}<div id="content">${chapter}</div>${NAV}
<div id="slot"><div class="ad-banner">充值送会员，限时五折</div></div>
<script>
var slot = document.getElementById('slot'), reinserted = 0;
new MutationObserver(function () {
  if (!slot.querySelector('.ad-banner')) {
    var ad = document.createElement('div'); ad.className = 'ad-banner'; ad.textContent = '充值送会员，限时五折';
    slot.appendChild(ad); document.body.dataset.reinserted = String(++reinserted);
  }
}).observe(slot, { childList: true, subtree: true });
</script></body></html>`;
}

/**
 * A chapter page whose script watches the chapter box and puts its spam line (the box's last text
 * node) back whenever it is taken out, while a feed beside the box adds a node every 50 ms for
 * `feedMs`, an ad among them now and then. The box as served is kept in `window.servedBox`.
 */
export function spamBackPage(feedMs: number): string {
  const chapter = Array.from({ length: 60 }, (_, i) => paragraph(i)).join('\n');
  return `${head('第七章 放回去的广告')}<h1>第七章 放回去的广告</h1>${NAV}<div id="content">${chapter}\n\u3000\u3000${ADS[0]}</div>${NAV}
<div id="feed"></div>
<script>
var box = document.getElementById('content'), spam = box.lastChild, putBack = 0;
window.servedBox = box.outerHTML;
new MutationObserver(function () {
  if (box.contains(spam)) return;
  box.appendChild(spam);
  document.body.dataset.putBack = String(++putBack);
}).observe(box, { childList: true, subtree: true });
var feed = document.getElementById('feed'), started = Date.now(), n = 0;
var timer = setInterval(function () {
  if (Date.now() - started > ${feedMs}) { clearInterval(timer); document.body.dataset.feedDone = '1'; return; }
  var div = document.createElement('div');
  div.className = n % 4 === 0 ? 'gg-ad' : 'feed-item';
  div.textContent = n % 4 === 0 ? ${JSON.stringify(ADS[2])} : '动态 ' + n;
  feed.appendChild(div);
  n++;
}, 50);
</script></body></html>`;
}

/** A chapter page that keeps its chapter in an open shadow root. */
export function shadowChapterPage(): string {
  const chapter = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('');
  return `${head('第六章 影子里的章')}<h1>第六章 影子里的章</h1>${NAV}<novel-text></novel-text>
<script>
var host = document.querySelector('novel-text');
var root = host.attachShadow({ mode: 'open' });
var box = document.createElement('div'); box.id = 'content';
box.innerHTML = ${JSON.stringify(chapter + ADS[0] + '<br>')};
root.appendChild(box);
</script></body></html>`;
}

/** A frame set: the chapter page (`inner`) shown in an iframe of an otherwise empty page. */
export function framedChapterPage(innerUrl: string): string {
  return `${head('书页')}<iframe src="${innerUrl}" style="width:100%;height:800px;border:0"></iframe></body></html>`;
}
