import { useEffect, useState } from 'preact/hooks';
import { ChapterReader } from '@/components/chapter-reader';
import { loadBundledChapter } from '@/lib/bundled-chapter';

type Loaded =
  { state: 'loading' } | { state: 'ready'; paragraphs: string[] } | { state: 'error'; message: string };

export function App() {
  const [chapter, setChapter] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    loadBundledChapter().then(
      (paragraphs) => setChapter({ state: 'ready', paragraphs }),
      (error: unknown) => setChapter({ state: 'error', message: String(error) }),
    );
  }, []);
  if (chapter.state === 'error') return <p role="alert">{chapter.message}</p>;
  if (chapter.state === 'loading') return <main class="popup" aria-busy="true" />;
  return (
    <main class="popup" data-ready="true">
      <ChapterReader title="净读" paragraphs={chapter.paragraphs} />
    </main>
  );
}
