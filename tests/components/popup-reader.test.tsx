import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { PopupApp } from '@/components/popup-app';
import { defaultSettings } from '@/core/settings';
import { CHAPTER, click, key, mockActions, mount, settle, t, text } from './helpers';

afterEach(() => {
  act(() => render(null, document.body.firstElementChild ?? document.body));
});

describe('popup reader', () => {
  it('shows the derived heading, marked as derived, and the kept paragraphs in order', async () => {
    const root = await mount(<PopupApp actions={mockActions()} />);
    expect(text(root, 'h1')).toBe('掌声如潮水般起伏');
    expect(text(root, '.reader__title-note')).toBe(t('headingDerivedNote'));
    const paragraphs = [...root.querySelectorAll('.reader__paragraph')].map((p) => p.textContent);
    expect(paragraphs).toEqual(CHAPTER.kept);
  });

  it('keeps the removed site lines behind a closed disclosure, each with its rule', async () => {
    const root = await mount(<PopupApp actions={mockActions()} />);
    const details = root.querySelector('details.reader__removed') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(text(details, 'summary')).toBe('已移除的站点信息 (2)');
    expect([...details.querySelectorAll('.reader__removed-text')].map((p) => p.textContent)).toEqual(
      CHAPTER.removed.map((removal) => removal.text),
    );
    expect(text(details, '.reader__removed-rule .removal__rule')).toBe('内置章节的网站页脚');
  });

  it('renders page text as text, never as markup', async () => {
    const hostile = { ...CHAPTER, kept: ['<img src=x onerror="alert(1)">正文'] };
    const root = await mount(<PopupApp actions={mockActions(undefined, hostile)} />);
    expect(root.querySelector('img')).toBeNull();
    expect(text(root, '.reader__paragraph')).toBe('<img src=x onerror="alert(1)">正文');
  });

  it('paints nothing but the fixed frame until settings and chapter are known', async () => {
    const actions = mockActions();
    let finish: (value: typeof CHAPTER) => void = () => undefined;
    actions.loadBundledChapter.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const root = await mount(<PopupApp actions={actions} />);
    expect(root.querySelector('main.popup')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('.reader')).toBeNull();
    await act(async () => finish(CHAPTER));
    await settle();
    expect(root.querySelector('main.popup')?.getAttribute('data-ready')).toBe('true');
  });

  it('says plainly when the bundled chapter cannot be loaded', async () => {
    const actions = mockActions();
    actions.loadBundledChapter.mockRejectedValue(new Error('gone'));
    const root = await mount(<PopupApp actions={actions} />);
    expect(text(root, '[role="alert"]')).toBe(t('readerFailed', ['Error: gone']));
  });

  it('applies the stored reader settings: theme on the frame, size, leading and measure on the text', async () => {
    const actions = mockActions();
    actions.loadReader.mockResolvedValue({ theme: 'sepia', fontSize: 22, lineHeight: 2, width: 30 });
    const root = await mount(<PopupApp actions={actions} />);
    expect(root.querySelector('main')?.dataset.theme).toBe('sepia');
    const scroller = root.querySelector<HTMLElement>('.reader-scroll')!;
    expect(scroller.style.getPropertyValue('--reader-size')).toBe('22px');
    expect(scroller.style.getPropertyValue('--reader-leading')).toBe('2');
    expect(scroller.style.getPropertyValue('--reader-measure')).toBe('30em');
  });
});

describe('popup reading settings', () => {
  async function openSettings() {
    const actions = mockActions();
    const root = await mount(<PopupApp actions={actions} />);
    const toggle = root.querySelector<HTMLButtonElement>('[aria-controls="reader-settings"]')!;
    await click(toggle);
    return { actions, root, toggle };
  }

  it('opens a labelled panel with the current theme focused', async () => {
    const { root, toggle } = await openSettings();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe(
      'reader-settings-title',
    );
    expect((document.activeElement as HTMLInputElement).value).toBe('system');
    for (const id of ['reader-fontSize', 'reader-lineHeight', 'reader-width'])
      expect(root.querySelector(`label[for="${id}"]`)?.textContent).toBeTruthy();
  });

  it('switches to the dark theme at once and saves it at once', async () => {
    const { actions, root } = await openSettings();
    await click(root.querySelector('input[value="dark"]'));
    expect(root.querySelector('main')?.dataset.theme).toBe('dark');
    expect(actions.saveReader).toHaveBeenCalledWith({ ...defaultSettings().reader, theme: 'dark' });
  });

  it('applies a font size as it changes and saves it once the slider rests', async () => {
    const { actions, root } = await openSettings();
    const slider = root.querySelector<HTMLInputElement>('#reader-fontSize')!;
    for (const size of ['19', '20', '21']) {
      slider.value = size;
      await act(() => void slider.dispatchEvent(new Event('input', { bubbles: true })));
    }
    expect(root.querySelector<HTMLElement>('.reader-scroll')!.style.getPropertyValue('--reader-size')).toBe(
      '21px',
    );
    expect(text(root, 'output[for="reader-fontSize"]')).toBe('21 px');
    expect(actions.saveReader).not.toHaveBeenCalled();
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(actions.saveReader).toHaveBeenCalledTimes(1);
    expect(actions.saveReader).toHaveBeenCalledWith({ ...defaultSettings().reader, fontSize: 21 });
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const { root, toggle } = await openSettings();
    await key(document.activeElement, 'Escape');
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });
});

describe('popup views', () => {
  it('is a tab list: arrows move between the reader and the page panel', async () => {
    const root = await mount(<PopupApp actions={mockActions()} />);
    const reader = root.querySelector<HTMLElement>('#tab-reader')!;
    expect(reader.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector<HTMLElement>('#panel-page')!.hidden).toBe(true);
    reader.focus();
    await key(reader, 'ArrowRight');
    const page = root.querySelector<HTMLElement>('#tab-page')!;
    expect(page.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(page);
    expect(root.querySelector<HTMLElement>('#panel-page')!.hidden).toBe(false);
    expect(root.querySelector<HTMLElement>('#panel-reader')!.hidden).toBe(true);
    await key(page, 'Home');
    expect(reader.getAttribute('aria-selected')).toBe('true');
  });

  it('shows the page removal count on the page tab once the tab answers', async () => {
    const root = await mount(<PopupApp actions={mockActions()} />);
    const count = root.querySelector<HTMLElement>('.tabs__count')!;
    expect(count.hidden).toBe(false);
    expect(count.textContent).toBe('3');
    expect(count.getAttribute('aria-label')).toBe('本页移除了 3 处');
  });

  it('can open on the page panel', async () => {
    const root = await mount(<PopupApp actions={mockActions()} initialView="page" />);
    expect(root.querySelector('#tab-page')?.getAttribute('aria-selected')).toBe('true');
    expect(text(root, '#panel-page h2')).toBe(t('stateCleaned'));
  });
});
