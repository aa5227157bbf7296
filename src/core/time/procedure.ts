/**
 * Procedures as data. A preset says, for each term, where it starts, how long it is, in which
 * unit, and whether a due date on a day off moves to the next working day; plus the limits on
 * extensions. `termijnen:` in klachtenregister.yml overrides any part of a preset, with the same
 * Dutch keys.
 *
 * Sources:
 * - liberi: Klachtenprocedure Liberi Coaching B.V., stap 1 (registratie binnen twee dagen; reactie
 *   per omgaande, of binnen een maand bij complexe klachten; verlenging ruim voor het verstrijken).
 *   "Per omgaande" is five working days (README "Termijnen", the liberi preset).
 * - awb: Algemene wet bestuursrecht, art. 9:11 (zes weken na ontvangst van het klaagschrift;
 *   verdaging met ten hoogste vier weken, schriftelijk gemeld; verder uitstel alleen met
 *   schriftelijke instemming van de klager) en art. 9:14 (tien weken met een adviescommissie:
 *   zet dan reactie_eenvoudig en reactie_complex op 10 weken).
 * - wkkgz: Wet kwaliteit, klachten en geschillen zorg, art. 17 (zes weken na ontvangst; één
 *   verlenging met ten hoogste vier weken, gemeld vóór afloop van de termijn).
 * Registration and acknowledgement are not terms of the Awb or the Wkkgz; their presets keep the
 * Liberi practice of two days, which an organisation can override.
 */
import { addDays, addMonths, type CalendarDate } from './calendar-date.js';
import type { DayOff, WorkingCalendar } from './dutch-calendar.js';
import type { ProcedureName } from '../complaint/config.js';
import { error, type Issue } from '../complaint/issue.js';

export type TermUnit = 'dagen' | 'werkdagen' | 'weken' | 'maanden';
export type TermStart = 'ontvangen' | 'ingediend';

export interface TermRule {
  readonly start: TermStart;
  readonly aantal: number;
  readonly eenheid: TermUnit;
  /** Move a due date on a weekend, holiday or vrije dag to the next working day. */
  readonly doorschuiven: boolean;
}

export interface ExtensionLimits {
  /** Most days all extensions together may add to the response term; null for no limit. */
  readonly max_dagen: number | null;
  /** Most extensions; null for no limit. */
  readonly max_aantal: number | null;
}

export interface Procedure {
  readonly name: ProcedureName;
  /** Dutch title for people. */
  readonly title: string;
  readonly registratie: TermRule;
  readonly ontvangstbevestiging: TermRule;
  readonly reactie_eenvoudig: TermRule;
  readonly reactie_complex: TermRule;
  readonly verlenging: ExtensionLimits;
}

const TWO_DAYS_AFTER_RECEIPT: TermRule = { start: 'ontvangen', aantal: 2, eenheid: 'dagen', doorschuiven: true };
const SIX_WEEKS: TermRule = { start: 'ingediend', aantal: 6, eenheid: 'weken', doorschuiven: true };

export const PRESETS: Readonly<Record<ProcedureName, Procedure>> = {
  liberi: {
    name: 'liberi',
    title: 'Klachtenprocedure Liberi Coaching',
    registratie: TWO_DAYS_AFTER_RECEIPT,
    ontvangstbevestiging: TWO_DAYS_AFTER_RECEIPT,
    reactie_eenvoudig: { start: 'ingediend', aantal: 5, eenheid: 'werkdagen', doorschuiven: true },
    reactie_complex: { start: 'ingediend', aantal: 1, eenheid: 'maanden', doorschuiven: true },
    verlenging: { max_dagen: null, max_aantal: null },
  },
  awb: {
    name: 'awb',
    title: 'Algemene wet bestuursrecht, hoofdstuk 9',
    registratie: TWO_DAYS_AFTER_RECEIPT,
    ontvangstbevestiging: TWO_DAYS_AFTER_RECEIPT,
    reactie_eenvoudig: SIX_WEEKS,
    reactie_complex: SIX_WEEKS,
    verlenging: { max_dagen: 28, max_aantal: null },
  },
  wkkgz: {
    name: 'wkkgz',
    title: 'Wet kwaliteit, klachten en geschillen zorg',
    registratie: TWO_DAYS_AFTER_RECEIPT,
    ontvangstbevestiging: TWO_DAYS_AFTER_RECEIPT,
    reactie_eenvoudig: SIX_WEEKS,
    reactie_complex: SIX_WEEKS,
    verlenging: { max_dagen: 28, max_aantal: 1 },
  },
};

const TERM_KEYS = ['registratie', 'ontvangstbevestiging', 'reactie_eenvoudig', 'reactie_complex'] as const;
const UNITS: readonly TermUnit[] = ['dagen', 'werkdagen', 'weken', 'maanden'];

/**
 * The procedure in force: the preset with the config's `termijnen:` laid over it. Overrides that
 * do not fit give issues (for klachtenregister.yml) and are ignored.
 */
export function resolveProcedure(name: ProcedureName, overrides: Readonly<Record<string, unknown>>): { procedure: Procedure; issues: Issue[] } {
  const issues: Issue[] = [];
  const preset = PRESETS[name];
  const result: Record<string, unknown> = { ...preset };
  for (const [key, value] of Object.entries(overrides)) {
    const path = ['termijnen', key];
    if ((TERM_KEYS as readonly string[]).includes(key)) {
      const base = preset[key as (typeof TERM_KEYS)[number]];
      const merged = { ...base, ...(typeof value === 'object' && value !== null ? value : {}) } as Record<string, unknown>;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push(error('invalid-type', path, 'value', `'termijnen.${key}' moet een groep velden zijn (start, aantal, eenheid, doorschuiven).`));
      } else if (!isTermRule(merged)) {
        issues.push(error('invalid-value', path, 'value',
          `'termijnen.${key}' klopt niet: start is ontvangen of ingediend, aantal een geheel getal vanaf 0, eenheid een van ${UNITS.join(', ')}, doorschuiven true of false.`));
      } else {
        result[key] = merged;
      }
    } else if (key === 'verlenging') {
      const merged = { ...preset.verlenging, ...(typeof value === 'object' && value !== null ? value : {}) } as Record<string, unknown>;
      const ok = ['max_dagen', 'max_aantal'].every((k) => merged[k] === null || (Number.isInteger(merged[k]) && (merged[k] as number) >= 0))
        && Object.keys(merged).every((k) => k === 'max_dagen' || k === 'max_aantal');
      if (ok) result.verlenging = merged;
      else issues.push(error('invalid-value', path, 'value', "'termijnen.verlenging' kent alleen max_dagen en max_aantal, elk een geheel getal of null."));
    } else {
      issues.push(error('unknown-key', path, 'key', `Onbekende termijn '${key}'. Toegestaan: ${[...TERM_KEYS, 'verlenging'].join(', ')}.`));
    }
  }
  return { procedure: result as unknown as Procedure, issues };
}

function isTermRule(value: Record<string, unknown>): boolean {
  return (value.start === 'ontvangen' || value.start === 'ingediend')
    && Number.isInteger(value.aantal) && (value.aantal as number) >= 0
    && UNITS.includes(value.eenheid as TermUnit)
    && typeof value.doorschuiven === 'boolean'
    && Object.keys(value).every((k) => ['start', 'aantal', 'eenheid', 'doorschuiven'].includes(k));
}

/** How a due date was reached: the raw end of the term and every day off it was moved past. */
export interface TermComputation {
  readonly start: CalendarDate;
  readonly rule: TermRule;
  /** The end of the term before moving past days off. */
  readonly end: CalendarDate;
  readonly due: CalendarDate;
  readonly skipped: readonly { readonly date: CalendarDate; readonly off: DayOff }[];
}

/** Applies a term rule to a start date on a working calendar. */
export function computeTerm(start: CalendarDate, rule: TermRule, calendar: WorkingCalendar): TermComputation {
  let end: CalendarDate;
  switch (rule.eenheid) {
    case 'dagen': end = addDays(start, rule.aantal); break;
    case 'weken': end = addDays(start, rule.aantal * 7); break;
    case 'maanden': end = addMonths(start, rule.aantal); break;
    case 'werkdagen': end = calendar.addWorkingDays(start, rule.aantal); break;
  }
  if (!rule.doorschuiven) return { start, rule, end, due: end, skipped: [] };
  const rolled = calendar.rollForward(end);
  return { start, rule, end, due: rolled.date, skipped: rolled.skipped };
}

/** The response term's rule for a complaint: complex or not (not yet known counts as not complex). */
export function responseRule(procedure: Procedure, complex: boolean | undefined): TermRule {
  return complex === true ? procedure.reactie_complex : procedure.reactie_eenvoudig;
}
