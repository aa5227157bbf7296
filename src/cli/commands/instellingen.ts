/**
 * klacht instellingen: audits the GitHub settings the directie's signature depends on. Reads them
 * (github/settings.ts), judges them (core/settings-audit.ts), prints one line per setting, and with
 * --overzicht puts the result in its own part of the dashboard issue (github/dashboard.ts).
 */
import { REQUIRED_CHECKS } from '../../core/github-policy/register-checks.js';
import { auditSettings, MAX_RETENTION_DAYS, type SettingFinding } from '../../core/github-policy/settings-audit.js';
import { SETTINGS_SECTION, settingsMarkdown, settingsVerdict } from '../../core/github-policy/settings-markdown.js';
import type { GitHubSettings } from '../../core/github-policy/repository-settings.js';
import { parseConfig } from '../../register/config.js';
import { defineCommand } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { RunError } from '../errors.js';
import { escapeData, escapeProperty } from '../output.js';
import { connectGitHub, githubToken, type GitHubConnection, GITHUB_OPTIONS } from '../github.js';
import type { DashboardWrite } from '../../github/dashboard.js';
import { appendJobSummary } from '../job-summary.js';

/** An optional second token for reading only: a personal token with "Administration: Read-only". */
const READ_TOKEN = 'KLACHT_INSTELLINGEN_TOKEN';

export const instellingen = defineCommand({
  spec: {
    name: 'instellingen',
    summary: 'controleert de instellingen van de GitHub-repository waar de ondertekening op rust',
    usesRegister: false,
    description: [
      'Leest de instellingen van de GitHub-repository en zegt per instelling of die in orde is, en zo',
      'niet, waar u dat in GitHub verandert: privé; forken uit; een abonnement dat de regels afdwingt',
      '(Team of Pro: op Free zijn reviews en rulesets bij een privérepository alleen advies); op de',
      'hoofdtak een ruleset of branch protection met: pull request verplicht, review door een code owner,',
      'goedkeuring vervalt bij nieuwe commits, laatste push goedgekeurd door een ander, de verplichte',
      `controles (${REQUIRED_CHECKS.map((c) => `'${c}'`).join(' en ')}), geen force push, niet`,
      'verwijderen en niemand die de regels mag omzeilen; de samenvoegmethoden (geen rebase); workflows',
      'standaard alleen-lezen; of Actions pull requests mag maken en goedkeuren (alleen veilig met',
      `verplichte review door een code owner); een bewaartijd van logs en artifacts van hoogstens ${MAX_RETENTION_DAYS} dagen;`,
      'dat CODEOWNERS werkt (GitHub vindt er geen fouten in) en elk directielid uit klachtenregister.yml',
      'schrijfrechten heeft; een tag-ruleset die schrijvers geen tags laat maken of verplaatsen; en dat het',
      'token voor de instellingen alleen in de omgeving "instellingen" staat, die alleen de hoofdtak mag',
      'gebruiken. Een interne repository (internal) telt niet als privé.',
      '',
      `Het token komt uit ${READ_TOKEN} of anders GITHUB_TOKEN; het wordt nooit getoond. Het token van`,
      'een workflow mag de beheerinstellingen (branch protection, Actions) niet lezen: die staan dan als',
      '"onbekend", met waar u ze zelf nakijkt. Een fine-grained persoonlijk token met "Administration:',
      `Read-only" (en "Metadata: Read-only") op deze repository leest alles; zet het in ${READ_TOKEN}.`,
      'Met --overzicht komt de uitkomst in het overzichtsissue "Klachtenregister", in een eigen deel dat',
      'klacht meldingen laat staan; daarvoor schrijft GITHUB_TOKEN (permissions: issues: write).',
      '',
      'Uitkomst: 0 = alles wat gelezen kon worden is in orde; 1 = iets staat niet goed; 2 = kon niet',
      'draaien (geen token, repository niet gevonden, geen verbinding). Een instelling die het token niet',
      'mocht lezen is "onbekend", geen fout: anders zou de workflow met zijn eigen token altijd rood zijn',
      'en leert iedereen rood te negeren. Met --streng geeft "onbekend" uitkomst 2 (niet kunnen lezen),',
      'voor een run met een token dat alles mag lezen.',
    ].join('\n'),
    options: {
      ...GITHUB_OPTIONS,
      overzicht: { type: 'boolean', description: 'Zet de uitkomst ook in het overzichtsissue "Klachtenregister" (eigen deel; de rest blijft staan).' },
      streng: { type: 'boolean', description: 'Een instelling die niet gelezen kon worden geeft uitkomst 2.' },
      samenvatting: { type: 'string', valueName: 'bestand', description: 'Voeg de uitkomst als Markdown toe aan dit bestand ("$GITHUB_STEP_SUMMARY").' },
    },
    examples: [
      'GITHUB_TOKEN=... klacht instellingen --repo liberi/klachten',
      'KLACHT_INSTELLINGEN_TOKEN=... klacht instellingen --repo liberi/klachten --json',
      'klacht instellingen --overzicht --samenvatting "$GITHUB_STEP_SUMMARY"   (in een workflow)',
    ],
  },
  async run(context) {
    const readToken = context.io.env[READ_TOKEN]?.trim() || githubToken(context);
    if (!readToken) {
      throw new RunError(`GITHUB_TOKEN ontbreekt: de instellingen staan in GitHub. In GitHub Actions: geef de stap \`env: GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}\`; lokaal: een fine-grained persoonlijk token met "Administration: Read-only" op de repository, in ${READ_TOKEN} of GITHUB_TOKEN.`);
    }
    const reader = await connectGitHub(context, readToken, 'instellingen');
    const settings = await read(reader);
    const findings = auditSettings(settings, REQUIRED_CHECKS);
    const name = settings.repository.fullName;
    const markdown = settingsMarkdown(findings, name, context.today);
    appendJobSummary(context, `${markdown}\n`);

    // People see the report before the dashboard is written, so a failure there still leaves it;
    // JSON is one document, with the dashboard's issue in it.
    const overview = context.values.overzicht === true;
    if (context.json) {
      printJson(context, jsonReport(settings, findings, overview ? await writeDashboard(context, reader, readToken, markdown) : undefined));
    } else {
      report(context, settings, findings);
      if (overview) {
        const dashboard = await writeDashboard(context, reader, readToken, markdown);
        context.io.stdout(`Overzichtsissue #${dashboard.number} ${dashboard.action === 'created' ? 'gemaakt' : dashboard.action === 'updated' ? 'bijgewerkt' : 'was al bij'}.\n`);
      }
    }

    if (findings.some((f) => f.state === 'wrong')) return 1;
    if (context.values.streng === true && findings.some((f) => f.state === 'unknown')) {
      context.io.stderr('klacht: niet alle instellingen konden gelezen worden (--streng).\n');
      return 2;
    }
    return 0;
  },
});

/** The directie's GitHub logins in a klachtenregister.yml's text (the default branch's, read through the API). */
function directieLogins(text: string): string[] {
  return parseConfig(Buffer.from(text, 'utf8')).config.management.flatMap((p) => (p.github ? [p.github] : []));
}

async function read({ client, repository, github }: GitHubConnection): Promise<GitHubSettings> {
  const { readSettings } = await import('../../github/settings.js');
  try {
    return await readSettings(client, repository, directieLogins);
  } catch (error) {
    const status = github.statusOf(error);
    if (status === 403 || status === 404) {
      throw new RunError(`Repository ${repository.owner}/${repository.repo} niet gevonden (${status}), of het token heeft er geen toegang toe. Controleer --repo of GITHUB_REPOSITORY, en of het token toegang heeft tot deze repository ("Metadata: Read-only").`);
    }
    throw new RunError(github.explainGitHubError(error, repository).message);
  }
}

/** The dashboard is written with GITHUB_TOKEN (issues: write), also when a read-only token read the settings. */
async function writeDashboard(context: CommandContext, reader: GitHubConnection, readToken: string, markdown: string): Promise<DashboardWrite> {
  const writeToken = githubToken(context) ?? readToken;
  const { client, repository, github } = writeToken === readToken ? reader : await connectGitHub(context, writeToken, 'instellingen');
  const { writeDashboardSection } = await import('../../github/dashboard.js');
  try {
    return await writeDashboardSection(client, repository, SETTINGS_SECTION, markdown);
  } catch (error) {
    throw new RunError(`Het overzichtsissue bijwerken lukte niet: ${github.explainGitHubError(error, repository).message}`);
  }
}

const WORDS = { ok: 'in orde', wrong: 'FOUT', unknown: 'onbekend' } as const;

function jsonReport(settings: GitHubSettings, findings: readonly SettingFinding[], dashboard: DashboardWrite | undefined): unknown {
  return {
    ok: !findings.some((f) => f.state === 'wrong'),
    repository: settings.repository.fullName,
    default_branch: settings.repository.defaultBranch,
    unreadable: findings.filter((f) => f.state === 'unknown').length,
    settings: findings.map(({ setting, state, label, message, where }) => ({ setting, state, label, message, where })),
    ...(dashboard ? { dashboard } : {}),
  };
}

function report(context: CommandContext, settings: GitHubSettings, findings: readonly SettingFinding[]): void {
  const { colors, io } = context;
  const paint = { ok: colors.green, wrong: colors.red, unknown: colors.yellow } as const;
  io.stdout(`Instellingen van ${settings.repository.fullName} (hoofdtak ${settings.repository.defaultBranch}):\n\n`);
  for (const f of findings) {
    io.stdout(`${paint[f.state](WORDS[f.state].padEnd(9))} ${f.label}: ${f.message}\n`);
    if (f.state !== 'ok') io.stdout(`${' '.repeat(10)}${f.state === 'wrong' ? 'Waar' : 'Nakijken'}: ${f.where}\n`);
  }
  io.stdout(`\n${settingsVerdict(findings)}\n`);
  if (context.actions) {
    for (const f of findings.filter((x) => x.state !== 'ok')) {
      io.stdout(`::${f.state === 'wrong' ? 'error' : 'warning'} title=${escapeProperty(`klacht instellingen: ${f.label}`)}::${escapeData(`${f.message} ${f.state === 'wrong' ? 'Waar' : 'Nakijken'}: ${f.where}`)}\n`);
    }
  }
}
