import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabStatus } from '@/core/protocol';
import type { PopupActions, TabAnswer } from './actions';

export interface PageStatus {
  answer: TabAnswer | null;
  busy: boolean;
  restore: (id: number) => void;
  restoreAll: () => void;
  cleanAgain: () => void;
  setAutoClean: (host: string, on: boolean) => void;
}

/** The content script hears of a changed site switch through storage: ask a few times for its state. */
const SWITCH_POLLS = 6;
const SWITCH_POLL_MS = 120;

function isStatus(answer: TabAnswer | null): answer is TabStatus {
  return answer !== null && answer !== 'unreachable' && !('error' in answer);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Saves the switch, then asks the tab until it has applied it; the switch shows the choice regardless. */
async function switchAutoClean(actions: PopupActions, host: string, on: boolean): Promise<TabAnswer> {
  await actions.setAutoClean(host, on);
  let answer = await actions.getStatus();
  for (let poll = 1; poll < SWITCH_POLLS && isStatus(answer) && answer.autoClean !== on; poll++) {
    await pause(SWITCH_POLL_MS);
    answer = await actions.getStatus();
  }
  return isStatus(answer) ? { ...answer, autoClean: on } : answer;
}

/** Asks the tab once on open, then after every action; a failure means the tab is unreachable. */
export function usePageStatus(actions: PopupActions): PageStatus {
  const [answer, setAnswer] = useState<TabAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback((ask: () => Promise<TabAnswer>) => {
    setBusy(true);
    ask()
      .catch((): TabAnswer => 'unreachable')
      .then(setAnswer)
      .finally(() => setBusy(false));
  }, []);
  useEffect(() => run(() => actions.getStatus()), [actions, run]);
  return {
    answer,
    busy,
    restore: (id) => run(() => actions.restore(id)),
    restoreAll: () => run(() => actions.restoreAll()),
    cleanAgain: () => run(() => actions.cleanAgain()),
    setAutoClean: (host, on) => run(() => switchAutoClean(actions, host, on)),
  };
}
