/**
 * Chapter 6 of the yearly analysis in figures: what the git history and the directie's signatures
 * say about the year's complaint files. Pure; the facts and the signature evidence are read by the
 * adapters and handed in.
 */
import type { CalendarDate } from '../time/calendar-date.js';
import type { Complaint } from '../complaint/complaint.js';
import type { RegisterConfig } from '../complaint/config.js';
import type { HistoryFacts } from './history-checks.js';
import { validlySigned, type SignatureEvidence } from '../signing/evidence.js';

export interface BackdatedFigure {
  readonly id: string;
  readonly dates: readonly { readonly field: string; readonly claimed: CalendarDate; readonly recorded: CalendarDate }[];
}

export interface HistoryFigures {
  /** Complaint files of the year that have a history. */
  readonly files: number;
  /** Commits that changed them, summed. */
  readonly revisions: number;
  /** Ids of the complaints whose file was moved or renamed. */
  readonly renamed: readonly string[];
  /** Dates claimed long before the commit that recorded them. */
  readonly backdated: readonly BackdatedFigure[];
  /** Ids of the complaints whose status went back. */
  readonly reopened: readonly string[];
  /** Ids of the complaints closed without both signatures in the file. */
  readonly closedUnsigned: readonly string[];
  /** Registered (or further) without a pull request the directie approved, according to git. */
  readonly registeredWithoutDirectie: readonly string[];
  /** Registered through a pull request according to git (a commit's title): the directie's approval not verified. */
  readonly registeredUnverified: readonly string[];
  /** Closed without a pull request the directie approved, according to git. */
  readonly closedWithoutDirectie: readonly string[];
  /** Closed through a pull request according to git: the directie's approval not verified. */
  readonly closedUnverified: readonly string[];
}

/**
 * The history figures of the year's `complaints`. A registration or closure counts as signed by
 * the directie only through a pull request it approved (`validlySigned`): a commit straight to
 * main carries no signature, whatever the file says. What git shows of a pull request (a commit's
 * title "(#12)", a trailer) anyone with write access can write: such a step is only "through a
 * pull request according to git", never verified (CONTRACT section 5).
 */
export function historyFigures(
  complaints: readonly (Complaint & { readonly id: string })[],
  history: ReadonlyMap<string, HistoryFacts>,
  signatures: ReadonlyMap<string, SignatureEvidence> | undefined,
  config: RegisterConfig,
): HistoryFigures {
  const facts = complaints.flatMap((c) => {
    const f = history.get(c.id);
    return f ? [f] : [];
  });
  const needed = (c: Complaint, step: 'registratie' | 'afhandeling'): boolean =>
    (step === 'registratie' ? c.status === 'in behandeling' || c.status === 'afgehandeld' : c.status === 'afgehandeld');
  const signed = (step: 'registratie' | 'afhandeling', yes: boolean): string[] => complaints
    .filter((c) => needed(c, step) && validlySigned(signatures?.get(c.id)?.[step], config) === yes)
    .map((c) => c.id);
  return {
    files: facts.length,
    revisions: facts.reduce((sum, f) => sum + f.revisions, 0),
    renamed: facts.filter((f) => f.formerPaths.length > 0).map((f) => f.id),
    backdated: facts.filter((f) => f.backdated.length > 0).map((f) => ({ id: f.id, dates: f.backdated })),
    reopened: facts.filter((f) => f.reopened.length > 0).map((f) => f.id),
    closedUnsigned: facts.filter((f) => f.closedUnsigned).map((f) => f.id),
    registeredWithoutDirectie: signed('registratie', false),
    registeredUnverified: signed('registratie', true),
    closedWithoutDirectie: signed('afhandeling', false),
    closedUnverified: signed('afhandeling', true),
  };
}
