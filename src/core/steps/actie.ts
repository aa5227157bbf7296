/** `klacht actie`, the form "Actie vastleggen": an action taken (or planned) about the complaint. */
import { defineStep } from './step.js';

export const actie = defineStep({
  command: 'actie',
  summary: 'legt een actie naar aanleiding van de klacht vast',
  description: [
    'Voegt een actie toe aan de acties van de klacht: de datum en wat er is of wordt gedaan',
    '(de directie besluit welke actie er naar aanleiding van de klacht komt).',
  ],
  form: { file: 'formulier-actie.yml', name: 'Actie vastleggen', step: 'Actie' },
  fields: [
    { name: 'actie', kind: 'text', label: 'Wat er is of wordt gedaan', question: 'Welke actie is of wordt ondernomen?', valueName: 'tekst', need: 'always' },
    { name: 'datum', kind: 'date', today: true, label: 'Wanneer de actie plaatsvond of gepland is', question: 'Datum van de actie:', valueName: 'datum', need: 'no' },
  ],
  examples: [
    'klacht actie KL-2026-007 --actie "Intakegesprek met de indiener gepland"',
    'klacht actie KL-2026-007 --datum 10-3-2026 --actie "Verslag van de coach opgevraagd"',
  ],
  refuse: () => undefined,
  plan: ({ answers: a, today }) => ({
    edits: a.actie === undefined ? [] : [{ op: 'append', path: ['acties'], value: { datum: a.datum ?? today, actie: a.actie } }],
    next: [],
  }),
});
