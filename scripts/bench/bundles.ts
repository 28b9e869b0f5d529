/**
 * One-file IIFE bundles for timing in a browser page: the engine (engine-entry.ts), Mozilla
 * Readability, and the small page-side harness. Built with the repository's own Vite, minified
 * like the content script but with names kept, so that a CPU profile names real functions.
 */
import path from 'node:path';
import { build, minify, type Rolldown } from 'vite';

export interface BenchBundles {
  /** Defines `JingduEngine` (engine-entry.ts). */
  engine: string;
  /** Defines `JingduReadability` ({ Readability }). */
  readability: string;
  /** Defines `BenchHarness` (page-harness.ts). */
  harness: string;
}

const ROOT = path.resolve('.');

/** `entry` (a path inside `root`) as one minified IIFE script defining the global `name`. */
export async function bundle(entry: string, name: string, root = ROOT): Promise<string> {
  const output = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      minify: false,
      copyPublicDir: false,
      target: 'es2022',
      lib: { entry: path.resolve(root, entry), name, formats: ['iife'], fileName: name },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]!.output.find((file) => file.type === 'chunk');
  if (!chunk) throw new Error(`bundling ${entry} gave no code`);
  // Compressed and stripped of whitespace as the shipped script is; identifiers keep their names.
  const minified = await minify(`${name}.js`, chunk.code, { compress: true, mangle: false });
  if (minified.errors.length > 0) throw new Error(`minifying ${name}: ${minified.errors[0]!.message}`);
  // Named, so that profiles and stack traces say which bundle a function is in.
  return `${minified.code}\n//# sourceURL=${name}.js\n`;
}

/** Builds the three bundles, the engine from `engineRoot` (the working tree by default). */
export async function buildBenchBundles(engineRoot = ROOT): Promise<BenchBundles> {
  return {
    engine: await bundle('scripts/bench/engine-entry.ts', 'JingduEngine', engineRoot),
    readability: await bundle('scripts/bench/readability-entry.ts', 'JingduReadability'),
    harness: await bundle('scripts/bench/page-harness.ts', 'BenchHarness'),
  };
}
