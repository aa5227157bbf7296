/**
 * The audit of GitHub's settings as Markdown: for the job summary and for the settings part of the
 * dashboard issue. No personal data: only setting names, states and menu paths.
 */
import type { CalendarDate } from '../time/calendar-date.js';
import { formatDateWithWeekday } from '../text/dutch.js';
import { escapeMarkdown } from '../text/markdown-escape.js';
import type { SettingFinding, SettingState } from './settings-audit.js';

export const SETTINGS_SECTION = 'instellingen';

const STATE_WORDS: Readonly<Record<SettingState, string>> = { ok: 'in orde', wrong: '**FOUT**', unknown: 'onbekend' };

/** One Dutch sentence with the counts. */
export function settingsVerdict(findings: readonly SettingFinding[]): string {
  const wrong = findings.filter((f) => f.state === 'wrong').length;
  const unknown = findings.filter((f) => f.state === 'unknown').length;
  const head = wrong === 0 ? 'Alle leesbare instellingen zijn in orde' : `${wrong} ${wrong === 1 ? 'instelling is' : 'instellingen zijn'} niet in orde`;
  return `${head}${unknown > 0 ? `; ${unknown} ${unknown === 1 ? 'kon' : 'konden'} dit token niet lezen` : ''}.`;
}

/** The audit as a Markdown section: heading, verdict, and a table with where to click. */
export function settingsMarkdown(findings: readonly SettingFinding[], repository: string, today: CalendarDate): string {
  const cell = escapeMarkdown;
  return [
    '### Instellingen van GitHub',
    '',
    `Gecontroleerd op ${formatDateWithWeekday(today)} in ${cell(repository)} met \`klacht instellingen\`. ${settingsVerdict(findings)}`,
    '',
    '| Instelling | Stand | Toelichting | Waar in GitHub |',
    '| --- | --- | --- | --- |',
    ...findings.map((f) => `| ${cell(f.label)} | ${STATE_WORDS[f.state]} | ${cell(f.message)} | ${f.state === 'ok' ? '' : cell(f.where)} |`),
    '',
    '_"Onbekend" betekent: het token mocht deze instelling niet lezen. Dat is geen fout, maar ook geen bewijs dat het goed staat: kijk het na in GitHub, of laat de workflow lezen met een token met "Administration: Read-only"._',
    '',
  ].join('\n');
}
