import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/core/settings';
import type { SettingsRepair } from '@/core/settings-repairs';
import type { OptionsActions, SaveReport, SettingsChange } from './options-actions';

export interface OptionsData {
  settings: Settings;
  /** What was repaired when the settings were loaded. */
  repaired: SettingsRepair[];
  /** The bundled chapter's lines, or why they could not be read. */
  bundled: string[] | { error: string };
}

export type SaveState =
  { kind: 'idle' } | { kind: 'saved'; report: SaveReport } | { kind: 'failed'; error: string };

export interface OptionsStore {
  data: OptionsData | null;
  save: SaveState;
  /** Applies a change to the stored settings; resolves to the settings saved, or null on failure. */
  update(change: SettingsChange): Promise<Settings | null>;
}

/** Loads the settings and the bundled chapter, follows changes made elsewhere, and saves changes. */
export function useOptionsData(actions: OptionsActions): OptionsStore {
  const [data, setData] = useState<OptionsData | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    void Promise.all([
      actions.load(),
      actions.loadBundledChapter().catch((error: unknown) => ({ error: String(error) })),
    ]).then(([loaded, bundled]) => alive.current && setData({ ...loaded, bundled }));
    const stop = actions.watch((settings) => setData((old) => old && { ...old, settings }));
    return () => {
      alive.current = false;
      stop();
    };
  }, [actions]);
  const update = async (change: SettingsChange): Promise<Settings | null> => {
    try {
      const result = await actions.update(change);
      if (!alive.current) return result.settings;
      setData((old) => old && { ...old, settings: result.settings });
      setSave({ kind: 'saved', report: result.saved });
      return result.settings;
    } catch (error) {
      setSave({ kind: 'failed', error: String(error) });
      return null;
    }
  };
  return { data, save, update };
}
