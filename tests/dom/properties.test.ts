/**
 * Contracts of the page cleaner on random chapter pages (see tests/helpers/chapter-arbitraries.ts):
 * cleaning twice equals cleaning once, undo restores the exact DOM (all at once or one by one in any
 * order), and random ad insertion never costs a story line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactText } from '@/core/normalize';
import { PageCleaner } from '@/dom/clean-page';
import { chapterHtml, chapterModel, type ChapterModel } from '../helpers/chapter-arbitraries';
import { loadPage } from '../helpers/load-page';

const RUNS = { numRuns: 60 };

/** Runs `check` on a fresh page for `model`, closing the page afterwards. */
function withPage<T>(model: ChapterModel, check: (doc: Document) => T): T {
  const page = loadPage(chapterHtml(model));
  try {
    return check(page.document);
  } finally {
    page.close();
  }
}

/** Story paragraphs missing from the chapter text left after cleaning. */
function lostStory(model: ChapterModel): string[] {
  return withPage(model, (doc) => {
    const cleaner = new PageCleaner(doc);
    expect(cleaner.clean().isChapter).toBe(true);
    const left = compactText(cleaner.paragraphs().join(''));
    return model.story.filter((paragraph) => !left.includes(compactText(paragraph)));
  });
}

const anyChapter = chapterModel({ glued: { min: 0, max: 2 } });

describe('page cleaner properties', () => {
  it('cleaning twice equals cleaning once', () => {
    fc.assert(
      fc.property(anyChapter, (model) =>
        withPage(model, (doc) => {
          new PageCleaner(doc).clean();
          const once = doc.body.outerHTML;
          new PageCleaner(doc).clean();
          expect(doc.body.outerHTML).toBe(once);
        }),
      ),
      RUNS,
    );
  });

  it('restoreAll restores body.outerHTML exactly', () => {
    fc.assert(
      fc.property(anyChapter, (model) =>
        withPage(model, (doc) => {
          const before = doc.body.outerHTML;
          const cleaner = new PageCleaner(doc);
          cleaner.clean();
          cleaner.restoreAll();
          expect(doc.body.outerHTML).toBe(before);
        }),
      ),
      RUNS,
    );
  });

  it('restoring removals one by one in any order restores exactly', () => {
    const keys = fc.array(fc.double({ noNaN: true }), { minLength: 32, maxLength: 32 });
    fc.assert(
      fc.property(anyChapter, keys, (model, order) =>
        withPage(model, (doc) => {
          const before = doc.body.outerHTML;
          const cleaner = new PageCleaner(doc);
          const ids = cleaner.clean().removed.map((entry) => entry.id);
          const shuffled = ids
            .map((id, index) => ({ id, key: order[index % order.length]! }))
            .sort((a, b) => a.key - b.key);
          for (const { id } of shuffled) expect(cleaner.restore(id), `restore(${id})`).toBe(true);
          expect(cleaner.report().removed).toEqual([]);
          expect(doc.body.outerHTML).toBe(before);
        }),
      ),
      RUNS,
    );
  });

  it('random ad lines and ad elements never cost a story line', () => {
    fc.assert(
      fc.property(chapterModel({ glued: { min: 0, max: 0 } }), (model) => {
        expect(lostStory(model)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('an ad glued to the end of a story paragraph never costs the story', () => {
    fc.assert(
      fc.property(chapterModel({ glued: { min: 1, max: 2 } }), (model) => {
        expect(lostStory(model)).toEqual([]);
      }),
      RUNS,
    );
  });
});
