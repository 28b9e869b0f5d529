/**
 * The extension's site memory in the CLI's browser mode. A batch of saved pages is served from one
 * local host, so the extension would take unrelated pages for chapters of one site and learn their
 * common lines as its boilerplate: unless told the batch is one site's chapters (--learn-across),
 * what it learnt is forgotten before each page, as the Node mode starts each page afresh.
 */
import { SITE_MEMORY_PREFIX } from '../../core/storage-keys';
import type { ExtensionHarness } from '../harness';

/** Removes what the extension learnt on every site, from inside the extension. */
export async function forgetSiteMemory(harness: ExtensionHarness): Promise<void> {
  await harness.inExtension(async (prefix) => {
    interface LocalArea {
      get(keys: null): Promise<Record<string, unknown>>;
      remove(keys: string[]): Promise<void>;
    }
    type Api = { storage: { local: LocalArea } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const local = (scope.browser ?? scope.chrome)!.storage.local;
    const keys = Object.keys(await local.get(null)).filter((key) => key.startsWith(prefix));
    if (keys.length > 0) await local.remove(keys);
  }, SITE_MEMORY_PREFIX);
}
