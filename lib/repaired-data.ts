/**
 * The repaired reading as the popup shows it: the view over the shipped story, the day each source
 * was met in the reader's language, and the pages not used because they were damaged another way
 * (the latest visit of each host).
 */
import { hasRepairs } from '@/core/repair/reading';
import { viewReading, type RepairedView } from '@/core/repair/reading-view';
import { formatDay } from './i18n';
import { loadRepairedReading } from './repaired-store';

/** The shape of components/actions.ts's RepairedReadingData (lib may not import views). */
export interface RepairedData {
  view: RepairedView | null;
  days: string[];
  rejected: Array<{ host: string; day: string }>;
  problems: string[];
}

export async function loadRepairedData(story: readonly string[]): Promise<RepairedData> {
  const { reading, problems } = await loadRepairedReading(story);
  const rejected = new Map<string, { host: string; day: string }>();
  for (const { host, date, verdict } of reading?.seen ?? [])
    if (verdict === 'damaged-another-way') rejected.set(host, { host, day: formatDay(date) });
  return {
    view: hasRepairs(reading) ? viewReading(reading, story) : null,
    days: reading?.sources.map(({ date }) => formatDay(date)) ?? [],
    rejected: [...rejected.values()],
    problems,
  };
}
