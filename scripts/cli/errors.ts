/**
 * The two ways a command ends early. Both give exit code 2 and a Dutch message without a stack
 * trace; main.ts is the one place that turns them (and anything unexpected) into exit codes.
 */

/** Wrong use of the command line: unknown option, missing argument, bad value. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}

/** The command could not do its work: missing register, no browser, no git, no token. */
export class RunError extends Error {}
