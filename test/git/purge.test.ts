/**
 * klacht anonimiseer --geschiedenis on real repositories: the example history plus a canary
 * complaint with three versions, a side branch with a version of its own, an annotated tag, a
 * note, a remote-tracking ref and two stash entries. Afterwards no object and no ref (nor its
 * reflog) holds the canary, everything else is as it was, and a broken repository is left alone.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRepository } from '../../examples/build-history.js';
import { CANARY, canaryLeaks } from '../helpers/canary.js';
import {
  addCanaryHistory, allObjects, allRefs, CANARY_FILE, CANARY_SCAN, CLOSED_CANARY, gitRead, OTHER_FILE, OTHER_NAME, PURGE_TODAY, REPLACED_SUBJECT, REPLACEMENT_SUBJECT,
} from '../helpers/purge-repository.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { git, initRepository } from '../helpers/git.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const TODAY = PURGE_TODAY;
const FILE = CANARY_FILE;

let template = '';
beforeAll(() => {
  template = join(tempDir('klacht-purge-'), 'register');
  buildExampleRepository(join(PROJECT_ROOT, 'examples/register'), template);
}, 120_000);

/** A copy of the example history with the canary complaint on every kind of ref. */
function canaryRepository(): string {
  const root = join(tempDir('klacht-purge-'), 'register');
  cpSync(template, root, { recursive: true });
  addCanaryHistory(root);
  return root;
}

const run = gitRead;
const objects = allObjects;
const refs = allRefs;
/** Per complaint file other than the canary: the subjects, dates and changes (blob ids included) of the commits on every ref that touched it. */
function otherHistories(root: string): Map<string, string> {
  const files = run(root, ['ls-files', 'complaints/']).trim().split('\n').filter((f) => f !== FILE);
  return new Map(files.map((f) => [f, run(root, ['--no-replace-objects', 'log', '--format=%s %ad', '-p', '--full-index', '--all', '--', f])]));
}
/** The subjects of main's history as it really is (no replacement standing in for a commit). */
const mainSubjects = (root: string): string[] => run(root, ['--no-replace-objects', 'log', '--format=%s', 'main']).trim().split('\n');
const purge = (root: string) => runCli(['anonimiseer', '--register', root, '--vandaag', TODAY, 'KL-2024-003', '--geschiedenis', '--ja']);

describe('klacht anonimiseer --geschiedenis', () => {
  it('removes the personal data from every version on every ref, and keeps everything else', async () => {
    const root = canaryRepository();
    expect(canaryLeaks(objects(root))).not.toEqual([]);
    const others = otherHistories(root);
    expect(others.size).toBeGreaterThan(3);
    expect(others.get(OTHER_FILE)).toContain(OTHER_NAME);
    const subjects = mainSubjects(root);
    const otherFile = readFileSync(join(root, OTHER_FILE), 'utf8');

    const result = await purge(root);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('git fast-export');
    expect(result.stderr).toContain('force push');
    expect(result.stdout).toContain('Geschiedenis herschreven: 12 oude versies zonder persoonsgegevens (2 versies van bijlagen verwijderd; 1 onleesbare versie geheel vervangen).');
    // The scan left the register with the personal data, and its old versions say that they were removed.
    expect(result.stdout).toContain('KL-2024-003: geanonimiseerd: ');
    expect(result.stdout).toContain('; 1 bijlage verwijderd\n');
    expect(run(root, ['ls-tree', '-r', '--name-only', 'main'])).not.toContain(CANARY_SCAN);
    expect(run(root, ['show', `zijtak:${CANARY_SCAN}`])).toBe('Deze bijlage is verwijderd na afloop van de bewaartermijn (klacht anonimiseer --geschiedenis).\n');
    // The complaint that had the canary's first number first is untouched: its file, and every version of it on every ref.
    expect(readFileSync(join(root, OTHER_FILE), 'utf8')).toBe(otherFile);
    expect(otherHistories(root)).toEqual(others);
    // No commit lost: main's real history is the old one plus the commit that anonymised the file;
    // the replacement still stands in for the (rewritten) commit it replaced, and holds no canary either.
    expect(mainSubjects(root)).toEqual(['Persoonsgegevens verwijderd (bewaartermijn verstreken): KL-2024-003', ...subjects]);
    const replaced = run(root, ['--no-replace-objects', 'log', '--format=%H', `--grep=^${REPLACED_SUBJECT}$`, 'main']).trim();
    expect(run(root, ['for-each-ref', '--format=%(refname) %(subject)', 'refs/replace/'])).toBe(`refs/replace/${replaced} ${REPLACEMENT_SUBJECT}\n`);
    // No blob, commit, tree or tag anywhere in the repository holds the canary.
    expect(canaryLeaks(objects(root))).toEqual([]);
    const names = refs(root).trim().split('\n').map((line) => line.split(' ')[1] ?? '');
    expect(names).toEqual(expect.arrayContaining(['refs/heads/main', 'refs/heads/oud-werk', 'refs/heads/zijtak', 'refs/tags/v-adres', 'refs/notes/commits', 'refs/remotes/origin/main', 'refs/stash']));
    for (const ref of [...names, 'HEAD']) {
      expect(canaryLeaks(run(root, ['log', '-p', ref])), ref).toEqual([]);
      expect(canaryLeaks(run(root, ['log', '-g', '-p', ref])), `reflog of ${ref}`).toEqual([]);
    }
    // The other refs moved with the history: the tag, the note and the remote-tracking ref are on the rewritten commit.
    const adres = run(root, ['rev-parse', 'oud-werk']).trim();
    expect(run(root, ['rev-parse', 'v-adres^{commit}', 'refs/remotes/origin/main']).trim().split('\n')).toEqual([adres, adres]);
    expect(run(root, ['symbolic-ref', 'refs/remotes/origin/HEAD']).trim()).toBe('refs/remotes/origin/main');
    expect(run(root, ['cat-file', '-p', 'v-adres'])).toContain('Versie met het oude adres');
    expect(run(root, ['notes', 'show', adres])).toBe('Gecontroleerd\n');
    expect(run(root, ['log', '--format=%s', 'zijtak', '-1'])).toBe('KL-2024-003: zijtak\n');
    // Both stash entries are still there, anonymised.
    expect(run(root, ['stash', 'list', '--format=%gs'])).toBe('On main: stash twee\nOn main: stash een\n');
    expect(run(root, ['stash', 'show', '-p', 'stash@{1}'])).toContain('# stash een');
    // The working tree and index are clean, the register is valid.
    expect(run(root, ['status', '--porcelain'])).toBe('');
    expect(run(root, ['count-objects', '-v'])).toMatch(/^count: 0$/m);
    expect((await runCli(['valideer', '--register', root, '--vandaag', TODAY])).code).toBe(0);

    // A second run finds nothing to rewrite and moves nothing.
    const refsAfter = refs(root);
    const again = await purge(root);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Geschiedenis herschreven: 0 oude versies');
    expect(refs(root)).toBe(refsAfter);
  }, 180_000);

  it('purging the complaint that kept a number leaves the old versions of the renumbered one alone', async () => {
    const root = canaryRepository();
    // The canary complaint's first version was KL-2024-010 too (on its branch, before it became 003).
    const first = (): string => run(root, ['--no-replace-objects', 'log', '--all', '--full-history', '-p', '--', OTHER_FILE]);
    expect(first()).toContain('06-22222222');
    const result = await runCli(['anonimiseer', '--register', root, '--vandaag', TODAY, 'KL-2024-010', '--geschiedenis', '--ja']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Geschiedenis herschreven: 1 oude versie zonder persoonsgegevens.');
    expect(first()).toContain('06-22222222');
    expect(first()).not.toContain(`+  naam: ${OTHER_NAME}`);
    expect(readFileSync(join(root, FILE), 'utf8')).toContain(CANARY.name);
  }, 120_000);

  it('also purges the versions on a branch that was merged by squashing (its own commits no longer connect)', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-002.md': readFileSync(join(PROJECT_ROOT, 'examples/register/complaints/2026/KL-2026-002.md'), 'utf8') });
    initRepository(root);
    git(root, ['checkout', '--quiet', '-b', 'formulier/x']);
    mkdirSync(join(root, 'complaints/2024'));
    writeFileSync(join(root, FILE), CLOSED_CANARY.replace(CANARY.address, 'Takweg 5'));
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '-m', 'KL-2024-003: ontvangen']);
    writeFileSync(join(root, FILE), CLOSED_CANARY);
    git(root, ['commit', '--quiet', '-am', 'KL-2024-003: afgehandeld']);
    git(root, ['checkout', '--quiet', 'main']);
    git(root, ['merge', '--quiet', '--squash', 'formulier/x']);
    git(root, ['commit', '--quiet', '-m', 'KL-2024-003 (#4)']);
    git(root, ['update-ref', 'refs/remotes/origin/formulier/x', 'formulier/x']);
    git(root, ['branch', '--quiet', '-D', 'formulier/x']);
    expect(canaryLeaks(objects(root))).not.toEqual([]);
    const result = await purge(root);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Geschiedenis herschreven: 2 oude versies zonder persoonsgegevens.');
    expect(canaryLeaks(objects(root))).toEqual([]);
    expect(run(root, ['log', '--format=%s', 'origin/formulier/x'])).toBe('KL-2024-003: afgehandeld\nKL-2024-003: ontvangen\nbegin\n');
  }, 120_000);

  it('leaves a repository whose history cannot be read as it was, and says so in Dutch', async () => {
    const root = canaryRepository();
    // A lost object half-way through the history (an old version of another complaint): fast-export stops there.
    const other = 'complaints/2026/KL-2026-002.md';
    const versions = run(root, ['log', '--raw', '--no-abbrev', '--format=', '--', other]).trim().split('\n').map((line) => line.split(' ')[3] ?? '');
    const lost = versions[Math.floor(versions.length / 2)] ?? '';
    expect(versions.length).toBeGreaterThan(3);
    expect(lost).not.toBe(run(root, ['rev-parse', `main:${other}`]).trim());
    rmSync(join(root, '.git/objects', lost.slice(0, 2), lost.slice(2)));
    const before = refs(root);
    const mainBefore = run(root, ['rev-parse', 'main']).trim();

    const result = await purge(root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git kon de geschiedenis niet herschrijven: het lezen (git fast-export) mislukte. Er is niets veranderd');
    expect(result.stderr).not.toContain('interne fout');
    expect(canaryLeaks(result.stdout + result.stderr)).toEqual([]);
    // Only the anonymisation commit was added; every other ref and the old history are untouched.
    expect(run(root, ['rev-parse', 'main~1']).trim()).toBe(mainBefore);
    expect(refs(root).split('\n').filter((line) => !line.endsWith(' refs/heads/main'))).toEqual(before.split('\n').filter((line) => !line.endsWith(' refs/heads/main')));
    expect(canaryLeaks(run(root, ['show', `${mainBefore}:${FILE}`]))).not.toEqual([]);
    expect(run(root, ['status', '--porcelain'])).toBe('');
  }, 120_000);

  it('moves no ref at all when one of them cannot be moved', async () => {
    const root = canaryRepository();
    // Another git process holds the lock of one branch.
    writeFileSync(join(root, '.git/refs/heads/zijtak.lock'), '');
    const before = refs(root);
    const mainBefore = run(root, ['rev-parse', 'main']).trim();

    const result = await purge(root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git kon de takken niet naar de nieuwe geschiedenis omzetten (veranderde er intussen iets?). Er is niets veranderd');
    expect(run(root, ['rev-parse', 'main~1']).trim()).toBe(mainBefore);
    expect(refs(root).split('\n').filter((line) => !line.endsWith(' refs/heads/main'))).toEqual(before.split('\n').filter((line) => !line.endsWith(' refs/heads/main')));
    expect(run(root, ['stash', 'list']).split('\n').length).toBe(3);
  }, 120_000);

  it('refuses a repository with a second working folder before committing anything', async () => {
    const root = canaryRepository();
    git(root, ['worktree', 'add', '--quiet', join(tempDir(), 'tweede'), 'zijtak']);
    const mainBefore = run(root, ['rev-parse', 'main']).trim();
    const result = await purge(root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('meer dan één werkmap');
    expect(result.stderr).toContain('de geschiedenis is niet herschreven');
    expect(run(root, ['rev-parse', 'main']).trim()).toBe(mainBefore);
  }, 120_000);
});
