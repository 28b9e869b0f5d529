/** The options page on what was learnt from the reader's browsing: listed per site, forgotten. */
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { defaultSettings } from '@/core/settings';
import { click, settle, t, text } from './helpers';
import { button, mockOptionsActions, mountOptions } from './options-helpers';

afterEach(() => {
  act(() => render(null, document.body.firstElementChild ?? document.body));
});

const A = { host: 'a.example', chapters: 4, lines: 3 };
const B = { host: 'www.b.example', chapters: 2, lines: 1 };
const learnt = (root: HTMLElement) => root.querySelector<HTMLElement>('.learnt')!;
const rows = (root: HTMLElement) =>
  [...learnt(root).querySelectorAll<HTMLElement>('[data-learnt-host]')].map((row) => ({
    host: row.dataset.learntHost,
    text: text(row, '.site__learnt'),
  }));
const forgetAll = (root: HTMLElement) => button(learnt(root), t('learntForgetAll'))!;
const forgetOne = (root: HTMLElement, host: string) =>
  learnt(root).querySelector(`[aria-label="${t('learntForgetFor', [host])}"]`);

describe('the options page on what was learnt', () => {
  it('says nothing was learnt, with nothing to forget, inside the sites card', async () => {
    const root = await mountOptions(mockOptionsActions());
    expect(learnt(root).closest('section')?.getAttribute('aria-labelledby')).toBe('sites-heading');
    expect(text(learnt(root), 'h3')).toBe(t('learntHeading'));
    expect(text(learnt(root), '.card__empty')).toBe(t('learntEmpty'));
    expect(forgetAll(root).disabled).toBe(true);
  });

  it('lists each site with what was learnt on it', async () => {
    const root = await mountOptions(mockOptionsActions({ learnt: [A, B] }));
    expect(rows(root)).toEqual([
      { host: 'a.example', text: t('learntCounts', ['4', '3']) },
      { host: 'www.b.example', text: t('learntCounts', ['2', '1']) },
    ]);
  });

  it('forgets one site, then all', async () => {
    const actions = mockOptionsActions({ learnt: [A, B] });
    const root = await mountOptions(actions);
    await click(forgetOne(root, 'a.example'));
    expect(actions.forgetLearnt).toHaveBeenCalledWith('a.example');
    expect(rows(root).map(({ host }) => host)).toEqual(['www.b.example']);
    await click(forgetAll(root));
    expect(actions.learntHosts()).toEqual([]);
    expect(text(learnt(root), '.card__empty')).toBe(t('learntEmpty'));
  });

  it('forgets what was learnt on a site taken off the site list, and only there', async () => {
    const actions = mockOptionsActions({
      learnt: [A, B],
      settings: { ...defaultSettings(), sites: { 'a.example': 'off' } },
    });
    const root = await mountOptions(actions);
    await click(root.querySelector(`[aria-label="${t('siteRemoveFor', ['a.example'])}"]`));
    expect(actions.stored().sites).toEqual({});
    expect(actions.learntHosts()).toEqual(['www.b.example']);
    expect(rows(root).map(({ host }) => host)).toEqual(['www.b.example']);
  });

  it('shows what is learnt while the page is open', async () => {
    const actions = mockOptionsActions();
    const root = await mountOptions(actions);
    await act(() => actions.learnElsewhere(B));
    await settle();
    expect(rows(root).map(({ host }) => host)).toEqual(['www.b.example']);
  });

  it('says so when what was learnt cannot be read, or part of it was dropped', async () => {
    const actions = mockOptionsActions();
    actions.loadLearntSites.mockRejectedValueOnce(new Error('IO error'));
    const root = await mountOptions(actions);
    expect(text(learnt(root), '[role="alert"]')).toBe(t('learntFailed', ['Error: IO error']));
    actions.loadLearntSites.mockResolvedValueOnce({
      sites: [A],
      problems: ['site memory of c.example unreadable: forgotten'],
    });
    await act(() => actions.learnElsewhere(B));
    await settle();
    expect(text(learnt(root), '[role="alert"]')).toBe(
      t('learntDropped', ['site memory of c.example unreadable: forgotten']),
    );
  });
});
