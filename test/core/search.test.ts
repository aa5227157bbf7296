/** Finding complaints (core/search.ts): every word somewhere, and whether a hit needs personal data. */
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../src/core/complaint/complaint.js';
import { searchComplaints, searchForm } from '../../src/core/complaint/search.js';

function complaint(id: string, name: string, category: string | undefined, description: string, status: Complaint['status'] = 'in behandeling'): Complaint {
  return {
    file: `complaints/${id.slice(3, 7)}/${id}.md`, id, status, received: {}, complainant: { name }, ...(category ? { category } : {}),
    actions: [], correspondence: [], extensions: [], signatures: {}, description,
  };
}

const COMPLAINTS = [
  complaint('KL-2026-007', 'Zoë de Vries', 'planning', 'De coach kwam twee keer niet opdagen.'),
  complaint('KL-2025-012', 'J. Jansen', 'facturatie', 'De factuur klopte niet; planning was ook slecht.', 'afgehandeld'),
  complaint('KL-2026-010', 'Piet Planning', undefined, 'Te laat.'),
];

describe('searchComplaints', () => {
  it.each([
    ['a number without its zeros', 'KL-2026-7', ['KL-2026-007'], false],
    ['a category', 'facturatie', ['KL-2025-012'], false],
    ['a name, without its accent and in other capitals', 'zoe DE vries', ['KL-2026-007'], true],
    ['words in different fields', 'jansen factuur', ['KL-2025-012'], true],
    ['a word in the description only', 'opdagen', ['KL-2026-007'], true],
    ['nothing', 'xyzzy', [], false],
  ] as const)('%s', (_case, query, ids, personal) => {
    const hits = searchComplaints(COMPLAINTS, query);
    expect(hits.map((h) => h.id)).toEqual(ids);
    for (const hit of hits) expect(hit.personal).toBe(personal);
  });

  it('finds closed complaints too, sorted by number, and says where each was found', () => {
    const hits = searchComplaints(COMPLAINTS, 'planning');
    expect(hits.map((h) => [h.id, h.fields, h.personal])).toEqual([
      ['KL-2025-012', ['omschrijving'], true],
      // Found by its category: not personal.
      ['KL-2026-007', ['categorie'], false],
      ['KL-2026-010', ['naam'], true],
    ]);
    expect(hits[0]?.status).toBe('afgehandeld');
  });

  it('finds nothing for an empty search', () => {
    expect(searchComplaints(COMPLAINTS, '   ')).toEqual([]);
  });

  it('compares without capitals, accents or extra spaces', () => {
    expect(searchForm('  Zoë   Ĳsselmeer ')).toBe('zoe ijsselmeer');
  });
});
