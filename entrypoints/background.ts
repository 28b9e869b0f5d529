import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import fingerprint from 'virtual:bundled-fingerprint';
import { storyLines } from '@/core/bundled-chapter';
import { toPageFingerprint, type PageFingerprint } from '@/core/fingerprint';
import { planPage } from '@/core/page-plan';
import { clearTab, showTabReport } from '@/lib/badge';
import { loadBundledChapter } from '@/lib/bundled-chapter';
import { createCopyRecorder, hostOf } from '@/lib/chapter-copies';
import { onBackgroundMessage } from '@/lib/messaging';
import { loadSettings } from '@/lib/settings-store';

export default defineBackground(() => {
  const copies = createCopyRecorder(async () => storyLines(await loadBundledChapter()));
  // Decoded here once, on the first chapter page, rather than on every chapter page a reader opens.
  let forPages: PageFingerprint | undefined;
  onBackgroundMessage(async (message, tabId, frameUrl) => {
    if (message.type === 'pagePlan') {
      const { settings } = await loadSettings();
      forPages ??= toPageFingerprint(fingerprint);
      return { ...planPage(settings, message.data.host, message.data.lines), fingerprint: forPages };
    }
    if (message.type === 'chapterCopy') {
      // The host comes from the browser's own record of the sending frame, not from the page.
      await copies.record(message.data.lines, hostOf(frameUrl));
      return null;
    }
    await showTabReport(tabId, message.data);
    return null;
  });
  // A tab that navigates starts over: its old count must not linger on the new page.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTab(tabId);
  });
});
