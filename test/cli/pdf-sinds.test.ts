/**
 * klacht pdf --sinds: the PDFs of the complaints a push added or changed (the register's PDF
 * workflow), chosen by git; no browser when nothing changed.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { git, initRepository } from '../helpers/git.js';
import { tempDir } from '../helpers/temp.js';

const TODAY = ['--vandaag', '2026-11-24'];

function exampleInGit(): { root: string; first: string } {
  const root = tempDir('klacht-sinds-');
  cpSync(join(PROJECT_ROOT, 'examples/register'), root, { recursive: true });
  initRepository(root);
  return { root, first: git(root, ['rev-parse', 'HEAD']).trim() };
}

function change(root: string, file: string, message: string): void {
  const path = join(root, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/\n---\n/, '\n---\nAanvulling.\n'));
  git(root, ['commit', '--quiet', '-am', message]);
}

describe('klacht pdf --sinds', () => {
  it('prints only the complaints changed since the commit', async () => {
    const { root, first } = exampleInGit();
    change(root, 'complaints/2026/KL-2026-002.md', 'aanvulling');
    const out = tempDir('klacht-uit-');
    const result = await runCli(['pdf', '--sinds', first, '--soort', 'formulier', '--register', root, '--uit', out, ...TODAY]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Gewijzigd (${first}..HEAD): KL-2026-002.`);
    expect(readdirSync(out)).toEqual(['KL-2026-002-formulier.pdf']);
  }, 120_000);

  it('takes the last commit when the push names no earlier one (40 zeros: a new branch)', async () => {
    const { root } = exampleInGit();
    change(root, 'complaints/2026/KL-2026-003.md', 'aanvulling');
    const out = tempDir('klacht-uit-');
    const result = await runCli(['pdf', '--sinds', '0'.repeat(40), '--soort', 'formulier', '--register', root, '--uit', out, '--json', ...TODAY]);
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { files: { id: string }[] }).files.map((f) => f.id)).toEqual(['KL-2026-003']);
  }, 120_000);

  it('makes nothing, and starts no browser, when no complaint changed', async () => {
    const { root, first } = exampleInGit();
    writeFileSync(join(root, 'notitie.txt'), 'iets\n');
    git(root, ['add', '.']);
    git(root, ['commit', '--quiet', '-m', 'geen klacht']);
    const out = join(tempDir('klacht-uit-'), 'pdf');
    // A browser that can't start: had klacht tried, it would have failed.
    const result = await runCli(['pdf', '--sinds', first, '--register', root, '--uit', out, ...TODAY], { env: { PUPPETEER_EXECUTABLE_PATH: '/bestaat/niet' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Geen klachten gewijzigd (${first}..HEAD): er zijn geen PDF's gemaakt.\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('says a commit that does not exist, instead of quietly taking another range', async () => {
    const { root } = exampleInGit();
    const result = await runCli(['pdf', '--sinds', 'abc1234', '--register', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Commit 'abc1234' bestaat niet in deze repository (--sinds).");
  });

  it('is one way of choosing: not with ids or --alle', async () => {
    const { root, first } = exampleInGit();
    const result = await runCli(['pdf', 'KL-2026-001', '--sinds', first, '--register', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Kies klachtnummers, --alle of --sinds: één van de drie.');
  });
});
