/**
 * klacht ondertekening: with --basis, checks a pull request's signatures (cli/signature-check.ts);
 * without, shows who signed complaints (cli/signature-evidence.ts).
 */
import type { Command } from '../command.js';
import { checkPullRequest } from '../signature-check.js';
import { showEvidence } from '../signature-evidence.js';

export const ondertekening: Command = {
  spec: {
    name: 'ondertekening',
    summary: 'ondertekening door de directie: een pull request controleren, of laten zien wie een klacht ondertekende',
    positionals: '[klachtnummers...]',
    maxPositionals: Infinity,
    description: [
      'Een pull request die een klacht registreert (status in behandeling), afhandelt (afgehandeld) of de',
      'ondertekening wijzigt, is pas ondertekend als een directielid uit klachtenregister.yml de laatste',
      'commit heeft goedgekeurd (approve). De goedkeuringen komen uit de GitHub-API, niet uit git.',
      'De lijst van de directie komt uit de basis van de pull request: een pull request kan zichzelf',
      'geen directielid maken. Is de directie één persoon en opende die de pull request zelf, dan telt',
      'die pull request als handtekening als een medewerker de laatste commit goedkeurde.',
      'Uitkomst 1 als er een handtekening ontbreekt.',
      '',
      'Zonder --basis: laat per klacht zien welke pull request de registratie en de afhandeling',
      'binnenbracht, wie die goedkeurde en wanneer. Uit git (samenvoegcommits); met GITHUB_TOKEN ook',
      'de goedkeuringen uit GitHub.',
    ].join('\n'),
    options: {
      basis: { type: 'string', valueName: 'ref', description: 'De basis van de pull request (bijv. origin/main of een commit).' },
      kop: { type: 'string', valueName: 'ref', description: 'De laatste commit van de pull request (standaard HEAD).' },
      pr: { type: 'string', valueName: 'nummer', description: 'Het nummer van de pull request.' },
      repo: { type: 'string', valueName: 'eigenaar/naam', description: 'De GitHub-repository (standaard: GITHUB_REPOSITORY).' },
      'api-url': { type: 'string', valueName: 'url', description: 'De GitHub-API (standaard: GITHUB_API_URL of https://api.github.com).' },
      samenvatting: { type: 'string', valueName: 'bestand', description: 'Schrijf de uitkomst als Markdown in dit bestand ("$GITHUB_STEP_SUMMARY").' },
    },
    examples: ['klacht ondertekening --basis origin/main --pr 12', 'klacht ondertekening KL-2026-007', 'klacht ondertekening --json'],
  },
  async run(context) {
    const base = context.values.basis;
    return typeof base === 'string' ? checkPullRequest(context, base) : showEvidence(context);
  },
};
