/**
 * `--browser` takes an optional value, which node's parseArgs cannot express: `--browser` alone is
 * Chromium, `--browser firefox` or `--browser=firefox` names the browser. A file after it is a file
 * (`--browser page.html`); a bare word that names no file is a browser name, and an unknown one is
 * an error rather than a missing file (a file named like a browser can be given as ./firefox).
 */
import { existsSync } from 'node:fs';
import { BROWSERS, isBrowserName, type BrowserName } from '../harness';

/** A bare word after --browser that is no file: meant as a browser name, known or not. */
const meantAsName = (word: string) => /^[a-z][a-z0-9-]*$/i.test(word) && !existsSync(word);

export function browserOption(args: readonly string[]): { browser: BrowserName | null; rest: string[] } {
  let browser: BrowserName | null = null;
  const rest: string[] = [];
  const named = (value: string): BrowserName => {
    if (isBrowserName(value)) return value;
    throw new Error(`--browser takes ${BROWSERS.join(' or ')}, not "${value}"`);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    } else if (arg.startsWith('--browser=')) {
      browser = named(arg.slice('--browser='.length));
    } else if (arg !== '--browser') {
      rest.push(arg);
    } else if (next !== undefined && meantAsName(next)) {
      browser = named(next);
      i++;
    } else {
      browser = 'chromium';
    }
  }
  return { browser, rest };
}
