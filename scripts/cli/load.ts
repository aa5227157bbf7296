/** Loading the register for a command. */
import { registerDeadlines, type Deadline } from '../core/deadlines.js';
import { recordedAnalyses } from '../register/analyses.js';
import { complaintsOf, loadRegister, type LoadedRegister } from '../register/load.js';
import type { CommandContext } from './context.js';

/** Loads and checks the register of the command's context. */
export function loadForCommand(context: CommandContext): LoadedRegister {
  return loadRegister(context.root, context.today);
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
