/** Loading the register for a command, with a Dutch failure when the folder is wrong. */
import { loadRegister, RegisterNotFoundError, type LoadedRegister } from '../register/load.js';
import type { CommandContext } from './context.js';
import { RunError } from './errors.js';

/** Loads and checks the register of the command's context. */
export function loadForCommand(context: CommandContext): LoadedRegister {
  try {
    return loadRegister(context.root, context.today);
  } catch (error) {
    if (error instanceof RegisterNotFoundError) {
      throw new RunError(`De map ${error.root} bestaat niet. Geef met --register de map van het klachtenregister op.`);
    }
    throw error;
  }
}
