import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import type { RepairedReadingData } from '@/components/actions';
import { PopupApp } from '@/components/popup-app';
import type { RepairedView } from '@/core/repair/reading-view';
import { CHAPTER, click, mockActions, mount, settle, t, text } from './helpers';

afterEach(() => {
  act(() => render(null, document.body.firstElementChild ?? document.body));
});

const VIEW: RepairedView = {
  paragraphs: [
    {
      line: 0,
      state: 'confirmed',
      text: '掌声如潮水般起伏，持续了近一分钟。',
      shipped: '掌声如潮水般起伏,持续了近一分钟。',
      how: 'folded',
      marks: [],
      readings: [],
    },
    {
      line: 3,
      state: 'repaired',
      text: '他看着孟子笑了。',
      shipped: '我看着吕若笑了。',
      how: 'swapped',
      marks: [
        { start: 0, end: 1, was: '我', kind: 'char' },
        { start: 3, end: 5, was: '吕若', kind: 'swap' },
      ],
      readings: [],
    },
    {
      line: 4,
      state: 'repaired',
      text: '马化藤脸上带笑。',
      shipped: '笑上脸带藤化马。',
      how: 'scrambled',
      marks: [],
      readings: [],
    },
    {
      line: 1,
      state: 'unconfirmed',
      text: '第二段正文。',
      shipped: '第二段正文。',
      how: null,
      marks: [],
      readings: [],
    },
    {
      line: 2,
      state: 'disputed',
      text: '第三段正文。',
      shipped: '第三段正文。',
      how: null,
      marks: [],
      readings: [
        { text: '第三段原文。', host: 'a.example' },
        { text: '第三段别文。', host: 'b.example' },
      ],
    },
  ],
  notes: [{ host: 'www.example.com', date: 0, chars: 412, lines: 131 }],
};

const REPAIRED: RepairedReadingData = { view: VIEW, days: ['12月3日'], rejected: [], problems: [] };

function actionsWith(repaired: RepairedReadingData) {
  const actions = mockActions();
  actions.loadRepaired.mockResolvedValue(repaired);
  return actions;
}

const paragraphTexts = (root: ParentNode) =>
  [...root.querySelectorAll('.reader__paragraph')].map((p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.repair__shipped, .reader__badge').forEach((node) => node.remove());
    return copy.textContent;
  });

describe('the reading switch', () => {
  it('is not there while no repaired reading exists, and the shipped reading shows', async () => {
    const root = await mount(<PopupApp actions={mockActions()} />);
    expect(root.querySelector('.reading-switch')).toBeNull();
    expect(root.querySelector('.reader')?.getAttribute('data-reading')).toBe('shipped');
  });

  it('offers As shipped and Repaired once one exists, As shipped first', async () => {
    const root = await mount(<PopupApp actions={actionsWith(REPAIRED)} />);
    const options = [...root.querySelectorAll<HTMLInputElement>('.reading-switch input')];
    expect(options.map((input) => input.parentElement!.textContent)).toEqual([
      t('readingShipped'),
      t('readingRepaired'),
    ]);
    expect(options.map((input) => input.checked)).toEqual([true, false]);
    expect(text(root, '.reading-switch legend')).toBe(t('readingLabel'));
    expect(paragraphTexts(root)).toEqual(CHAPTER.kept);
    await click(options[1]!);
    expect(root.querySelector('.reader')?.getAttribute('data-reading')).toBe('repaired');
    expect(paragraphTexts(root)).toEqual(VIEW.paragraphs.map(({ text }) => text));
    await click(root.querySelectorAll('.reading-switch input')[0]!);
    expect(paragraphTexts(root)).toEqual(CHAPTER.kept);
  });

  it('opens on the repaired reading when asked to', async () => {
    const root = await mount(<PopupApp actions={actionsWith(REPAIRED)} initialReading="repaired" />);
    expect(root.querySelector('.reader')?.getAttribute('data-reading')).toBe('repaired');
    expect(root.querySelector<HTMLInputElement>('.reading-switch input[value="repaired"]')!.checked).toBe(
      true,
    );
  });

  it('asked for the repaired reading with nothing known, says so and shows the chapter as shipped', async () => {
    const root = await mount(<PopupApp actions={mockActions()} initialReading="repaired" />);
    expect(text(root, '[data-repaired="none"] p')).toBe(t('readingNone'));
    expect(root.querySelector('.reading-switch')).toBeNull();
    expect(paragraphTexts(root)).toEqual(CHAPTER.kept);
  });

  it('shows a repaired reading recorded while the popup is open', async () => {
    const actions = mockActions();
    let changed = () => undefined as void;
    actions.watchRepaired.mockImplementation((listener) => {
      changed = listener;
      return () => undefined;
    });
    const root = await mount(<PopupApp actions={actions} initialReading="repaired" />);
    expect(root.querySelector('[data-repaired="none"]')).not.toBeNull();
    actions.loadRepaired.mockResolvedValue(REPAIRED);
    await act(() => changed());
    await settle();
    expect(root.querySelector('.reader')?.getAttribute('data-reading')).toBe('repaired');
  });

  it('reports a stored reading that was dropped, and still shows the chapter', async () => {
    const problem = 'repaired reading unreadable (sources is not a list): forgotten';
    const root = await mount(
      <PopupApp
        actions={actionsWith({ view: null, days: [], rejected: [], problems: [problem] })}
        initialReading="repaired"
      />,
    );
    expect(text(root, '[role="alert"]')).toBe(t('readingDropped', [problem]));
    expect(paragraphTexts(root)).toEqual(CHAPTER.kept);
  });

  it('copes with a repaired reading that cannot be loaded at all', async () => {
    const actions = mockActions();
    actions.loadRepaired.mockRejectedValue(new Error('storage gone'));
    const root = await mount(<PopupApp actions={actions} initialReading="repaired" />);
    expect(text(root, '[role="alert"]')).toBe(t('readingDropped', ['Error: storage gone']));
    expect(paragraphTexts(root)).toEqual(CHAPTER.kept);
  });
});

describe('the repaired reading', () => {
  const open = () => mount(<PopupApp actions={actionsWith(REPAIRED)} initialReading="repaired" />);

  it('says where it comes from, and keeps the site footer behind its disclosure', async () => {
    const root = await open();
    expect(text(root, '.reader__note')).toBe(t('readingNote', ['www.example.com', '12月3日', '412', '131']));
    const details = root.querySelector('details.reader__removed') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(text(details, 'summary')).toBe(t('removedDisclosure', ['2']));
  });

  it('marks every repaired character and word, each a tab stop that tells what shipped', async () => {
    const root = await open();
    const marks = [...root.querySelectorAll<HTMLElement>('[data-state="repaired"]:not([data-how]) mark')];
    expect(marks.map((mark) => mark.firstChild!.textContent)).toEqual(['他', '孟子']);
    expect(marks.map((mark) => mark.tabIndex)).toEqual([0, 0]);
    expect(marks.map((mark) => text(mark, '.repair__shipped'))).toEqual([
      t('readingShippedChar', ['我']),
      t('readingShippedSwap', ['吕若']),
    ]);
    expect(marks.map((mark) => mark.className)).toEqual(['repair repair--char', 'repair repair--swap']);
  });

  it('marks the scrambled line as such, whole', async () => {
    const root = await open();
    const mark = root.querySelector('[data-how="scrambled"] mark')!;
    expect(mark.className).toBe('repair repair--line');
    expect(text(mark, '.repair__shipped')).toBe(t('readingScrambled', ['笑上脸带藤化马。']));
  });

  it('marks lines no copy confirmed, and lines copies disagree on with every reading', async () => {
    const root = await open();
    expect(text(root, '[data-state="unconfirmed"] .reader__badge')).toBe(t('readingUnconfirmed'));
    expect(text(root, '[data-state="disputed"] .reader__badge')).toBe(t('readingDisputed'));
    const dispute = root.querySelector('details.reader__dispute')!;
    expect(text(dispute, 'summary')).toBe(t('readingDisputedReadings', ['2']));
    expect([...dispute.querySelectorAll('.reader__dispute-host')].map((p) => p.textContent)).toEqual([
      t('readingFrom', ['a.example']),
      t('readingFrom', ['b.example']),
    ]);
  });

  it('numbers its paragraphs for the remembered reading position', async () => {
    const root = await open();
    const indices = [...root.querySelectorAll('[data-paragraph]')].map((p) =>
      p.getAttribute('data-paragraph'),
    );
    expect(indices).toEqual(['0', '1', '2', '3', '4']);
  });

  it('renders page text as text, and skips a mark that does not fit its line', async () => {
    const hostile = structuredClone(VIEW);
    hostile.paragraphs[1] = {
      ...hostile.paragraphs[1]!,
      text: '<img src=x onerror="alert(1)">他',
      marks: [
        { start: 0, end: 4, was: '<b>', kind: 'swap' },
        { start: 2, end: 60, was: '我', kind: 'char' },
      ],
    };
    const root = await mount(
      <PopupApp actions={actionsWith({ ...REPAIRED, view: hostile })} initialReading="repaired" />,
    );
    expect(root.querySelector('img, b')).toBeNull();
    expect(paragraphTexts(root)[1]).toBe('<img src=x onerror="alert(1)">他');
    expect(root.querySelectorAll('[data-state="repaired"]:not([data-how]) mark')).toHaveLength(1);
  });

  it('lists the pages not used because they were damaged another way', async () => {
    const rejected = [{ host: 'bad.example', day: '12月2日' }];
    const none = await mount(
      <PopupApp actions={actionsWith({ ...REPAIRED, view: null, rejected })} initialReading="repaired" />,
    );
    expect(text(none, '[data-repaired="none"] .reader__rejected')).toBe(
      t('readingRejected', ['bad.example', '12月2日']),
    );
    const root = await mount(
      <PopupApp actions={actionsWith({ ...REPAIRED, rejected })} initialReading="repaired" />,
    );
    expect(text(root, '.reader__rejected')).toBe(t('readingRejected', ['bad.example', '12月2日']));
  });
});
