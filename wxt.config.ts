import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundledFingerprint } from './scripts/fingerprint-plugin';
import { CONTENT_SCRIPT } from './entrypoints/chapter-cleaner/registration';
import { ENGINE_FILE } from './entrypoints/chapter-cleaner/engine';
import { terserAfterMinify } from './scripts/terser-plugin';

const CONTENT_SCRIPT_NAME = CONTENT_SCRIPT.file.replace(/\.js$/, '');
/** The engine the content script imports on chapter pages (entrypoints/chapter-cleaner/engine.ts). */
const ENGINE_NAME = ENGINE_FILE.replace(/\.js$/, '');
/** Scripts that run in pages: built against the browser's own API, minified hard. */
const PAGE_SCRIPTS = new Set([CONTENT_SCRIPT_NAME, ENGINE_NAME]);
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'";

// Firefox keeps WXT's default Manifest V2: there, content-script matches grant host access at
// install time, whereas Firefox MV3 makes host access opt-in and the cleaner would silently not run.
const FIREFOX_ID = 'jingdu@jingdu.dev';

export default defineConfig({
  // Auto-imports would let any layer reach `browser` or `storage` without an import line that
  // lint can see; the layering in eslint.config.js depends on explicit imports.
  imports: false,
  // The sources archive is what a store reviewer rebuilds from: screenshots and test pages are not.
  zip: { excludeSources: ['test-artifacts/**', 'tests/**'] },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), bundledFingerprint()] }),
  hooks: {
    // The content script runs on every page and its budget is 50 kB, of which webextension-polyfill
    // would take 10 kB for promise support that Chrome MV3 and Firefox already give the APIs it uses
    // (runtime messaging, storage events). Its build gets the browser's own API; the popup, options
    // page and background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((entrypoint) => PAGE_SCRIPTS.has(entrypoint.name))) return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = viteConfig.resolve?.alias;
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({
            find,
            replacement: String(replacement),
          }));
      viteConfig.resolve = {
        ...viteConfig.resolve,
        alias: [native, ...entries.filter((e) => e.find !== 'wxt/browser')],
      };
      // The default minifier, then Terser over its output (three passes, and arrows for functions
      // that never use `this`, which this code never constructs): 1 kB (2%) smaller than either alone.
      // The engine is streamed when imported, so it is compiled eagerly off the main thread; the
      // page script is injected whole and runs at once, where eager compilation would gain nothing.
      viteConfig.plugins = [
        ...(viteConfig.plugins ?? []),
        terserAfterMinify((fileName) => fileName === ENGINE_FILE),
      ];
    },
  },
  manifest: ({ browser }) => ({
    // Name, description and button title come from public/_locales (Simplified Chinese by default).
    default_locale: 'zh_CN',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    action: { default_title: '__MSG_actionTitle__' },
    // Settings and the reader's position live in browser storage.
    permissions: ['storage'],
    // Extension pages run only their own bundled scripts: no eval, no remote or inline code.
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    content_scripts: [
      {
        matches: [...CONTENT_SCRIPT.matches],
        run_at: CONTENT_SCRIPT.runAt,
        all_frames: CONTENT_SCRIPT.allFrames,
        js: [CONTENT_SCRIPT.file],
      },
    ],
    // The content script imports its engine on chapter pages; an import from a content script must
    // be of a web-accessible file. Nothing else is: the popup, options page and icons stay private.
    web_accessible_resources:
      browser === 'firefox'
        ? [ENGINE_FILE]
        : [{ resources: [ENGINE_FILE], matches: [...CONTENT_SCRIPT.matches] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: FIREFOX_ID, data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
