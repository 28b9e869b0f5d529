/**
 * The browser-neutral harness: `launchHarness(name)` for one browser, `BROWSERS` for a test that
 * runs in each (`describe.each(BROWSERS)`). Helpers that talk to the content script are in tabs.ts.
 */
import { launchChromiumHarness } from './chromium';
import { launchFirefoxHarness } from './firefox';
import type { BrowserName, ExtensionHarness } from './types';

export type { BrowserName, ExtensionHarness, HarnessPage, OpenOptions } from './types';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export function isBrowserName(name: string): name is BrowserName {
  return (BROWSERS as readonly string[]).includes(name);
}

/** Launches `name` with its build of the extension (.output/chrome-mv3 or .output/firefox-mv2). */
export function launchHarness(name: BrowserName): Promise<ExtensionHarness> {
  return name === 'chromium' ? launchChromiumHarness() : launchFirefoxHarness();
}
