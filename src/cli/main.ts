/**
 * The `klacht` program: finds the command, parses its options, runs it, and is the one place
 * where errors become exit codes (0 good, 1 findings, 2 wrong usage or failure to run).
 */
import { relative } from 'node:path';
import { commandHelp, findCommand, overviewHelp, parseCommandLine } from './args.js';
import type { Command } from './command.js';
import { commandContext } from './context.js';
import { RunError, UsageError } from './errors.js';
import { processIo, type CliIo } from './io.js';

export { finishProcess } from './io.js';
import { printableLines } from '../core/text/path-names.js';
import { closest } from '../core/text/suggest.js';
import { normaliseComplaintId } from '../core/text/user-input.js';
import { describeSystemError, systemErrorPath } from '../core/text/system-errors.js';
import { checkNotInsideRegister, checkRegisterFolder } from '../register/folder.js';
import { formArguments, FORM_FLAG, readFormInputs } from './steps/form-input.js';
import { summariseRefusedForm } from './job-summary.js';
/**
 * Every command, loaded only when it runs: a command's module brings its own dependencies, and a
 * run of one command should not pay for loading the others. In the order of `klacht --help`.
 */
const LOADERS: Readonly<Record<string, () => Promise<Command>>> = {
  valideer: async () => (await import('./commands/valideer.js')).valideer,
  termijnen: async () => (await import('./commands/termijnen.js')).termijnen,
  register: async () => (await import('./commands/register.js')).register,
  zoek: async () => (await import('./commands/zoek.js')).zoek,
  nieuw: async () => (await import('./commands/nieuw.js')).nieuw,
  registreer: async () => (await import('./commands/steps.js')).stepCommandNamed('registreer'),
  teken: async () => (await import('./commands/steps.js')).stepCommandNamed('teken'),
  brief: async () => (await import('./commands/steps.js')).stepCommandNamed('brief'),
  actie: async () => (await import('./commands/steps.js')).stepCommandNamed('actie'),
  verleng: async () => (await import('./commands/steps.js')).stepCommandNamed('verleng'),
  reactie: async () => (await import('./commands/steps.js')).stepCommandNamed('reactie'),
  'handel-af': async () => (await import('./commands/steps.js')).stepCommandNamed('handel-af'),
  maatregel: async () => (await import('./commands/steps.js')).stepCommandNamed('maatregel'),
  pdf: async () => (await import('./commands/pdf.js')).pdf,
  jaaranalyse: async () => (await import('./commands/jaaranalyse.js')).jaaranalyse,
  meldingen: async () => (await import('./commands/meldingen.js')).meldingen,
  ondertekening: async () => (await import('./commands/ondertekening.js')).ondertekening,
  anonimiseer: async () => (await import('./commands/anonimiseer.js')).anonimiseer,
  inzage: async () => (await import('./commands/inzage.js')).inzage,
  init: async () => (await import('./commands/init.js')).init,
  voorstel: async () => (await import('./commands/voorstel.js')).voorstel,
  formulieren: async () => (await import('./commands/formulieren.js')).formulieren,
  instellingen: async () => (await import('./commands/instellingen.js')).instellingen,
};

/** The commands that take a complaint through a step of the procedure. */
const STEP_COMMANDS = ['nieuw', 'registreer', 'teken', 'brief', 'actie', 'verleng', 'reactie', 'handel-af', 'maatregel'];

/** The names of all commands, without loading them. */
export const COMMAND_NAMES: readonly string[] = Object.keys(LOADERS);

/** One command by name, or undefined. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  return Object.hasOwn(LOADERS, name) ? (LOADERS[name] as () => Promise<Command>)() : undefined;
}

/** Every command (for the overview of `klacht --help`). */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map(async (name) => (await loadCommand(name)) as Command));
}

/** Runs `klacht` with `argv` (without node and script); returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const { command: name, rest } = findCommand(argv);
  // A form's run: a refusal is also said on the run's page (its job summary), not only in its log.
  const fromForm = rest.includes(FORM_FLAG);
  try {
    const command = name === undefined ? undefined : await loadCommand(name);
    if (name === undefined) {
      // Without a command only --help is a request; anything else is wrong usage.
      const values = parseCommandLine(undefined, rest);
      io.stdout(overviewHelp((await loadCommands()).map((c) => c.spec)));
      return values.help === true ? 0 : 2;
    }
    if (name === 'help') {
      // `klacht help valideer` is `klacht valideer --help`.
      const topic = findCommand(rest).command;
      if (topic === undefined) {
        io.stdout(overviewHelp((await loadCommands()).map((c) => c.spec)));
        return 0;
      }
      return await main([topic, '--help'], io);
    }
    if (!command) {
      // A word as close to a step as to another command means the step (registeer: registreer, not register).
      const suggestion = closest(name, COMMAND_NAMES, STEP_COMMANDS);
      throw new UsageError(`Onbekende opdracht '${name}'.${suggestion ? ` Bedoelde u '${suggestion}'?` : ''} Zie 'klacht --help' voor alle opdrachten.`);
    }
    // A GitHub form: its inputs become the command's options (cli/form-input.ts).
    const argv = rest.includes(FORM_FLAG)
      ? [...rest.filter((a) => a !== FORM_FLAG), ...formArguments(command.spec, readFormInputs(io.env))]
      : rest;
    // Whether the values came from a form: messages then name its fields, not options.
    const values: ReturnType<typeof parseCommandLine> = { ...parseCommandLine(command.spec, argv), ...(argv === rest ? {} : { formulier: true }) };
    if (values.help === true) {
      io.stdout(commandHelp(command.spec));
      return 0;
    }
    // A complaint number as people type it (`KL-2026-7`, `kl-2026-007`) is the number as written.
    const positionals = command.spec.name === 'valideer' || command.spec.name === 'init' ? values._ : values._.map((p) => normaliseComplaintId(p) ?? p);
    const context = commandContext(io, values, positionals);
    // Every command that works in the register folder: one check, one message, before any work.
    if (command.spec.usesRegister !== false) checkRegisterFolder(context.root, { mayBeEmpty: command.spec.startsRegister === true, configMayLack: command.spec.configFromGit === true });
    if (command.spec.startsRegister === true) checkNotInsideRegister(context.root);
    return await command.run(context);
  } catch (error) {
    const code = reportError(error, fromForm ? { ...io, helpReference: FORM_HELP } : io);
    if (error instanceof UsageError || error instanceof RunError) summariseRefusedForm(io, fromForm, error.message);
    return code;
  }
}

/** Where a form's user finds help: not a command's --help (they have no terminal), but their guide. */
const FORM_HELP = 'het deel "Voor medewerkers" in de README van het register';

/** Says a failure in Dutch (see reportError); for work that failed outside `main`'s try, such as a stray promise. */
export function reportFailure(error: unknown, io: CliIo = processIo()): number {
  return reportError(error, io);
}

function reportError(error: unknown, io: CliIo): number {
  // A message may name a file or repeat an argument: in a workflow's log it must not become a command.
  if (error instanceof UsageError) {
    const help = io.helpReference ?? `'${error.command ? `klacht ${error.command} --help` : 'klacht --help'}'`;
    io.stderr(`klacht: ${printableLines(error.message)}\nZie ${help}.\n`);
    return 2;
  }
  if (error instanceof RunError) {
    io.stderr(`klacht: ${printableLines(error.message)}
${io.env.KLACHT_DEBUG && error.detail ? `${error.detail}
` : ''}`);
    return 2;
  }
  if (isPromptAbort(error)) {
    io.stderr('klacht: afgebroken; er is niets geschreven.\n');
    return 2;
  }
  // A failure nobody foresaw. Its message may quote data from a complaint file, so it is never
  // shown as such: a system error (disk full, no access) is said in Dutch from its code, anything
  // else in one plain sentence. The details only when the maintainer asks for them.
  const detail = io.env.KLACHT_DEBUG ? `\n${error instanceof Error ? error.stack ?? error.message : String(error)}` : '';
  io.stderr(`klacht: ${unforeseenFailure(error, io.cwd)}${detail}\n`);
  return 2;
}

function unforeseenFailure(error: unknown, cwd: string): string {
  const path = systemErrorPath(error);
  const inside = path === undefined ? undefined : relative(cwd, path);
  const system = describeSystemError(error, inside === undefined || inside.startsWith('..') || inside === '' ? path : inside);
  if (system !== undefined) return `de opdracht is gestopt: ${system}. Los dat op en probeer het opnieuw.`;
  const kind = error instanceof Error ? error.name : typeof error;
  return `de opdracht is gestopt door een onverwachte fout (${kind}). Bestanden worden altijd in één keer geschreven, dus er is niets half weggeschreven. `
    + 'Meld dit aan de beheerders van klacht; met KLACHT_DEBUG=1 ziet u de technische details.';
}

function isPromptAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
