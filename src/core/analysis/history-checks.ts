/**
 * What the git history says about a complaint, checked against what its file claims (README
 * "Jaaranalyse", chapter 6): dates claimed long before the commit that first recorded them
 * (possibly backdated), a status that went back, a closure without signatures. Pure: the
 * revisions come from git/history.ts, already read.
 */
import { addDays, compareDates, type CalendarDate } from '../time/calendar-date.js';
import type { Complaint, Status } from '../complaint/complaint.js';

/** One version of a complaint file in the history. */
export interface ComplaintRevision {
  readonly commit: string;
  /** The day (Europe/Amsterdam) the commit entered the history. */
  readonly date: CalendarDate;
  readonly complaint: Complaint;
}

export interface StatusChange {
  readonly commit: string;
  readonly date: CalendarDate;
  readonly from: Status | null;
  readonly to: Status | null;
}

export interface HistoryFacts {
  readonly id: string;
  readonly firstCommit: string;
  readonly firstRecorded: CalendarDate;
  readonly revisions: number;
  /** The status in the first revision. */
  readonly initialStatus: Status | null;
  readonly formerPaths: readonly string[];
  readonly statusChanges: readonly StatusChange[];
  /** Dates claimed more than `terugdatering_dagen` before the commit that first recorded them. */
  readonly backdated: readonly { field: 'geregistreerd' | 'afhandeling.datum'; claimed: CalendarDate; recorded: CalendarDate }[];
  /** Status changes that went back (afgehandeld to in behandeling, in behandeling to ontvangen). */
  readonly reopened: readonly StatusChange[];
  /** The revision that closed the complaint lacked ondertekening.indiener or ondertekening.directie. */
  readonly closedUnsigned: boolean;
}

const ORDER: Readonly<Record<Status, number>> = { ontvangen: 0, 'in behandeling': 1, afgehandeld: 2 };

/** Reconciles one complaint's revisions (oldest first) with what it claims. */
export function historyFacts(id: string, revisions: readonly ComplaintRevision[], formerPaths: readonly string[], backdatingDays: number): HistoryFacts | undefined {
  const first = revisions[0];
  if (!first) return undefined;
  const statusChanges: StatusChange[] = [];
  const backdated: { field: 'geregistreerd' | 'afhandeling.datum'; claimed: CalendarDate; recorded: CalendarDate }[] = [];
  const seen = new Set<string>();
  let previous: Status | null = null;
  let closedUnsigned = false;
  revisions.forEach((revision, index) => {
    const { complaint, date } = revision;
    const status = complaint.status ?? null;
    if (index === 0 || status !== previous) {
      if (index > 0) statusChanges.push({ commit: revision.commit, date, from: previous, to: status });
      if (status === 'afgehandeld' && (index === 0 || previous !== 'afgehandeld')) {
        closedUnsigned = complaint.signatures.complainant === undefined || complaint.signatures.management === undefined;
      }
    }
    previous = status;
    // A claimed date counts from the first revision that holds that value.
    for (const [field, claimed] of [['geregistreerd', complaint.registered], ['afhandeling.datum', complaint.closure?.date]] as const) {
      if (!claimed || seen.has(`${field}=${claimed}`)) continue;
      seen.add(`${field}=${claimed}`);
      if (compareDates(addDays(claimed, backdatingDays), date) < 0) backdated.push({ field, claimed, recorded: date });
    }
  });
  const reopened = statusChanges.filter((c) => c.from !== null && c.to !== null && ORDER[c.to] < ORDER[c.from]);
  return {
    id,
    firstCommit: first.commit,
    firstRecorded: first.date,
    revisions: revisions.length,
    initialStatus: first.complaint.status ?? null,
    formerPaths,
    statusChanges,
    backdated,
    reopened,
    closedUnsigned,
  };
}

/** The commits that registered and closed a complaint (its first revision when it started so). */
export function signingCommits(facts: HistoryFacts): { registratie?: string; afhandeling?: string } {
  const registered = (status: Status | null): boolean => status === 'in behandeling' || status === 'afgehandeld';
  const result: { registratie?: string; afhandeling?: string } = {};
  if (registered(facts.initialStatus)) result.registratie = facts.firstCommit;
  if (facts.initialStatus === 'afgehandeld') result.afhandeling = facts.firstCommit;
  for (const change of facts.statusChanges) {
    if (result.registratie === undefined && registered(change.to) && !registered(change.from)) result.registratie = change.commit;
    if (change.to === 'afgehandeld' && change.from !== 'afgehandeld') result.afhandeling = change.commit;
  }
  return result;
}
