/**
 * One entry point for every rule file the reader may drop in: Jingdu's own JSON, a Legado export or
 * a plain-text list. The format is recognised from the content, not the file name.
 */
import { importRulesFileValue, isRulesFile } from './export.ts';
import { importLegadoValue } from './import-legado.ts';
import { parseJson, type ImportResult } from './import-result.ts';
import { importTextRules } from './import-text.ts';

export type RulesFormat = 'jingdu' | 'legado' | 'text';

// A spam list may well start with "[txt全集下载]" or "{飘天文学…}"; JSON starts with [ or { followed
// by a quote, a bracket or a brace.
const LOOKS_LIKE_JSON = /^\s*(?:\[\s*[[\]{"]|\{\s*["}])/;

/** Which format `text` is in; text that looks like JSON but does not parse counts as JSON (Legado). */
export function detectRulesFormat(text: string): RulesFormat {
  const body = text.replace(/^\ufeff/, '');
  if (!LOOKS_LIKE_JSON.test(body)) return 'text';
  const parsed = parseJson(body);
  return parsed.ok && isRulesFile(parsed.value) ? 'jingdu' : 'legado';
}

/** Rules from any supported file, with the format it was read as; never throws. */
export function importRulesFile(text: string): ImportResult & { format: RulesFormat } {
  const body = text.replace(/^\ufeff/, '');
  const format = detectRulesFormat(body);
  if (format === 'text') return { ...importTextRules(body), format };
  const parsed = parseJson(body);
  if (!parsed.ok) return { ...parsed.result, format };
  const value = parsed.value;
  const result = isRulesFile(value) ? importRulesFileValue(value) : importLegadoValue(value);
  return { ...result, format };
}
