/** `klacht maatregel`, the form "Maatregel bijwerken": the status of one measure (gepland, uitgevoerd). */
import { defineStep } from './step.js';

export const maatregel = defineStep({
  command: 'maatregel',
  summary: 'zet de status van een maatregel (gepland of uitgevoerd)',
  description: [
    'Zet de status van één maatregel uit het klachtdossier (afhandeling.maatregelen). De maatregel wordt',
    'genoemd met zijn nummer in de lijst, te beginnen bij 1, zoals het dossier hem toont; in een terminal',
    'kiest u hem uit de lijst. Nieuwe maatregelen legt u vast met klacht reactie --maatregel.',
  ],
  form: { file: 'formulier-maatregel.yml', name: 'Maatregel bijwerken', step: 'Maatregel' },
  fields: [
    { name: 'nummer', kind: 'choice', choices: 'maatregelen', label: 'Het nummer van de maatregel in het dossier (1, 2, ...)', question: 'Welke maatregel?', valueName: 'n', need: 'always' },
    { name: 'status', kind: 'choice', choices: 'maatregel-statussen', label: 'De nieuwe status van de maatregel', question: 'Nieuwe status:', valueName: 'status', need: 'always' },
  ],
  examples: ['klacht maatregel KL-2026-007 --nummer 1 --status uitgevoerd', 'klacht maatregel KL-2026-007'],
  refuse: (complaint) => ((complaint.closure?.measures.length ?? 0) === 0
    ? { message: 'De klacht heeft geen maatregelen. Maatregelen legt u vast met de reactie.', next: [{ text: 'Leg een maatregel vast.', command: `klacht reactie ${complaint.id ?? ''} --maatregel <tekst>`, form: 'Reactie vastleggen' }] }
    : undefined),
  plan({ complaint, answers: a }) {
    const count = complaint.closure?.measures.length ?? 0;
    const index = Number(a.nummer) - 1;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      return { refused: { message: `Het nummer van de maatregel is ${count === 1 ? '1 (de klacht heeft één maatregel)' : `1 tot en met ${count}`}.` } };
    }
    return { edits: a.status === undefined ? [] : [{ op: 'set', path: ['afhandeling', 'maatregelen', index, 'status'], value: a.status }], next: [] };
  },
});
