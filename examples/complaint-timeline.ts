/**
 * How a complaint file looked on an earlier day, derived from its final version: what was known
 * at intake, at registration, after each letter and extension, at closure. Comments and key order
 * of the final file are kept. Used to give the example register a believable history.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { parseCalendarDate, type CalendarDate } from '../src/core/time/calendar-date.js';
import { splitFrontmatter } from '../src/register/frontmatter.js';

export interface TimelineEvent {
  readonly date: CalendarDate;
  /** Dutch description for the commit message, without personal data. */
  readonly label: string;
  /** Who would have made this change. */
  readonly author: string;
  /** The whole file as it was at the end of that day. */
  readonly text: string;
}

function dateAt(doc: Document, path: readonly string[]): CalendarDate | undefined {
  return parseCalendarDate(doc.getIn(path));
}

function textAt(doc: Document, path: readonly string[]): string | undefined {
  const value = doc.getIn(path);
  return typeof value === 'string' ? value : undefined;
}

/** Keeps the items of a list dated on or before `day`; removes the list when none remain. */
function filterList(doc: Document, key: string, dateKey: string, day: CalendarDate): void {
  const list = doc.get(key, true);
  if (!isSeq(list)) return;
  list.items = list.items.filter((item) => {
    const date = isMap(item) ? parseCalendarDate(item.get(dateKey)) : undefined;
    return date !== undefined && date <= day;
  });
  if (list.items.length === 0) doc.delete(key);
}

/** The file as it was at the end of `day`. */
export function versionAt(finalText: string, day: CalendarDate): string {
  const split = splitFrontmatter(finalText);
  if (split.kind !== 'split') throw new Error('Voorbeeldbestand zonder geldige frontmatter');
  const doc = parseDocument(split.matter);
  const registered = dateAt(doc, ['geregistreerd']);
  const closed = dateAt(doc, ['afhandeling', 'datum']);
  const isRegistered = registered !== undefined && registered <= day;
  const isClosed = closed !== undefined && closed <= day;

  doc.set('status', isClosed ? 'afgehandeld' : isRegistered ? 'in behandeling' : 'ontvangen');
  if (!isRegistered) {
    for (const key of ['complex', 'geregistreerd', 'klachtverantwoordelijke', 'categorie', 'ondertekening']) doc.delete(key);
    for (const key of ['adres', 'postcode', 'woonplaats', 'rol']) doc.deleteIn(['indiener', key]);
  }
  if (!isClosed) {
    doc.delete('behandelaar');
    doc.delete('afhandeling');
  }
  const complainantSigned = dateAt(doc, ['ondertekening', 'indiener', 'datum']);
  if (complainantSigned !== undefined && complainantSigned > day) doc.deleteIn(['ondertekening', 'indiener']);
  filterList(doc, 'acties', 'datum', day);
  filterList(doc, 'correspondentie', 'datum', day);
  filterList(doc, 'verlengingen', 'gemeld', day);
  return `---\n${doc.toString({ lineWidth: 0 }).replace(/^\n/, '')}---\n${split.body}`;
}

/** Every day on which the file changed, with the version of that day. */
export function timeline(finalText: string): TimelineEvent[] {
  const split = splitFrontmatter(finalText);
  if (split.kind !== 'split') throw new Error('Voorbeeldbestand zonder geldige frontmatter');
  const doc = parseDocument(split.matter);
  const received = dateAt(doc, ['ontvangen', 'datum']);
  if (!received) throw new Error('Voorbeeldbestand zonder ontvangstdatum');
  const registered = dateAt(doc, ['geregistreerd']);
  const closed = dateAt(doc, ['afhandeling', 'datum']);
  const responsible = textAt(doc, ['klachtverantwoordelijke']) ?? textAt(doc, ['ondertekening', 'directie', 'naam']) ?? 'Fenna Fictief';

  const labels = new Map<CalendarDate, string[]>();
  const authors = new Map<CalendarDate, string>();
  const add = (date: CalendarDate | undefined, label: string, author: string = responsible): void => {
    if (!date) return;
    labels.set(date, [...(labels.get(date) ?? []), label]);
    if (!authors.has(date)) authors.set(date, author);
  };
  add(received, 'klacht ontvangen', textAt(doc, ['ontvangen', 'door']) ?? responsible);
  add(registered, 'klacht geregistreerd', textAt(doc, ['ondertekening', 'directie', 'naam']) ?? responsible);
  const letters = doc.get('correspondentie');
  const letterWords: Record<string, string> = {
    ontvangstbevestiging: 'ontvangstbevestiging verstuurd', reactie: 'reactie verstuurd', verlenging: 'verlenging gemeld', oplossing: 'oplossing bevestigd',
  };
  if (isSeq(letters)) {
    for (const item of letters.items) {
      if (!isMap(item)) continue;
      const kind = String(item.get('soort'));
      const incoming = item.get('richting') === 'in';
      add(parseCalendarDate(item.get('datum')), incoming ? 'bericht van indiener vastgelegd' : letterWords[kind] ?? 'brief verstuurd');
    }
  }
  const extensions = doc.get('verlengingen');
  if (isSeq(extensions)) for (const item of extensions.items) if (isMap(item)) add(parseCalendarDate(item.get('gemeld')), 'termijn verlengd');
  const actions = doc.get('acties');
  if (isSeq(actions)) for (const item of actions.items) if (isMap(item)) add(parseCalendarDate(item.get('datum')), 'actie vastgelegd');
  add(dateAt(doc, ['ondertekening', 'indiener', 'datum']), 'ondertekening indiener vastgelegd');
  add(closed, 'klacht afgehandeld', textAt(doc, ['behandelaar']) ?? responsible);

  const events: TimelineEvent[] = [];
  let previous = '';
  for (const date of [...labels.keys()].sort()) {
    if (date < received) continue;
    const text = versionAt(finalText, date);
    if (text === previous) continue;
    previous = text;
    events.push({ date, label: [...new Set(labels.get(date))].join(', '), author: authors.get(date) ?? responsible, text });
  }
  return events;
}
