/** Parses page HTML in a fresh happy-dom window the way the CLI does: no page scripts, files or CSS. */
import { Window } from 'happy-dom';

const SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
};

export interface LoadedPage {
  document: Document;
  /** Frees the window; call it when the test is done with the page. */
  close(): void;
}

/** A fresh document holding `html`, at `url` (a localhost address by default). */
export function loadPage(html: string, url = 'http://localhost/'): LoadedPage {
  const window = new Window({ url, settings: SETTINGS });
  window.document.write(html);
  return {
    // happy-dom's Document implements the DOM interfaces the engine uses; the cast bridges its own types.
    document: window.document as unknown as Document,
    close: () => window.close(),
  };
}
