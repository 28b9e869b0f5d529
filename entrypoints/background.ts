import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onBackgroundMessage } from '@/lib/messaging';
import { showTabReport, clearTab } from '@/lib/badge';

export default defineBackground(() => {
  onBackgroundMessage(async (message, tabId) => {
    if (message.type === 'tabReport') await showTabReport(tabId, message.data);
    return null;
  });
  // A tab that navigates starts over: its old count must not linger on the new page.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTab(tabId);
  });
});
