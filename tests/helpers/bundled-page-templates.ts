/**
 * Page templates for the bundled-chapter page tests (tests/dom/bundled-pages.test.ts): four shapes of
 * chapter page that Chinese novel sites serve, written for these tests (markup and surrounding words
 * are ours). Each carries a chapter heading, 上一章/目录/下一章 navigation, a recommendation block and
 * ad slots around the text; the paragraphs given are put into the text box one per line, as given
 * (leading whitespace included), so a test knows exactly which lines the page carries.
 */

/** What a template needs: the page's chapter heading, its book and site, and the text's lines. */
export interface PageContent {
  /** Chapter heading, e.g. "第八百零八章 掌声如潮". */
  title: string;
  book: string;
  site: string;
  /** The lines of the chapter text box, in page order: story, injected ads, site footer… */
  lines: readonly string[];
}

export interface PageShape {
  /** Short name used in test titles. */
  name: string;
  /** The host the page is served from (the cleaner's "a line that is only the host name"). */
  host: string;
  /** The selector of the element that holds the chapter text. */
  container: string;
  render(content: PageContent): string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as HTML: markup characters escaped, nothing else changed. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ENTITIES[char]!);
}

/** `&nbsp;` indents are how 笔趣阁-style boxes indent; a line that has its own indent keeps it. */
function nbspIndent(line: string): string {
  return /^\s/.test(line) ? escapeHtml(line) : `&nbsp;&nbsp;&nbsp;&nbsp;${escapeHtml(line)}`;
}

/** 笔趣阁: the text is one `#content` box of text nodes and `<br /><br />`, indented with `&nbsp;`. */
const biquge: PageShape = {
  name: 'br #content (笔趣阁)',
  host: 'www.xhsxs.com',
  container: '#content',
  render: ({ title, book, site, lines }) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(`${title}_${book}_${site}`)}</title>
<meta name="keywords" content="${escapeHtml(`${book},${title}`)}">
<link rel="stylesheet" href="/css/style.css"></head>
<body><div id="wrapper">
<div class="header"><div class="logo"><a href="/">${escapeHtml(site)}</a></div>
<div class="search"><form action="/search.php"><input name="q" placeholder="书名或作者"><button>搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xuanhuan/">玄幻小说</a></li><li><a href="/dushi/">都市小说</a></li><li><a href="/kehuan/">科幻小说</a></li><li><a href="/paihang/">排行榜</a></li></ul></div>
<div class="box_con">
<div class="con_top"><a href="/">${escapeHtml(site)}</a> &gt; <a href="/book/2808/">${escapeHtml(book)}</a> &gt; ${escapeHtml(title)}</div>
<div class="bookname"><h1>${escapeHtml(title)}</h1>
<div class="bottem1"><a href="/book/2808/807.html">上一章</a> &larr; <a href="/book/2808/">章节目录</a> &rarr; <a href="/book/2808/809.html">下一章</a> <a href="javascript:addBookCase();">加入书签</a></div>
<div class="lm">热门推荐：<a href="/book/11/">星河漫游指南</a>、<a href="/book/12/">算力纪元</a>、<a href="/book/13/">我在硅谷写代码</a>、<a href="/book/14/">奇点之后</a></div></div>
<div class="ad-slot" id="ad-top"><a href="https://ads.example.invalid/c?id=7" target="_blank">开局送满级VIP，充值一元得百倍返利</a></div>
<div id="content">
${lines.map((line) => `${nbspIndent(line)}<br /><br />`).join('\n')}
</div>
<div class="ad-slot" id="ad-bottom"><script>/* ad loader */</script><a href="https://ads.example.invalid/c?id=8">真人在线棋牌，注册即送88元</a></div>
<div class="bottem2"><a href="/book/2808/807.html">上一章</a> &larr; <a href="/book/2808/">章节目录</a> &rarr; <a href="/book/2808/809.html">下一章</a> <a href="/report.php">章节报错</a></div>
</div>
<div class="tuijian"><h3>猜你喜欢</h3><ul><li><a href="/book/21/">重生之科技霸主</a></li><li><a href="/book/22/">天才少女的实验室</a></li><li><a href="/book/23/">从零开始的大模型</a></li><li><a href="/book/24/">超维计算</a></li></ul></div>
<div class="footer"><p>${escapeHtml(site)}提供最新章节免费阅读，请勿用于商业用途。</p></div>
</div></body></html>`,
};

/** A 起点/纵横-style reader: `<p>` paragraphs in a `.read-content` div under a `.j_chapterName` heading. */
const reader: PageShape = {
  name: 'p in a reader div',
  host: 'read.shuyuan-demo.com',
  container: '.read-content',
  render: ({ title, book, site, lines }) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeHtml(`${book} ${title} 在线阅读 - ${site}`)}</title></head>
<body class="theme-0">
<div class="top-bar"><a href="/">${escapeHtml(site)}</a><a href="/bookshelf">我的书架</a><a href="/login">登录</a></div>
<div class="reader-wrap">
<div class="left-bar-list"><a class="catalog" href="/chapterlist/2808">目录</a><a href="/setting">设置</a><a href="/mobile">手机阅读</a></div>
<div class="main-text-wrap">
<div class="text-head"><h3 class="j_chapterName"><span class="content-wrap">${escapeHtml(title)}</span></h3>
<div class="text-info"><span class="book">${escapeHtml(book)}</span><span class="words">字数：9842</span><span class="time">2024-05-21 08:00</span></div></div>
<div class="banner-ad" data-slot="reader-top"><a href="https://promo.example.invalid/app">下载${escapeHtml(site)}APP，新人七天免费畅读</a></div>
<div class="read-content j_readContent">
${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
</div>
<div class="banner-ad" data-slot="reader-bottom"><iframe src="about:blank" title="ad"></iframe><span>广告</span></div>
<div class="chapter-control"><a id="j_chapterPrev" href="/chapter/2808/807">上一章</a><a href="/chapterlist/2808">目录</a><a id="j_chapterNext" href="/chapter/2808/809">下一章</a></div>
</div>
<div class="recommend"><h4>本书读者还喜欢</h4><ul><li><a href="/book/31">深空回响</a></li><li><a href="/book/32">代码与玫瑰</a></li><li><a href="/book/33">我的AI老婆是天才</a></li></ul></div>
</div>
<div class="footer">${escapeHtml(site)} 版权所有 · 联系我们 · 用户协议</div>
</body></html>`,
};

/** A mobile site: text nodes with `<br><br>` in `#chaptercontent`, under a bar with 上一章/目录/下一章. */
const mobile: PageShape = {
  name: 'mobile #chaptercontent',
  host: 'm.xhsxs.com',
  container: '#chaptercontent',
  render: ({ title, book, site, lines }) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<title>${escapeHtml(`${title}_${book}_${site}手机版`)}</title></head>
<body id="read">
<div class="header"><a class="back" href="javascript:history.go(-1);">返回</a><h1 class="title">${escapeHtml(title)}</h1><a class="bookcase" href="/m/bookcase.php">书架</a></div>
<div class="Readpage pagedown"><a id="pb_prev" href="/m/2808/807.html" class="Readpage_up">上一章</a><a id="pb_mulu" href="/m/2808/">目录</a><a id="pb_next" href="/m/2808/809.html" class="Readpage_down">下一章</a></div>
<div class="mad" id="mad-top"><a href="/m/app.html">打开APP，阅读体验更流畅，首章免费</a></div>
<div id="chaptercontent" class="Readarea ReadAjax_content">
${lines.map((line) => `${escapeHtml(/^\s/.test(line) ? line : `\u3000\u3000${line}`)}<br><br>`).join('\n')}
</div>
<div class="Readpage pagedown"><a href="/m/2808/807.html" class="Readpage_up">上一章</a><a href="/m/2808/">目录</a><a href="/m/2808/809.html" class="Readpage_down">下一章</a></div>
<div class="hot"><p class="hot-title">热门小说推荐</p><a href="/m/book/41/">都市最强科学家</a><a href="/m/book/42/">灵气复苏之数据之神</a><a href="/m/book/43/">学霸的黑科技系统</a></div>
<div id="fixed-app-banner" class="mad" style="position: fixed; bottom: 0; left: 0; right: 0; z-index: 999;"><a href="/m/app.html">下载APP，免费看全本</a><span class="close">×</span></div>
<div class="footer"><a href="/m/">首页</a> | <a href="/m/sort/">分类</a> | <a href="/m/top/">排行</a></div>
</body></html>`,
};

/** A light-novel site: `<p>` in `#acontent` under `#atitle`, with an in-text ad slot, 目录/书页 links. */
const lightNovel: PageShape = {
  name: 'light-novel #acontent',
  host: 'www.linovel-demo.net',
  container: '#acontent',
  render: ({ title, book, site, lines }) => {
    const middle = Math.floor(lines.length / 2);
    const body = lines.map((line, i) =>
      i === middle
        ? `<div class="ad-inline" data-ad="mid"><a href="https://ads.example.invalid/n">轻小说周边限时五折</a></div>\n<p>${escapeHtml(line)}</p>`
        : `<p>${escapeHtml(line)}</p>`,
    );
    return `<!DOCTYPE html>
<html lang="zh-Hans"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${escapeHtml(`${book} ${title}_${site}`)}</title></head>
<body id="aread">
<header id="header" class="header"><a href="javascript:history.back()" class="back">返回</a><a href="/" class="home">首页</a></header>
<div id="apage">
<div class="atitle"><h1 id="atitle">${escapeHtml(title)}</h1><h3>第四十卷</h3></div>
<div class="ad-top" id="adv1"><a href="https://ads.example.invalid/l">手游新服开启，登录送十连抽</a></div>
<div id="acontent" class="acontent">
${body.join('\n')}
</div>
<div class="mlfy_page"><a href="/novel/2808/807.html">上一章</a><a href="/novel/2808/catalog">目录</a><a href="/novel/2808.html">书页</a><a href="/novel/2808/809.html">下一章</a></div>
<div class="recommend-box"><h3>同类作品推荐</h3><ul><li><a href="/novel/51.html">魔导工程师的日常</a></li><li><a href="/novel/52.html">电子幽灵与夏日祭</a></li><li><a href="/novel/53.html">异世界算力革命</a></li></ul></div>
</div>
<div id="footlink" class="footer"><p>${escapeHtml(site)} · 轻小说阅读平台</p></div>
</body></html>`;
  },
};

/** Every shape, in a fixed order. */
export const PAGE_SHAPES: readonly PageShape[] = [biquge, reader, mobile, lightNovel];
