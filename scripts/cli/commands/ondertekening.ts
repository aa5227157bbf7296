/**
 * klacht ondertekening: with --basis, checks a pull request's signatures (cli/signature-check.ts);
 * without, shows who signed complaints (cli/signature-evidence.ts).
 */
import type { Command } from '../command.js';
import { GITHUB_OPTIONS } from '../github.js';
import { checkPullRequest } from '../signature-check.js';
import { showEvidence } from '../signature-evidence.js';

export const ondertekening: Command = {
  spec: {
    name: 'ondertekening',
    configFromGit: true,
    summary: 'ondertekening door de directie: een pull request controleren, of laten zien wie een klacht ondertekende',
    positionals: '[klachtnummers...]',
    maxPositionals: Infinity,
    description: [
      'Met --basis: controleert een pull request. Een pull request die een klacht registreert (status in',
      'behandeling), afhandelt (afgehandeld), de ondertekening wijzigt, een klachtbestand verwijdert,',
      'verplaatst of hernoemt, of de status terugzet (bijv. afgehandeld naar in behandeling), is pas',
      'ondertekend als een directielid uit klachtenregister.yml de laatste commit heeft goedgekeurd',
      '(approve). De goedkeuringen komen uit de GitHub-API, niet uit git. Een goedkeuring telt alleen',
      'van iemand die de laatste commit niet zelf maakte (vier ogen).',
      'De lijst van de directie komt uit de basis van de pull request: een pull request kan zichzelf',
      'geen directielid maken. Staat er op de basis geen klachtenregister.yml, dan is niets te',
      'ondertekenen en faalt de controle. Een snelkoppeling (symbolische link) in complaints/ of',
      'analyses/ laat de controle altijd falen.',
      'Is de directie één persoon en opende en maakte die de pull request zelf, dan telt die pull',
      'request als handtekening als een medewerker de laatste commit goedkeurde. Een pull request van',
      'een workflow (een formulier) keurt de directie gewoon zelf goed.',
      'Uitkomst 1 als er een handtekening ontbreekt.',
      '',
      'Met --status zet de controle haar oordeel ook als commitstatus "Ondertekening door de directie"',
      'op de laatste commit (nodig: GITHUB_TOKEN met statuses: write). Die status is dan het oordeel:',
      'uitkomst 0 als de status gezet is, ook als die "mislukt" zegt, zodat de taak zelf geen tweede',
      'oordeel met een andere naam wordt; uitkomst 2 als de status niet gezet kon worden.',
      '',
      'Zonder --basis: laat per klacht zien welke pull request de registratie en de afhandeling',
      'binnenbracht, wie die goedkeurde en wanneer. Wat alleen uit git komt (de titel van een',
      'samenvoegcommit, een regel "Goedgekeurd-door:") heet "niet geverifieerd": iedereen met',
      'schrijfrechten kan zo\'n commit maken. Met GITHUB_TOKEN wordt elke goedkeuring bij GitHub',
      'nagekeken en pas dan "geverifieerd bij GitHub" genoemd.',
    ].join('\n'),
    options: {
      basis: { type: 'string', valueName: 'ref', description: 'De basis van de pull request (bijv. origin/main of een commit).' },
      kop: { type: 'string', valueName: 'ref', description: 'De laatste commit van de pull request (standaard HEAD); moet de laatste commit zijn die GitHub van de pull request kent.' },
      pr: { type: 'string', valueName: 'nummer', description: 'Het nummer van de pull request.' },
      status: { type: 'boolean', description: 'Zet het oordeel als commitstatus "Ondertekening door de directie" op de laatste commit; uitkomst 0 als dat lukte, 2 als niet.' },
      ...GITHUB_OPTIONS,
      samenvatting: { type: 'string', valueName: 'bestand', description: 'Schrijf de uitkomst als Markdown in dit bestand ("$GITHUB_STEP_SUMMARY").' },
    },
    examples: ['klacht ondertekening --basis origin/main --kop "$HEAD_SHA" --pr 12 --status', 'klacht ondertekening KL-2026-007', 'klacht ondertekening --json'],
  },
  async run(context) {
    const base = context.values.basis;
    return typeof base === 'string' ? checkPullRequest(context, base) : showEvidence(context);
  },
};
