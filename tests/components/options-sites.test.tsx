import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { PopupApp } from '@/components/popup-app';
import { ruleReason } from '@/core/rules/reasons';
import { defaultSettings } from '@/core/settings';
import { settingsRepair } from '@/core/settings-repairs';
import { click, mockActions, mount, settle, t, text } from './helpers';
import {
  button,
  choose,
  mockOptionsActions,
  mountOptions,
  settingsWith,
  submit,
  type,
} from './options-helpers';

describe('options page: switches and sites', () => {
  it('shows the page in the reader’s theme', async () => {
    const settings = {
      ...defaultSettings(),
      reader: { ...defaultSettings().reader, theme: 'sepia' as const },
    };
    const root = await mountOptions(mockOptionsActions({ settings }));
    expect(root.querySelector('main.options')?.getAttribute('data-theme')).toBe('sepia');
    expect(text(root, 'h1')).toBe(t('optionsTitle'));
  });

  it('turns automatic cleaning off everywhere and says it was saved and synced', async () => {
    const actions = mockOptionsActions();
    const root = await mountOptions(actions);
    const global = root.querySelector<HTMLInputElement>('#sites-heading ~ label [role="switch"]')!;
    expect(global.checked).toBe(true);
    await click(global);
    expect(actions.stored().enabled).toBe(false);
    expect(text(root, '.save-status')).toBe(t('savedSynced'));
  });

  it('adds a site from a pasted address, changes its mode, and removes it', async () => {
    const actions = mockOptionsActions();
    const root = await mountOptions(actions);
    await type(root.querySelector('#site-host'), 'https://WWW.Example-Novel.com:8080/book/1.html');
    await submit(root.querySelector('.sites__add'));
    expect(actions.stored().sites).toEqual({ 'www.example-novel.com': 'off' });
    expect(root.querySelector('#site-host')).toBe(document.activeElement);
    const row = root.querySelector('[data-host="www.example-novel.com"]')!;
    const select = row.querySelector('select')!;
    expect(select.getAttribute('aria-label')).toBe(t('siteModeFor', ['www.example-novel.com']));
    await choose(select, 'on');
    expect(actions.stored().sites).toEqual({ 'www.example-novel.com': 'on' });
    await click(row.querySelector(`[aria-label="${t('siteRemoveFor', ['www.example-novel.com'])}"]`));
    expect(actions.stored().sites).toEqual({});
    expect(text(root, '.card__empty')).toBe(t('sitesEmpty'));
  });

  it.each(['not a host!', '*.example.com', ''])('refuses %j as a site, saying why', async (entry) => {
    const actions = mockOptionsActions();
    const root = await mountOptions(actions);
    await type(root.querySelector('#site-host'), entry);
    await submit(root.querySelector('.sites__add'));
    expect(actions.update).not.toHaveBeenCalled();
    expect(root.querySelector('#site-host')?.getAttribute('aria-invalid')).toBe('true');
    expect(text(root, '#site-host-help')).toBe(t('siteHostInvalid'));
  });

  it('lists stored sites sorted, each with its mode', async () => {
    const settings = settingsWith([], { 'b.example.com': 'on', 'a.example.com': 'off' });
    const root = await mountOptions(mockOptionsActions({ settings }));
    const rows = [...root.querySelectorAll('.site')];
    expect(rows.map((row) => text(row, '.site__host'))).toEqual(['a.example.com', 'b.example.com']);
    expect(rows.map((row) => row.querySelector('select')!.value)).toEqual(['off', 'on']);
  });
});

describe('options page: notices', () => {
  it('lists what was repaired when the settings were read, until dismissed', async () => {
    const repaired = [
      settingsRepair('repair.theme', { value: '"neon"' }),
      settingsRepair('repair.ruleDropped', { reason: ruleReason('stored.noPattern', { number: 2 }) }),
    ];
    const root = await mountOptions(mockOptionsActions({ repaired }));
    expect(text(root, '#repaired-heading')).toBe(t('repairedHeading'));
    expect([...root.querySelectorAll('.notice__list li')].map((li) => li.textContent)).toEqual([
      '阅读主题 "neon" 无法识别：已改为跟随系统',
      '第 2 条规则没有要删除的内容，已移除',
    ]);
    await click(button(root, t('dismiss')));
    expect(root.querySelector('#repaired-heading')).toBeNull();
  });

  it('says so when sync storage refused the settings and they were kept on this device', async () => {
    const saved = {
      synced: false,
      message: 'sync storage refused the settings (QUOTA_BYTES); kept on this device',
    };
    const root = await mountOptions(mockOptionsActions({ saved }));
    await click(root.querySelector('[role="switch"]'));
    const alert = root.querySelector('.save-status[role="alert"]')!;
    expect(alert.getAttribute('data-synced')).toBe('false');
    expect(text(alert, 'p')).toBe(t('savedLocally'));
    expect(text(alert, 'code')).toBe(saved.message);
  });

  it('says so when saving failed', async () => {
    const actions = mockOptionsActions();
    actions.update.mockRejectedValue(new Error('storage is gone'));
    const root = await mountOptions(actions);
    await click(root.querySelector('[role="switch"]'));
    expect(text(root, '.save-status[role="alert"]')).toContain(t('saveFailed'));
    expect(text(root, '.save-status code')).toBe('Error: storage is gone');
  });

  it('follows settings changed elsewhere (the popup, another browser)', async () => {
    const actions = mockOptionsActions();
    const root = await mountOptions(actions);
    const listener = actions.watch.mock.calls[0]![0];
    await act(() => listener(settingsWith([], { 'www.example-novel.com': 'off' })));
    await settle();
    expect(text(root, '.site__host')).toBe('www.example-novel.com');
  });
});

describe('popup link to the options page', () => {
  it('the reading settings panel opens the options page', async () => {
    const actions = mockActions();
    const root = await mount(<PopupApp actions={actions} />);
    await click(root.querySelector('[aria-controls="reader-settings"]'));
    await click(button(root, t('openOptions')));
    expect(actions.openOptions).toHaveBeenCalledOnce();
  });
});
