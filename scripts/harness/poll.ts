/** Waiting without a fixed sleep: ask again every `everyMs` until the answer is yes or time runs out. */
export async function pollUntil(
  check: () => Promise<boolean>,
  timeoutMs = 15_000,
  everyMs = 100,
  what = 'the condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
