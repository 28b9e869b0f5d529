export interface ChapterReaderProps {
  title: string;
  paragraphs: readonly string[];
}

/** The bundled chapter typeset for reading: one <p> per paragraph, text rendered as text only. */
export function ChapterReader({ title, paragraphs }: ChapterReaderProps) {
  return (
    <article class="reader" lang="zh-CN" aria-label={title}>
      <h1 class="reader__title">{title}</h1>
      {paragraphs.map((paragraph, index) => (
        <p class="reader__paragraph" key={index}>
          {paragraph}
        </p>
      ))}
    </article>
  );
}
