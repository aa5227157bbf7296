/**
 * A register whose history holds the canary complainant on every kind of ref: versions on main,
 * one only on a side branch, an annotated tag, a note, a remote-tracking ref (with the symbolic
 * origin/HEAD every clone has) and two stash entries. And what a purge must not be fooled by: the
 * complaint began under a number another complaint had already taken (KL-2024-010, which must keep
 * its personal data), one version cannot be read (an unclosed quote), and a replacement (git
 * replace) stands in for one commit. The complaint has a scan in its attachment folder, in two versions. For the history purge's tests.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CANARY } from './canary.js';
import { PROJECT_ROOT } from './cli.js';
import { git } from './git.js';
import { tempDir } from './temp.js';

export const PURGE_TODAY = '2026-11-24';
/** The canary complaint, closed long ago: past its retention term on PURGE_TODAY. */
export const CANARY_FILE = 'complaints/2024/KL-2024-003.md';

const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
export const CLOSED_CANARY = valid.replace(/KL-2026-001/g, 'KL-2024-003').replace(/2026-03-0/g, '2024-03-0')
  .replace('status: in behandeling', 'status: afgehandeld')
  .replace('klachtverantwoordelijke: Fenna Fictief', 'klachtverantwoordelijke: Fenna Fictief\nbehandelaar: Fenna Fictief')
  .replace('ondertekening:', `afhandeling:\n  datum: 2024-03-20\n  oorzaak: Planning\n  oplossing: Nieuwe afspraak\n  standpunt_indiener: ${CANARY.name} vond het jammer\n  standpunt_directie: Terecht\n  overeenstemming: true\nondertekening:`)
  .replace('  - { datum: 2024-03-03, richting: uit, soort: ontvangstbevestiging, onderwerp: Bevestiging }', `  - { datum: 2024-03-03, richting: uit, soort: ontvangstbevestiging, onderwerp: Bevestiging voor ${CANARY.name} }\n  - { datum: 2024-03-10, richting: uit, soort: reactie, onderwerp: Reactie }`);

/** An attachment of the canary complaint, in its folder: two versions (main, the side branch) hold the canary. */
export const CANARY_SCAN = 'bijlagen/KL-2024-003/formulier.pdf';

/** Another complaint, still open: the number the canary complaint had at first. Nothing of it may change. */
export const OTHER_FILE = 'complaints/2024/KL-2024-010.md';
/** The other complainant's name: it must still be in every version of OTHER_FILE after a purge. */
export const OTHER_NAME = 'Piet Blijft';
const OTHER_VALUES: Readonly<Record<string, string>> = {
  [CANARY.name]: OTHER_NAME, [CANARY.address]: 'Blijfstraat 2', [CANARY.postcode]: '2222 BB', [CANARY.city]: 'Bleekveld',
  [CANARY.email]: 'piet@blijft.invalid', [CANARY.phone]: '06-33333333', [CANARY.description]: 'Blijfgeheim',
};
export const OTHER_COMPLAINT = Object.entries(OTHER_VALUES).reduce((text, [from, to]) => text.split(from).join(to), valid)
  .replace(/KL-2026-001/g, 'KL-2024-010').replace(/2026-03-0/g, '2024-03-0');
/** The subject of the commit that a replacement (refs/replace) stands in for, and of the replacement. */
export const REPLACED_SUBJECT = 'KL-2024-003: categorie';
export const REPLACEMENT_SUBJECT = 'KL-2024-003: vervangen';

/**
 * Adds the canary complaint's history to the repository at `root` (on main, with its identity
 * set), and every kind of ref that may hold a version of it.
 */
export function addCanaryHistory(root: string): void {
  git(root, ['config', 'user.name', 'Test']);
  git(root, ['config', 'user.email', 'test@example.invalid']);
  const start = git(root, ['rev-parse', 'HEAD']).trim();
  mkdirSync(join(root, 'complaints/2024'), { recursive: true });
  writeFileSync(join(root, OTHER_FILE), OTHER_COMPLAINT);
  git(root, ['add', '-A']);
  git(root, ['commit', '--quiet', '-m', 'KL-2024-010: klacht ontvangen'], '2024-03-01T10:00:00+01:00');
  // The canary complaint began on a branch under the same number, and was renumbered before the merge.
  git(root, ['checkout', '--quiet', '-b', 'nummer', start]);
  const first = CLOSED_CANARY.replace(CANARY.phone, '06-22222222');
  mkdirSync(join(root, 'complaints/2024'), { recursive: true });
  writeFileSync(join(root, OTHER_FILE), first.replace('KL-2024-003', 'KL-2024-010'));
  git(root, ['add', '-A']);
  git(root, ['commit', '--quiet', '-m', 'KL-2024-010: klacht ontvangen'], '2024-03-02T10:00:00+01:00');
  git(root, ['mv', OTHER_FILE, CANARY_FILE]);
  writeFileSync(join(root, CANARY_FILE), first);
  git(root, ['commit', '--quiet', '-am', 'KL-2024-003: nummer 010 was al bezet'], '2024-03-02T11:00:00+01:00');
  git(root, ['checkout', '--quiet', 'main']);
  git(root, ['merge', '--quiet', '--no-ff', '-m', 'Merge branch nummer', 'nummer'], '2024-03-02T12:00:00+01:00');
  git(root, ['branch', '--quiet', '-D', 'nummer']);
  // A scan in the complaint's attachment folder (another version of it on the side branch below).
  mkdirSync(join(root, dirname(CANARY_SCAN)), { recursive: true });
  writeFileSync(join(root, CANARY_SCAN), `Scan van het formulier van ${CANARY.name}`);
  git(root, ['add', '-A']);
  git(root, ['commit', '--quiet', '-m', 'KL-2024-003: scan'], '2024-03-04T10:00:00+01:00');
  writeFileSync(join(root, CANARY_FILE), CLOSED_CANARY.replace(CANARY.address, 'Oudeweg 2'));
  git(root, ['commit', '--quiet', '-am', 'KL-2024-003: adres'], '2024-03-05T10:00:00+01:00');
  git(root, ['branch', 'oud-werk']);
  git(root, ['tag', '-a', 'v-adres', '-m', 'Versie met het oude adres']);
  git(root, ['notes', 'add', '-m', 'Gecontroleerd']);
  git(root, ['update-ref', 'refs/remotes/origin/main', 'HEAD']);
  // As in every clone: origin/HEAD is a symbolic ref to origin/main.
  git(root, ['symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main']);
  // A version that exists only on a side branch.
  git(root, ['checkout', '--quiet', '-b', 'zijtak']);
  writeFileSync(join(root, CANARY_FILE), CLOSED_CANARY.replace(CANARY.address, 'Zijweg 9'));
  writeFileSync(join(root, CANARY_SCAN), `Scan van het formulier van ${CANARY.name}, ${CANARY.address}`);
  git(root, ['commit', '--quiet', '-am', 'KL-2024-003: zijtak'], '2024-03-06T10:00:00+01:00');
  git(root, ['checkout', '--quiet', 'main']);
  // A version that cannot be read (a quote not closed); then a commit for which a replacement stands in.
  writeFileSync(join(root, CANARY_FILE), CLOSED_CANARY.replace('categorie: communicatie', 'categorie: "communicatie'));
  git(root, ['commit', '--quiet', '-am', 'KL-2024-003: categorie (half)'], '2024-03-07T09:00:00+01:00');
  writeFileSync(join(root, CANARY_FILE), CLOSED_CANARY.replace('categorie: communicatie', 'categorie: planning'));
  git(root, ['commit', '--quiet', '-am', REPLACED_SUBJECT], '2024-03-07T10:00:00+01:00');
  const replaced = git(root, ['rev-parse', 'HEAD']).trim();
  git(root, ['checkout', '--quiet', '-b', 'vervanging', 'HEAD~1']);
  writeFileSync(join(root, CANARY_FILE), CLOSED_CANARY.replace(CANARY.address, 'Vervangweg 4'));
  git(root, ['commit', '--quiet', '-am', REPLACEMENT_SUBJECT], '2024-03-07T11:00:00+01:00');
  git(root, ['checkout', '--quiet', 'main']);
  git(root, ['replace', replaced, 'vervanging']);
  git(root, ['branch', '--quiet', '-D', 'vervanging']);
  writeFileSync(join(root, CANARY_FILE), CLOSED_CANARY);
  git(root, ['commit', '--quiet', '-am', 'KL-2024-003: afgehandeld'], '2024-03-20T10:00:00+01:00');
  // Two stash entries, whose versions live only in the stash's reflog.
  for (const name of ['een', 'twee']) {
    writeFileSync(join(root, CANARY_FILE), CLOSED_CANARY.replace('---\n', `---\n# stash ${name}\n`));
    git(root, ['stash', 'push', '--quiet', '-m', `stash ${name}`]);
  }
}

/** A small register (configuration and one other complaint) with the canary history; a fresh copy per call. */
export function smallCanaryRepository(): () => string {
  const template = join(tempDir('klacht-purge-'), 'register');
  mkdirSync(join(template, 'complaints/2026'), { recursive: true });
  writeFileSync(join(template, 'klachtenregister.yml'), 'procedure: liberi\n');
  cpSync(join(PROJECT_ROOT, 'examples/register/complaints/2026/KL-2026-002.md'), join(template, 'complaints/2026/KL-2026-002.md'));
  git(template, ['init', '--quiet', '--initial-branch=main']);
  git(template, ['add', '-A']);
  git(template, ['commit', '--quiet', '-m', 'Register'], '2024-01-02T10:00:00+01:00');
  addCanaryHistory(template);
  return () => {
    const root = join(tempDir('klacht-purge-'), 'register');
    cpSync(template, root, { recursive: true });
    return root;
  };
}

/** Runs git in `root`, its stdout (large output allowed). */
export function gitRead(root: string, args: readonly string[]): string {
  return execFileSync('git', [...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}
/** Every object in the repository, reachable or not, with its content. */
export const allObjects = (root: string): string => gitRead(root, ['cat-file', '--batch-all-objects', '--batch']);
/** Every ref with the commit it points at. */
export const allRefs = (root: string): string => gitRead(root, ['for-each-ref', '--format=%(objectname) %(refname)']);
