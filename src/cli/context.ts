/** What every command gets: the register folder, today, output mode and the outside world. */
import { resolve } from 'node:path';
import pc from 'picocolors';
import { todayInAmsterdam, type CalendarDate } from '../core/time/calendar-date.js';
import { DATE_FORMS, parseUserDate } from '../core/text/user-input.js';
import { UsageError } from './errors.js';
import { findRegisterUpward } from '../register/folder.js';
import type { OptionSpecs, OptionValues, ParsedValues } from './args.js';
import type { CliIo } from './io.js';

export type Colors = ReturnType<typeof pc.createColors>;

/** No options but the global ones. */
type NoOptions = Readonly<Record<never, never>>;

/**
 * What a command with options `S` gets. A helper that reads none of a command's own options takes
 * `CommandContext` (the global options only), one that reads some takes `CommandContext<{ … }>`
 * with them, and then accepts the context of every command that declares them, no other.
 */
export interface CommandContext<S extends OptionSpecs = NoOptions> {
  readonly io: CliIo;
  readonly root: string;
  readonly today: CalendarDate;
  readonly json: boolean;
  /** True inside GitHub Actions (annotations, job summary). */
  readonly actions: boolean;
  readonly colors: Colors;
  readonly values: ParsedValues<S>;
  readonly positionals: readonly string[];
}

/**
 * The context for a helper that reads options `S` where its command has them, and does without
 * where it has not (undefined, as at run time): klacht pdf confirms signatures with GitHub without
 * --repo, from GitHub's environment. A command that declares one of them with another type does not
 * compile.
 */
export type ContextMayHave<S extends OptionSpecs> = CommandContext & { readonly values: Partial<OptionValues<S>> };

/** Builds the context from the parsed global options. */
export function commandContext(io: CliIo, values: ParsedValues, positionals: readonly string[]): CommandContext<OptionSpecs> {
  // Without --register, the register is found upward from the current folder, as git finds its repository.
  const root = values.register === undefined ? findRegisterUpward(io.cwd) ?? resolve(io.cwd) : resolve(io.cwd, values.register);
  let today: CalendarDate;
  if (values.vandaag !== undefined) {
    const parsed = parseUserDate(values.vandaag);
    if (!parsed) throw new UsageError(`--vandaag moet een bestaande datum zijn, zoals ${DATE_FORMS}.`);
    today = parsed;
  } else {
    today = todayInAmsterdam(io.now());
  }
  const useColor = io.stdoutIsTty && !io.env.NO_COLOR && values.json !== true;
  return {
    io,
    root,
    today,
    json: values.json === true,
    actions: io.env.GITHUB_ACTIONS === 'true',
    colors: pc.createColors(useColor || io.env.FORCE_COLOR === '1'),
    values,
    positionals,
  };
}

/** Writes a JSON document to stdout, and nothing else. */
export function printJson(context: CommandContext, document: unknown): void {
  context.io.stdout(`${JSON.stringify(document, null, 2)}\n`);
}
