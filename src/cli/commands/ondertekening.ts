/**
 * klacht ondertekening: with --basis, checks a pull request's signatures (cli/signature-check.ts);
 * without, shows who signed complaints (cli/signature-evidence.ts).
 */
import { defineCommand } from '../command.js';
import { GITHUB_OPTIONS } from '../github.js';
import { checkPullRequest } from '../ondertekening/check.js';
import { showEvidence } from '../ondertekening/evidence.js';

export const ondertekening = defineCommand({
  spec: {
    name: 'ondertekening',
    configFromGit: true,
    summary: 'ondertekening door de directie: een pull request controleren, of laten zien wie een klacht ondertekende',
    positionals: '[klachtnummers...]',
    maxPositionals: Infinity,
    description: [
      'Met --basis: controleert een pull request. De controle beoordeelt wat samenvoegen in de basis zou',
      'opleveren (git merge-tree), niet alleen de wijzigingen van de pull request. Een pull request die een',
      'klacht registreert (status in behandeling), afhandelt (afgehandeld), de ondertekening wijzigt, een',
      'klachtbestand verwijdert, verplaatst of hernoemt, of de status terugzet, en elke andere wijziging in',
      'het register (ook klachtenregister.yml en .github/), is pas ondertekend als een directielid uit',
      'klachtenregister.yml de laatste commit heeft goedgekeurd (approve). De goedkeuringen komen uit de',
      'GitHub-API, niet uit git. Een goedkeuring telt alleen van wie de laatste commit niet zelf maakte,',
      'verstuurde of (bij een formulier) invulde: vier ogen, zonder uitzondering, ook niet voor een',
      'directie van één persoon.',
      'De basis is de branch waar de pull request naartoe gaat, met zijn volledige naam',
      '(refs/remotes/origin/main): een naam die ook een tag of andere ref is, of een commit, wordt',
      'geweigerd. De directie komt uit klachtenregister.yml op die branch zoals die nu is: een pull request',
      'kan zichzelf geen directielid maken. Staat daar geen klachtenregister.yml, dan is niets te',
      'ondertekenen en faalt de controle. Ze faalt ook bij meer dan één gemeenschappelijk beginpunt (merge',
      'base) of een samenvoegconflict, bij een snelkoppeling (symbolische link) in complaints/ of analyses/,',
      'en bij een bestandsnaam daar met een stuurteken, een | of een opdracht voor GitHub Actions (##[).',
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
      'nagekeken en pas "geverifieerd bij GitHub" genoemd als het klachtbestand nu precies is wat de',
      'directie goedkeurde; anders staat erbij wat daarna veranderde.',
    ].join('\n'),
    options: {
      basis: { type: 'string', valueName: 'branch', description: 'De branch waar de pull request naartoe gaat, met zijn volledige naam (bijv. refs/remotes/origin/main).' },
      kop: { type: 'string', valueName: 'ref', description: 'De laatste commit van de pull request (standaard HEAD); moet de laatste commit zijn die GitHub van de pull request kent.' },
      pr: { type: 'string', valueName: 'nummer', description: 'Het nummer van de pull request.' },
      status: { type: 'boolean', description: 'Zet het oordeel als commitstatus "Ondertekening door de directie" op de laatste commit; uitkomst 0 als dat lukte, 2 als niet.' },
      ...GITHUB_OPTIONS,
      samenvatting: { type: 'string', valueName: 'bestand', description: 'Schrijf de uitkomst als Markdown in dit bestand ("$GITHUB_STEP_SUMMARY").' },
    },
    examples: ['klacht ondertekening --basis refs/remotes/origin/main --kop "$HEAD_SHA" --pr 12 --status', 'klacht ondertekening KL-2026-007', 'klacht ondertekening --json'],
  },
  async run(context) {
    const base = context.values.basis;
    return base === undefined ? showEvidence(context) : checkPullRequest(context, base);
  },
});
