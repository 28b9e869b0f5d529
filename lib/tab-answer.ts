/**
 * What a tab's content script sent back, checked before the popup renders it: a status, an error
 * the content script reported, or nothing usable.
 */
import type { TabState, TabStatus } from '@/core/protocol';

export type TabAnswer = TabStatus | 'unreachable' | { error: string };

const STATES: readonly TabState[] = ['working', 'not-chapter', 'cleaned', 'paused', 'safety-stop', 'gave-up'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTabStatus(value: Record<string, unknown>): boolean {
  const { host, state, title, bundled, removed, flags, autoClean, ms } = value;
  return (
    typeof host === 'string' &&
    STATES.includes(state as TabState) &&
    typeof title === 'string' &&
    isRecord(bundled) &&
    typeof bundled.coverage === 'number' &&
    Array.isArray(removed) &&
    removed.every((removal) => isRecord(removal) && Number.isSafeInteger(removal.id)) &&
    Array.isArray(flags) &&
    typeof autoClean === 'boolean' &&
    typeof ms === 'number'
  );
}

/** The answer as the popup can show it; anything unrecognised reads as no content script. */
export function parseTabAnswer(raw: unknown): TabAnswer {
  if (!isRecord(raw)) return 'unreachable';
  if (isTabStatus(raw)) return raw as unknown as TabStatus;
  if (typeof raw.error === 'string') return { error: raw.error };
  return 'unreachable';
}
