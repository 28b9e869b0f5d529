/**
 * Where the shared data lives (the real-page corpus, the chapter we were given): `../shared` beside
 * the clone, or the folder `JINGDU_SHARED` names. The tests, the benchmark and `.ci/run` all find it
 * by this one rule; a relative `JINGDU_SHARED` counts from the repository root, as in `.ci/run`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Vite rewrites a literal `new URL(path, import.meta.url)` into an asset URL; a variable base keeps a file URL.
const here = import.meta.url;

/** The repository root (this file sits in scripts/). */
export const REPO_ROOT = fileURLToPath(new URL('..', here));

/** The shared folder for the environment `env` (the process's own by default). */
export function sharedDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const named = env.JINGDU_SHARED;
  return path.resolve(REPO_ROOT, named !== undefined && named !== '' ? named : '../shared');
}

/** A path inside the shared folder: sharedPath('corpus', 'index.json'). */
export function sharedPath(...parts: string[]): string {
  return path.join(sharedDir(), ...parts);
}
