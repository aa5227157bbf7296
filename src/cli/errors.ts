/**
 * The two ways a command ends early. Both give exit code 2 and a Dutch message without a stack
 * trace; main.ts is the one place that turns them (and anything unexpected) into exit codes.
 */

import { isComplaintId } from '../core/complaint/complaint.js';

/** Wrong use of the command line: unknown option, missing argument, bad value. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}

/** The command could not do its work: missing register, no browser, no git, no token. */
export { RunError } from '../core/text/errors.js';

/**
 * An id that is not in the register. Only an id is repeated: someone may type a person's name
 * where an id belongs, and an error message must not carry it into a log.
 */
export function unknownComplaint(id: string, command: string, detail = ''): UsageError {
  return isComplaintId(id)
    ? new UsageError(`Klacht ${id} staat niet in het register${detail}.`, command)
    : new UsageError('Dat is geen klachtnummer: gebruik de vorm KL-<jaar>-<nummer>, zoals KL-2026-007.', command);
}
