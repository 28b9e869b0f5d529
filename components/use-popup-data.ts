import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderChapter } from '@/core/clean-paragraphs';
import type { ReaderSettings } from '@/core/settings';
import type { PopupActions, RepairedReadingData, ScrollAnchor } from './actions';

export interface PopupData {
  reader: ReaderSettings;
  chapter: ReaderChapter | { error: string };
  scroll: ScrollAnchor | null;
  repaired: RepairedReadingData;
}

/** The repaired reading, or nothing known and why, when it could not be loaded at all. */
function loadRepaired(actions: PopupActions): Promise<RepairedReadingData> {
  return actions
    .loadRepaired()
    .catch((error: unknown) => ({ view: null, days: [], rejected: [], problems: [String(error)] }));
}

/** How long a slider must rest before reader settings are written (sync storage limits writes). */
const SAVE_DELAY_MS = 250;

/** Everything the first paint needs, loaded in parallel so the popup appears once, complete. */
export function usePopupData(actions: PopupActions): PopupData | null {
  const [data, setData] = useState<PopupData | null>(null);
  useEffect(() => {
    void Promise.all([
      actions.loadReader(),
      actions.loadBundledChapter().catch((error: unknown) => ({ error: String(error) })),
      actions.loadScroll().catch(() => null),
      loadRepaired(actions),
    ]).then(([reader, chapter, scroll, repaired]) => setData({ reader, chapter, scroll, repaired }));
    // A page recorded while the popup is open (in another window) shows up without reopening it.
    return actions.watchRepaired(
      () => void loadRepaired(actions).then((repaired) => setData((old) => old && { ...old, repaired })),
    );
  }, [actions]);
  return data;
}

/** Reader settings applied at once and saved after a short rest; a theme change is saved at once. */
export function useReaderSettings(actions: PopupActions, initial: ReaderSettings) {
  const [reader, setReader] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const change = (next: ReaderSettings) => {
    const immediate = reader.theme !== next.theme;
    setReader(next);
    clearTimeout(timer.current);
    if (immediate) void actions.saveReader(next);
    else timer.current = setTimeout(() => void actions.saveReader(next), SAVE_DELAY_MS);
  };
  return [reader, change] as const;
}
