/** `klacht brief`, the form "Brief vastleggen": a letter or other message about the complaint, in or out. */
import type { Complaint, CorrespondenceKind } from '../complaint/complaint.js';
import { CORRESPONDENCE_KINDS, DIRECTIONS } from '../complaint/schema-vocabulary.js';
import { DOCUMENT_TITLES, notApplicable, type DocumentKind, type NotApplicable } from '../complaint/documents.js';
import { REPLY_FORM } from './reactie.js';
import { REGISTRATION_FORM } from './registreer.js';
import { defined, defineStep, type NextStep } from './step.js';
import { EXTENSION_FORM } from './verleng.js';

/** The letters `klacht pdf` makes, by the kind of the letter. */
const PRINTABLE = new Set<CorrespondenceKind>(['ontvangstbevestiging', 'verlenging', 'reactie']);

export const brief = defineStep({
  command: 'brief',
  summary: 'legt een brief of ander bericht over de klacht vast (in of uit)',
  description: [
    'Voegt een brief, e-mail of ander bericht toe aan de correspondentie van de klacht: de datum, de',
    `richting (${DIRECTIONS.join(' of ')}: van of naar de indiener) en de soort (${CORRESPONDENCE_KINDS.join(', ')}),`,
    'met desgewenst een onderwerp, het kanaal en de brief zelf als bijlage in het register.',
    'De brieven ontvangstbevestiging, verlenging en reactie maakt u eerst met klacht pdf (formulier "Documenten maken").',
  ],
  form: { file: 'formulier-brief.yml', name: 'Brief vastleggen', step: 'Brief' },
  fields: [
    { name: 'richting', kind: 'choice', choices: 'richtingen', label: 'Richting: in is van de indiener, uit is naar de indiener', question: 'Richting (in: van de indiener, uit: naar de indiener):', valueName: DIRECTIONS.join('|'), need: 'always' },
    { name: 'soort', kind: 'choice', choices: 'soorten', label: 'Soort brief of bericht', question: 'Soort bericht:', valueName: 'soort', need: 'always' },
    { name: 'datum', kind: 'date', today: true, label: 'Datum van verzending of ontvangst', question: 'Datum van verzending of ontvangst:', valueName: 'datum', need: 'no' },
    { name: 'onderwerp', kind: 'text', label: 'Korte aanduiding van de inhoud', question: 'Onderwerp (leeg: geen):', valueName: 'tekst', need: 'no' },
    { name: 'kanaal', kind: 'text', label: 'Bijvoorbeeld e-mail, brief of telefoon', question: 'Kanaal, bijvoorbeeld e-mail, brief of telefoon (leeg: geen):', valueName: 'kanaal', need: 'no' },
    { name: 'bijlage', kind: 'file', label: 'De brief zelf in het register, bijvoorbeeld bijlagen/KL-2026-007/reactie.pdf', question: 'Pad van de brief in het register (leeg: geen):', valueName: 'pad', need: 'no' },
  ],
  examples: [
    'klacht brief KL-2026-007 --richting uit --soort ontvangstbevestiging --kanaal e-mail',
    'klacht brief KL-2026-007 --datum 20-3-2026 --richting uit --soort reactie --onderwerp "Reactie op uw klacht" --bijlage bijlagen/KL-2026-007/reactie.pdf',
    'klacht brief KL-2026-007 --richting in --soort overig --kanaal telefoon',
  ],
  refuse: () => undefined,
  plan({ id, complaint, answers: a, today }) {
    // A letter klacht makes is recorded as sent only when it could be made: the reply after its
    // content is recorded, the acknowledgement after the registration, the extension's letter after the extension.
    const kind = a.richting === 'uit' ? a.soort as CorrespondenceKind | undefined : undefined;
    const not = kind !== undefined && isPrintedLetter(kind) ? notApplicable(kind as DocumentKind, complaint) : undefined;
    if (not) return { refused: { message: `Een ${DOCUMENT_TITLES[kind as DocumentKind].toLowerCase()} kan nog niet verstuurd zijn: ${not.reason}.`, next: [FIRST[not.step](id)] } };
    const letter = defined({ datum: a.datum ?? today, richting: a.richting, soort: a.soort, onderwerp: a.onderwerp, kanaal: a.kanaal, bijlage: a.bijlage });
    const outgoing = a.richting === 'uit' ? a.soort as CorrespondenceKind | undefined : undefined;
    return { edits: [{ op: 'append', path: ['correspondentie'], value: letter }], next: afterLetter(id, complaint, outgoing) };
  },
});

/** The step that makes a letter possible, as the next step of a refusal. */
const FIRST: Readonly<Record<NotApplicable['step'], (id: string) => NextStep>> = {
  registreer: (id) => ({ text: 'Registreer eerst de klacht.', command: `klacht registreer ${id}`, form: REGISTRATION_FORM }),
  verleng: (id) => ({ text: 'Leg eerst de verlenging vast.', command: `klacht verleng ${id}`, form: EXTENSION_FORM }),
  reactie: (id) => ({ text: 'Leg eerst de inhoud van de reactie vast, en maak daarmee de brief.', command: `klacht reactie ${id}`, form: REPLY_FORM }),
  'handel-af': (id) => ({ text: 'Handel eerst de klacht af.', command: `klacht handel-af ${id}`, form: 'Klacht afhandelen' }),
};

function afterLetter(id: string, complaint: Complaint, outgoing: CorrespondenceKind | undefined): NextStep[] {
  const closed = complaint.status === 'afgehandeld';
  const reply: NextStep = { text: 'Leg de inhoud van de reactie vast (oorzaak, standpunt, oplossing, maatregelen).', command: `klacht reactie ${id}`, form: 'Reactie vastleggen' };
  switch (outgoing) {
    case 'ontvangstbevestiging':
      return [
        { text: 'Behandel de klacht en stuur de indiener binnen de reactietermijn een schriftelijke reactie.' },
        reply,
        { text: 'Lukt de reactietermijn niet, verleng dan tijdig.', command: `klacht verleng ${id}`, form: 'Termijn verlengen' },
      ];
    case 'verlenging':
      return [{ text: 'Stuur de reactie vóór de nieuwe termijn.' }, reply];
    case 'reactie':
    case 'oplossing':
      return closed ? [] : [{ text: 'Handel de klacht af (behandelaar, standpunt van de indiener, overeenstemming, oordeel).', command: `klacht handel-af ${id}`, form: 'Klacht afhandelen' }];
    default:
      return [];
  }
}

/** Whether `kind` is a letter that `klacht pdf` makes. */
export function isPrintedLetter(kind: CorrespondenceKind): boolean {
  return PRINTABLE.has(kind);
}
