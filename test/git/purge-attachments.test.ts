/**
 * klacht anonimiseer and a complaint's attachments, on real repositories: the files in its folder
 * bijlagen/<id>/ and those its fields name elsewhere leave the register, and with --geschiedenis
 * every old version of them leaves the history (on every ref and in the stash); another
 * complaint's attachments, and their history, stay. No path of an attachment is ever printed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANARY, canaryLeaks } from '../helpers/canary.js';
import { allObjects, CLOSED_CANARY, gitRead, OTHER_COMPLAINT, PURGE_TODAY } from '../helpers/purge-repository.js';
import { runCli } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { tempDir } from '../helpers/temp.js';

const ID = 'KL-2024-003';
const FILE = `complaints/2024/${ID}.md`;
const OTHER_FILE = 'complaints/2024/KL-2024-010.md';
/** In the complaint's own folder, not named by a field. */
const SCAN = `bijlagen/${ID}/scan-indiener.pdf`;
/** In the folder and named by the reply letter. */
const REPLY = `bijlagen/${ID}/reactie.pdf`;
/** Outside the folder, named by the complainant's signature: its name holds a personal word. */
const OUTSIDE = 'post/handtekening-kanarie.pdf';
/** Another complaint's attachment: it and its history must stay. */
const OTHER_SCAN = 'bijlagen/KL-2024-010/scan.pdf';
const OTHER_SCAN_TEXT = 'Scan van Piet Blijft';

const COMPLAINT = CLOSED_CANARY
  .replace('onderwerp: Reactie }', `onderwerp: Reactie, bijlage: ${REPLY} }`)
  .replace('wijze: handtekening op klachtenformulier }', `wijze: handtekening op klachtenformulier, bijlage: ${OUTSIDE} }`);

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A register with the canary complaint and its attachments in several versions on main, a side branch and the stash. */
function repository(): string {
  const root = join(tempDir('klacht-bijlagen-'), 'register');
  mkdirSync(root, { recursive: true });
  git(root, ['init', '--quiet', '--initial-branch=main']);
  git(root, ['config', 'user.name', 'Test']);
  git(root, ['config', 'user.email', 'test@example.invalid']);
  write(root, 'klachtenregister.yml', 'procedure: liberi\n');
  write(root, OTHER_FILE, OTHER_COMPLAINT);
  write(root, OTHER_SCAN, OTHER_SCAN_TEXT);
  write(root, FILE, COMPLAINT);
  write(root, SCAN, `Scan 1 van ${CANARY.name}`);
  write(root, REPLY, `Reactie aan ${CANARY.name}, ${CANARY.address}`);
  write(root, OUTSIDE, `Handtekening van ${CANARY.name}`);
  git(root, ['add', '-A']);
  git(root, ['commit', '--quiet', '-m', 'Register met klachten'], '2024-03-02T10:00:00+01:00');
  write(root, SCAN, `Scan 2 van ${CANARY.name}, ${CANARY.email}`);
  git(root, ['commit', '--quiet', '-am', `${ID}: betere scan`], '2024-03-03T10:00:00+01:00');
  git(root, ['checkout', '--quiet', '-b', 'zijtak']);
  write(root, SCAN, `Scan 3 van ${CANARY.name}, ${CANARY.phone}`);
  git(root, ['commit', '--quiet', '-am', `${ID}: scan op een zijtak`], '2024-03-04T10:00:00+01:00');
  git(root, ['checkout', '--quiet', 'main']);
  write(root, SCAN, `Scan 4 van ${CANARY.name}, ${CANARY.postcode}`);
  git(root, ['stash', 'push', '--quiet', '-m', 'scan in de stash']);
  return root;
}

const anonimiseer = (root: string, ...extra: string[]) => runCli(['anonimiseer', '--register', root, '--vandaag', PURGE_TODAY, ID, ...extra]);
const history = (root: string, path: string): string => gitRead(root, ['log', '--all', '--format=%s', '-p', '--', path]);

describe('klacht anonimiseer and the attachments', () => {
  it('with --dry-run says how many attachments would go, and removes nothing', async () => {
    const root = repository();
    const result = await anonimiseer(root, '--dry-run');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${ID}: zou veranderen: `);
    expect(result.stdout).toContain('; 3 bijlagen zouden worden verwijderd');
    for (const path of [SCAN, REPLY, OUTSIDE, OTHER_SCAN]) expect(existsSync(join(root, path)), path).toBe(true);
    expect(`${result.stdout}${result.stderr}`).not.toContain('handtekening-kanarie');
  });

  it('removes the attachments from the register with the personal data, and the register stays valid', async () => {
    const root = repository();
    const result = await anonimiseer(root);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`${ID}: geanonimiseerd: .*; 3 bijlagen verwijderd\\n`));
    for (const path of [SCAN, REPLY, OUTSIDE]) expect(existsSync(join(root, path)), path).toBe(false);
    // The emptied folders under bijlagen/ go (one elsewhere is the register's own); another complaint's folder and attachment stay.
    expect(existsSync(join(root, `bijlagen/${ID}`))).toBe(false);
    expect(readdirSync(join(root, 'post'))).toEqual([]);
    expect(readFileSync(join(root, OTHER_SCAN), 'utf8')).toBe(OTHER_SCAN_TEXT);
    // The fields that named them hold the marker, and valideer finds no missing attachment.
    expect(readFileSync(join(root, FILE), 'utf8')).not.toContain(OUTSIDE);
    const check = await runCli(['valideer', '--register', root, '--vandaag', PURGE_TODAY]);
    expect(check.code, check.stdout).toBe(0);
    expect(`${result.stdout}${result.stderr}${check.stdout}${check.stderr}`).not.toContain('handtekening-kanarie');
    // Without --geschiedenis the old versions are still in git, and it says so.
    expect(result.stderr).toContain('Gebruik --geschiedenis');
    // A second run: the complaint was anonymised and its attachments are gone.
    const again = await anonimiseer(root);
    expect(again.stdout).toContain(`${ID}: al geanonimiseerd.`);
  });

  it('an anonymised complaint whose attachment folder was left behind loses it on the next run', async () => {
    const root = repository();
    expect((await anonimiseer(root)).code).toBe(0);
    write(root, SCAN, `Scan van ${CANARY.name}`);
    const again = await anonimiseer(root);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`${ID}: al geanonimiseerd; 1 bijlage verwijderd.`);
    expect(existsSync(join(root, SCAN))).toBe(false);
  });

  it('with --geschiedenis removes every old version of the attachments from the history, and keeps the other complaint\'s', async () => {
    const root = repository();
    expect(canaryLeaks(allObjects(root))).not.toEqual([]);
    const otherHistory = history(root, OTHER_SCAN);
    expect(otherHistory).toContain(OTHER_SCAN_TEXT);

    const result = await anonimiseer(root, '--geschiedenis', '--ja');
    expect(result.code, result.stderr).toBe(0);
    // Versions of attachments: scan 1-4 (main, side branch, stash), the reply, the signature scan.
    expect(result.stdout).toMatch(/Geschiedenis herschreven: \d+ oude versies zonder persoonsgegevens \(6 versies van bijlagen verwijderd\)\./);
    expect(canaryLeaks(allObjects(root))).toEqual([]);
    for (const ref of ['main', 'zijtak', 'stash@{0}']) expect(canaryLeaks(gitRead(root, ['log', '-p', ref])), ref).toEqual([]);
    // What an old version of an attachment says now.
    expect(gitRead(root, ['show', `zijtak:${SCAN}`])).toBe('Deze bijlage is verwijderd na afloop van de bewaartermijn (klacht anonimiseer --geschiedenis).\n');
    // The other complaint's attachment, in the working tree and in every version, is as it was.
    expect(readFileSync(join(root, OTHER_SCAN), 'utf8')).toBe(OTHER_SCAN_TEXT);
    expect(history(root, OTHER_SCAN)).toBe(otherHistory);
    // Committed: the removal is in the commit that anonymised the file, and the tree is clean.
    expect(gitRead(root, ['ls-tree', '-r', '--name-only', 'main'])).not.toContain(`bijlagen/${ID}/`);
    expect(gitRead(root, ['status', '--porcelain'])).toBe('');
    expect(`${result.stdout}${result.stderr}`).not.toContain('handtekening-kanarie');

    // A second run finds nothing left to rewrite.
    const again = await anonimiseer(root, '--geschiedenis', '--ja');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Geschiedenis herschreven: 0 oude versies');
  }, 180_000);
});
