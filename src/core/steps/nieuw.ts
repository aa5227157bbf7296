/** `klacht nieuw`, the form "Klacht vastleggen": a new complaint as it came in, status `ontvangen`. */
import type { ComplainantRole, IntakeChannel } from '../complaint/complaint.js';
import { plainTextAsMarkdown } from '../text/plain-text.js';
import { FIELD_TITLES } from '../complaint/schema-vocabulary.js';
import { COMPLEX, CONTACT_AT_INTAKE, NAME, ROLE } from './fields.js';
import { defineCreate } from './step.js';

export const nieuw = defineCreate({
  command: 'nieuw',
  summary: 'legt een nieuwe klacht vast met het eerstvolgende vrije klachtnummer',
  description: [
    "Maakt complaints/<jaar>/KL-<jaar>-<nummer>.md aan met status 'ontvangen'. Het nummer is het",
    'eerstvolgende dat op geen enkele branch (lokaal of van de server) al bestaat.',
    'Alleen wat u bij binnenkomst weet is nodig: wanneer, door wie en hoe de klacht binnenkwam, de naam',
    'van de indiener en de klacht zelf. De rest kan later, bij de registratie (klacht registreer).',
    'De omschrijving komt in het bestand zoals u haar typt: regels, tekens en al.',
  ],
  form: { file: 'formulier-vastleggen.yml', name: 'Klacht vastleggen', step: 'Ontvangst' },
  fields: [
    { name: 'ontvangen', kind: 'date', today: true, label: `${FIELD_TITLES['ontvangen.datum']}: de dag waarop de klacht binnenkwam`, question: 'Wanneer kwam de klacht binnen?', valueName: 'datum', need: 'no' },
    { name: 'door', kind: 'choice', choices: 'mensen', label: 'Wie de klacht aannam', question: 'Wie nam de klacht aan?', valueName: 'naam', need: 'always', startsOnCurrentPerson: true },
    { name: 'wijze', kind: 'choice', choices: 'wijzen', label: 'Hoe de klacht binnenkwam', question: 'Hoe kwam de klacht binnen?', valueName: 'wijze', need: 'always' },
    { name: 'ingediend', kind: 'date', label: `${FIELD_TITLES.ingediend} (leeg: de dag van ontvangst)`, question: 'Indiendatum (leeg: de dag van ontvangst):', valueName: 'datum', need: 'no' },
    { ...NAME, need: 'always' },
    ...CONTACT_AT_INTAKE,
    { ...ROLE, need: 'no' },
    { name: 'klachtverantwoordelijke', kind: 'choice', choices: 'mensen', label: `${FIELD_TITLES.klachtverantwoordelijke}: wie binnen de organisatie verantwoordelijk is voor de klacht`, question: 'Wie is klachtverantwoordelijke?', valueName: 'naam', need: 'no' },
    { name: 'categorie', kind: 'choice', choices: 'categorieen', label: `${FIELD_TITLES.categorie} van de klacht`, question: 'Categorie:', valueName: 'categorie', need: 'no' },
    { ...COMPLEX, need: 'no' },
    { name: 'omschrijving', kind: 'text', label: 'De klacht in eigen woorden', question: 'Wat is de klacht? (één regel; later uit te breiden in het bestand)', valueName: 'tekst', need: 'always' },
  ],
  examples: [
    'klacht nieuw',
    'klacht nieuw --ontvangen 2-3-2026 --door "Anna de Vries" --wijze mondeling --naam "J. Jansen" --omschrijving "De coach kwam twee keer niet opdagen."',
  ],
  create({ answers: a, today }) {
    if (a.door === undefined || a.wijze === undefined || a.naam === undefined || a.omschrijving === undefined) return undefined;
    const receivedOn = a.ontvangen ?? today;
    return {
      receivedOn,
      receivedBy: a.door,
      channel: a.wijze as IntakeChannel,
      submitted: a.ingediend ?? receivedOn,
      complainant: {
        name: a.naam, address: a.adres, postcode: a.postcode, city: a.woonplaats, email: a.email, phone: a.telefoon, role: a.rol as ComplainantRole | undefined,
      },
      ...(a.klachtverantwoordelijke === undefined ? {} : { responsible: a.klachtverantwoordelijke }),
      ...(a.categorie === undefined ? {} : { category: a.categorie }),
      ...(a.complex === undefined ? {} : { complex: a.complex }),
      description: plainTextAsMarkdown(a.omschrijving),
    };
  },
});
