/**
 * klacht zoek: finds complaints, open and closed, by complaint number, the complainant's name, the
 * description or the category. A hit that needs a personal field (the name, the description) says
 * who complained about what: it is shown only to a person at a terminal, or with --json, and never
 * in a GitHub Actions run, whose log GitHub keeps. The search text itself is never repeated.
 */
import { formatDateDutch, plural } from '../../core/text/dutch.js';
import { searchComplaints } from '../../core/complaint/search.js';
import { notReadFinding } from '../../register/check-file.js';
import { complaintsOf } from '../../register/load.js';
import { defineCommand } from '../command.js';
import { printJson } from '../context.js';
import { UsageError } from '../errors.js';
import { loadDeadlines } from '../load.js';

export const zoek = defineCommand({
  spec: {
    name: 'zoek',
    summary: 'zoekt klachten, open en afgehandeld, op klachtnummer, naam, omschrijving of categorie',
    positionals: '<tekst>',
    maxPositionals: 1,
    description: [
      'Zoekt in alle klachten, ook de afgehandelde: het klachtnummer (KL-2026-7 vindt KL-2026-007), de naam',
      'van de indiener, de omschrijving en de categorie. Elk woord moet ergens voorkomen; hoofdletters,',
      'accenten en extra spaties tellen niet mee. Toont klachtnummer, status, datums en waar het gevonden is.',
      'Een klacht die alleen op naam of omschrijving gevonden wordt, zegt wie waarover klaagde: die ziet u',
      'alleen in een terminal of met --json, nooit in het log van een GitHub Actions-run.',
      'Een klachtbestand dat niet gelezen is (groter dan 1 MB, geen tekst, leeg), is niet doorzocht; klacht zoek noemt het.',
      'Uitkomst: 0 gevonden, 1 niets gevonden, 2 verkeerd gebruik.',
    ].join('\n'),
    options: {},
    examples: ['klacht zoek KL-2026-7', 'klacht zoek "de vries"', 'klacht zoek planning', 'klacht zoek jansen --json'],
  },
  async run(context) {
    const query = context.positionals[0]?.trim() ?? '';
    if (query === '') throw new UsageError('Zeg waarnaar u zoekt: klacht zoek <tekst>, bijvoorbeeld klacht zoek KL-2026-7 of klacht zoek planning.', 'zoek');
    const { loaded } = await loadDeadlines(context, { complaintsOnly: true });
    const hits = searchComplaints(complaintsOf(loaded), query);
    // Files not read at all (too large, not text) were not searched: said, so "niets gevonden" is not taken for "er is niets".
    const notRead = loaded.files.flatMap((f) => {
      const reason = notReadFinding(f.findings);
      return reason ? [{ file: f.file, rule: reason.rule, message: reason.message }] : [];
    });
    // A person at a terminal (or a program asking for JSON) may see who complained; a workflow's log may not.
    const personalShown = (context.io.stdoutIsTty || context.json) && !context.actions;
    const shown = hits.filter((hit) => personalShown || !hit.personal);
    const hidden = hits.length - shown.length;
    if (context.json) {
      printJson(context, { complaints: shown, ...(hidden > 0 ? { verborgen: hidden } : {}), ...(notRead.length > 0 ? { not_read: notRead } : {}) });
      return hits.length > 0 ? 0 : 1;
    }
    for (const hit of shown) {
      const dates = [hit.ingediend && `ingediend ${formatDateDutch(hit.ingediend)}`, hit.afgehandeld && `afgehandeld ${formatDateDutch(hit.afgehandeld)}`].filter(Boolean).join(', ');
      context.io.stdout(`${hit.id}  ${hit.status ?? 'status onbekend'}${dates ? `  ${dates}` : ''}  gevonden in: ${hit.fields.join(', ')}\n`);
    }
    if (hits.length === 0) context.io.stdout('Niets gevonden.\n');
    else context.io.stdout(`${plural(hits.length, 'klacht', 'klachten')} gevonden.\n`);
    if (hidden > 0) {
      context.io.stdout(`${plural(hidden, 'klacht is', 'klachten zijn')} alleen op naam of omschrijving gevonden; die worden niet getoond in een log. Zoek in een terminal om ze te zien.\n`);
    }
    for (const skipped of notRead) context.io.stdout(`Niet doorzocht: ${skipped.file}: ${skipped.message}\n`);
    return hits.length > 0 ? 0 : 1;
  },
});
