import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
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

/**
 * Asks the tab on open, after every action, and whenever the tab reports a change of its own (work
 * that finished after the popup stopped asking: a heavy page, a switch applied on a slow machine, a
 * late ad). A failure means the tab is unreachable. A report that comes while an action runs is
 * answered once the action is done, so that the older answer never replaces the newer.
 */
export function usePageStatus(actions: PopupActions): PageStatus {
  const [answer, setAnswer] = useState<TabAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const reported = useRef(false);
  const run = useCallback(
    (ask: () => Promise<TabAnswer>) => {
      running.current = true;
      reported.current = false;
      setBusy(true);
      ask()
        .catch((): TabAnswer => 'unreachable')
        .then((next) => {
          running.current = false;
          setAnswer(next);
          if (reported.current) run(() => actions.getStatus());
          else setBusy(false);
        });
    },
    [actions],
  );
  useEffect(() => run(() => actions.getStatus()), [actions, run]);
  useEffect(
    () =>
      actions.watchTab(() => {
        if (running.current) reported.current = true;
        else run(() => actions.getStatus());
      }),
    [actions, run],
  );
  return {
    answer,
    busy,
    restore: (id) => run(() => actions.restore(id)),
    restoreAll: () => run(() => actions.restoreAll()),
    cleanAgain: () => run(() => actions.cleanAgain()),
    setAutoClean: (host, on) => run(() => switchAutoClean(actions, host, on)),
  };
}
