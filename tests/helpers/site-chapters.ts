/**
 * Chapters of one made-up site, in our own placeholder prose: each carries the site's boilerplate
 * line (no rule names it) at the top of the chapter and its footer below the navigation, as real
 * sites repeat them on every chapter.
 */
export const BOILERPLATE = '本页由青竹工作室整理排版，转发请保留';
export const FOOTER = '青竹文库 · 夜读的好去处';

/** The story lines of chapter `n`. */
export function storyOf(n: number): string[] {
  return Array.from(
    { length: 10 },
    (_, i) => `第${n}夜，他沿着河岸走了很久，第${i + 1}盏灯在雾里亮了起来，远处有人在唱一首旧歌。`,
  );
}

/** Chapter `n` as the site serves it. */
export function siteChapter(n: number): string {
  const story = storyOf(n)
    .map((line) => `<p>${line}</p>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>第${n}章 灯下_长河夜渡_青竹文库</title></head>
<body><h1>第${n}章 灯下</h1><div id="text"><p>${BOILERPLATE}</p>${story}</div>
<div class="bar"><a href="/book/${n - 1}.html">上一章</a><a href="/book/">目录</a><a href="/book/${n + 1}.html">下一章</a></div>
<div class="foot">${FOOTER}</div></body></html>`;
}
