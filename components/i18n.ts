import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from './actions';

/** The UI's message lookup; the extension provides browser.i18n, tests a lookup over messages.json. */
export const I18n = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(I18n);
}
