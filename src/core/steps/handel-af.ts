/**
 * `klacht handel-af`, the form "Klacht afhandelen": the closure, status `afgehandeld`. Comes after the
 * reply: its content is recorded (klacht reactie) and the letter is recorded as sent (klacht brief).
 */
import { FIELD_TITLES } from '../complaint/schema-vocabulary.js';
import { REPLY_FORM } from './reactie.js';
import { defined, defineStep, setIf } from './step.js';

export const handelAf = defineStep({
  command: 'handel-af',
  summary: 'handelt een klacht af: behandelaar, standpunt van de indiener, overeenstemming, oordeel; status afgehandeld',
  description: [
    "Sluit het klachtdossier en zet de status op 'afgehandeld': wie de klacht behandelde, het standpunt van",
    'de indiener, of er overeenstemming is, het oordeel en de afhandeldatum. Eerst moet de inhoud van de',
    'reactie vastliggen (klacht reactie) en de reactie verstuurd en vastgelegd zijn (klacht brief --richting uit',
    '--soort reactie).',
  ],
  form: { file: 'formulier-afhandelen.yml', name: 'Klacht afhandelen', step: 'Afhandeling' },
  fields: [
    { name: 'behandelaar', kind: 'choice', choices: 'mensen', label: `${FIELD_TITLES.behandelaar}: wie de klacht heeft behandeld`, question: 'Wie heeft de klacht behandeld?', valueName: 'naam', need: 'missing', has: (c) => c.handler !== undefined },
    { name: 'standpunt-indiener', kind: 'text', label: `${FIELD_TITLES['afhandeling.standpunt_indiener']}: wat de indiener vindt van de reactie`, question: 'Wat is het standpunt van de indiener?', valueName: 'tekst', need: 'missing', has: (c) => c.closure?.complainantPosition !== undefined },
    { name: 'overeenstemming', kind: 'yes-no', negative: 'niet-overeenstemming', label: 'Is er overeenstemming met de indiener?', yes: 'Er is overeenstemming met de indiener', no: 'Er is geen overeenstemming met de indiener', question: 'Is er overeenstemming met de indiener?', need: 'missing', has: (c) => c.closure?.agreement !== undefined },
    { name: 'oordeel', kind: 'choice', choices: 'oordelen', label: `${FIELD_TITLES['afhandeling.oordeel']} over de klacht`, question: 'Oordeel over de klacht:', valueName: 'oordeel', need: 'no', has: (c) => c.closure?.judgement !== undefined },
    { name: 'datum', kind: 'date', today: true, label: FIELD_TITLES['afhandeling.datum'], question: 'Afhandeldatum:', valueName: 'datum', need: 'no', has: (c) => c.closure?.date !== undefined },
  ],
  examples: [
    'klacht handel-af KL-2026-007',
    'klacht handel-af KL-2026-007 --behandelaar "Anna de Vries" --standpunt-indiener "Tevreden met de excuses" --overeenstemming --oordeel gegrond',
  ],
  refuse(complaint) {
    if (complaint.status === 'ontvangen') {
      return { message: 'De klacht is nog niet geregistreerd (status ontvangen): registreer haar eerst.', next: [{ text: 'Registreer de klacht.', command: `klacht registreer ${complaint.id ?? ''}`.trimEnd(), form: 'Klacht registreren' }] };
    }
    const closure = complaint.closure;
    if (closure?.cause === undefined || closure.solution === undefined || closure.managementPosition === undefined) {
      return { message: 'De inhoud van de reactie aan de indiener ligt nog niet vast (oorzaak, standpunt van de directie, oplossing).', next: [{ text: 'Leg de reactie vast.', command: `klacht reactie ${complaint.id ?? ''}`.trimEnd(), form: REPLY_FORM }] };
    }
    if (!complaint.correspondence.some((l) => l.direction === 'uit' && l.kind === 'reactie')) {
      return { message: 'Er is nog geen reactie aan de indiener verstuurd en vastgelegd.', next: [
        { text: 'Maak de brief met de reactie en verstuur hem.', command: `klacht pdf ${complaint.id ?? ''} --soort reactie`, form: 'Documenten maken' },
        { text: 'Leg vast dat de reactie verstuurd is.', command: `klacht brief ${complaint.id ?? ''} --richting uit --soort reactie`, form: 'Brief vastleggen' },
      ] };
    }
    return undefined;
  },
  plan({ id, complaint, answers: a, today }) {
    const closure = complaint.closure;
    const dossier = defined({
      datum: a.datum ?? (closure?.date === undefined ? today : undefined),
      standpunt_indiener: a['standpunt-indiener'], overeenstemming: a.overeenstemming, oordeel: a.oordeel,
    });
    const count = closure?.measures.length ?? 0;
    return {
      edits: [
        ...(complaint.status === 'afgehandeld' ? [] : setIf(['status'], 'afgehandeld')),
        ...setIf(['behandelaar'], a.behandelaar),
        ...(Object.keys(dossier).length > 0 ? [{ op: 'set', path: ['afhandeling'], value: dossier } as const] : []),
      ],
      next: [
        { text: 'Een directielid keurt de pull request goed: die goedkeuring is de handtekening onder de afhandeling.' },
        { text: 'Het klachtdossier als PDF.', command: `klacht pdf ${id} --soort dossier`, form: 'Documenten maken' },
        ...(count > 0 ? [{ text: 'Is een maatregel uitgevoerd, zet hem dan op uitgevoerd.', command: `klacht maatregel ${id}`, form: 'Maatregel bijwerken' }] : []),
      ],
    };
  },
});
