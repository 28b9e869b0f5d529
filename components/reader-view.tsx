import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { ReaderChapter } from '@/core/clean-paragraphs';
import type { ReaderSettings } from '@/core/settings';
import type { RepairedReadingData, ScrollAnchor } from './actions';
import { ChapterReader } from './chapter-reader';
import { useT } from './i18n';
import { readAnchor, scrollToAnchor } from './scroll-anchor';

export interface ReaderViewProps {
  chapter: ReaderChapter;
  /** The repaired reading, when it is the one shown. */
  repaired?: RepairedReadingData;
  /** What stands above the chapter in the scrolling view (the reading switch, a notice). */
  top?: ComponentChildren;
  reader: ReaderSettings;
  /** Where the reader left off last time, restored before the first paint. */
  initialScroll: ScrollAnchor | null;
  /** Called once scrolling settles, and when the popup is closing. */
  onScroll: (anchor: ScrollAnchor) => void;
}

/** How long scrolling must rest before the position is saved. */
const SAVE_DELAY_MS = 300;

/** Keeps the reading position: restores it on open, holds it across typography changes, saves it. */
function useScrollMemory(props: ReaderViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const anchor = useRef<ScrollAnchor>(props.initialScroll ?? { index: 0, offset: 0 });
  const onScroll = useRef(props.onScroll);
  onScroll.current = props.onScroll;
  const { fontSize, lineHeight, width } = props.reader;
  useLayoutEffect(() => {
    if (ref.current) scrollToAnchor(ref.current, anchor.current);
  }, [fontSize, lineHeight, width]);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      onScroll.current(anchor.current);
    };
    const handleScroll = () => {
      anchor.current = readAnchor(container);
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    const flush = () => timer !== undefined && save();
    container.addEventListener('scroll', handleScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      container.removeEventListener('scroll', handleScroll);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
  return ref;
}

/** The scrolling reader: the chapter in the chosen typography, its position remembered. */
export function ReaderView(props: ReaderViewProps) {
  const t = useT();
  const ref = useScrollMemory(props);
  const { fontSize, lineHeight, width } = props.reader;
  const style = {
    '--reader-size': `${fontSize}px`,
    '--reader-leading': String(lineHeight),
    '--reader-measure': `${width}em`,
  };
  return (
    <div
      class="reader-scroll"
      ref={ref}
      tabIndex={0}
      role="region"
      aria-label={t('readerLabel')}
      style={style}
    >
      {props.top}
      <ChapterReader chapter={props.chapter} repaired={props.repaired} />
    </div>
  );
}
