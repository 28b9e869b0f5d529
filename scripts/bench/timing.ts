/** Timing helpers for the benchmark: medians over fresh runs, printed, never asserted. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median of `measure()` over `runs` runs, after `warmup` runs that are thrown away. */
export function medianOf(runs: number, measure: () => number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) measure();
  return median(Array.from({ length: runs }, measure));
}

export function pad(value: string | number, width: number): string {
  const text = typeof value === 'number' ? value.toFixed(2) : value;
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}
