/**
 * The harness in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi. The build is
 * installed as a temporary add-on (unsigned, hence the signature pref) with a fixed internal UUID
 * so that its pages have a known moz-extension:// address.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { ServedPage } from '../browser';
import { FIREFOX } from '../system-browsers.mjs';
import { FIREFOX_PREFS } from './firefox-prefs';
import { navigateTo } from './firefox-navigate';
import { pollUntil } from './poll';
import type { ExtensionHarness, HarnessPage, OpenOptions, RemoteFunction } from './types';

export const FIREFOX_BUILD = path.resolve('.output/firefox-mv2');

/** `url` for an extension page, whose address puppeteer does not follow (see firefox-navigate.ts). */
function wrapPage(page: Page, url = page.url()): HarnessPage {
  const evaluate = <R, A>(fn: RemoteFunction<A, R>, arg?: A) =>
    page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>;
  return {
    url,
    evaluate,
    waitFor: (predicate, arg, timeoutMs) => pollUntil(() => evaluate(predicate, arg), timeoutMs),
    waitForMark: async (timeoutMs = 15_000) => {
      const mark = () => document.documentElement.getAttribute('data-jingdu');
      await pollUntil(async () => (await evaluate(mark)) !== null, timeoutMs, 100, 'the content script');
      return (await evaluate(mark)) ?? '';
    },
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    close: () => page.close(),
  };
}

/** Lets loopback (and data:, blob:) through, answers `url` itself when asked to, blocks other hosts. */
async function guardNetwork(page: Page, url: string, respondWith: ServedPage | undefined): Promise<void> {
  const target = new URL(url).href;
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (respondWith && request.url() === target) return void request.respond({ status: 200, ...respondWith });
    const { protocol, hostname } = new URL(request.url());
    const remote = /^(https?|wss?):$/.test(protocol) && hostname !== 'localhost' && hostname !== '127.0.0.1';
    return void (remote ? request.abort() : request.continue());
  });
}

function addonId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  return id;
}

async function launch(extensionDir: string, uuid: string): Promise<Browser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json')))
    throw new Error(`no built extension in ${extensionDir}: run \`npm run build:firefox\` first`);
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr fonts-noto-cjk`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 900 },
    // Lets BiDi open moz-extension:// pages (the popup, options); the shipped build is unchanged.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...FIREFOX_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId(extensionDir)]: uuid }),
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

export async function launchFirefoxHarness(extensionDir = FIREFOX_BUILD): Promise<ExtensionHarness> {
  const uuid = randomUUID();
  const browser = await launch(extensionDir, uuid);
  const openExtensionPage = async (pathAndQuery: string) => {
    const page = await browser.newPage();
    const url = `moz-extension://${uuid}/${pathAndQuery}`;
    await navigateTo(browser, page, url);
    return wrapPage(page, url);
  };
  // The options page: an extension page that neither asks tabs nor writes anything when it opens.
  let extensionRealm: Promise<HarnessPage> | undefined;
  return {
    name: 'firefox',
    open: async (url, options: OpenOptions = {}) => {
      const page = await browser.newPage();
      await guardNetwork(page, url, options.respondWith);
      if (options.beforeScripts) await page.evaluateOnNewDocument(options.beforeScripts);
      await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
      return wrapPage(page);
    },
    openExtensionPage,
    inExtension: async <R, A>(fn: RemoteFunction<A, R>, arg?: A) =>
      (await (extensionRealm ??= openExtensionPage('options.html'))).evaluate(fn, arg),
    close: () => browser.close(),
  };
}
