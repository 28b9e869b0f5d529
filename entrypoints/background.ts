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
import { createSiteLearner } from '@/lib/site-learner';

export default defineBackground(() => {
  const copies = createCopyRecorder(async () => storyLines(await loadBundledChapter()));
  // Decoded here once, on the first chapter page, rather than on every chapter page a reader opens.
  let forPages: PageFingerprint | undefined;
  // The background has no view: what the site memory had to drop goes to its console.
  const memory = createSiteLearner((problem) => console.warn(`Jingdu: ${problem}`));
  onBackgroundMessage(async (message, { tabId, frameUrl, incognito }) => {
    if (message.type === 'pagePlan') {
      const { settings } = await loadSettings();
      const { host, title, lines, around } = message.data;
      const plan = planPage(settings, host, lines);
      // A site left alone is neither cleaned nor learnt from.
      const recurring = plan.autoClean ? await memory.learn(host, { title, lines, around }, incognito) : {};
      forPages ??= toPageFingerprint(fingerprint);
      return { ...plan, ...recurring, fingerprint: forPages };
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
