/**
 * The job summary of a GitHub Actions run, written in one place: the file named by a command's
 * `--samenvatting` (the action passes GitHub's `$GITHUB_STEP_SUMMARY` to commands that have it), or,
 * for a form's run, GitHub's file itself, so a refused form says why on the run's page. Nothing
 * personal goes in: ids, field names, dates and the people who handle complaints.
 */
import { appendFileSync } from 'node:fs';
import type { CliIo } from './io.js';
import type { TextOption } from './args.js';
import type { CommandContext } from './context.js';

/** Appends `markdown` to the run's summary, if this run has one; a blank line after it. */
export function appendJobSummary(context: CommandContext<{ readonly samenvatting: TextOption }>, markdown: string): void {
  const file = context.values.samenvatting ?? formSummaryFile(context.io, context.values.formulier === true);
  if (file) appendFileSync(file, markdown.endsWith('\n\n') ? markdown : `${markdown.trimEnd()}\n\n`);
}

/**
 * A form's refusal on the run's page: the reason, in the summary of a form's run in GitHub Actions
 * (main.ts calls it for a refusal of any command run from a form, steps/step.ts for a step whose
 * result the checker finds wrong).
 */
export function summariseRefusedForm(io: CliIo, fromForm: boolean, reason: string): void {
  const file = formSummaryFile(io, fromForm);
  if (file) appendFileSync(file, refusedFormMarkdown(reason));
}

/** GitHub's summary file, for a form's run in GitHub Actions only. */
function formSummaryFile(io: CliIo, fromForm: boolean): string | undefined {
  return fromForm && io.env.GITHUB_ACTIONS === 'true' && io.env.GITHUB_STEP_SUMMARY ? io.env.GITHUB_STEP_SUMMARY : undefined;
}

/**
 * What a refused form's summary says: the reason (which names the form's fields, never what was
 * typed), that nothing was changed, and how to go on.
 */
function refusedFormMarkdown(reason: string): string {
  return [
    '## Het formulier is niet verwerkt',
    '',
    ...reason.split('\n').map((line) => (line.startsWith('  ') ? `- ${line.trim()}` : line)),
    '',
    'Er is niets gewijzigd en er is geen pull request gemaakt. Start het formulier opnieuw (*Actions* → het formulier → *Run workflow*) en vul aan of verbeter wat hierboven staat.',
    '',
  ].join('\n');
}
