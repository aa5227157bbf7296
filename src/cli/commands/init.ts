/**
 * klacht init: a new register repository. The answers come from options or, on a terminal, from
 * questions; the files from core/register-files.ts; the workflows are pinned to the released tool
 * by the commit its version tag points at (asked with git ls-remote), or to a commit given.
 */
import { resolve } from 'node:path';
import { PROCEDURE_NAMES, type ProcedureName } from '../../core/complaint/schema-vocabulary.js';
import { DEFAULT_CATEGORIES, GITHUB_LOGIN, registerFiles, type InitAnswers, type InitPerson } from '../../core/github-policy/register-files.js';
import { FULL_SHA, type ToolAction } from '../../core/github-policy/tool-action.js';
import { tagCommit } from '../../git/remote-tags.js';
import { openRepository, runGit } from '../../git/repository.js';
import { checkNotInsideRegister } from '../../register/folder.js';
import { checkInitTarget, writeRegisterFiles } from '../../register/init.js';
import { nearestExisting, realPathOf } from '../../register/paths.js';
import type { OptionSpecs } from '../args.js';
import { defineCommand } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { RunError, UsageError } from '../errors.js';
import { TOOL_REPOSITORY, VERSION } from '../release.js';
import { askYesNo, SELECT_THEME } from '../dutch-prompts.js';

/** klacht init's options: the answers that the questions on a terminal ask otherwise. */
const OPTIONS = {
  organisatie: { type: 'string', valueName: 'naam', description: 'Naam van de organisatie (voor het briefhoofd).' },
  email: { type: 'string', valueName: 'adres', description: 'Algemeen e-mailadres van de organisatie.' },
  telefoon: { type: 'string', valueName: 'nummer', description: 'Algemeen telefoonnummer van de organisatie.' },
  adres: { type: 'string', valueName: 'adres', description: 'Postadres van de organisatie, op één regel.' },
  procedure: { type: 'string', valueName: 'naam', description: `Welke termijnen gelden: ${PROCEDURE_NAMES.join(', ')} (standaard liberi).` },
  directie: { type: 'string', multiple: true, valueName: 'naam=github', description: 'Een directielid met GitHub-gebruikersnaam; herhaal voor elk directielid.' },
  medewerker: { type: 'string', multiple: true, valueName: 'naam[=github]', description: 'Een medewerker, met of zonder GitHub-gebruikersnaam; herhaal voor elke medewerker.' },
  categorieen: { type: 'string', valueName: 'lijst', description: `Categorieën, met komma's ertussen (standaard: ${DEFAULT_CATEGORIES.join(', ')}).` },
  actie: { type: 'string', valueName: 'eigenaar/naam@versie', description: `Welke klacht de workflows gebruiken: een versie (v${VERSION}) of een commit (40 tekens) (standaard ${TOOL_REPOSITORY}@v${VERSION}).` },
} as const satisfies OptionSpecs;

export const init = defineCommand({
  spec: {
    name: 'init',
    usesRegister: false,
    summary: 'maakt een nieuw klachtenregister: instellingen, regels voor GitHub en workflows',
    positionals: '<map>',
    maxPositionals: 1,
    description: [
      'Maakt in <map> (nieuw of leeg) een klachtenregister: klachtenregister.yml, complaints/, een README',
      'voor de directie, .github/CODEOWNERS (alles hoort bij de directie), de workflows die klacht',
      'gebruiken (vastgezet op één versie, met de commit erbij), Dependabot voor nieuwe versies, en',
      'sjablonen voor pull requests en issues zonder persoonsgegevens. klacht init overschrijft niets.',
      'Geef de gegevens met opties; in een terminal vraagt klacht wat er nog ontbreekt. Verplicht:',
      '--organisatie en ten minste één --directie (naam en GitHub-gebruikersnaam). Geef ook elke',
      'medewerker die klachten aanneemt of behandelt (--medewerker): de formulieren bieden alleen wie hier staat.',
      `De workflows gebruiken standaard klacht v${VERSION} uit ${TOOL_REPOSITORY}; klacht zoekt de commit`,
      'van die versie op bij GitHub (git ls-remote), voordat klacht iets vraagt. Zonder internet: geef',
      '--actie met de commit zelf.',
    ].join('\n'),
    options: OPTIONS,
    examples: [
      'klacht init mijn-register',
      'klacht init . --organisatie "Liberi Coaching B.V." --directie "Fenna Fictief=fenna-fictief"',
      `klacht init register --organisatie "Zorg B.V." --directie "A. Bakker=abakker" --actie ${TOOL_REPOSITORY}@0123456789abcdef0123456789abcdef01234567`,
    ],
  },
  async run(context) {
    const folder = context.positionals[0];
    if (folder === undefined) throw new UsageError('Geef de map voor het nieuwe register op: klacht init <map> (een punt voor de huidige map).', 'init');
    if (context.values.register !== undefined) throw new UsageError('klacht init krijgt de map als argument, niet met --register: klacht init <map>.', 'init');
    const root = resolve(context.io.cwd, folder);
    // Before any question: a folder that can't take the register is said at once.
    checkInitTarget(root, registerFiles(placeholderAnswers()));
    checkNotInsideRegister(root);
    await checkNotInsideRepository(root);
    // The version to pin is looked up before the questions: offline, nobody answers them in vain.
    const action = await resolveAction(stringValue(context.values.actie));
    const partial = await collectAnswers(context);
    const answers: InitAnswers = { ...partial, action };
    const files = registerFiles(answers);
    writeRegisterFiles(root, files);
    const startedGit = await startGit(root);
    if (context.json) {
      printJson(context, { folder: root, files: files.map((f) => f.path), action, git: startedGit ? 'nieuw' : 'bestaand' });
      return 0;
    }
    const out = context.io.stdout;
    out(`Klachtenregister gemaakt in ${folder}: ${files.length} bestanden${startedGit ? ', en een nieuwe git-repository' : ''}.\n`);
    out(`De workflows gebruiken klacht ${action.version ? `${action.version} (commit ${action.commit})` : `van commit ${action.commit}`} uit ${action.repository}.\n\n`);
    out([
      'Volgende stappen:',
      '  1. Zet het register in een nieuwe, privé GitHub-repository (zonder README):',
      `     cd ${folder} && git add -A && git commit -m "Nieuw klachtenregister"`,
      '     git remote add origin https://github.com/<eigenaar>/<naam>.git && git push -u origin main',
      '  2. Stel de repository in zoals docs/directie.md van klachtenregister beschrijft ("De repository instellen")',
      '     en controleer dat met klacht instellingen.',
      '  3. Lees README.md in het register: wat de directie doet en hoe een nieuwe versie van klacht binnenkomt.',
      '',
    ].join('\n'));
    return 0;
  },
});

type Answers = Omit<InitAnswers, 'action'>;

/** Only the paths matter for the check before the questions; these answers give the same paths. */
function placeholderAnswers(): InitAnswers {
  return {
    organisation: '-', procedure: 'liberi', management: [], staff: [], categories: [],
    action: { repository: TOOL_REPOSITORY, commit: '0'.repeat(40) },
  };
}

/** An option's text, trimmed; undefined when not given or empty. */
function stringValue(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

/** The texts of an option given more than once, trimmed, without empty ones. */
function listValue(values: readonly string[] | undefined): string[] {
  return (values ?? []).map((v) => v.trim()).filter((v) => v !== '');
}

/** "Naam=github" (the login optional unless `loginRequired`) as a person; wrong usage says how. */
export function parsePerson(text: string, option: string, loginRequired: boolean): InitPerson {
  const at = text.lastIndexOf('=');
  const name = (at < 0 ? text : text.slice(0, at)).trim();
  const login = at < 0 ? '' : text.slice(at + 1).trim().replace(/^@/, '');
  if (name === '') throw new UsageError(`--${option} '${text}' heeft geen naam. Schrijf het als "Naam=github-gebruikersnaam".`, 'init');
  if (login === '' && loginRequired) {
    throw new UsageError(`--${option} heeft bij ${name} ook de GitHub-gebruikersnaam nodig: "${name}=gebruikersnaam". Die komt in CODEOWNERS.`, 'init');
  }
  if (login !== '' && !GITHUB_LOGIN.test(login)) {
    throw new UsageError(`'${login}' is geen GitHub-gebruikersnaam (letters, cijfers en streepjes, hoogstens 39 tekens).`, 'init');
  }
  return login === '' ? { name } : { name, github: login };
}

async function collectAnswers(context: CommandContext<typeof OPTIONS>): Promise<Answers> {
  const interactive = context.io.stdinIsTty && !context.json;
  // Loaded only when someone is asked something: it is the heaviest module of the program.
  const prompts = interactive ? await import('@inquirer/prompts') : undefined;
  const promptContext = { input: context.io.input, output: context.io.output, clearPromptOnDone: false };

  let organisation = stringValue(context.values.organisatie);
  const optional: Record<'email' | 'telefoon' | 'adres', string | undefined> = {
    email: stringValue(context.values.email), telefoon: stringValue(context.values.telefoon), adres: stringValue(context.values.adres),
  };
  const procedureText = stringValue(context.values.procedure);
  if (procedureText !== undefined && !(PROCEDURE_NAMES as readonly string[]).includes(procedureText)) {
    throw new UsageError(`--procedure moet een van deze zijn: ${PROCEDURE_NAMES.join(', ')}.`, 'init');
  }
  let procedure = procedureText as ProcedureName | undefined;
  const management = listValue(context.values.directie).map((p) => parsePerson(p, 'directie', true));
  const staff = listValue(context.values.medewerker).map((p) => parsePerson(p, 'medewerker', false));
  const categoriesText = stringValue(context.values.categorieen);
  const categories = categoriesText === undefined ? [...DEFAULT_CATEGORIES] : categoriesText.split(',').map((c) => c.trim()).filter((c) => c !== '');
  if (categoriesText !== undefined && categories.length === 0) throw new UsageError('--categorieen bevat geen enkele categorie.', 'init');

  if (prompts) {
    const { input, select } = prompts;
    const required = (v: string): true | string => v.trim() !== '' || 'Dit veld is verplicht.';
    const loginCheck = (v: string): true | string => GITHUB_LOGIN.test(v.trim().replace(/^@/, '')) || 'Een GitHub-gebruikersnaam: letters, cijfers en streepjes.';
    organisation ??= (await input({ message: 'Naam van de organisatie:', validate: required }, promptContext)).trim();
    if (stringValue(context.values.organisatie) === undefined) {
      for (const [key, message] of [['email', 'Algemeen e-mailadres (leeg: geen):'], ['telefoon', 'Algemeen telefoonnummer (leeg: geen):'], ['adres', 'Postadres op één regel (leeg: geen):']] as const) {
        optional[key] ??= (await input({ message }, promptContext)).trim() || undefined;
      }
    }
    procedure ??= await select({
      message: 'Welke termijnen gelden?',
      choices: [
        { value: 'liberi' as const, name: 'liberi: de klachtenprocedure van Liberi Coaching' },
        { value: 'awb' as const, name: 'awb: Algemene wet bestuursrecht, hoofdstuk 9 (overheid)' },
        { value: 'wkkgz' as const, name: 'wkkgz: Wet kwaliteit, klachten en geschillen zorg' },
      ],
      theme: SELECT_THEME,
    }, promptContext);
    if (management.length === 0) {
      do {
        const name = (await input({ message: 'Naam van een directielid:', validate: required }, promptContext)).trim();
        const login = (await input({ message: `GitHub-gebruikersnaam van ${name}:`, validate: loginCheck }, promptContext)).trim().replace(/^@/, '');
        management.push({ name, github: login });
      } while (await askYesNo(prompts, 'Nog een directielid?', false, promptContext));
    }
    // The coaches: they take complaints in and handle them, and the forms offer only the people named here.
    if (listValue(context.values.medewerker).length === 0 && await askYesNo(prompts, 'Zijn er medewerkers (bijvoorbeeld coaches) die klachten aannemen of behandelen?', true, promptContext)) {
      const optionalLogin = (v: string): true | string => v.trim() === '' || loginCheck(v);
      do {
        const name = (await input({ message: 'Naam van een medewerker:', validate: required }, promptContext)).trim();
        const login = (await input({ message: `GitHub-gebruikersnaam van ${name} (leeg: geen):`, validate: optionalLogin }, promptContext)).trim().replace(/^@/, '');
        staff.push(login === '' ? { name } : { name, github: login });
      } while (await askYesNo(prompts, 'Nog een medewerker?', false, promptContext));
    }
  }
  const missing = [organisation === undefined && '--organisatie', management.length === 0 && '--directie'].filter((x): x is string => typeof x === 'string');
  if (missing.length > 0 || organisation === undefined) {
    throw new UsageError(`Er ontbreken gegevens: ${missing.join(', ')}. Geef ze als optie, of start klacht init in een terminal om ernaar gevraagd te worden.`, 'init');
  }
  const emailValue = optional.email;
  if (emailValue !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(emailValue)) throw new UsageError(`'${emailValue}' is geen e-mailadres.`, 'init');
  const logins = management.map((p) => p.github?.toLowerCase());
  if (new Set(logins).size !== logins.length) throw new UsageError('Een GitHub-gebruikersnaam staat twee keer bij --directie.', 'init');
  return {
    organisation,
    ...(optional.email ? { email: optional.email } : {}),
    ...(optional.telefoon ? { phone: optional.telefoon } : {}),
    ...(optional.adres ? { address: optional.adres } : {}),
    procedure: procedure ?? 'liberi',
    management,
    staff,
    categories,
  };
}

/**
 * The action the workflows use. A commit is taken as given; a version is looked up, because a
 * tag can be moved and a commit can't: the workflows name the commit, and the version in a comment.
 */
export async function resolveAction(option: string | undefined): Promise<ToolAction> {
  const text = option ?? `${TOOL_REPOSITORY}@v${VERSION}`;
  const match = /^([\w.-]+\/[\w.-]+)@([\w.-]+)$/.exec(text);
  if (!match?.[1] || !match[2]) throw new UsageError(`--actie '${text}' is niet van de vorm eigenaar/naam@versie (bijv. ${TOOL_REPOSITORY}@v${VERSION}).`, 'init');
  const [, repository, ref] = match;
  if (FULL_SHA.test(ref)) return { repository, commit: ref };
  const url = `https://github.com/${repository}.git`;
  let commit: string | undefined;
  try {
    commit = await tagCommit(url, ref);
  } catch (error) {
    throw new RunError(`${error instanceof Error ? error.message : String(error)}\nKon de commit van ${repository}@${ref} niet opvragen. Zonder internet: geef de commit zelf op met --actie ${repository}@<commit van 40 tekens>.`);
  }
  if (!commit || !FULL_SHA.test(commit)) {
    throw new RunError(`Versie ${ref} bestaat niet in ${repository}. Kies een bestaande versie (zie de releases op GitHub) of geef een commit op met --actie ${repository}@<commit>.`);
  }
  return { repository, commit, version: ref };
}

/**
 * GitHub reads .github/ only at the top of a repository: a register in a subfolder of another
 * repository would have CODEOWNERS and workflows that silently do nothing. Its own top is fine
 * (an empty clone of the new repository).
 */
async function checkNotInsideRepository(root: string): Promise<void> {
  const git = await openRepository(nearestExisting(root));
  if (!git) return;
  const top = (await runGit(git, ['rev-parse', '--show-toplevel'], 'het vinden van de map van de repository')).trim();
  if (realPathOf(top) !== realPathOf(root)) {
    throw new RunError(`${root} ligt in de git-repository ${top}. GitHub leest .github/ (CODEOWNERS, de workflows) alleen bovenin een repository: maak het register in een eigen map buiten een andere repository, of bovenin een lege kloon van de nieuwe repository.`);
  }
}

/** A new folder gets its own git repository (branch main); one inside a repository is left as it is. */
async function startGit(root: string): Promise<boolean> {
  if (await openRepository(root)) return false;
  const { simpleGit } = await import('simple-git');
  try {
    await runGit(simpleGit({ baseDir: root }), ['init', '--quiet', '--initial-branch=main'], 'het maken van een git-repository');
  } catch (error) {
    // The register is complete; only git is missing, which the user can start by hand.
    throw new RunError(`Het register staat klaar in ${root}, maar ${error instanceof Error ? error.message : String(error)}\nMaak de repository zelf: git init --initial-branch=main.`);
  }
  return true;
}
