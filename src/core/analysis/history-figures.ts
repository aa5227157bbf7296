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
  /** Registered (or further) without a pull request the directie approved. */
  readonly registeredWithoutDirectie: readonly string[];
  /** Closed without a pull request the directie approved. */
  readonly closedWithoutDirectie: readonly string[];
}

/**
 * The history figures of the year's `complaints`. A registration or closure counts as signed by
 * the directie only through a pull request it approved (`validlySigned`): a commit straight to
 * main carries no signature, whatever the file says.
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
  const unsigned = (step: 'registratie' | 'afhandeling'): string[] => complaints
    .filter((c) => {
      const needed = step === 'registratie' ? c.status === 'in behandeling' || c.status === 'afgehandeld' : c.status === 'afgehandeld';
      return needed && !validlySigned(signatures?.get(c.id)?.[step], config);
    })
    .map((c) => c.id);
  return {
    files: facts.length,
    revisions: facts.reduce((sum, f) => sum + f.revisions, 0),
    renamed: facts.filter((f) => f.formerPaths.length > 0).map((f) => f.id),
    backdated: facts.filter((f) => f.backdated.length > 0).map((f) => ({ id: f.id, dates: f.backdated })),
    reopened: facts.filter((f) => f.reopened.length > 0).map((f) => f.id),
    closedUnsigned: facts.filter((f) => f.closedUnsigned).map((f) => f.id),
    registeredWithoutDirectie: unsigned('registratie'),
    closedWithoutDirectie: unsigned('afhandeling'),
  };
}
