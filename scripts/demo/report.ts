/** What `npm run demo` prints: the cleaning in each browser, and how to load each build. */
import path from 'node:path';
import type { TabStatus } from '../../core/protocol';
import type { BrowserName } from '../harness';

export interface Outcome {
  browser: BrowserName;
  status: TabStatus | undefined;
  lateAdLeft: boolean;
  screenshot: string;
}

const LABEL: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox ESR' };

function printRemovals(status: TabStatus): void {
  for (const removal of status.removed)
    console.log(
      `  - [${removal.kind} · ${removal.rule}] ${removal.text.slice(0, 70) || '(no text: an ad slot)'}`,
    );
  for (const flag of status.flags) console.log(`  ? flagged (${flag.reason}): ${flag.text.slice(0, 60)}`);
}

/** The first browser's removals in full; the others said against it. */
export function printReport(outcomes: readonly Outcome[], before: string): void {
  const [first] = outcomes;
  for (const { browser, status, lateAdLeft } of outcomes) {
    if (!status) throw new Error(`the content script did not answer in ${LABEL[browser]}`);
    const { bundled } = status;
    console.log(`\n${LABEL[browser]}: ${status.title}   state: ${status.state}   ${status.ms.toFixed(1)} ms`);
    console.log(
      `Bundled chapter: ${bundled.matched ? 'recognised' : 'not recognised'} ` +
        `(coverage ${(bundled.coverage * 100).toFixed(0)}%, score ${bundled.score.toFixed(2)})`,
    );
    console.log(
      `Removed ${status.removed.length} (late ad ${lateAdLeft ? 'STILL ON THE PAGE' : 'removed too'})`,
    );
    const texts = (s: TabStatus | undefined) => JSON.stringify(s?.removed.map(({ text }) => text));
    if (browser === first!.browser) {
      printRemovals(status);
    } else if (texts(status) === texts(first!.status)) {
      console.log(`  the same removals as in ${LABEL[first!.browser]}`);
    } else {
      console.log(`  DIFFERENT removals from ${LABEL[first!.browser]}:`);
      printRemovals(status);
    }
  }
  console.log(`\nScreenshots: ${before} (no extension), then with the extension:`);
  for (const { browser, screenshot } of outcomes) console.log(`  ${LABEL[browser]}: ${screenshot}`);
}

export function printLoadingSteps(): void {
  console.log(`\nThe extension is built and ready to load:`);
  console.log(`  Chrome:  ${path.resolve('.output/chrome-mv3')}`);
  console.log(`           chrome://extensions → Developer mode on → Load unpacked → choose that folder`);
  console.log(`  Firefox: ${path.resolve('.output/firefox-mv2/manifest.json')}`);
  console.log(
    `           about:debugging#/runtime/this-firefox → Load Temporary Add-on… → choose that file\n` +
      `           (a temporary add-on stays until Firefox restarts; it is unsigned, so a permanent\n` +
      `           install needs Firefox Developer Edition or ESR with xpinstall.signatures.required off)`,
  );
}
