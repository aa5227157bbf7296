/** klacht teken: the complainant's signature on the complaint form. */
import type { Command } from '../command.js';
import { StepAnswers } from '../step-answers.js';
import { defined, DRY_RUN_OPTION, finishStep, openStep } from '../step.js';

export const teken: Command = {
  spec: {
    name: 'teken',
    summary: 'legt de ondertekening door de indiener vast',
    positionals: '<klachtnummer>',
    maxPositionals: 1,
    description: [
      'Legt vast wanneer en hoe de indiener het klachtenformulier heeft ondertekend (ondertekening.indiener),',
      'bijvoorbeeld "handtekening op klachtenformulier" of "bevestiging per e-mail", met desgewenst het pad',
      'van een scan in de repository (bijlagen/...). Verplicht: --wijze (als er nog geen ondertekening staat).',
    ].join('\n'),
    options: {
      datum: { type: 'string', valueName: 'JJJJ-MM-DD', description: 'Datum van ondertekening (standaard: de vastgelegde datum, anders vandaag).' },
      wijze: { type: 'string', valueName: 'tekst', description: 'Hoe de indiener tekende, bijvoorbeeld "handtekening op klachtenformulier".' },
      bijlage: { type: 'string', valueName: 'pad', description: 'Pad van de scan in de repository, bijvoorbeeld bijlagen/KL-2026-007-formulier.pdf; het bestand moet in het register staan.' },
      ...DRY_RUN_OPTION,
    },
    examples: [
      'klacht teken KL-2026-007 --wijze "handtekening op klachtenformulier"',
      'klacht teken KL-2026-007 --datum 2026-03-04 --wijze "bevestiging per e-mail" --bijlage bijlagen/KL-2026-007-akkoord.pdf',
    ],
  },
  async run(context) {
    const target = await openStep(context, 'teken');
    const signed = target.complaint.signatures.complainant;
    const answers = await StepAnswers.open(context, 'teken');
    const wijze = await answers.text('wijze', 'Hoe heeft de indiener getekend (bijvoorbeeld handtekening op klachtenformulier)?', { required: signed?.manner === undefined });
    // A recorded date stays unless --datum says otherwise: today is only the default of a first signature.
    const datum = answers.date('datum', signed?.date === undefined ? context.today : undefined);
    const bijlage = answers.attachment('bijlage');
    answers.finish();
    return finishStep(context, target, {
      command: 'teken',
      edit(editor) {
        editor.set(['ondertekening', 'indiener'], defined({ datum, wijze, bijlage }));
      },
      next: (after) => [after.status === 'ontvangen'
        ? `Volgende stap: registreer de klacht met klacht registreer ${target.id}.`
        : 'Volgende stap: open een pull request met deze wijziging (of neem haar op in die van de registratie).'],
    });
  },
};
