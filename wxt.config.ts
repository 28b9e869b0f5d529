import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundledFingerprint } from './scripts/fingerprint-plugin';

// Firefox keeps WXT's default Manifest V2: there, content-script matches grant host access at
// install time, whereas Firefox MV3 makes host access opt-in and the cleaner would silently not run.
const FIREFOX_ID = 'jingdu@jingdu.dev';

export default defineConfig({
  // Auto-imports would let any layer reach `browser` or `storage` without an import line that
  // lint can see; the layering in eslint.config.js depends on explicit imports.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), bundledFingerprint()] }),
  manifest: ({ browser }) => ({
    name: 'Jingdu 净读',
    description: 'Cleans ads and boilerplate out of Chinese web-novel chapters in place, never a story line.',
    action: { default_title: 'Jingdu 净读' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: FIREFOX_ID, data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
