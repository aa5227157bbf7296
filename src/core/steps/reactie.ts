/**
 * `klacht reactie`, the form "Reactie vastleggen": what the reply to the complainant says, before
 * the letter is made and sent and before the complaint is closed. The procedure's order: record the
 * reply's content, make the letter from it (klacht pdf --soort reactie), record it as sent (klacht
 * brief), then close (klacht handel-af). What is recorded here is printed in the letter.
 */
import { FIELD_TITLES } from '../complaint/schema-vocabulary.js';
import { defined, defineStep, type StepEdit } from './step.js';

export const REPLY_FORM = 'Reactie vastleggen';

export const reactie = defineStep({
  command: 'reactie',
  summary: 'legt de inhoud van de reactie aan de indiener vast (oorzaak, standpunt, oplossing, maatregelen)',
  description: [
    'Legt vast wat de reactie aan de indiener zegt: de vastgestelde oorzaak, het standpunt van de directie,',
    'de oplossing en de maatregelen om herhaling te voorkomen (een nieuwe maatregel staat op gepland).',
    'Daarna: maak de brief (klacht pdf --soort reactie), verstuur hem en leg dat vast (klacht brief),',
    'en handel de klacht af (klacht handel-af). Wat al vastligt hoeft u niet opnieuw te geven.',
  ],
  form: { file: 'formulier-reactie.yml', name: REPLY_FORM, step: 'Reactie' },
  fields: [
    { name: 'oorzaak', kind: 'text', label: `${FIELD_TITLES['afhandeling.oorzaak']}: wat er is gebeurd`, question: 'Wat is de oorzaak (wat er is gebeurd)?', valueName: 'tekst', need: 'missing', has: (c) => c.closure?.cause !== undefined, inLetter: 'reactie' },
    { name: 'standpunt-directie', kind: 'text', label: `${FIELD_TITLES['afhandeling.standpunt_directie']}: het standpunt van de organisatie`, question: 'Wat is het standpunt van de directie?', valueName: 'tekst', need: 'missing', has: (c) => c.closure?.managementPosition !== undefined, inLetter: 'reactie' },
    { name: 'oplossing', kind: 'text', label: `${FIELD_TITLES['afhandeling.oplossing']}: wat de organisatie voorstelt`, question: 'Welke oplossing stelt u voor?', valueName: 'tekst', need: 'missing', has: (c) => c.closure?.solution !== undefined, inLetter: 'reactie' },
    { name: 'maatregel', kind: 'texts', formInputs: 3, label: 'Een structurele maatregel om herhaling te voorkomen (mag vaker)', question: 'Een structurele maatregel (leeg: geen meer):', valueName: 'tekst', need: 'no', inLetter: 'reactie' },
    { name: 'eenmalige-maatregel', kind: 'texts', formInputs: 2, label: 'Een eenmalige maatregel (mag vaker)', question: 'Een eenmalige maatregel (leeg: geen meer):', valueName: 'tekst', need: 'no', inLetter: 'reactie' },
  ],
  examples: [
    'klacht reactie KL-2026-007',
    'klacht reactie KL-2026-007 --oorzaak "Twee afspraken stonden op dezelfde tijd" --standpunt-directie "De klacht is terecht" --oplossing "Een nieuwe afspraak en onze excuses" --maatregel "De planning wordt door twee mensen gecontroleerd"',
  ],
  refuse: (complaint) => (complaint.status === 'ontvangen'
    ? { message: 'De klacht is nog niet geregistreerd (status ontvangen): registreer haar eerst.', next: [{ text: 'Registreer de klacht.', command: `klacht registreer ${complaint.id ?? ''}`.trimEnd(), form: 'Klacht registreren' }] }
    : undefined),
  plan({ id, complaint, answers: a }) {
    const content = defined({ oorzaak: a.oorzaak, standpunt_directie: a['standpunt-directie'], oplossing: a.oplossing });
    const edits: StepEdit[] = [
      ...(Object.keys(content).length > 0 ? [{ op: 'set', path: ['afhandeling'], value: content } as const] : []),
      ...(a.maatregel ?? []).map((omschrijving) => ({ op: 'append', path: ['afhandeling', 'maatregelen'], value: { omschrijving, structureel: true, status: 'gepland' } }) as const),
      ...(a['eenmalige-maatregel'] ?? []).map((omschrijving) => ({ op: 'append', path: ['afhandeling', 'maatregelen'], value: { omschrijving, structureel: false, status: 'gepland' } }) as const),
    ];
    const sent = complaint.correspondence.some((l) => l.direction === 'uit' && l.kind === 'reactie');
    return {
      edits,
      next: sent ? [] : [
        { text: 'Maak de brief met de reactie en stuur hem de indiener.', command: `klacht pdf ${id} --soort reactie`, form: 'Documenten maken' },
        { text: 'Leg vast dat de reactie verstuurd is.', command: `klacht brief ${id} --richting uit --soort reactie`, form: 'Brief vastleggen' },
      ],
    };
  },
});
