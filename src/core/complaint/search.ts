/**
 * Finding complaints, open and closed (`klacht zoek`): by complaint number, the complainant's name,
 * the description and the category. Every word of the search must occur (capitals, accents and
 * extra spaces do not count); a hit says in which fields it was found and whether one of those is
 * personal, so the command can hold such hits back where a log could keep them.
 */
import type { CalendarDate } from '../time/calendar-date.js';
import type { Complaint, Status } from './complaint.js';
import { normaliseComplaintId } from '../text/user-input.js';

/** The fields searched, by the names people know them by. */
export type SearchField = 'klachtnummer' | 'categorie' | 'naam' | 'omschrijving';

/** The fields that hold the complainant's personal data (schema: x-persoonsgegeven, and the body). */
export const PERSONAL_SEARCH_FIELDS: ReadonlySet<SearchField> = new Set(['naam', 'omschrijving']);

export interface SearchHit {
  readonly id: string;
  readonly status: Status | null;
  readonly ingediend: CalendarDate | null;
  readonly afgehandeld: CalendarDate | null;
  /** Where the words were found, in the order above. */
  readonly fields: readonly SearchField[];
  /** True when a personal field is needed for the hit (a hit on the number or category alone is not). */
  readonly personal: boolean;
}

/** Lower case, without accents, single spaces: `Zoë  De Vries` finds `zoe de vries`. */
export function searchForm(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
}

/**
 * The complaints in which every word of `query` occurs in one of the searched fields (each word may
 * be in another field), sorted by id. A complaint number finds that complaint (`KL-2026-7` is
 * `KL-2026-007`). An empty query finds nothing.
 */
export function searchComplaints(complaints: readonly Complaint[], query: string): SearchHit[] {
  const id = normaliseComplaintId(query);
  const words = id !== undefined ? [searchForm(id)] : searchForm(query).split(' ').filter((w) => w !== '');
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const c of complaints) {
    if (c.id === undefined) continue;
    const values: readonly [SearchField, string | undefined][] = [
      ['klachtnummer', c.id], ['categorie', c.category], ['naam', c.complainant.name], ['omschrijving', c.description],
    ];
    const searchable = values.map(([field, value]) => [field, value === undefined ? '' : searchForm(value)] as const);
    if (!words.every((word) => searchable.some(([, value]) => value.includes(word)))) continue;
    const fields = searchable.filter(([, value]) => words.some((word) => value.includes(word))).map(([field]) => field);
    // Personal only when the words can't all be found outside the personal fields.
    const openly = searchable.filter(([field]) => !PERSONAL_SEARCH_FIELDS.has(field));
    const personal = !words.every((word) => openly.some(([, value]) => value.includes(word)));
    hits.push({ id: c.id, status: c.status ?? null, ingediend: c.submitted ?? null, afgehandeld: c.closure?.date ?? null, fields, personal });
  }
  return hits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
