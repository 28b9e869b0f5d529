/**
 * The Node DOM as the CLI, the benchmark and the tests use it: a fresh happy-dom window per page,
 * with no page scripts, no fetched files or frames and no CSS, so a page is read as served.
 */
import { Window } from 'happy-dom';

const SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  navigator: { userAgent: 'Jingdu CLI' },
};

export interface NodeDomPage {
  document: Document;
  /** Frees the window; call it once done with the page. */
  close(): void;
}

/** A fresh document holding `html`, at `url` (a localhost address by default). */
export function openInNodeDom(html: string, url = 'http://localhost/'): NodeDomPage {
  const window = new Window({ url, settings: SETTINGS });
  window.document.write(html);
  return {
    // happy-dom's Document implements the DOM interfaces the engine uses; the cast bridges its own types.
    document: window.document as unknown as Document,
    close: () => void window.happyDOM.close(),
  };
}
