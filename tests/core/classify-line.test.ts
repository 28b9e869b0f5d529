import { describe, expect, it } from 'vitest';
import { applyCut, classifyLine, type LineContext } from '@/core/classify-line';
import { findWebAddresses } from '@/core/web-address';

const SITE: LineContext = { siteNames: ['笔趣阁'], pageNames: ['斗破苍穹'], host: 'www.biqugezw.com' };

/** Spam and boilerplate that must go, the strings from USERS.md among them. */
const MUST_REMOVE: Array<[string, string]> = [
  ['天才一秒记住本站地址：www.biqugezw.com，最快更新！无广告！', 'remember-address'],
  ['(本章完)', 'chapter-end-marker'],
  ['（本章未完，请翻页）', 'unfinished-notice'],
  ['手机用户请浏览m.biqugezw.com阅读，更优质的阅读体验。', 'mobile-app'],
  ['UＵ看书 ｗww.uukａnｓhu．com', 'web-address'],
  ['本.章.未.完.，.登.录.「.起.点.读.书.」和.书.友.一.起.读.正.版.原.文.！', 'unfinished-notice'],
  ['精../华../书../阁../无../错../首../发~~', 'disguised-spacing'],
  ['请勿开启浏览器阅读模式', 'reader-mode-warning'],
  ['www.biqugezw.com', 'site-host'],
  ['biqugezw.com', 'site-host'],
  ['本站所有小说为转载作品,所有章节均由网友上传,转载至本站只是为了宣传本书让更多读者欣赏。', 'copyright'],
  ['Copyright 2020 西红柿小说 all Rights Reserved', 'copyright'],
  ['推荐阅读：甲乙传说 、丙丁兵王 、戊己氏', 'recommendations'],
  ['大家都在看 甲乙传说 丙丁兵王', 'recommendations'],
  ['熱門推薦：甲乙傳說、丙丁兵王', 'recommendations'],
  // A notice that opens with a bracketed 未完待续 and goes on, whatever follows.
  ['（未完待续，如欲知后事如何，请登陆，章节更多，支持作者，支持正版阅读！）', 'chapter-end-marker'],
  ['(未完待續請搜索飄天文學，小说更好更新更快!', 'chapter-end-marker'],
  [
    '(未完待续。如果您喜欢这部作品，欢迎您来起点（qidian.com）投推荐票、月票，您的支持，就是我最大的动力。)',
    'chapter-end-marker',
  ],
  [
    '章节错误,点此举报(免注册),举报后维护人员会在两分钟内校正章节内容,请耐心等待,并刷新页面。',
    'error-report',
  ],
  ['作者求捧场月票', 'vote-begging'],
  ['请关闭浏览器阅读模式后查看本章节，否则将出现无法翻页或章节内容丢失等现象。', 'reader-mode-warning'],
  ['笔趣阁', 'site-name'],
  ['稻草人书屋', 'site-name'],
  ['上一页<', 'navigation-residue'],
  ['ｗｗｗ．ｂｉｑｕｇｅｚｗ．ｃｏｍ', 'site-host'],
  ['一\u200b秒\u200b记\u200b住\u200b本\u200b站', 'remember-address'],
  ['ＷＷＷ.ＢＩＱＵＧＥＺＷ.ＣＯＭ 最快更新', 'web-address'],
  [
    '小说斗破苍穹 所有内容均来自互联网，笔趣阁只为原作者的小说进行宣传。欢迎各位书友支持并收藏斗破苍穹最新章节 。',
    'copyright',
  ],
  // An address whose dots are written as sentence ends must not be split into two sentences.
  ['笔趣阁网址ｍ．biqiudu。com', 'web-address'],
  ['请向你的朋友（QQ、博客、微信等方式）推荐本书', 'site-promo'],
  ['百万热门书籍终身无广告免费阅读', 'fast-update'],
  ['更多精彩小说请访问', 'site-promo'],
  ['提示：浏览器搜索', 'site-promo'],
  ['如果此章是作者求票之类废话的，请跳过继续看下一章', 'vote-begging'],
  ['手机站全新改版升级地址', 'mobile-app'],
  ['还不错的话请不要忘记向您QQ群和微博里的朋友推荐哦！', 'vote-begging'],
  ['关注公众号：书粉基地，关注即送现金、点币！', 'contact-promo'],
];

/** Story that must stay: known false positives of other tools, and our own risky sentences. */
const MUST_KEEP: string[] = [
  '“掌门指点？…你们两个搞了什么PY交易啊…”',
  '“你看过第三章了吗？未来的事要先完成，等待不是办法，我们继续。”',
  '他翻到第三章，却发现后面的内容还没有写完。',
  '她把手机调成阅读模式，继续看番茄小说上的连载。',
  '他在小书亭里找到了那本旧书，封面已经发黄。',
  'The string and the rivers were rising; Xing and Rika waited.',
  '他在浏览器里输入了www.baidu.com，页面却迟迟打不开。',
  '他输入了www.baidu.com。',
  '这家小说网站号称最快更新，其实早就停更了。',
  '“你记住了吗？”她问。',
  '第一章的钟声响起时，他正在山门前扫雪，雪落无声。',
  '他看着后台的月票榜，这个月又涨了三百张月票。',
  '江倾目光敏锐地捕捉到了这个动作，他微微一笑，抬手示意工作人员递上话筒。',
  '“请勿开启那扇门，”老人压低声音，“里面的东西会醒。”',
  '他求票的样子很滑稽，同学们都笑了。',
  // Story words inside the gap of a phrase ("请向 … 推荐") are not the phrase's: unpunctuated, too.
  '她请向来沉默的师兄推荐一本剑谱',
  '他请向导带路，又让店家推荐了一家客栈',
  // Short narration around ad words, with or without its full stop: told about someone, or told.
  '他登录会员账号查了余额',
  '他欢迎你来做客',
  '他们推荐给你的朋友都来了',
  '他领取现金红包。',
  '他看正版的书',
  '客户端下载失败了',
  '内容报错了三次',
  '加入书签的时候方便多了',
  // Places that end like site names: an academy, a library; a sentence about one.
  '白鹿书院',
  '他走进白鹿书院',
  '青云书阁。',
  '她去了南山书屋',
  // Sentences that open with the words of a recommendation label, without the label's colon.
  '大家都在看他，一言不发',
  '热门小说改编的电影，他看了三遍',
  '猜你喜欢吃什么，他问',
  '强烈推荐你去看看，她说',
  // Short lines around ad words, with no full stop: what is left beside them is a clause of story.
  '他说求月票的事',
  '那天我们充值了',
  '求月票的人很多',
  '“下载app？”',
  '未完待续的故事，还在风里继续。',
  '这部精彩小说让他熬了一整夜，天亮时才合上书。',
  '他打开浏览器搜索那个名字，结果一无所获。',
  '她请向导推荐了一条近路，傍晚就到了山脚。',
  '“请向我们的朋友推荐一下吧。”',
  '他在浏览器里输入了www.baidu。com，页面却迟迟打不开。',
  '她念出网址www.abc。com。他点点头。',
  '。',
];

describe('classifyLine', () => {
  it.each(MUST_REMOVE)('removes %s', (line, rule) => {
    expect(classifyLine(line, SITE)).toEqual({ action: 'remove', rule });
  });

  it.each(MUST_KEEP)('keeps %s', (line) => {
    expect(['keep', 'flag']).toContain(classifyLine(line, SITE).action);
  });

  it('cuts an ad glued after a story sentence and keeps the sentence', () => {
    const line = '他转身离开了。天才一秒记住本站地址：www.biqugezw.com';
    const verdict = classifyLine(line, SITE);
    expect(verdict).toEqual({ action: 'cut', rule: 'remember-address', spans: [[7, line.length]] });
  });

  it.each([' ', '\u3000', '\u00a0', '  '])(
    'cuts a disguised address glued after a story sentence and %j, and only the address',
    (space) => {
      const story = '他推开门，慢慢走了进去，屋里一片漆黑。';
      const line = `${story}${space}UＵ看书 ｗww.uukａnｓhu．com`;
      const verdict = classifyLine(line, {});
      expect(verdict.action).toBe('cut');
      if (verdict.action === 'cut') expect(applyCut(line, verdict.spans).kept.trimEnd()).toBe(story);
    },
  );

  it('finds an address where it is when spaces after earlier dots were glued away', () => {
    const line = '他说。 她笑。 ｗww.uukａnｓhu．com';
    const [span] = findWebAddresses(line);
    expect(line.slice(...span!)).toBe('ｗww.uukａnｓhu．com');
  });

  it('cuts an ad glued before a story sentence', () => {
    const line = '笔趣阁 www.biqugezw.com，最快更新！他推开门，雪落了进来。';
    const verdict = classifyLine(line, SITE);
    expect(verdict.action).toBe('cut');
    if (verdict.action === 'cut') expect(applyCut(line, verdict.spans).kept).toBe('他推开门，雪落了进来。');
  });

  it('flags a lone book title instead of removing it', () => {
    expect(classifyLine('《仙木奇缘》', SITE)).toEqual({
      action: 'flag',
      reason: { code: 'flag.loneBookTitle', params: {} },
    });
  });

  it('flags ad words inside dialogue instead of removing them', () => {
    expect(classifyLine('“天才一秒记住本站地址”', SITE).action).toBe('flag');
  });

  it('removes a copy of the chapter title but keeps a paragraph that starts with its words', () => {
    const context = { ...SITE, title: '第一章 陨落的天才' };
    expect(classifyLine('第一章 陨落的天才', context)).toEqual({ action: 'remove', rule: 'repeated-title' });
    expect(classifyLine('第一章 陨落的天才少年站在石碑前，沉默不语。', context).action).toBe('keep');
  });

  it('around the chapter, leaves the site name and navigation words alone', () => {
    const chrome: LineContext = { ...SITE, where: 'chrome' };
    expect(classifyLine('笔趣阁', chrome).action).toBe('keep');
    expect(classifyLine('加入书签', chrome).action).toBe('keep');
    expect(classifyLine('内容报错', chrome)).toEqual({ action: 'remove', rule: 'error-report' });
  });
});
