import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { click, t, text } from './helpers';
import { mockOptionsActions, mountOptions } from './options-helpers';

afterEach(() => {
  act(() => render(null, document.body.firstElementChild ?? document.body));
});

const section = (root: HTMLElement) =>
  root.querySelector<HTMLElement>('section[aria-labelledby="reading-heading"]')!;
const forgetButton = (root: HTMLElement) => section(root).querySelector<HTMLButtonElement>('button')!;

describe('the options page on the repaired reading', () => {
  it('says nothing is stored, with nothing to forget', async () => {
    const root = await mountOptions(mockOptionsActions());
    expect(text(section(root), 'h2')).toBe(t('optionsReadingHeading'));
    expect(text(section(root), '[role="status"]')).toBe(t('optionsReadingNone'));
    expect(forgetButton(root).disabled).toBe(true);
  });

  it('says what is stored, and forgets it on request', async () => {
    const actions = mockOptionsActions();
    actions.loadRepairedSummary.mockResolvedValue({ pages: 2, confirmed: 150, total: 160 });
    const root = await mountOptions(actions);
    expect(text(section(root), '[role="status"]')).toBe(t('optionsReadingSome', ['2', '150', '160']));
    actions.loadRepairedSummary.mockResolvedValue(null);
    await click(forgetButton(root));
    expect(actions.forgetRepaired).toHaveBeenCalledOnce();
    expect(text(section(root), '[role="status"]')).toBe(t('optionsReadingNone'));
    expect(forgetButton(root).disabled).toBe(true);
  });

  it('lets pages seen be forgotten even when nothing was repaired from them', async () => {
    const actions = mockOptionsActions();
    actions.loadRepairedSummary.mockResolvedValue({ pages: 0, confirmed: 0, total: 160 });
    const root = await mountOptions(actions);
    expect(text(section(root), '[role="status"]')).toBe(t('optionsReadingNone'));
    expect(forgetButton(root).disabled).toBe(false);
  });

  it('says so when the reading cannot be read or forgotten', async () => {
    const actions = mockOptionsActions();
    actions.loadRepairedSummary.mockResolvedValue({ pages: 1, confirmed: 80, total: 160 });
    actions.forgetRepaired.mockRejectedValue(new Error('storage locked'));
    const root = await mountOptions(actions);
    await click(forgetButton(root));
    expect(text(section(root), '[role="alert"]')).toBe(t('optionsReadingFailed', ['Error: storage locked']));
  });
});
