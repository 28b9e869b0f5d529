import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import content from '@/entrypoints/chapter.content/index';

describe('content script entrypoint', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs on every http and https page once the document is idle', () => {
    expect(content.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(content.runAt).toBe('document_idle');
  });

  it('browser glue resolves to the fake browser in tests', () => {
    expect(browser.runtime.id).toBe(fakeBrowser.runtime.id);
  });
});
