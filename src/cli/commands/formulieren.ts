/** klacht formulieren: the register's forms in GitHub made anew from klachtenregister.yml. */
import { loadConfig } from '../../register/config.js';
import { registerToolAction, writeForms } from '../../register/forms.js';
import { defineCommand } from '../command.js';
import { printJson } from '../context.js';
import { RunError } from '../errors.js';
import { resolveAction } from './init.js';

export const formulieren = defineCommand({
  spec: {
    name: 'formulieren',
    summary: 'maakt de formulieren in GitHub opnieuw, met de keuzes uit klachtenregister.yml',
    description: [
      'Schrijft de formulieren (.github/workflows/formulier-*.yml) opnieuw: één per stap van de procedure,',
      'en "Documenten maken". De keuzes (mensen, rol, categorie) komen uit klachtenregister.yml: doe dit na',
      'elke wijziging daarvan, in dezelfde pull request; klacht valideer meldt een formulier dat niet meer klopt.',
      'De formulieren gebruiken dezelfde versie van klacht als de andere workflows van het register.',
    ].join('\n'),
    options: {
      actie: { type: 'string', valueName: 'eigenaar/naam@versie', description: 'Een andere versie van klacht (standaard: die de workflows van het register al gebruiken).' },
      'dry-run': { type: 'boolean', description: 'Zeg alleen welke formulieren zouden veranderen; schrijf niets.' },
    },
    examples: ['klacht formulieren', 'klacht formulieren --dry-run'],
  },
  async run(context) {
    const given = context.values.actie;
    const action = given ? await resolveAction(given) : registerToolAction(context.root);
    if (!action) {
      throw new RunError('Geen workflow van dit register noemt de actie van klacht op een commit. Geef de versie met --actie eigenaar/naam@versie (zie klacht init).');
    }
    const { config } = loadConfig(context.root);
    const dryRun = context.values['dry-run'] === true;
    const written = writeForms(context.root, config, action, dryRun);
    if (context.json) {
      printJson(context, { dry_run: dryRun, forms: written });
      return 0;
    }
    for (const { path, state } of written) context.io.stdout(`${path}: ${dryRun && state !== 'ongewijzigd' ? `zou ${state === 'nieuw' ? 'nieuw zijn' : 'bijgewerkt worden'}` : state}\n`);
    const changed = written.filter((w) => w.state !== 'ongewijzigd').length;
    context.io.stdout(changed === 0 ? 'Alle formulieren kloppen al.\n' : dryRun ? 'Er is niets geschreven (--dry-run).\n' : 'Leg de wijziging vast in een pull request; de directie keurt hem goed.\n');
    return 0;
  },
});
