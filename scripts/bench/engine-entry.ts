/**
 * What the benchmark's engine bundle exposes, by the names the issue fixes for anyone timing the
 * engine outside the extension: `new PageCleaner(doc, { fingerprint }).clean()` with
 * `fingerprint = buildFingerprint(parseChapterText(text))`, plus the gate on its own.
 */
export { PageCleaner } from '../../dom/clean-page';
export { buildFingerprint } from '../../core/fingerprint';
export { parseChapterText } from '../../core/bundled-chapter';
export { passesChapterGate } from '../../dom/gate';
