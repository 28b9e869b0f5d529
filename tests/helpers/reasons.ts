/** Reading reasons in tests: their codes, outermost first, without going through any language. */
import type { Reason } from '@/core/reason';

/** The code of `reason` and of every reason nested in its values, depth first. */
export function codesOf(reason: Reason): string[] {
  const nested = Object.values(reason.params).flatMap((param) =>
    typeof param === 'object' ? codesOf(param) : [],
  );
  return [reason.code, ...nested];
}

/** The reason of a refused verdict, or null when the verdict was ok. */
export function reasonOf(verdict: { ok: true } | { ok: false; reason: Reason }): Reason | null {
  return verdict.ok ? null : verdict.reason;
}
