/**
 * How a due date was reached, in Dutch: the term, every holiday or day off inside it or skipped at
 * its end, and every extension. Never free text from a complaint file (names, reasons,
 * descriptions): only dates, terms and the names of holidays, since it is shown in GitHub issues.
 */
import { addDays, compareDates, isoWeekday, type CalendarDate } from './calendar-date.js';
import type { DayOff, WorkingCalendar } from './dutch-calendar.js';
import { formatDateDutch, formatDateWithWeekday, listDutch, plural } from '../text/dutch.js';
import type { LedgerEntry } from './extension-ledger.js';
import type { Procedure, TermComputation, TermRule } from './procedure.js';

const UNIT_WORDS: Readonly<Record<TermRule['eenheid'], [string, string]>> = {
  dagen: ['dag', 'dagen'],
  werkdagen: ['werkdag', 'werkdagen'],
  weken: ['week', 'weken'],
  maanden: ['maand', 'maanden'],
};

function describeDayOff(date: CalendarDate, off: DayOff): string {
  switch (off.reason) {
    case 'holiday': return `${off.name} ${formatDateDutch(date)}`;
    case 'weekend': return `${off.name} ${formatDateDutch(date)}`;
    case 'vrije-dag': return `vrije dag ${formatDateDutch(date)} (klachtenregister.yml)`;
  }
}

/** "ontvangen 2 maart 2026 + 2 dagen = 4 maart 2026; valt op zaterdag 4 april 2026, verschoven naar maandag 6 april 2026". */
export function explainTerm(startWord: string, term: TermComputation, calendar: WorkingCalendar, note = ''): string {
  const [one, many] = UNIT_WORDS[term.rule.eenheid];
  let text = `${startWord} ${formatDateDutch(term.start)} + ${plural(term.rule.aantal, one, many)}${note}`;
  if (term.rule.eenheid === 'werkdagen') {
    // Holidays and days off inside the count are named: they are why the end is later than it looks.
    const skippedInside: string[] = [];
    for (let day = term.start; compareDates(day, term.end) < 0;) {
      day = addDays(day, 1);
      const off = calendar.dayOff(day);
      // A holiday on a weekend day would not have counted anyway.
      if (off && off.reason !== 'weekend' && isoWeekday(day) <= 5) skippedInside.push(describeDayOff(day, off));
    }
    if (skippedInside.length > 0) text += ` (${listDutch(skippedInside)} ${skippedInside.length === 1 ? 'telt' : 'tellen'} niet mee)`;
  }
  text += ` = ${formatDateDutch(term.end)}`;
  const [first, ...rest] = term.skipped;
  if (first) {
    text += `; valt op ${describeDayOff(first.date, first.off)}`;
    if (rest.length > 0) text += `, daarna ${listDutch(rest.map((s) => describeDayOff(s.date, s.off)))}`;
    text += `, verschoven naar ${formatDateWithWeekday(term.due)}`;
  }
  return text;
}

/** One extension in the explanation of the response term: its new term, or why it does not count. */
export function explainExtension(entry: LedgerEntry, procedure: Procedure): string {
  const { notified, newDue } = entry.extension;
  const number = `verlenging ${entry.index + 1}`;
  const when = notified ? `gemeld ${formatDateDutch(notified)}` : 'niet gemeld';
  switch (entry.problem) {
    case undefined:
      return `${number} (${when}${entry.shortNotice ? ', niet ruim voor het verstrijken' : ''}): nieuwe termijn ${formatDateDutch(newDue as CalendarDate)}`;
    case 'late':
      return `${number} telt niet: ${when}, op of na de termijn van ${formatDateDutch(entry.extends)}`;
    case 'not-notified':
      return `${number} telt niet: de datum van melding (gemeld) ontbreekt`;
    case 'no-new-term':
      return `${number} telt niet: de nieuwe termijn ontbreekt`;
    case 'not-later':
      return `${number} telt niet: de nieuwe termijn ligt niet na ${formatDateDutch(entry.extends)}`;
    case 'too-many':
      return `${number} telt niet: de procedure staat ${plural(procedure.verlenging.max_aantal ?? 0, 'verlenging', 'verlengingen')} toe`;
    case 'too-long':
      return `${number} telt niet: samen langer dan ${plural(procedure.verlenging.max_dagen ?? 0, 'dag', 'dagen')} verlenging`;
  }
}
