/** What the benchmark's Readability bundle exposes: the pinned @mozilla/readability, untouched. */
export { Readability } from '@mozilla/readability';
