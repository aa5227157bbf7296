/** Choosing the next free complaint number. */
import { formatId, idNumber, idYear } from './complaint.js';

/** The next free id of `year`, given every id known anywhere (working tree, branches). */
export function nextFreeId(year: number, knownIds: Iterable<string>): string {
  let highest = 0;
  for (const id of knownIds) {
    if (idYear(id) === year) highest = Math.max(highest, idNumber(id) ?? 0);
  }
  return formatId(year, highest + 1);
}
