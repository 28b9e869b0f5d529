import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import type { ScrollAnchor } from '@/components/actions';
import { ReaderView } from '@/components/reader-view';
import { readAnchor, scrollToAnchor } from '@/components/scroll-anchor';
import { defaultSettings, type ReaderSettings } from '@/core/settings';
import { CHAPTER, mount, rerender } from './helpers';

/** happy-dom does no layout: paragraphs get a fake one, `height` px each, after an 80 px heading. */
let height = 100;
const HEADING = 80;

function fakeLayout() {
  const top = vi.spyOn(HTMLElement.prototype, 'offsetTop', 'get');
  top.mockImplementation(function (this: HTMLElement) {
    return this.dataset.paragraph === undefined ? 0 : HEADING + Number(this.dataset.paragraph) * height;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(() => height);
}

const chapter = { ...CHAPTER, kept: Array.from({ length: 10 }, (_, i) => `第${i}段。`) };
const reader = defaultSettings().reader;

function view(settings: ReaderSettings, initialScroll: ScrollAnchor | null, onScroll = vi.fn()) {
  return <ReaderView chapter={chapter} reader={settings} initialScroll={initialScroll} onScroll={onScroll} />;
}

beforeEach(() => {
  height = 100;
  fakeLayout();
});
afterEach(() => vi.restoreAllMocks());

describe('reading position', () => {
  it('is a paragraph and how far into it; the top of the page is the top', () => {
    const container = document.createElement('div');
    for (const index of [0, 1, 2]) {
      const paragraph = document.createElement('p');
      paragraph.dataset.paragraph = String(index);
      container.append(paragraph);
    }
    container.scrollTop = HEADING + 100 + 25;
    expect(readAnchor(container)).toEqual({ index: 1, offset: 0.25 });
    container.scrollTop = 10;
    expect(readAnchor(container)).toEqual({ index: 0, offset: 0 });
    scrollToAnchor(container, { index: 2, offset: 0.5 });
    expect(container.scrollTop).toBe(HEADING + 250);
    scrollToAnchor(container, { index: 0, offset: 0 });
    expect(container.scrollTop).toBe(0);
  });

  it('is restored when the reader opens', async () => {
    const root = await mount(view(reader, { index: 5, offset: 0.5 }));
    expect(root.querySelector<HTMLElement>('.reader-scroll')!.scrollTop).toBe(HEADING + 550);
  });

  it('is saved once scrolling rests, and when the popup closes', async () => {
    const onScroll = vi.fn();
    const root = await mount(view(reader, null, onScroll));
    const scroller = root.querySelector<HTMLElement>('.reader-scroll')!;
    scroller.scrollTop = HEADING + 200 + 50;
    scroller.dispatchEvent(new Event('scroll'));
    expect(onScroll).not.toHaveBeenCalled();
    await act(() => new Promise((resolve) => setTimeout(resolve, 350)));
    expect(onScroll).toHaveBeenCalledWith({ index: 2, offset: 0.5 });
    scroller.scrollTop = HEADING + 700;
    scroller.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('pagehide'));
    expect(onScroll).toHaveBeenLastCalledWith({ index: 7, offset: 0 });
  });

  it('stays on the same paragraph when the font size changes', async () => {
    const root = await mount(view(reader, { index: 4, offset: 0.5 }));
    const scroller = root.querySelector<HTMLElement>('.reader-scroll')!;
    height = 150;
    await rerender(view({ ...reader, fontSize: 27 }, null), root);
    expect(scroller.scrollTop).toBe(HEADING + 4 * 150 + 75);
  });
});
