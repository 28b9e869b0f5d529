/**
 * fast-check arbitraries for random chapter pages: story paragraphs made of ordinary narrative words
 * (no spam vocabulary, so every paragraph is story), spam lines inside the chapter box, spam glued to
 * the end of story paragraphs, ad elements around the box and optional chapter navigation.
 */
import fc from 'fast-check';

/** Narrative words whose characters appear in no spam phrase (no 本 站 书 章 读 新 手 网 首 …). */
const WORDS = [
  ...['他', '她', '老人', '孩子', '少年', '姑娘', '师父', '掌柜', '船家', '慢慢', '轻轻', '忽然', '终于'],
  ...['走进', '推开', '木门', '院子', '山路', '石阶', '河水', '灯笼', '雨水', '雪花', '风声', '窗外'],
  ...['远处', '钟声', '回头', '看见', '点头', '沉默', '低声', '说道', '笑了', '叹气', '茶碗', '桌上'],
  ...['火盆', '松柴', '竹篮', '铜钱', '长刀', '剑鞘', '衣袖', '夜色', '月光', '晨雾', '黄昏', '村口'],
  ...['老槐树', '屋檐', '渡口', '小船', '码头', '石桥', '灶台', '炊烟', '一盏', '一阵', '许久', '片刻'],
  ...['似乎', '仿佛', '已经', '还是', '没有', '的', '了', '着'],
];

/** Spam lines from USERS.md and the corpus spam list: test data. */
export const SPAM_LINES = [
  '天才一秒记住本站地址：www.biqugezw.com，最快更新！无广告！',
  '(本章完)',
  '（本章未完，请翻页）',
  '手机用户请浏览m.biqugezw.com阅读，更优质的阅读体验。',
  'UＵ看书 ｗww.uukａnｓhu．com',
  '本.章.未.完.，.登.录.「.起.点.读.书.」和.书.友.一.起.读.正.版.原.文.！',
  '精../华../书../阁../无../错../首../发~~',
  '请勿开启浏览器阅读模式',
  'www.biqugezw.com',
  '天\u200b才\u200b一\u200b秒\u200b记\u200b住\u200b本\u200b站',
  '本站所有小说为转载作品，所有章节均由网友上传，转载至本站只是为了宣传本书让更多读者欣赏。',
];

/** Spam that sites glue to the end of a story sentence. */
export const GLUED_SPAM = [
  '天才一秒记住本站地址：www.biqugezw.com',
  'UＵ看书 ｗww.uukａnｓhu．com',
  '手机用户请浏览m.biqugezw.com阅读，更优质的阅读体验。',
];

/** Ad elements sites put around the chapter box. */
export const AD_ELEMENTS = [
  '<iframe src="http://ads.example.net/300x250.html" width="300" height="250"></iframe>',
  '<ins class="adsbygoogle" style="display:block" data-ad-slot="1234"></ins>',
  '<div class="ad-box"><script>show_ad();</script></div>',
  '<div style="position:fixed;bottom:0;left:0">下载APP，免费看全本</div>',
  '<div class="footer"><p>本站所有小说为转载作品，所有章节均由网友上传，转载至本站只是为了宣传本书让更多读者欣赏。</p></div>',
  '<p class="rec">推荐阅读：<a href="/b/1/">寒江独钓录</a>、<a href="/b/2/">星河旧梦</a></p>',
  '<a href="http://game.example.org/" target="_blank"><img src="/img/banner.jpg" alt=""></a>',
];

export interface ChapterModel {
  shape: 'br' | 'p';
  story: string[];
  /** Spam lines put before story[at] (after the last paragraph when at ≥ story.length). */
  lineAds: Array<{ at: number; text: string }>;
  /** Spam appended to story[at], in the same line. */
  glued: Array<{ at: number; text: string }>;
  around: Array<{ before: boolean; html: string }>;
  nav: boolean;
}

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 12 })
  .chain((words) => fc.constantFrom('。', '！', '？').map((end) => `${words.join('')}${end}`));

export const storyParagraph = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([sentences, dialogue]) => (dialogue ? `“${sentences.join('')}”` : sentences.join('')));

export function chapterModel(options: { glued: { min: number; max: number } }) {
  const placed = (texts: readonly string[], max: number) =>
    fc.array(fc.record({ at: fc.nat(14), text: fc.constantFrom(...texts) }), { maxLength: max });
  return fc.record({
    shape: fc.constantFrom<'br' | 'p'>('br', 'p'),
    story: fc.array(storyParagraph, { minLength: 6, maxLength: 12 }),
    lineAds: placed(SPAM_LINES, 3),
    glued: fc.array(fc.record({ at: fc.nat(11), text: fc.constantFrom(...GLUED_SPAM) }), {
      minLength: options.glued.min,
      maxLength: options.glued.max,
    }),
    around: fc.array(fc.record({ before: fc.boolean(), html: fc.constantFrom(...AD_ELEMENTS) }), {
      maxLength: 4,
    }),
    nav: fc.boolean(),
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The chapter's lines in page order: story (with glued spam) and spam lines. */
function chapterLines(model: ChapterModel): string[] {
  const lines: string[] = [];
  const adsAt = (index: number) =>
    model.lineAds.filter((ad) => Math.min(ad.at, model.story.length) === index);
  model.story.forEach((paragraph, index) => {
    lines.push(...adsAt(index).map((ad) => ad.text));
    const glued = model.glued.filter((ad) => ad.at % model.story.length === index);
    lines.push(paragraph + glued.map((ad) => ad.text).join(''));
  });
  lines.push(...adsAt(model.story.length).map((ad) => ad.text));
  return lines;
}

/** A whole chapter page for `model`. */
export function chapterHtml(model: ChapterModel): string {
  const lines = chapterLines(model).map(escapeHtml);
  const box =
    model.shape === 'br'
      ? `<div id="content">${lines.map((line) => `&nbsp;&nbsp;&nbsp;&nbsp;${line}<br /><br />`).join('\n')}</div>`
      : `<div class="content">${lines.map((line) => `<p>\u3000\u3000${line}</p>`).join('\n')}</div>`;
  const nav = model.nav
    ? '<div class="page-nav"><a href="/b/9/1.html">上一章</a> <a href="/b/9/">目录</a> <a href="/b/9/3.html">下一章</a></div>'
    : '';
  const around = (before: boolean) =>
    model.around
      .filter((ad) => ad.before === before)
      .map((ad) => ad.html)
      .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>第二章 夜路_长夜_示例书屋</title></head>
<body><div class="wrap"><h1>第二章 夜路</h1>${nav}${around(true)}
${box}
${around(false)}${nav}</div></body></html>`;
}
