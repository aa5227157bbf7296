/** The shape of a command: its declaration (options, help) and what it does. */
import type { CommandSpec, OptionSpecs } from './args.js';
import type { CommandContext } from './context.js';

/**
 * A command with options `S`: its `run` reads `context.values` as they declare them. Without `S`,
 * any command (the list in main.ts, the docs): its values then are any option's.
 */
export interface Command<S extends OptionSpecs = OptionSpecs> {
  readonly spec: CommandSpec<S>;
  /** Returns the exit code: 0 good, 1 findings or overdue deadlines. Failures throw (exit 2). */
  run(context: CommandContext<S>): Promise<number>;
}

/**
 * Declares a command, its option types taken from its spec: in `run`, `context.values.uit` is the
 * text of `--uit`, `context.values.alle` whether `--alle` was given, and an option the spec does
 * not declare does not compile. Declare the options apart (`as const satisfies OptionSpecs`) when
 * a helper of the command reads them too: it takes `CommandContext<typeof OPTIONS>`.
 */
export function defineCommand<const S extends OptionSpecs>(command: Command<S>): Command<S> {
  return command;
}
