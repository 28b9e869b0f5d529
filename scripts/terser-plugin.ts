/**
 * A build plugin that runs Terser over chunks the default minifier has already minified. Used for
 * the content script only, which runs on every page under a 50 kB budget.
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

export function terserAfterMinify(): Plugin {
  return {
    name: 'jingdu:terser-after-minify',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.code, {
          ecma: 2020,
          compress: { passes: 3, unsafe_arrows: true },
          mangle: true,
        });
        if (result.code === undefined) throw new Error(`terser produced nothing for ${chunk.fileName}`);
        chunk.code = result.code;
      }
    },
  };
}
