/** The browsers the harness drives, apart from the drivers themselves (the CLI checks a name before loading one). */
import type { BrowserName } from './types';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export function isBrowserName(name: string): name is BrowserName {
  return (BROWSERS as readonly string[]).includes(name);
}
