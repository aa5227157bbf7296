/** src/core/complaint/schema-vocabulary.ts is generated from schema/ and must not fall behind it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { complaintSchema, configSchema, schemaAt, type JsonSchema } from '../src/core/complaint/schema.js';
import { COMPLAINT_ID_PATTERN, COMPLAINT_ID_SOURCE, PERSONAL_FIELDS, STATUSES } from '../src/core/complaint/schema-vocabulary.js';
import { idNumber, idYear, isComplaintId } from '../src/core/complaint/complaint.js';
import { personalFields, vocabularySource } from '../tools/schema-vocabulary.js';
import { PROJECT_ROOT } from './helpers/cli.js';

/** The complaint schema with one field replaced. */
function withField(name: string, field: JsonSchema): JsonSchema {
  return { ...complaintSchema, properties: { ...complaintSchema.properties, [name]: field } };
}

describe('the schema vocabulary', () => {
  it('is as generated from schema/ (npm run docs)', () => {
    expect(readFileSync(join(PROJECT_ROOT, 'src/core/complaint/schema-vocabulary.ts'), 'utf8')).toBe(vocabularySource());
  });

  it('takes the lists and the id pattern from the schema', () => {
    expect(STATUSES).toEqual(schemaAt(complaintSchema, ['status'])?.enum);
    expect(COMPLAINT_ID_SOURCE).toBe(schemaAt(complaintSchema, ['id'])?.pattern);
    expect(PERSONAL_FIELDS).toEqual(personalFields(complaintSchema));
  });

  it('stops at an enum it has no name for, so that none is written out by hand', () => {
    const schema = withField('kleur', { type: 'string', enum: ['rood', 'blauw'] });
    expect(() => vocabularySource(schema, configSchema)).toThrow(/kleur heeft een enum zonder naam/);
  });

  it('stops when a named enum is gone from the schema', () => {
    const schema = withField('status', { type: 'string' });
    expect(() => vocabularySource(schema, configSchema)).toThrow(/noemt status/);
  });

  it('lists a field as personal as soon as the schema marks it', () => {
    const schema = withField('behandelaar', { type: 'string', 'x-persoonsgegeven': true });
    expect(vocabularySource(schema, configSchema)).toContain("  'behandelaar',\n");
    expect(personalFields({ ...complaintSchema, 'x-omschrijving': { title: 'Omschrijving' } })).not.toContain('omschrijving');
  });

  it.each([
    ['KL-2026-007', true, 2026, 7],
    ['KL-2026-1234', true, 2026, 1234],
    ['KL-2026-07', false, undefined, undefined],
    ['KL-26-007', false, undefined, undefined],
    ['kl-2026-007', false, undefined, undefined],
    ['KL-2026-007.md', false, undefined, undefined],
    ['Carla Canarie', false, undefined, undefined],
  ])('reads the id %s: valid %s, year %s, number %s', (id, valid, year, number) => {
    expect(isComplaintId(id)).toBe(valid);
    expect(COMPLAINT_ID_PATTERN.test(id)).toBe(valid);
    expect(idYear(id)).toBe(year);
    expect(idNumber(id)).toBe(number);
  });
});
