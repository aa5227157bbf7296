/**
 * What every step command shares: finding the complaint by its id, editing its frontmatter at the
 * source positions, validating the result exactly as `klacht valideer` does, and then writing it
 * atomically, or refusing (exit 1, nothing written), or with --dry-run only showing the change.
 * The write happens under the register's lock and only if the file is still as it was read
 * (exit 2 otherwise, naming it): a step never undoes what another step or an editor wrote meanwhile.
 * Output names fields, never a personal value.
 */
import { join } from 'node:path';
import type { Complaint } from '../../core/complaint/complaint.js';
import { complaintPath } from '../../core/complaint/layout.js';
import { idYear, isComplaintId } from '../../core/complaint/complaint.js';
import type { RegisterConfig } from '../../core/complaint/config.js';
import { complaintDeadlines } from '../../core/time/deadlines.js';
import { deadlineKindName, isOpen } from '../../core/time/deadline.js';
import { formatDateDutch } from '../../core/text/dutch.js';
import { complaintKeyOrder, describeChange, fieldChanges, type FieldChange } from '../../core/complaint/field-changes.js';
import type { Finding } from '../../core/complaint/finding.js';
import { formWords, type FormWords } from '../../core/steps/form-words.js';
import type { StepField } from '../../core/steps/step.js';
import { validationContext, type ValidationContext } from '../../core/complaint/validate.js';
import { readBounded } from '../../register/bounded-read.js';
import { checkComplaintBytes, whyNotRead } from '../../register/check-file.js';
import { replaceComplaintFile } from '../../register/complaint-write.js';
import { removeLeftoverLock } from '../../register/write-lock.js';
import { loadConfig } from '../../register/config.js';
import { EditError, editFrontmatter, type EditMap, type FrontmatterEditor } from '../../register/frontmatter-edit.js';
import { fileWithoutLinks } from '../../register/symlinks.js';
import type { OptionSpecs } from '../args.js';
import { printJson, type CommandContext } from '../context.js';
import { RunError, unknownComplaint, UsageError } from '../errors.js';
import { summariseRefusedForm } from '../job-summary.js';
import { printFindings } from '../output.js';

/** The complaint a step works on, as it is before the step. */
export interface StepTarget {
  readonly id: string;
  /** Relative to the register root, with `/`. */
  readonly file: string;
  readonly complaint: Complaint;
  readonly config: RegisterConfig;
  readonly validation: ValidationContext;
  readonly text: string;
  /** The file's bytes as read: it is written only if it still holds exactly these. */
  readonly read: Buffer;
  readonly findings: readonly Finding[];
  /** Its errors that no step takes away (see LASTING): the step is refused before any edit. */
  readonly lasting: readonly Finding[];
}

/** The `dry-run` option every step command has. */
export const DRY_RUN_OPTION = { 'dry-run': { type: 'boolean', description: 'Toon alleen wat er zou veranderen; schrijf niets.' } } as const satisfies OptionSpecs;

/**
 * Errors that stay whatever a step does: a step only sets values (a mapping merged key by key)
 * and appends items, it never removes a key, and the schema knows the same keys in every status.
 * The result of any step on such a file has the error too and is refused; so it is refused before
 * the editor opens the file. Editing a large file and checking the result cost three times what
 * `klacht valideer` costs (100,000 unknown keys: 6.6 s against 2.0 s).
 */
const LASTING = new Set(['unknown-key']);

/** Reads the complaint named by the command's argument; an unknown id is wrong usage. */
export async function openStep(context: CommandContext, command: string): Promise<StepTarget> {
  const id = context.positionals[0] ?? await askId(context, command);
  const year = idYear(id);
  const fromForm = context.values.formulier === true;
  if (!isComplaintId(id) || year === undefined) throw unknownComplaint(id, command, { fromForm });
  const file = complaintPath(id, year);
  const found = fileWithoutLinks(context.root, file);
  if (found.state === 'missing') throw unknownComplaint(id, command, { fromForm });
  if (found.state === 'symlink') throw new RunError(`${found.at} is een symbolische koppeling; klacht wijzigt daar niets. Zie klacht valideer.`);
  if (found.state === 'not-a-file') throw new RunError(`${file} is geen gewoon bestand (maar bijvoorbeeld een map); klacht wijzigt daar niets. Zie klacht valideer.`);
  // Read no further than the size limit, and parse nothing the checker could not read: a file
  // over the limit is refused here, before the editor would parse it whole.
  const bytes = readBounded(join(context.root, file));
  const validation = validationContext(loadConfig(context.root).config, context.today);
  const checked = checkComplaintBytes(file, bytes, validation);
  if (!checked.complaint) throw new RunError(`${file}: ${whyNotRead(checked.findings)}`);
  const text = bytes.toString('utf8');
  const lasting = checked.findings.filter((f) => f.severity === 'error' && LASTING.has(f.rule));
  // A file the editor cannot open is said before any question is asked (unless it is refused anyway).
  if (lasting.length === 0) openEditor(file, text);
  // After the retention term the personal data is gone on purpose: no step may bring new data in.
  if (checked.complaint.anonymised !== undefined) {
    throw new UsageError(`Klacht ${id} is geanonimiseerd (de bewaartermijn is voorbij): er kan niets meer aan worden toegevoegd.`, command);
  }
  return { id, file, complaint: checked.complaint, config: validation.config, validation, text, read: bytes, findings: checked.findings, lasting };
}

/** The editor on a complaint file's text; a file it cannot edit is a failure to run that names the file. */
function openEditor(file: string, text: string): FrontmatterEditor {
  try {
    return editFrontmatter(text, complaintKeyOrder);
  } catch (error) {
    if (error instanceof EditError) throw new RunError(`${file}: ${error.message}`);
    throw error;
  }
}

async function askId(context: CommandContext, command: string): Promise<string> {
  if (!context.io.stdinIsTty || context.json) throw new UsageError(`Noem de klacht: klacht ${command} KL-<jaar>-<nummer> [opties].`, command);
  const { input } = await import('@inquirer/prompts');
  const answer = await input({ message: 'Klachtnummer (KL-<jaar>-<nummer>):', validate: (v) => isComplaintId(v.trim()) || 'Gebruik de vorm KL-2026-007.' },
    { input: context.io.input, output: context.io.output, clearPromptOnDone: false });
  return answer.trim();
}

export interface StepPlan {
  readonly command: string;
  /** Makes the step's edits. */
  readonly edit: (editor: FrontmatterEditor) => void;
  /** What to do next, in Dutch, given the complaint after the step. */
  readonly next: (complaint: Complaint) => readonly string[];
  /** In a form's run: the form's field behind each changed path (form-fields.ts). */
  readonly formFields?: () => ReadonlyMap<string, StepField>;
}

/** Edits, validates and writes (or refuses, or with --dry-run shows); returns the exit code. */
export function finishStep(context: CommandContext<typeof DRY_RUN_OPTION>, target: StepTarget, plan: StepPlan): number {
  const dryRun = context.values['dry-run'] === true;
  if (target.lasting.length > 0) return refuseAsItIs(context, target);
  const editor = openEditor(target.file, target.text);
  const before = editor.data;
  try {
    plan.edit(editor);
  } catch (error) {
    if (error instanceof EditError) throw new RunError(`${target.file}: ${error.message}`);
    throw error;
  }
  const changes = fieldChanges(before, editor.data);
  const bytes = Buffer.from(editor.text, 'utf8');
  const checked = checkComplaintBytes(target.file, bytes, target.validation);
  const errors = checked.findings.filter((f) => f.severity === 'error');
  const warnings = checked.findings.filter((f) => f.severity === 'warning');
  const report = { id: target.id, file: target.file, changed: changes.map((c) => c.path) };
  // A form's run says the fields as the form does, never as paths in the file.
  const words = context.values.formulier === true && !context.json ? formWords(plan.formFields?.() ?? new Map()) : undefined;
  const said = (findings: readonly Finding[]): readonly Finding[] => (words ? findings.map(words.finding) : findings);

  if (errors.length > 0) {
    if (context.json) {
      printJson(context, { ...report, written: false, findings: checked.findings });
      return 1;
    }
    refuse(context, target, `het resultaat zou ${errors.length === 1 ? 'een fout' : `${errors.length} fouten`} hebben`, said(errors));
    return 1;
  }
  const write = !dryRun && changes.length > 0;
  if (write) replaceComplaintFile(context.root, target.file, target.read, bytes, (message) => context.io.stderr(`${message}\n`));
  else if (!dryRun) removeLeftoverLock(context.root);
  if (context.json) {
    printJson(context, { ...report, written: write, ...(dryRun ? { dry_run: true } : {}), findings: checked.findings });
    return 0;
  }
  printReport(context, target, changes, { dryRun, write }, words);
  if (warnings.length > 0) printFindings(said(warnings), context);
  if (write && checked.complaint) {
    // From a form, the workflow opens the pull request itself: only the deadline is news.
    const next = context.values.formulier === true ? [] : plan.next(checked.complaint);
    for (const line of [...next, ...nextDeadline(context, target, checked.complaint)]) context.io.stdout(`${line}\n`);
  }
  return 0;
}

/**
 * The refusal of a step on a file with an error that no step takes away: before any edit, exit 1;
 * in a form's run on the run's page too.
 */
function refuseAsItIs(context: CommandContext, target: StepTarget): number {
  if (context.json) {
    printJson(context, { id: target.id, file: target.file, changed: [], written: false, findings: target.findings });
    return 1;
  }
  const what = target.lasting.length === 1 ? 'een onbekend veld, en dat haalt' : 'onbekende velden, en die haalt';
  refuse(context, target, `het resultaat zou fouten hebben, want het bestand heeft ${what} geen stap weg`, target.findings.filter((f) => f.severity === 'error'));
  return 1;
}

/**
 * Why nothing was written (`why`, after "Klacht … is niet gewijzigd:") and the findings; that the file
 * had errors before the step, when it had; in a form's run all of it on the run's page (its job
 * summary) too, as a refusal before the step is.
 */
function refuse(context: CommandContext, target: StepTarget, why: string, errors: readonly Finding[]): void {
  const fromForm = context.values.formulier === true;
  const reason = `Klacht ${target.id} is niet gewijzigd: ${why}. Er is niets geschreven.`;
  context.io.stdout(`${reason}\n`);
  printFindings(errors, context);
  // On the command line how to find them, in a form's run who mends them.
  const earlier = !target.findings.some((f) => f.severity === 'error') ? [] : [fromForm
    ? 'Het bestand van de klacht had al fouten vóór dit formulier; vraag de directie die eerst te laten herstellen.'
    : `Het bestand had al fouten vóór deze stap. Herstel die eerst (klacht valideer --register ... ${target.file}).`];
  for (const line of earlier) context.io.stdout(`${line}\n`);
  summariseRefusedForm(context.io, fromForm, [reason, ...errors.map((f) => `  ${f.message}`), ...earlier].join('\n'));
}

function printReport(context: CommandContext, target: StepTarget, changes: readonly FieldChange[], how: { dryRun: boolean; write: boolean }, words?: FormWords): void {
  if (changes.length === 0) {
    context.io.stdout(`Klacht ${target.id}: er verandert niets; het bestand is niet aangeraakt.\n`);
    return;
  }
  context.io.stdout(how.dryRun
    ? `Klacht ${target.id} (${target.file}) zou zo veranderen (--dry-run: er is niets geschreven):\n`
    : `Klacht ${target.id} bijgewerkt (${target.file}):\n`);
  for (const change of changes) context.io.stdout(`  ${words ? words.change(change) : describeChange(change)}\n`);
}

/** The first open deadline of the complaint after the step, as a sentence. */
function nextDeadline(context: CommandContext, target: StepTarget, complaint: Complaint): string[] {
  const { procedure, calendar, config } = target.validation;
  const open = complaintDeadlines(complaint, { procedure, calendar, today: context.today, warningDays: config.warningDays, retentionMonths: config.retentionMonths })
    .filter((d) => isOpen(d.state))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const first = open[0];
  if (!first) return [];
  return [`Eerstvolgende termijn: ${deadlineKindName(first)}, uiterlijk ${formatDateDutch(first.due)}${first.state === 'overdue' ? ' (verlopen)' : ''}.`];
}

/** The entries of `map` that have a value, in their order: what a step writes of its answers. */
export function defined(map: Readonly<Record<string, string | boolean | undefined>>): EditMap {
  return Object.fromEntries(Object.entries(map).filter((entry): entry is [string, string | boolean] => entry[1] !== undefined));
}
