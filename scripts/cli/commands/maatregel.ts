/** klacht maatregel: the status of one measure of a closed complaint (gepland, uitgevoerd). */
import { MEASURE_STATUSES } from '../../core/schema-vocabulary.js';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';
import { StepAnswers } from '../step-answers.js';
import { DRY_RUN_OPTION, finishStep, openStep } from '../step.js';

export const maatregel: Command = {
  spec: {
    name: 'maatregel',
    summary: 'zet de status van een maatregel (gepland of uitgevoerd)',
    positionals: '<klachtnummer>',
    maxPositionals: 1,
    description: [
      'Zet de status van één maatregel uit het klachtdossier (afhandeling.maatregelen). De maatregel wordt',
      'genoemd met zijn nummer in de lijst, te beginnen bij 1, zoals het dossier hem toont.',
      `Verplicht: --nummer en --status (${MEASURE_STATUSES.join(' of ')}). Nieuwe maatregelen: klacht handel-af --maatregel.`,
    ].join('\n'),
    options: {
      nummer: { type: 'string', valueName: 'n', description: 'Het nummer van de maatregel in het dossier (1, 2, ...).' },
      status: { type: 'string', valueName: MEASURE_STATUSES.join('|'), description: 'De nieuwe status van de maatregel.' },
      ...DRY_RUN_OPTION,
    },
    examples: [
      'klacht maatregel KL-2026-007 --nummer 1 --status uitgevoerd',
      'klacht maatregel KL-2026-007 --nummer 2 --status uitgevoerd --dry-run',
    ],
  },
  async run(context) {
    const target = await openStep(context, 'maatregel');
    const measures = target.complaint.closure?.measures ?? [];
    if (measures.length === 0) {
      throw new UsageError(`Klacht ${target.id} heeft geen maatregelen. Maatregelen legt u vast bij de afhandeling: klacht handel-af ${target.id} --maatregel <tekst>.`, 'maatregel');
    }
    const answers = await StepAnswers.open(context, 'maatregel');
    const numbers = measures.map((_, i) => String(i + 1));
    const given = answers.given('nummer');
    if (given !== undefined && !numbers.includes(given)) {
      throw new UsageError(`--nummer moet het nummer van een maatregel zijn: ${measures.length === 1 ? '1 (de klacht heeft één maatregel)' : `1 tot en met ${measures.length}`}.`, 'maatregel');
    }
    // A measure's description is not personal (the schema does not mark it): it may help choose.
    const labels = measures.map((m, i) => `${i + 1}. ${m.description ?? ''} (${m.status ?? 'zonder status'})`);
    const nummer = given ?? await answers.choice('nummer', 'Welke maatregel?', numbers, { required: true, labels });
    const status = await answers.choice('status', 'Nieuwe status:', MEASURE_STATUSES, { required: true });
    answers.finish();
    const index = Number(nummer) - 1;
    return finishStep(context, target, {
      command: 'maatregel',
      edit(editor) {
        if (status !== undefined) editor.set(['afhandeling', 'maatregelen', index, 'status'], status);
      },
      next: () => ['Volgende stap: open een pull request met deze wijziging.'],
    });
  },
};
