import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { bundledFingerprint } from './scripts/fingerprint-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = { '@': root };

// Three tiers run by `vitest run`; the real-browser tier has its own config (vitest.e2e.config.ts)
// so that a bare `vitest run` needs neither a build nor Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'core', environment: 'node', include: ['tests/core/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        plugins: [bundledFingerprint()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/dom/**/*.test.{ts,tsx}', 'tests/corpus/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [WxtVitest(), bundledFingerprint()],
        test: {
          name: 'extension',
          environment: 'happy-dom',
          include: ['tests/extension/**/*.test.{ts,tsx}', 'tests/components/**/*.test.tsx'],
        },
      },
    ],
  },
});
