/** klacht actie: an action taken (or planned) about the complaint. */
import type { Command } from '../command.js';
import { StepAnswers } from '../step-answers.js';
import { DRY_RUN_OPTION, finishStep, openStep } from '../step.js';

export const actie: Command = {
  spec: {
    name: 'actie',
    summary: 'legt een actie naar aanleiding van de klacht vast',
    positionals: '<klachtnummer>',
    maxPositionals: 1,
    description: [
      'Voegt een actie toe aan de acties van de klacht: de datum en wat er is of wordt gedaan',
      '(de directie besluit welke actie er naar aanleiding van de klacht komt). Verplicht: --actie.',
    ].join('\n'),
    options: {
      datum: { type: 'string', valueName: 'JJJJ-MM-DD', description: 'Wanneer de actie plaatsvond of gepland is (standaard: vandaag).' },
      actie: { type: 'string', valueName: 'tekst', description: 'Wat er is of wordt gedaan.' },
      ...DRY_RUN_OPTION,
    },
    examples: [
      'klacht actie KL-2026-007 --actie "Intakegesprek met de indiener gepland"',
      'klacht actie KL-2026-007 --datum 2026-03-10 --actie "Verslag van de coach opgevraagd"',
    ],
  },
  async run(context) {
    const target = await openStep(context, 'actie');
    const answers = await StepAnswers.open(context, 'actie');
    const datum = answers.date('datum', context.today) ?? context.today;
    const actie = await answers.text('actie', 'Welke actie is of wordt ondernomen?', { required: true });
    answers.finish();
    return finishStep(context, target, {
      command: 'actie',
      edit(editor) {
        if (actie !== undefined) editor.append(['acties'], { datum, actie });
      },
      next: () => ['Volgende stap: open een pull request met deze wijziging.'],
    });
  },
};
