/** `klacht verleng`, the form "Termijn verlengen": the response term was not feasible; the complainant was told, with a new term. */
import { FIELD_TITLES } from '../complaint/schema-vocabulary.js';
import { defineStep } from './step.js';

export const EXTENSION_FORM = 'Termijn verlengen';

export const verleng = defineStep({
  command: 'verleng',
  summary: 'legt een verlenging van de reactietermijn vast (reden en nieuwe termijn)',
  description: [
    'Voegt een verlenging toe: de dag waarop de indiener hoorde dat de termijn niet haalbaar is (ruim vóór',
    'het verstrijken ervan), de reden, en de toegezegde nieuwe termijn (later dan de termijn die hij verlengt).',
    'Stuur daarna het verlengingsbericht en leg het vast met klacht brief.',
  ],
  form: { file: 'formulier-verlengen.yml', name: EXTENSION_FORM, step: 'Verlenging' },
  fields: [
    { name: 'reden', kind: 'text', label: 'Waarom de termijn niet haalbaar is', question: 'Waarom is de termijn niet haalbaar?', valueName: 'tekst', need: 'always', inLetter: 'verlenging' },
    { name: 'nieuwe-termijn', kind: 'date', label: `${FIELD_TITLES['verlengingen[].nieuwe_termijn']}: de toegezegde nieuwe datum voor de reactie`, question: 'Nieuwe termijn (de toegezegde datum):', valueName: 'datum', need: 'always', inLetter: 'verlenging' },
    { name: 'gemeld', kind: 'date', today: true, label: 'Dag waarop de indiener is ingelicht', question: 'Dag waarop de indiener is ingelicht:', valueName: 'datum', need: 'no' },
  ],
  examples: [
    'klacht verleng KL-2026-007 --reden "Wacht op het verslag van de coach" --nieuwe-termijn 15-4-2026',
    'klacht verleng KL-2026-007 --gemeld 2026-03-20 --reden "Vakantie behandelaar" --nieuwe-termijn "15 april 2026" --dry-run',
  ],
  refuse: (complaint) => (complaint.status === 'afgehandeld'
    ? { message: 'De klacht is al afgehandeld; een verlenging van de reactietermijn past daar niet meer bij.' }
    : undefined),
  plan: ({ id, answers: a, today }) => ({
    edits: a.reden === undefined || a['nieuwe-termijn'] === undefined ? [] : [{ op: 'append', path: ['verlengingen'], value: { gemeld: a.gemeld ?? today, reden: a.reden, nieuwe_termijn: a['nieuwe-termijn'] } }],
    next: [
      { text: 'Stuur de indiener het verlengingsbericht.', command: `klacht pdf ${id} --soort verlenging`, form: 'Documenten maken' },
      { text: 'Leg vast dat het verlengingsbericht verstuurd is.', command: `klacht brief ${id} --richting uit --soort verlenging`, form: 'Brief vastleggen' },
    ],
  }),
});
