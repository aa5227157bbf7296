/**
 * The schema's personal fields ("x-persoonsgegeven") and what `klacht anonimiseer` replaces are the
 * same set: a complaint with every field of the schema filled in (two items in every list) loses
 * exactly the marked fields and the body, and keeps every other value.
 */
import { describe, expect, it } from 'vitest';
import { Document, parseDocument } from 'yaml';
import { calendarDate } from '../../src/core/time/calendar-date.js';
import { complaintSchema, type JsonSchema } from '../../src/core/complaint/schema.js';
import { PERSONAL_FIELDS } from '../../src/core/complaint/schema-vocabulary.js';
import { anonymiseText, MARKER } from '../../src/register/anonymise.js';
import { schemaFields } from '../../tools/schema-vocabulary.js';

function sampleValue(name: string, schema: JsonSchema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'boolean') return true;
  if (schema.format === 'date') return '2026-03-02';
  if (name === 'id') return 'KL-2026-001';
  return `waarde van ${name}`;
}

/** Every leaf field of the schema with a value, each list with two items; path segments per value. */
function everyField(): { path: (string | number)[]; name: string; value: unknown }[] {
  return schemaFields(complaintSchema)
    .filter(({ schema }) => schema.type !== 'object' && schema.type !== 'array')
    .flatMap(({ name, schema }) => {
      const items = name.includes('[]') ? [0, 1] : [undefined];
      return items.map((index) => ({
        name,
        path: name.split(/(\[\])|\./).filter((s): s is string => s !== undefined && s !== '').map((s) => (s === '[]' ? index ?? 0 : s)),
        value: sampleValue(name, schema),
      }));
    });
}

describe('personal fields', () => {
  const fields = everyField();
  const doc = new Document({});
  for (const { path, value } of fields) doc.setIn(path, value);
  const text = `---\n${doc.toString()}---\nDe omschrijving van de klacht.\n`;
  const result = anonymiseText(text, calendarDate(2026, 11, 24));
  const after = parseDocument(/^---\n([\s\S]*?)^---\n/m.exec(result?.text ?? '')?.[1] ?? '');

  it('fills in every field of the schema, each of the personal ones too', () => {
    expect(fields.length).toBeGreaterThan(40);
    for (const personal of PERSONAL_FIELDS.filter((f) => f !== 'omschrijving')) expect(fields.map((f) => f.name)).toContain(personal);
  });

  it('anonymises every field the schema marks personal, and nothing else', () => {
    const changed = new Set((result && 'changed' in result ? result.changed : []).map((path) => path.replace(/\.\d+/g, '[]')));
    expect([...changed].sort()).toEqual([...PERSONAL_FIELDS].sort());
  });

  it('replaces the value of every personal field in every list item, and keeps every other value', () => {
    const personal = new Set<string>(PERSONAL_FIELDS);
    // geanonimiseerd records the day of the anonymisation itself.
    const expected = (name: string, value: unknown): unknown => (personal.has(name) ? MARKER : name === 'geanonimiseerd' ? '2026-11-24' : value);
    const wrong = fields.filter(({ name, path, value }) => after.getIn(path) !== expected(name, value));
    expect(wrong.map((f) => f.path.join('.'))).toEqual([]);
    expect(result?.text).not.toContain('De omschrijving van de klacht.');
  });
});
