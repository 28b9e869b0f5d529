import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import fingerprint from 'virtual:bundled-fingerprint';
import { planPage } from '@/core/page-plan';
import { clearTab, showTabReport } from '@/lib/badge';
import { onBackgroundMessage } from '@/lib/messaging';
import { loadSettings } from '@/lib/settings-store';

export default defineBackground(() => {
  onBackgroundMessage(async (message, tabId) => {
    if (message.type === 'pagePlan') {
      const { settings } = await loadSettings();
      return { ...planPage(settings, message.data.host, message.data.lines), fingerprint };
    }
    await showTabReport(tabId, message.data);
    return null;
  });
  // A tab that navigates starts over: its old count must not linger on the new page.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTab(tabId);
  });
});
