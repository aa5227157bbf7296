/**
 * Which yearly analyses exist (analyses/<jaar>.md) and since when. The date is the day (in
 * Europe/Amsterdam) of the commit that first added the file; outside git, or for a file not yet
 * committed, the date is unknown (null).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { todayInAmsterdam, type CalendarDate } from '../core/calendar-date.js';
import { firstAddedTimes, openRepository } from '../git/repository.js';

export const ANALYSES_DIR = 'analyses';

/** Years with an analyses/<jaar>.md file, mapped to the date it was first committed (or null). */
export async function recordedAnalyses(root: string): Promise<Map<number, CalendarDate | null>> {
  let names: string[];
  try {
    names = readdirSync(join(root, ANALYSES_DIR));
  } catch {
    return new Map();
  }
  const years = names.flatMap((name) => {
    const match = /^(\d{4})\.md$/.exec(name);
    return match ? [Number(match[1])] : [];
  });
  const result = new Map<number, CalendarDate | null>();
  if (years.length === 0) return result;
  const git = await openRepository(root);
  const pathOf = (year: number): string => `${ANALYSES_DIR}/${year}.md`;
  const times = git ? await firstAddedTimes(git, years.map(pathOf)) : new Map<string, number | null>();
  for (const year of years) {
    // A Unix time, turned into the Amsterdam date.
    const time = times.get(pathOf(year));
    result.set(year, time == null ? null : todayInAmsterdam(new Date(time * 1000)));
  }
  return result;
}
