/** klacht valideer: checks the register (or some of its files) and reports findings. */
import { resolve } from 'node:path';
import { finding, hasErrors, sortFindings, type Finding } from '../../core/complaint/finding.js';
import { nextFreeId } from '../../core/complaint/next-id.js';
import { idYear } from '../../core/complaint/complaint.js';
import { openRepository, runGit } from '../../git/repository.js';
import { VALIDATE_CHECK } from '../../core/github-policy/register-checks.js';
import { listDutch, plural } from '../../core/text/dutch.js';
import { setStatus } from '../commit-status.js';
import { idsAddedElsewhere, idsAtRef, type OtherBranch } from '../../git/complaint-ids.js';
import { allMergeBases } from '../../git/merge-result.js';
import { resolveBranchRef } from '../../git/branch-ref.js';
import { codeownersFindings } from '../../register/codeowners.js';
import { workflowFindings } from '../../register/workflow-checks.js';
import { folderNameFindings } from '../../register/folder-names.js';
import { gitignoreFindings } from '../../register/gitignore-lines.js';
import { leftoverFindings } from '../../register/stray-entries.js';
import { formFindings } from '../../register/forms.js';
import { pathKind } from '../../register/paths.js';
import { CONFIG_FILE } from '../../core/complaint/layout.js';
import { locateField, toRegisterPath, type LoadedRegister } from '../../register/load.js';
import { defineCommand } from '../command.js';
import { connectGitHub, GITHUB_OPTIONS, githubToken, repositoryName } from '../github.js';
import { printJson, type CommandContext } from '../context.js';
import { RunError, UsageError } from '../errors.js';
import { loadForCommand } from '../load.js';
import { printFindings, summaryLine } from '../output.js';

export const valideer = defineCommand({
  spec: {
    name: 'valideer',
    summary: 'controleert de klachtbestanden en klachtenregister.yml',
    positionals: '[bestanden...]',
    maxPositionals: Infinity,
    description: [
      'Controleert elk klachtbestand in complaints/ (of alleen de opgegeven bestanden of mappen) en',
      'klachtenregister.yml: de velden, de datums, wat bij de status verplicht is en de omschrijving.',
      'Zonder bestanden ook de regels van het register: .github/CODEOWNERS geeft alles aan de directie,',
      'de workflows gebruiken alleen acties die op een commit zijn vastgezet en voeren geen code uit de',
      'repository zelf uit, en de workflows die oordelen (valideren, ondertekening) houden de triggers',
      'die klacht init ze gaf. En de namen: in complaints/ staan alleen klachtbestanden, en een naam in',
      'complaints/ of analyses/ met een stuurteken, een | of een opdracht voor GitHub Actions (##[) is een fout,',
      'net als een naam in complaints/ die met een punt begint. Ook wat een afgebroken klacht-opdracht',
      'achterliet (tijdelijke bestanden, een slot) is een fout, en een .gitignore zonder de regels die dat',
      'buiten git houden een waarschuwing.',
      'Elke bevinding noemt bestand, regel en kolom. Uitkomst 1 bij een fout; waarschuwingen alleen geven 0.',
    ].join('\n'),
    options: {
      doel: {
        type: 'string', valueName: 'branch',
        description: 'Controleer ook dat nieuwe klachtnummers nog vrij zijn op deze branch (voor pull requests, bijv. refs/remotes/origin/main). Een naam die ook een tag of andere ref is, wordt geweigerd.',
      },
      status: {
        type: 'boolean',
        description: `Zet de uitkomst als commitstatus '${VALIDATE_CHECK}' op de uitgecheckte commit (GITHUB_TOKEN met statuses: write). Uitkomst dan 0 zodra de status staat; 2 als dat niet lukt.`,
      },
      ...GITHUB_OPTIONS,
    },
    examples: [
      'klacht valideer',
      'klacht valideer complaints/2026/KL-2026-007.md',
      'klacht valideer --register examples/register --json',
      'klacht valideer --doel refs/remotes/origin/main',
    ],
  },
  async run(context) {
    const register = loadForCommand(context);
    const selected = selectFiles(register, context);
    // The whole register: every finding, also those about no complaint file (a link under analyses/).
    const whole = context.positionals.length === 0;
    let findings = register.findings.filter((f) => whole || f.file === CONFIG_FILE || selected.has(f.file));
    // The whole register: also whether CODEOWNERS gives everything to the directie, and whether the
    // workflows run only the released tool, pinned by commit.
    if (whole) {
      const { config } = register.context;
      findings = sortFindings([
        ...findings, ...folderNameFindings(register.root), ...leftoverFindings(register.root), ...gitignoreFindings(register.root),
        ...codeownersFindings(register.root, config), ...workflowFindings(register.root), ...formFindings(register.root, config),
      ]);
    }
    const target = context.values.doel;
    if (target !== undefined) findings = sortFindings([...findings, ...await idsTakenOnTarget(context, register, target, selected)]);
    const fileCount = selected.size;
    if (context.json) {
      printJson(context, { ok: !hasErrors(findings), files: fileCount, findings });
    } else {
      printFindings(findings, context);
      context.io.stdout(`${summaryLine(fileCount, findings, context)}\n`);
    }
    if (context.values.status === true) {
      // The verdict is the status (a required check); the job that sets it stays green, so that it
      // is not a second verdict under another name. Findings are in the run and its annotations.
      await setValidationStatus(context, register.root, findings);
      return 0;
    }
    return hasErrors(findings) ? 1 : 0;
  },
});

async function setValidationStatus(context: CommandContext, root: string, findings: readonly Finding[]): Promise<void> {
  const git = await openRepository(root);
  if (!git) throw new RunError('--status werkt alleen in een git-repository: de status komt op de uitgecheckte commit.');
  const sha = (await runGit(git, ['rev-parse', '--verify', 'HEAD^{commit}'], 'het lezen van de uitgecheckte commit')).trim();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const files = [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file))];
  const description = errors === 0
    ? 'In orde.'
    : `${plural(errors, 'fout', 'fouten')} in ${files.length === 1 ? files[0] : plural(files.length, 'bestand', 'bestanden')}; zie de run.`;
  await setStatus(context, 'valideer', { sha, name: VALIDATE_CHECK, ok: errors === 0, description });
}

/** The register files to report on: all, or those named on the command line. */
function selectFiles(register: LoadedRegister, context: CommandContext): Set<string> {
  const all = register.files.map((f) => f.file);
  if (context.positionals.length === 0) return new Set(all);
  const selected = new Set<string>();
  // An argument is never repeated in a message: a file name may be a person's name ("Jan Jansen.md").
  const which = (i: number): string => (context.positionals.length === 1 ? 'Het opgegeven bestand' : `Het ${i + 1}e opgegeven bestand`);
  for (const [i, argument] of context.positionals.entries()) {
    // A path is taken from the current folder first, then from the register.
    const fromCwd = resolve(context.io.cwd, argument);
    const inCwd = pathKind(fromCwd);
    const absolute = inCwd !== 'missing' ? fromCwd : resolve(context.root, argument);
    const kind = inCwd !== 'missing' ? inCwd : pathKind(absolute);
    if (kind === 'missing') throw new UsageError(`${which(i)} (of de map) bestaat niet. Controleer de naam.`, 'valideer');
    const relativePath = toRegisterPath(context.root, absolute);
    if (relativePath.startsWith('..')) {
      throw new UsageError(`${which(i)} ligt buiten het register (${context.root}).`, 'valideer');
    }
    const isFolder = kind === 'folder';
    // A folder named through a link is the link itself (a finding), not what it points to.
    const matches = all.filter((file) => file === relativePath || (isFolder && (relativePath === '' || file.startsWith(`${relativePath}/`))));
    if (matches.length === 0 && !isFolder) {
      throw new UsageError(`${which(i)} is geen klachtbestand van dit register (klachtbestanden staan in complaints/<jaar>/).`, 'valideer');
    }
    for (const file of matches) selected.add(file);
  }
  return selected;
}

/**
 * The open pull requests of each branch (by its name for people), when GitHub can be asked (a token
 * and a repository, as in the workflow); none otherwise. A refusal is said on stderr, and the
 * branch is then named without its pull request.
 */
async function pullRequestsOf(context: CommandContext, branches: readonly OtherBranch[]): Promise<Map<string, number[]>> {
  const found = new Map<string, number[]>();
  const token = githubToken(context);
  if (branches.length === 0 || token === undefined || repositoryName(context) === undefined) return found;
  const { client, repository, github } = await connectGitHub(context, token, 'valideer');
  const { openPullRequestsOf } = await import('../../github/pulls.js');
  for (const other of branches) {
    if (found.has(other.name)) continue;
    try {
      found.set(other.name, await openPullRequestsOf(client, repository, other.branch));
    } catch (error) {
      context.io.stderr(`Welke pull request branch ${other.name} heeft, kon klacht GitHub niet vragen: ${github.explainGitHubError(error, repository, { pullRequest: 0 }).message}\n`);
      found.set(other.name, []);
    }
  }
  return found;
}

/**
 * Complaints this branch adds whose id already exists on the target branch (an error), or on another
 * open branch (a warning naming it, and its pull request where GitHub says which): two branches
 * picked the same number. Says which number is free.
 */
async function idsTakenOnTarget(context: CommandContext, register: LoadedRegister, target: string, selected: ReadonlySet<string>): Promise<Finding[]> {
  const git = await openRepository(register.root);
  if (!git) throw new RunError('--doel werkt alleen in een git-repository, en het register is er geen.');
  // One branch by its full ref: a tag named like the branch must not stand in for it.
  const resolved = await resolveBranchRef(git, target);
  if (!resolved.ok) throw new RunError(`--doel: ${resolved.message}`);
  // What this branch adds is what is not at the merge base; with two or more (a criss-cross) that is
  // not one thing, and the signature check fails closed on it too.
  const bases = await allMergeBases(git, resolved.commit, 'HEAD');
  if (bases.length > 1) {
    throw new RunError(`--doel: deze branch en ${target} hebben ${bases.length} gemeenschappelijke beginpunten (merge bases: ${bases.map((c) => c.slice(0, 12)).join(', ')}), `
      + `bijvoorbeeld doordat een oudere branch of een eerdere versie van ${target} erin is samengevoegd. Welke klachten deze branch toevoegt, is zo niet eenduidig. `
      + `Maak de branch opnieuw vanaf de huidige ${target}, met alleen de bedoelde wijzigingen.`);
  }
  const base = bases[0];
  const atBase = new Set(base ? (await idsAtRef(git, base)).map((e) => e.path) : []);
  const onTarget = await idsAtRef(git, resolved.commit);
  const targetIds = new Map(onTarget.map((e) => [e.id, e.path]));
  const findings: Finding[] = [];
  const added = register.files.filter((checked) => checked.complaint?.id && selected.has(checked.file) && !atBase.has(checked.file));
  const elsewhere = await idsAddedElsewhere(git, resolved.commit, new Set(added.flatMap((f) => (f.complaint?.id && !targetIds.has(f.complaint.id) ? [f.complaint.id] : []))));
  const taken = [...targetIds.keys(), ...register.files.flatMap((f) => (f.complaint?.id ? [f.complaint.id] : [])), ...elsewhere.keys()];
  const pullRequests = await pullRequestsOf(context, [...elsewhere.values()].flat());
  for (const checked of added) {
    const id = checked.complaint?.id as string;
    const free = nextFreeId(idYear(id) ?? 0, taken);
    const existing = targetIds.get(id);
    if (existing !== undefined) {
      findings.push(finding(checked.file, locateField(register.root, checked.file, ['id']), 'error', 'id-taken', 'id',
        `Klachtnummer ${id} bestaat al op ${target} (${existing}); een andere branch koos hetzelfde nummer. Het eerstvolgende vrije nummer is ${free}: hernoem het bestand en pas 'id' aan.`));
    }
    const others = elsewhere.get(id);
    if (others !== undefined) {
      // Open work elsewhere: whichever is merged first keeps the number; the check of the other fails then.
      const where = listDutch(others.map((other) => {
        const pulls = pullRequests.get(other.name) ?? [];
        return pulls.length > 0 ? `${pulls.length === 1 ? 'pull request' : 'de pull requests'} ${pulls.map((n) => `#${n}`).join(', ')} (branch ${other.branch})` : `branch ${other.name}`;
      }));
      findings.push(finding(checked.file, locateField(register.root, checked.file, ['id']), 'warning', 'id-on-other-branch', 'id',
        `Klachtnummer ${id} staat ook ${where.startsWith('branch') ? 'op' : 'in'} ${where}. Wie het eerst wordt samengevoegd, houdt het nummer; `
        + `geef deze klacht liever nu het eerstvolgende vrije nummer, ${free}: hernoem het bestand en pas 'id' aan.`));
    }
  }
  return findings;
}
