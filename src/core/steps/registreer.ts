/** `klacht registreer`, the form "Klacht registreren": the complaint form, status `in behandeling`. */
import { FIELD_TITLES } from '../complaint/schema-vocabulary.js';
import { COMPLEX, CONTACT_AT_REGISTRATION, NAME, ROLE } from './fields.js';
import { defined, defineStep, setIf, type NextStep, type StepEdit } from './step.js';

export const REGISTRATION_FORM = 'Klacht registreren';

export const registreer = defineStep({
  command: 'registreer',
  summary: 'registreert een ontvangen klacht (klachtenformulier): NAW, rol, complex, verantwoordelijke, handtekening directie',
  description: [
    "Vult de registratie in van een klacht met status 'ontvangen' en zet de status op 'in behandeling':",
    'de NAW-gegevens en rol van de indiener, complex of niet, de klachtverantwoordelijke, de categorie,',
    'de registratiedatum en de ondertekening door de directie (het directielid dat de pull request goedkeurt).',
    'Wat al in de klacht staat hoeft u niet opnieuw te geven; wat u wel geeft, vervangt het.',
  ],
  form: { file: 'formulier-registreren.yml', name: REGISTRATION_FORM, step: 'Registratie' },
  fields: [
    { ...NAME, need: 'no', label: `${NAME.label} (leeg: zoals vastgelegd)`, has: (c) => c.complainant.name !== undefined },
    ...CONTACT_AT_REGISTRATION,
    { ...ROLE, need: 'missing', has: (c) => c.complainant.role !== undefined },
    { ...COMPLEX, need: 'missing', has: (c) => c.complex !== undefined },
    { name: 'klachtverantwoordelijke', kind: 'choice', choices: 'mensen', label: `${FIELD_TITLES.klachtverantwoordelijke}: wie binnen de organisatie verantwoordelijk is voor de klacht`, question: 'Wie is klachtverantwoordelijke?', valueName: 'naam', need: 'missing', has: (c) => c.responsible !== undefined },
    { name: 'categorie', kind: 'choice', choices: 'categorieen', label: `${FIELD_TITLES.categorie} van de klacht`, question: 'Categorie:', valueName: 'categorie', need: 'no', has: (c) => c.category !== undefined },
    { name: 'geregistreerd', kind: 'date', today: true, label: FIELD_TITLES.geregistreerd, question: 'Registratiedatum:', valueName: 'datum', need: 'no', has: (c) => c.registered !== undefined },
    { name: 'directie', kind: 'choice', choices: 'directie', label: 'Het directielid dat tekent door de pull request goed te keuren; niet wie de pull request maakt', question: 'Welk directielid tekent (keurt de pull request goed)?', valueName: 'naam', need: 'missing', has: (c) => c.signatures.management?.name !== undefined },
    { name: 'directie-datum', kind: 'date', today: true, label: 'Datum van die ondertekening', question: 'Datum van de ondertekening door de directie:', valueName: 'datum', need: 'no', has: (c) => c.signatures.management?.date !== undefined },
  ],
  examples: [
    'klacht registreer KL-2026-007',
    'klacht registreer KL-2026-007 --adres "Dorpsstraat 1" --postcode "1234 AB" --woonplaats Utrecht --rol coachee --complex --klachtverantwoordelijke "Anna de Vries" --directie "Reinoud Jansen"',
    'klacht registreer KL-2026-007 --categorie planning --dry-run',
  ],
  refuse: (complaint) => (complaint.status === 'afgehandeld'
    ? { message: 'De klacht is al afgehandeld; registreren kan alleen bij status ontvangen of in behandeling.' }
    : undefined),
  plan({ id, complaint, answers: a, today }) {
    const signed = complaint.signatures.management;
    const edits: StepEdit[] = [
      ...(complaint.status === 'in behandeling' ? [] : setIf(['status'], 'in behandeling')),
      ...setIf(['complex'], a.complex),
      ...setIf(['geregistreerd'], a.geregistreerd ?? (complaint.registered === undefined ? today : undefined)),
    ];
    const indiener = defined({ naam: a.naam, adres: a.adres, postcode: a.postcode, woonplaats: a.woonplaats, email: a.email, telefoon: a.telefoon, rol: a.rol });
    if (Object.keys(indiener).length > 0) edits.push({ op: 'set', path: ['indiener'], value: indiener });
    edits.push(...setIf(['klachtverantwoordelijke'], a.klachtverantwoordelijke), ...setIf(['categorie'], a.categorie));
    // A new signer signs today unless a date is given; a date alone changes only the date.
    const date = a['directie-datum'] ?? (a.directie !== undefined || signed?.date === undefined ? today : undefined);
    const signature = defined({ datum: date, naam: a.directie });
    if (Object.keys(signature).length > 0) edits.push({ op: 'set', path: ['ondertekening', 'directie'], value: signature });
    const signer = a.directie ?? signed?.name;
    const next: NextStep[] = [
      { text: `${signer ? `${signer} (directie)` : 'Een directielid'} keurt de pull request met deze registratie goed: die goedkeuring is de handtekening van de directie.`, ...(signer ? { startsWithName: true } : {}) },
      ...(complaint.signatures.complainant ? [] : [
        { text: 'Laat de indiener het klachtenformulier tekenen.', command: `klacht pdf ${id} --soort formulier`, form: 'Documenten maken' },
        { text: 'Leg de handtekening van de indiener vast.', command: `klacht teken ${id}`, form: 'Handtekening indiener vastleggen' },
      ]),
      ...(complaint.correspondence.some((l) => l.direction === 'uit' && l.kind === 'ontvangstbevestiging') ? [] : [
        { text: 'Stuur de indiener de ontvangstbevestiging.', command: `klacht pdf ${id} --soort ontvangstbevestiging`, form: 'Documenten maken' },
        { text: 'Leg vast dat de ontvangstbevestiging verstuurd is.', command: `klacht brief ${id} --richting uit --soort ontvangstbevestiging`, form: 'Brief vastleggen' },
      ]),
    ];
    return { edits, next };
  },
});
