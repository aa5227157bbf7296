/**
 * The `klacht` program: finds the command, parses its options, runs it, and is the one place
 * where errors become exit codes (0 good, 1 findings, 2 wrong usage or failure to run).
 */
import { commandHelp, findCommand, overviewHelp, parseCommandLine } from './args.js';
import type { Command } from './command.js';
import { commandContext } from './context.js';
import { RunError, UsageError } from './errors.js';
import { processIo, type CliIo } from './io.js';
import { closest } from '../core/suggest.js';
import { valideer } from './commands/valideer.js';
import { register } from './commands/register.js';
import { nieuw } from './commands/nieuw.js';
import { termijnen } from './commands/termijnen.js';
import { meldingen } from './commands/meldingen.js';
import { pdf } from './commands/pdf.js';
import { jaaranalyse } from './commands/jaaranalyse.js';
import { ondertekening } from './commands/ondertekening.js';
import { anonimiseer } from './commands/anonimiseer.js';
import { inzage } from './commands/inzage.js';

export const COMMANDS: readonly Command[] = [valideer, termijnen, register, nieuw, pdf, jaaranalyse, meldingen, ondertekening, anonimiseer, inzage];

/** Runs `klacht` with `argv` (without node and script); returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const { command: name, rest } = findCommand(argv);
  const command = COMMANDS.find((c) => c.spec.name === name);
  try {
    if (name === undefined) {
      // Without a command only --help is a request; anything else is wrong usage.
      const values = parseCommandLine(undefined, rest);
      io.stdout(overviewHelp(COMMANDS.map((c) => c.spec)));
      return values.help === true ? 0 : 2;
    }
    if (name === 'help') {
      // `klacht help valideer` is `klacht valideer --help`.
      const topic = findCommand(rest).command;
      if (topic === undefined) {
        io.stdout(overviewHelp(COMMANDS.map((c) => c.spec)));
        return 0;
      }
      return await main([topic, '--help'], io);
    }
    if (!command) {
      const suggestion = closest(name, COMMANDS.map((c) => c.spec.name));
      throw new UsageError(`Onbekende opdracht '${name}'.${suggestion ? ` Bedoelde u '${suggestion}'?` : ''} Zie 'klacht --help' voor alle opdrachten.`);
    }
    const values = parseCommandLine(command.spec, rest);
    if (values.help === true) {
      io.stdout(commandHelp(command.spec));
      return 0;
    }
    return await command.run(commandContext(io, values, values._));
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    const help = error.command ? `klacht ${error.command} --help` : 'klacht --help';
    io.stderr(`klacht: ${error.message}\nZie '${help}'.\n`);
    return 2;
  }
  if (error instanceof RunError) {
    io.stderr(`klacht: ${error.message}\n`);
    return 2;
  }
  if (isPromptAbort(error)) {
    io.stderr('klacht: afgebroken; er is niets geschreven.\n');
    return 2;
  }
  // An unexpected failure is a bug. Its message may quote data from a complaint file, so only
  // its kind is shown unless the maintainer asks for the details.
  const detail = io.env.KLACHT_DEBUG ? `\n${error instanceof Error ? error.stack ?? error.message : String(error)}` : '';
  const kind = error instanceof Error ? error.name : typeof error;
  io.stderr(`klacht: interne fout (${kind}). Dit is een fout in klacht zelf; meld hem aan de beheerders. Zet KLACHT_DEBUG=1 voor details.${detail}\n`);
  return 2;
}

function isPromptAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
