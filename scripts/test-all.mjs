#!/usr/bin/env node
/**
 * `npm test`: every tier in order (core, dom + corpus, extension, then both builds and the e2e tier
 * in Chromium and Firefox ESR), ending with one line `N passed, N failed` over all of them.
 * Plain JavaScript on purpose: it must run before anything else is known to work.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensureFirefox } from './system-browsers.mjs';

const RESULTS = '.test-results';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status ?? 1;
}

/** Reads a Vitest JSON report; a tier that produced none counts as one failure. */
function countsOf(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failedSuites = (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + failedSuites };
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const vitest = 'node_modules/.bin/vitest';
const json = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/${name}.json`];

const unitStatus = run(vitest, ['run', ...json('unit')]);
let e2eStatus = 1;
let e2eCounts = { passed: 0, failed: 1 };
// Both checked before either is used, so that one run says everything that is missing.
const browsersFound = [ensureChromium(), ensureFirefox()].every(Boolean);
if (browsersFound) {
  const buildStatus =
    run('node_modules/.bin/wxt', ['build']) || run('node_modules/.bin/wxt', ['build', '-b', 'firefox']);
  if (buildStatus === 0) {
    e2eStatus = run(vitest, ['run', '-c', 'vitest.e2e.config.ts', ...json('e2e')]);
    e2eCounts = countsOf(`${RESULTS}/e2e.json`);
  }
}
const unitCounts = countsOf(`${RESULTS}/unit.json`);
const passed = unitCounts.passed + e2eCounts.passed;
const failed = unitCounts.failed + e2eCounts.failed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(unitStatus === 0 && e2eStatus === 0 && failed === 0 ? 0 : 1);
