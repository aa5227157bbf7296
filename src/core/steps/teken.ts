/** `klacht teken`, the form "Handtekening indiener vastleggen": the complainant's signature on the complaint form. */
import { defined, defineStep } from './step.js';

export const teken = defineStep({
  command: 'teken',
  summary: 'legt de ondertekening door de indiener vast',
  description: [
    'Legt vast wanneer en hoe de indiener het klachtenformulier heeft ondertekend (ondertekening.indiener),',
    'bijvoorbeeld "handtekening op klachtenformulier" of "bevestiging per e-mail", met desgewenst de scan',
    'als bijlage in het register (bijlagen/<klachtnummer>/...). Een vastgelegde datum blijft, tenzij u een andere geeft.',
  ],
  form: { file: 'formulier-tekenen.yml', name: 'Handtekening indiener vastleggen', step: 'Handtekening indiener' },
  fields: [
    { name: 'wijze', kind: 'text', label: 'Hoe de indiener tekende, bijvoorbeeld "handtekening op klachtenformulier"', question: 'Hoe heeft de indiener getekend (bijvoorbeeld handtekening op klachtenformulier)?', valueName: 'tekst', need: 'missing', has: (c) => c.signatures.complainant?.manner !== undefined },
    { name: 'datum', kind: 'date', today: true, label: 'Datum van ondertekening', emptyMeans: 'de vastgelegde datum, anders vandaag', question: 'Datum van ondertekening:', valueName: 'datum', need: 'no', has: (c) => c.signatures.complainant?.date !== undefined },
    { name: 'bijlage', kind: 'file', label: 'De scan van het getekende formulier in het register, bijvoorbeeld bijlagen/KL-2026-007/formulier.pdf', question: 'Pad van de scan in het register (leeg: geen):', valueName: 'pad', need: 'no', has: (c) => c.signatures.complainant?.attachment !== undefined },
  ],
  examples: [
    'klacht teken KL-2026-007 --wijze "handtekening op klachtenformulier"',
    'klacht teken KL-2026-007 --datum 4-3-2026 --wijze "bevestiging per e-mail" --bijlage bijlagen/KL-2026-007/akkoord.pdf',
  ],
  refuse: () => undefined,
  plan({ id, complaint, answers: a, today }) {
    // A recorded date stays unless another is given: today is only the default of a first signature.
    const datum = a.datum ?? (complaint.signatures.complainant?.date === undefined ? today : undefined);
    return {
      edits: [{ op: 'set', path: ['ondertekening', 'indiener'], value: defined({ datum, wijze: a.wijze, bijlage: a.bijlage }) }],
      next: complaint.status === 'ontvangen'
        ? [{ text: 'Registreer de klacht.', command: `klacht registreer ${id}`, form: 'Klacht registreren' }]
        : [{ text: 'Neem deze wijziging op in de pull request van de registratie, of maak er een eigen pull request voor.' }],
    };
  },
});
