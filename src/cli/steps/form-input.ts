/**
 * `--formulier`: the values a person typed into a GitHub form (a workflow_dispatch run's inputs)
 * as options of the command. They are read from the event payload (GITHUB_EVENT_PATH), never from
 * the workflow's `with:` or `env:`, because GitHub prints those in the run's log; the values reach
 * the command as `--naam=<waarde>` arguments, without a shell.
 */
import { readFileSync } from 'node:fs';
import { ALL_DOCUMENTS, CHOOSE, NOT_CHOSEN } from '../../core/github-policy/forms.js';
import { normaliseComplaintId } from '../../core/text/user-input.js';
import type { CommandSpec } from '../args.js';
import { RunError, UsageError } from '../errors.js';

export const FORM_FLAG = '--formulier';
/** The input that names the complaint: the command's first argument. */
export const ID_INPUT = 'klachtnummer';
/**
 * The choices that mean "not given" (GitHub's choices can't be empty); typed text is never one. A
 * needed choice left at "(kies)" is then missing, and the step names the field.
 */
const NOT_GIVEN = new Set([NOT_CHOSEN, CHOOSE, ALL_DOCUMENTS]);

type Inputs = Readonly<Record<string, unknown>>;

/**
 * The event payload GitHub's runner wrote for this run, parsed; throws when it can't be read or is
 * no JSON. The one place klacht reads it: a runner's file, not the register's (eslint.config.js).
 */
function readEvent(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The inputs of the workflow_dispatch event this run started from. */
export function readFormInputs(env: Readonly<Record<string, string | undefined>>): Inputs {
  const path = env.GITHUB_EVENT_PATH;
  const notAForm = 'Gebruik --formulier alleen in een workflow die met een formulier (Run workflow, workflow_dispatch) is gestart.';
  if (!path || env.GITHUB_EVENT_NAME !== 'workflow_dispatch') throw new RunError(notAForm);
  let event: unknown;
  try {
    event = readEvent(path);
  } catch {
    throw new RunError(`De gegevens van het formulier (GITHUB_EVENT_PATH) zijn niet te lezen. ${notAForm}`);
  }
  const inputs = (event as { inputs?: unknown } | null)?.inputs;
  if (inputs === null || typeof inputs !== 'object' || Array.isArray(inputs)) throw new RunError(notAForm);
  return inputs as Inputs;
}

function text(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The command line for the form's inputs: `klachtnummer` first, then each filled-in input as the
 * option of the same name. `naam-2` is a second `--naam` (a list), `ja`/`nee` of a yes-no choice is
 * `--x` or `--niet-x`. An input the command doesn't know is a mistake of the form, said without its value.
 */
export function formArguments(spec: CommandSpec, inputs: Inputs): string[] {
  const positional: string[] = [];
  const options: string[] = [];
  for (const name of Object.keys(inputs).sort(byListIndex)) {
    const value = text(inputs[name]);
    if (name === ID_INPUT) {
      // Never repeated: whatever was typed here by mistake (a name) must not reach the log.
      const id = normaliseComplaintId(value);
      if (id === undefined) throw new UsageError('Het klachtnummer in het formulier is geen klachtnummer. Schrijf het als KL-2026-007.', spec.name);
      positional.push(id);
      continue;
    }
    const list = /^(.+)-(\d+)$/.exec(name);
    const option = spec.options[name] ? name : list?.[1] && spec.options[list[1]]?.multiple ? list[1] : undefined;
    const optionSpec = option === undefined ? undefined : spec.options[option];
    if (option === undefined || optionSpec === undefined) {
      throw new UsageError(`Het formulier heeft een veld '${name}' dat klacht ${spec.name} niet kent. Maak de formulieren opnieuw met klacht formulieren.`, spec.name);
    }
    if (value === '' || NOT_GIVEN.has(value)) continue;
    if (optionSpec.type === 'boolean') {
      const negated = spec.options[`niet-${option}`];
      // A tick box left empty says nothing; only the choice "nee" says no.
      if (value === 'true' || value === 'ja') options.push(`--${option}`);
      else if (value === 'nee' && negated) options.push(`--niet-${option}`);
      else if (value !== 'false') throw new UsageError(`Het veld '${name}' van het formulier is ja of nee.`, spec.name);
      continue;
    }
    options.push(`--${option}=${value}`);
  }
  return [...positional, ...options];
}

/** naam, naam-1, naam-2, …, naam-10 in that order: a list keeps the order of the form. */
function byListIndex(a: string, b: string): number {
  const split = (name: string): [string, number] => {
    const match = /^(.+)-(\d+)$/.exec(name);
    return match?.[1] ? [match[1], Number(match[2])] : [name, 0];
  };
  const [na, ia] = split(a);
  const [nb, ib] = split(b);
  return na === nb ? ia - ib : na < nb ? -1 : 1;
}

/** The repository's default branch from the event payload (GitHub puts it in every event), if readable. */
export function eventDefaultBranch(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = readEvent(env.GITHUB_EVENT_PATH) as { repository?: { default_branch?: unknown } } | null;
    const branch = event?.repository?.default_branch;
    return typeof branch === 'string' && branch !== '' ? branch : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why a form's run may not go on, or undefined when it may: a form started from another branch or
 * a tag ("Use workflow from") runs with that branch's files and workflow, where no signature counts.
 * In a run (GITHUB_ACTIONS, or an event file) whose event or ref does not say which branch is the
 * default and which one it runs on, it may not go on either: it can't be sure (fail closed).
 */
export function otherBranchMessage(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const defaultBranch = eventDefaultBranch(env);
  const inRun = env.GITHUB_ACTIONS === 'true' || Boolean(env.GITHUB_EVENT_PATH);
  if (inRun && (defaultBranch === undefined || !env.GITHUB_REF_NAME)) {
    return 'Niet na te gaan vanaf welke branch dit formulier is gestart: de gegevens van de run noemen de standaardbranch of de branch van de run niet. '
      + 'Start het formulier opnieuw vanaf de standaardbranch (bij "Use workflow from").';
  }
  if (env.GITHUB_REF_TYPE !== 'tag' && !(defaultBranch && env.GITHUB_REF_NAME && env.GITHUB_REF_NAME !== defaultBranch)) return undefined;
  return `Dit formulier is gestart vanaf '${env.GITHUB_REF_NAME ?? ''}', niet vanaf '${defaultBranch ?? 'de standaardbranch'}'. Start het opnieuw en kies bij "Use workflow from" de branch '${defaultBranch ?? 'main'}'.`;
}

/**
 * "Er ontbreken gegevens …" for a command line or, when the values came from a form, for the form:
 * a form's user has no terminal and no options, only the fields of the form.
 */
export function missingMessage(fromForm: boolean, command: string, options: readonly string[]): string {
  return fromForm
    ? `Er ontbreken gegevens in het formulier: ${options.map((o) => o.replace(/^--/, '').split(' of ')[0]).join(', ')}. Start het formulier opnieuw en vul ze in.`
    : `Er ontbreken gegevens: ${options.join(', ')}. Geef ze als optie, of start klacht ${command} in een terminal om ernaar gevraagd te worden.`;
}
