/** Loading the register for a command: its files, and from git when the deadlines need it. */
import { todayInAmsterdam, type CalendarDate } from '../core/time/calendar-date.js';
import type { Deadline } from '../core/time/deadline.js';
import { complaintDeadlines, registerDeadlines, sortDeadlines } from '../core/time/deadlines.js';
import { analysisPath } from '../core/complaint/layout.js';
import { firstAddedTimes, openRepository } from '../git/repository.js';
import { analysisYears } from '../register/analyses.js';
import { complaintsOf, loadRegister, type LoadedRegister } from '../register/load.js';
import type { CommandContext } from './context.js';

/** Loads and checks the register of the command's context. */
export function loadForCommand(context: CommandContext): LoadedRegister {
  return loadRegister(context.root, context.today);
}

/**
 * Years with an analyses/<jaar>.md, mapped to the day (in Europe/Amsterdam) of the commit that
 * first added it; null outside git or for a file not yet committed.
 */
export async function recordedAnalyses(root: string): Promise<Map<number, CalendarDate | null>> {
  const years = analysisYears(root);
  if (years.length === 0) return new Map();
  const git = await openRepository(root);
  const times = git ? await firstAddedTimes(git, years.map(analysisPath)) : new Map<string, number | null>();
  return new Map(years.map((year) => {
    const time = times.get(analysisPath(year));
    return [year, time == null ? null : todayInAmsterdam(new Date(time * 1000))] as const;
  }));
}

/**
 * The register with every deadline of its complaints and annual analyses. `complaintsOnly` leaves
 * the analyses out: a complaint's own documents need only its own deadlines, and the analyses'
 * dates cost a look into git.
 */
export async function loadDeadlines(context: CommandContext, options: { complaintsOnly?: boolean } = {}): Promise<{ loaded: LoadedRegister; deadlines: Deadline[] }> {
  const loaded = loadForCommand(context);
  const { config, procedure, calendar } = loaded.context;
  const complaints = complaintsOf(loaded);
  const deadlineContext = { procedure, calendar, today: context.today, warningDays: config.warningDays, retentionMonths: config.retentionMonths };
  const deadlines = options.complaintsOnly === true
    ? sortDeadlines(complaints.flatMap((complaint) => complaintDeadlines(complaint, deadlineContext)))
    : registerDeadlines(complaints, await recordedAnalyses(loaded.root), deadlineContext);
  return { loaded, deadlines };
}
