/** The toolbar badge: how many removals on this tab, and a mark when it carries the bundled chapter. */
import { browser } from 'wxt/browser';
import type { BackgroundProtocol } from '@/core/protocol';

type TabReport = BackgroundProtocol['tabReport']['data'];

/** Chrome MV3 has `action`; Firefox MV2 has `browserAction`. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** The badge text for a tab report: the removal count, "✓" for the bundled chapter with none. */
export function badgeText(report: TabReport): string {
  if (report.state === 'not-chapter') return '';
  if (report.removed > 0) return report.removed > 999 ? '999+' : String(report.removed);
  return report.matched ? '✓' : '';
}

export async function showTabReport(tabId: number, report: TabReport): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: badgeText(report) });
  await action.setBadgeBackgroundColor({ tabId, color: report.matched ? '#1f6f5c' : '#8a5a00' });
}

export async function clearTab(tabId: number): Promise<void> {
  await toolbarAction()
    .setBadgeText({ tabId, text: '' })
    .catch(() => {
      // The tab may already be gone.
    });
}
