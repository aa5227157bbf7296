/** Loading the register for a command, with a Dutch failure when the folder is wrong. */
import { registerDeadlines, type Deadline } from '../core/deadlines.js';
import { recordedAnalyses } from '../register/analyses.js';
import { complaintsOf, loadRegister, RegisterNotFoundError, type LoadedRegister } from '../register/load.js';
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

/** The register with every deadline of its complaints and annual analyses. */
export async function loadDeadlines(context: CommandContext): Promise<{ loaded: LoadedRegister; deadlines: Deadline[] }> {
  const loaded = loadForCommand(context);
  const { config, procedure, calendar } = loaded.context;
  const deadlines = registerDeadlines(
    complaintsOf(loaded),
    await recordedAnalyses(loaded.root),
    { procedure, calendar, today: context.today, warningDays: config.warningDays, retentionMonths: config.retentionMonths },
  );
  return { loaded, deadlines };
}
