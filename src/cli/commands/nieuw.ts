/** klacht nieuw: a new complaint file with the next free number, status 'ontvangen'. */
import { complaintPath } from '../../core/complaint/layout.js';
import { idYear } from '../../core/complaint/complaint.js';
import { nextFreeId } from '../../core/complaint/next-id.js';
import { formatDateDutch } from '../../core/text/dutch.js';
import { hasErrors, type Finding } from '../../core/complaint/finding.js';
import { idsOnAllBranches } from '../../git/complaint-ids.js';
import { openRepository } from '../../git/repository.js';
import { checkComplaintBytes } from '../../register/check-file.js';
import { idsInWorkingTree, renderNewComplaint, startDefaultConfig, wouldStartConfig, writeNewComplaint } from '../../register/new-complaint.js';
import { withWriteLock } from '../../register/write-lock.js';
import { CONFIG_FILE } from '../../core/complaint/layout.js';
import { loadConfig } from '../../register/config.js';
import { validationContext } from '../../core/complaint/validate.js';
import { defineCommand } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { formatFinding, printFindings } from '../output.js';
import { CREATE_STEP } from '../../core/steps/index.js';
import type { NewComplaintData } from '../../core/steps/step.js';
import { formWords } from '../../core/steps/form-words.js';
import { collectAnswers, followingLines, stepSpec, type StepOptions } from '../steps/command.js';
import { dataOfText, formFieldsByPath, type FormAnswers } from '../steps/form-fields.js';

export const nieuw = defineCommand({
  // Its options, questions and form come from its declaration (core/steps/nieuw.ts).
  spec: stepSpec(CREATE_STEP, {
    startsRegister: true,
    description: [
      'In een lege map begint klacht nieuw een register, met een klachtenregister.yml met de standaardinstellingen;',
      'in een map binnen een ander register niet: dan zegt klacht in welk register u staat.',
      'Twee keer klacht nieuw tegelijk in één register: de tweede wacht even en krijgt het volgende nummer.',
    ],
  }),
  async run(context) {
    const { complaint: answers, given } = await newComplaintAnswers(context);
    const year = Number(answers.submitted.slice(0, 4));
    const git = await openRepository(context.root);
    const onBranches = git ? await idsOnAllBranches(git, year) : new Set<string>();
    const dryRun = context.values['dry-run'] === true;
    // In an empty folder the register starts here: with a configuration, so that later commands
    // know the defaults were meant (a register without one is refused, see register/folder.ts).
    if (dryRun) {
      if (wouldStartConfig(context.root)) context.io.stderr(`${CONFIG_FILE} zou worden aangemaakt met de standaardinstellingen (procedure liberi).\n`);
    } else if (startDefaultConfig(context.root)) context.io.stderr(`${CONFIG_FILE} aangemaakt met de standaardinstellingen (procedure liberi).\n`);
    const { config } = loadConfig(context.root);
    const validation = validationContext(config, context.today);

    // The number is chosen and the file written under the register's lock: another klacht nieuw
    // waits for it, so that twenty at once all get a number of their own. A dry run writes nothing.
    const choose = (): { id: string; file: string; warnings: Finding[] } => {
      const known = new Set([...onBranches, ...idsInWorkingTree(context.root, year)]);
      for (;;) {
        const id = nextFreeId(year, known);
        const file = complaintPath(id, idYear(id) ?? year);
        const text = renderNewComplaint({ ...answers, id });
        const check = checkComplaintBytes(file, Buffer.from(text, 'utf8'), validation);
        if (hasErrors(check.findings)) {
          const errors = check.findings.filter((f) => f.severity === 'error');
          // A form's run says its own fields, never the file's (core/steps/form-words.ts).
          const words = context.values.formulier === true ? formWords(formFieldsByPath(CREATE_STEP.fields, given, (a) => intakeData(a, id, context))) : undefined;
          const lines = errors.map((f) => `  ${words ? words.finding(f).message : formatFinding(f, context)}`);
          throw new UsageError(`De nieuwe klacht zou niet geldig zijn:\n${lines.join('\n')}`, 'nieuw');
        }
        if (dryRun) return { id, file, warnings: check.findings.filter((f) => f.severity === 'warning') };
        try {
          writeNewComplaint(context.root, file, text);
          return { id, file, warnings: check.findings.filter((f) => f.severity === 'warning') };
        } catch (error) {
          // Made by something other than klacht (an editor, a checkout): the next number.
          if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
          known.add(id);
        }
      }
    };
    const { id, file, warnings } = dryRun ? choose() : withWriteLock(context.root, choose, (message) => context.io.stderr(`${message}\n`));
    // What is written but may not be meant (a date after today): said, as every step says it.
    if (warnings.length > 0 && !context.json) printFindings(warnings, context);
    if (context.json) {
      printJson(context, { id, file, ...(dryRun ? { dry_run: true } : {}) });
    } else if (dryRun) {
      // Nothing typed is repeated (it may be personal): the number, the file and the day.
      context.io.stdout(`Klacht ${id} zou worden aangemaakt: ${file} (status ontvangen), ontvangen op ${formatDateDutch(answers.receivedOn)}. Er is niets geschreven.\n`);
    } else {
      context.io.stdout(`Klacht ${id} aangemaakt: ${file} (status ontvangen), ontvangen op ${formatDateDutch(answers.receivedOn)}.\n`);
      const next = followingLines(context, [{ text: 'Registreer de klacht binnen de registratietermijn (NAW-gegevens, rol, complex, klachtverantwoordelijke en het directielid dat tekent).', command: `klacht registreer ${id}`, form: 'Klacht registreren' }]);
      for (const line of next) context.io.stdout(`${line}\n`);
    }
    return 0;
  },
});

/** The new complaint's data for a set of answers, or undefined when they don't make one. */
function intakeData(answers: FormAnswers, id: string, context: CommandContext): unknown {
  const made = CREATE_STEP.create({ answers, today: context.today });
  return made === undefined ? undefined : dataOfText(renderNewComplaint({ ...made, id }));
}

/** The intake as the declaration's fields give it (from options, a form or questions on a terminal), and the answers as given. */
async function newComplaintAnswers(context: CommandContext<StepOptions>): Promise<{ complaint: NewComplaintData; given: FormAnswers }> {
  // The people of the register are the choices of "door" and "klachtverantwoordelijke".
  const { config } = loadConfig(context.root);
  const answers = await collectAnswers(context, CREATE_STEP, config);
  const made = CREATE_STEP.create({ answers, today: context.today });
  // collectAnswers has refused already when a field the intake needs is missing.
  if (!made) throw new UsageError('Er ontbreken gegevens: --door, --wijze, --naam en --omschrijving.', 'nieuw');
  return { complaint: made, given: answers };
}
