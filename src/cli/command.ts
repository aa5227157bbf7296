/** The shape of a command: its declaration (options, help) and what it does. */
import type { CommandSpec } from './args.js';
import type { CommandContext } from './context.js';

export interface Command {
  readonly spec: CommandSpec;
  /** Returns the exit code: 0 good, 1 findings or overdue deadlines. Failures throw (exit 2). */
  run(context: CommandContext): Promise<number>;
}
