/**
 * Which form field wrote which path (cli/steps/form-fields.ts), learnt from the steps' own plans on a
 * real complaint file's text: also when two fields hold the same value, and for a field appended to
 * a list that already has rows.
 */
import { describe, expect, it } from 'vitest';
import { toComplaint } from '../../src/core/complaint/complaint.js';
import { DEFAULT_CONFIG } from '../../src/core/complaint/config.js';
import { registreer, reactie, verleng } from '../../src/core/steps/index.js';
import type { StepDefinition } from '../../src/core/steps/step.js';
import type { CalendarDate } from '../../src/core/time/calendar-date.js';
import { dataOfText, formFieldsByPath, stepResult, type FormAnswers } from '../../src/cli/steps/form-fields.js';

const FILE = 'complaints/2026/KL-2026-007.md';
const TEXT = [
  '---',
  'id: KL-2026-007',
  'status: in behandeling',
  'complex: true',
  'ontvangen: { datum: 2026-03-02, door: Anna, wijze: mondeling }',
  'ingediend: 2026-03-02',
  'indiener: { naam: J. Jansen }',
  'verlengingen:',
  '  - { gemeld: 2026-03-05, reden: Drukte, nieuwe_termijn: 2026-04-10 }',
  '---',
  'De klacht.',
  '',
].join('\n');

function fieldsWritten(step: StepDefinition, answers: FormAnswers): Record<string, string> {
  const data = dataOfText(TEXT) as Record<string, unknown>;
  const input = { id: 'KL-2026-007', complaint: toComplaint(FILE, data, 'De klacht.'), answers, today: '2026-03-10' as CalendarDate, config: DEFAULT_CONFIG };
  const byPath = formFieldsByPath(step.fields, answers, stepResult(step, input, TEXT));
  return Object.fromEntries([...byPath].map(([path, field]) => [path, field.name]));
}

describe('the form field behind each path a step writes', () => {
  it('tells two fields with the same date apart, and leaves what the step fills in by itself', () => {
    expect(fieldsWritten(registreer, { geregistreerd: '2026-03-03', 'directie-datum': '2026-03-03', directie: 'Fenna Fictief', complex: false })).toEqual({
      complex: 'complex', geregistreerd: 'geregistreerd', 'ondertekening.directie.datum': 'directie-datum', 'ondertekening.directie.naam': 'directie',
    });
  });

  it('finds a row appended after the rows a list has, and leaves a date the step chose', () => {
    expect(fieldsWritten(verleng, { reden: 'Vakantie', 'nieuwe-termijn': '2026-05-01' })).toEqual({
      'verlengingen.1.reden': 'reden', 'verlengingen.1.nieuwe_termijn': 'nieuwe-termijn',
    });
  });

  it('gives every row of a field that may be given more than once to that field', () => {
    expect(fieldsWritten(reactie, { oorzaak: 'Planning', maatregel: ['Controle', 'Overleg'] })).toEqual({
      'afhandeling.oorzaak': 'oorzaak', 'afhandeling.maatregelen.0.omschrijving': 'maatregel', 'afhandeling.maatregelen.1.omschrijving': 'maatregel',
    });
  });
});
