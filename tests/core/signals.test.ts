/**
 * The generic signals, one table each: the shapes sites use (written for these tests, no site's own
 * text), and story lines with the same words that must stay. Context is what a page tells of itself:
 * the site's names and registrable domain, the book, the title's parts.
 */
import { describe, expect, it } from 'vitest';
import { applyCut, classifyLine, type LineContext } from '@/core/classify-line';

const PAGE: LineContext = {
  siteNames: ['长风书院网', '长风文学'],
  siteDomains: ['cfwx88'],
  pageNames: ['雪夜行舟'],
  titleParts: ['第十二章 渡口', '雪夜行舟', '玄幻小说', '长风文学'],
};

const removedBy = (line: string, context: LineContext = PAGE) => {
  const verdict = classifyLine(line, context);
  return verdict.action === 'remove' ? verdict.rule : verdict.action;
};

describe('site identity', () => {
  it.each([
    ['www!cfwx88*com', 'web-address'],
    ['w w w . c f w x 8 8 . c o m', 'web-address'],
    ['ｃｆｗｘ８８。ｃｏｍ 手机阅读更方便', 'web-address'],
    ['请记住长风文学，更新最快的小说站', 'fast-update'],
    ['长风文学提醒您：請記住本站域名', 'remember-address'],
  ])('removes %s', (line, rule) => {
    expect(removedBy(line)).toBe(rule);
  });

  it.each(['他在长风文学的旧址前站了很久。', '长风文学四个字，是她父亲题的。', '“长风文学？没听说过。”'])(
    'keeps %s',
    (line) => {
      expect(['keep', 'flag']).toContain(classifyLine(line, PAGE).action);
    },
  );
});

describe('recommendation lists', () => {
  it.each([
    '同类小说点击周榜: 青灯 旧梦 北风吹雪 山河故人',
    '新书入库：青灯、旧梦、北风吹雪',
    '本站推荐：《青灯》《旧梦》《北风吹雪》',
    '熱門推薦：青燈、舊夢、北風吹雪',
    '更多推荐：',
    '你可能会喜欢',
  ])('removes %s', (line) => {
    expect(removedBy(line)).toBe('recommendations');
  });

  it.each([
    '我很喜欢',
    '大家都在看他，一言不发',
    '她喜欢：青灯、旧梦，还有北方的雪。',
    '推荐信已经寄出去了。',
  ])('keeps %s', (line) => {
    expect(['keep', 'flag']).toContain(classifyLine(line, PAGE).action);
  });
});

describe('SEO lines', () => {
  it.each([
    '第十二章 渡口_雪夜行舟最新章节_玄幻小说',
    '雪夜行舟 - 第十二章 渡口 - 长风文学',
    '雪夜行舟全文阅读',
    '雪夜行舟最新章节',
  ])('removes %s', (line) => {
    expect(removedBy(line)).not.toMatch(/^(keep|flag|cut)$/);
  });

  it('cuts a suffixed name glued before a story sentence, and only that', () => {
    const line = '雪夜行舟全文阅读 他推开门，雪落了进来。';
    const verdict = classifyLine(line, PAGE);
    expect(verdict.action).toBe('cut');
    if (verdict.action === 'cut')
      expect(applyCut(line, verdict.spans).kept.trim()).toBe('他推开门，雪落了进来。');
  });
});

describe("the site's own address planted in brackets inside a story sentence", () => {
  it('cuts the brackets and their address, and keeps the sentence around them', () => {
    const line = '他走过长街，雨水顺着屋檐滴下来(ｗｗｗ．ｃｆｗｘ８８．ｃｏｍ)，灯笼在风里轻轻摇晃。';
    const verdict = classifyLine(line, PAGE);
    expect(verdict.action).toBe('cut');
    if (verdict.action === 'cut')
      expect(applyCut(line, verdict.spans).kept).toBe('他走过长街，雨水顺着屋檐滴下来，灯笼在风里轻轻摇晃。');
  });

  it("keeps another site's address that a character types", () => {
    const verdict = classifyLine('他在地址栏里输入了(www.baidu.com)，按下回车。', PAGE);
    expect(['keep', 'flag']).toContain(verdict.action);
  });
});

describe('reader controls written as text', () => {
  it.each([
    ['『加入书签，方便阅读』', 'reader-controls'],
    ['『章节错误,点此举报』', 'reader-controls'],
    ['（快捷键:←）', 'keyboard-hint'],
    ['按“键盘左键←”返回上一章 按“键盘右键→”进入下一章', 'reader-controls'],
    ['按“键盘左键←”返回上一章 按“键盘右键→”进入下一章 按“空格键”向下滚动', 'reader-controls'],
    ['第十二章 渡口(1/2),点击下一页继续阅读。', 'unfinished-notice'],
    ['←上一章 目录 下一章→', 'reader-controls'],
    ['↑↑↑↑点击上方蓝字关注↑↑↑↑', 'reader-controls'],
    ['上一篇：第十一章 雨夜 下一篇：第十三章 天明', 'navigation-residue'],
    ['报错 收藏', 'navigation-residue'],
    ['加入书架', 'navigation-residue'],
  ])('removes %s', (line, rule) => {
    expect(removedBy(line)).toBe(rule);
  });

  it('cuts a keyboard hint glued to a story sentence', () => {
    const line = '雪停了。（快捷键 ←）上一章 ｜ 返回目录 ｜ 下一章（快捷键 →）';
    const verdict = classifyLine(line, PAGE);
    expect(verdict.action).toBe('cut');
    if (verdict.action === 'cut') expect(applyCut(line, verdict.spans).kept.trim()).toBe('雪停了。');
  });

  it('keeps a sentence that tells of pressing a key', () => {
    expect(['keep', 'flag']).toContain(classifyLine('他按下←键，回到了上一章的位置。', PAGE).action);
    expect(['keep', 'flag']).toContain(
      classifyLine('他按着键盘向下滚动，屏幕上的字一行行往上走←', PAGE).action,
    );
  });
});

describe("the page's own notices and promotions", () => {
  it.each([
    ['頁面執行時間: 0.02', 'page-chrome'],
    ['Processed in 0.031 second(s)', 'page-chrome'],
    ['手機版頁面，請使用手機閱讀', 'mobile-app'],
    ['內容加載失敗！請重載或更換瀏覽器', 'page-chrome'],
    ['手機網頁版(簡體) 手機網頁版(繁體)', 'page-chrome'],
    ['App store 下载 Android 下载', 'mobile-app'],
    ['扫描二维码下载长风文学客户端', 'page-chrome'],
    ['喜欢本书的朋友请关注我的公众威信：cfwx_reader', 'contact-promo'],
    ['加V信 cf88888 领取全本', 'contact-promo'],
    ['亲,点击进去,给个好评呗,分数越高更新越快', 'vote-begging'],
    ['亲,点击进去,给个好评呗,分数越高更新越快,据说打满分的最后都找到了漂亮的老婆哦!', 'vote-begging'],
    ['各位书友，求月票了，这个月他的更新全靠大家了。', 'vote-begging'],
    [
      '《雪夜行舟》情节跌宕起伏、扣人心弦，是一本情节与文笔俱佳的玄幻小说，长风文学转载收集雪夜行舟最新章节。',
      'copyright',
    ],
    ['雪夜行舟最新章节内容由网友收集并提供，如有侵权请联系删除。', 'copyright'],
    ['如果您发现本小说有更新而本站没有更新的，请联系我们。', 'copyright'],
    ['本书由青豆小说网首发，转载请注明出处', 'site-promo'],
    ['【提示】如果觉得本书不错，请分享给您的朋友，您的支持是我们最大的动力！', 'vote-begging'],
    ['友情提示：本站不支持繁体，请在设置中切换', 'site-promo'],
    ['章节内容正在努力恢复中，请稍后再访问。', 'page-chrome'],
    ['看过《雪夜行舟》的书友还喜欢', 'recommendations'],
    ['最新全本：、、、、、、、、', 'recommendations'],
  ])('removes %s', (line, rule) => {
    expect(removedBy(line)).toBe(rule);
  });

  it.each([
    '她加了他的微信，却一直没有说话。',
    '“加我微信吧，”她把手机递过来，“以后好联系。”',
    '这场比赛扣人心弦，全场没有一个人坐得住。',
    '他的伤口正在恢复中，大夫说请稍后再来看他。',
    '列车到达本站，他提着箱子下了车。',
    '“加我微信吧，”她说。',
    '“加我微信，”他笑了笑。',
    '看过这部电影的人也喜欢吃爆米花。',
    '上一章他没说完的话，下一章也不会说了。',
    '他重新加载了弹匣，朝山下走去。',
    '门上贴着一张红纸，写着“欢迎各位书友”，字是他小时候写的。',
  ])('keeps %s', (line) => {
    expect(['keep', 'flag']).toContain(classifyLine(line, PAGE).action);
  });
});

describe('notes that explain a term', () => {
  it('flags a note that links a reference page instead of removing it', () => {
    const verdict = classifyLine('注：渡口指的是古时的官渡，见 https://baike.baidu.com/item/官渡', PAGE);
    expect(verdict).toEqual({
      action: 'flag',
      reason: { code: 'flag.referenceNote', params: { rule: 'web-address' } },
    });
  });
});
