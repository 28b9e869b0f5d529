/**
 * Headless Chromium with the built extension loaded, plus a loopback server for test pages.
 * Shared by the e2e tests, the page-cleaning CLI (--browser) and the demo.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Worker } from 'playwright-core';

export const CHROME_BUILD = path.resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  return process.env.JINGDU_CHROMIUM ?? '/usr/bin/chromium';
}

export interface ServedPage {
  body: Buffer | string;
  contentType?: string;
  /** Extra response headers (a Content-Security-Policy, say). */
  headers?: Record<string, string>;
}

export interface PageServer {
  origin: string;
  url(pathname: string): string;
  /** Adds or replaces a page at `pathname` (which starts with "/"). */
  put(pathname: string, page: ServedPage): void;
  close(): Promise<void>;
}

/** Serves in-memory pages on 127.0.0.1 at a free port; unknown paths answer 404. */
export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, ServedPage>();
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const page = pages.get(pathname);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      ...page.headers,
      'content-type': page.contentType ?? 'text/html',
      'cache-control': 'no-store',
    });
    response.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('page server has no port');
  const origin = `http://localhost:${address.port}`;
  return {
    origin,
    url: (pathname) => origin + pathname,
    put: (pathname, page) => void pages.set(pathname, page),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium's switches for every run here: no GPU, no network of its own, loopback only. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

function checkChromium(): void {
  if (!existsSync(chromiumPath())) {
    throw new Error(`Chromium not found at ${chromiumPath()}: apt-get install -y chromium fonts-noto-cjk`);
  }
}

/** Aborts every request of `context` that is not for loopback, the extension or inline data. */
export async function blockOtherHosts(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const { protocol, hostname } = new URL(route.request().url());
    const local = hostname === 'localhost' || hostname === '127.0.0.1';
    return local || protocol === 'chrome-extension:' || protocol === 'data:'
      ? route.continue()
      : route.abort();
  });
}

/** Launches Debian's Chromium without the extension (each context: call blockOtherHosts on it). */
export async function launchChromium(): Promise<Browser> {
  checkChromium();
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** Launches Debian's Chromium with the built extension; every host but loopback is unreachable. */
export async function launchWithExtension(extensionDir = CHROME_BUILD): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension in ${extensionDir}: run \`npm run build\` first`);
  }
  checkChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'jingdu-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  await blockOtherHosts(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Asks every tab's content script a question through the extension's service worker and returns
 * the answers with their tab ids (tabs without a content script are left out). The extension has
 * no "tabs" permission, so tabs cannot be looked up by URL; tests keep one page open at a time.
 */
export async function askTabs<T>(
  worker: Worker,
  type: string,
  data: object = {},
): Promise<Array<{ tabId: number; answer: T }>> {
  return worker.evaluate(
    async ({ type, data }) => {
      interface TabsApi {
        query(filter: object): Promise<Array<{ id?: number }>>;
        sendMessage(tabId: number, message: object): Promise<unknown>;
      }
      const api = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome;
      const tabs = await api.tabs.query({});
      const answers = await Promise.all(
        tabs.map(async (tab) => {
          try {
            const answer = await api.tabs.sendMessage(tab.id!, { type, data });
            return answer === undefined ? null : { tabId: tab.id!, answer };
          } catch {
            return null;
          }
        }),
      );
      return answers.filter((entry) => entry !== null);
    },
    { type, data },
  ) as Promise<Array<{ tabId: number; answer: T }>>;
}
