/**
 * The two ways a command ends early. Both give exit code 2 and a Dutch message without a stack
 * trace; main.ts is the one place that turns them (and anything unexpected) into exit codes.
 */

import { isComplaintId } from '../core/complaint/complaint.js';
import { CREATE_STEP } from '../core/steps/index.js';

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
 * where an id belongs, and an error message must not carry it into a log. In a form's run the
 * message names the form that records a new complaint; on the command line, its command.
 */
export function unknownComplaint(id: string, command: string, options: { readonly detail?: string; readonly fromForm?: boolean } = {}): UsageError {
  if (!isComplaintId(id)) return new UsageError('Dat is geen klachtnummer: gebruik de vorm KL-<jaar>-<nummer>, zoals KL-2026-007.', command);
  const how = options.fromForm === true
    ? ` Is ze nog niet vastgelegd, gebruik dan eerst het formulier "${CREATE_STEP.form.name}"; klopt het klachtnummer niet, start dit formulier dan opnieuw met het goede nummer.`
    : ` Een nieuwe klacht legt u vast met klacht ${CREATE_STEP.command}; alle klachten, ook de afgehandelde, toont klacht register --alle.`;
  return new UsageError(`Klacht ${id} staat niet in het register${options.detail ?? ''}.${how}`, command);
}
