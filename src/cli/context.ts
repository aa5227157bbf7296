/** What every command gets: the register folder, today, output mode and the outside world. */
import { resolve } from 'node:path';
import pc from 'picocolors';
import { todayInAmsterdam, type CalendarDate } from '../core/time/calendar-date.js';
import { DATE_FORMS, parseUserDate } from '../core/text/user-input.js';
import { UsageError } from './errors.js';
import { findRegisterUpward } from '../register/folder.js';
import type { ParsedValues } from './args.js';
import type { CliIo } from './io.js';

export type Colors = ReturnType<typeof pc.createColors>;

export interface CommandContext {
  readonly io: CliIo;
  readonly root: string;
  readonly today: CalendarDate;
  readonly json: boolean;
  /** True inside GitHub Actions (annotations, job summary). */
  readonly actions: boolean;
  readonly colors: Colors;
  readonly values: ParsedValues;
  readonly positionals: readonly string[];
}

/** Builds the context from the parsed global options. */
export function commandContext(io: CliIo, values: ParsedValues, positionals: readonly string[]): CommandContext {
  // Without --register, the register is found upward from the current folder, as git finds its repository.
  const root = typeof values.register === 'string' ? resolve(io.cwd, values.register) : findRegisterUpward(io.cwd) ?? resolve(io.cwd);
  let today: CalendarDate;
  if (typeof values.vandaag === 'string') {
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
