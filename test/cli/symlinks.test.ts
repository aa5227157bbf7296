/**
 * Route 3 of issue 14: a symbolic link under complaints/ or analyses/ is an error of valideer, and
 * no command reads what it points to (the signature check sees only the link: ondertekening-routes.test.ts).
 */
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { makeRegister } from '../helpers/temp.js';

const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
const CONFIG = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n';
const CODEOWNERS = '* @fenna-fictief\n/complaints/ @fenna-fictief\n/analyses/ @fenna-fictief\n';

/** A register with one real complaint, a complaint file linked to notities/, a year folder linked to concept/, and a linked analysis. */
function linkedRegister(): string {
  const root = makeRegister({
    'klachtenregister.yml': CONFIG, '.github/CODEOWNERS': CODEOWNERS,
    'complaints/2026/KL-2026-001.md': valid,
    'notities/KL-2026-002.md': valid.replace(/KL-2026-001/g, 'KL-2026-002'),
    'concept/2027/KL-2027-001.md': valid.replace(/KL-2026-001/g, 'KL-2027-001').replace(/2026-03-0/g, '2027-03-0'),
    'notities/analyse.md': '# Analyse 2026\n',
  });
  symlinkSync('../../notities/KL-2026-002.md', join(root, 'complaints/2026/KL-2026-002.md'));
  symlinkSync('../concept/2027', join(root, 'complaints/2027'));
  mkdirSync(join(root, 'analyses'));
  symlinkSync('../notities/analyse.md', join(root, 'analyses/2026.md'));
  return root;
}

const opts = ['--vandaag', '2026-11-24'];

describe('symbolic links in the register', () => {
  it('valideer reports every link under complaints/ and analyses/, naming its path', async () => {
    const root = linkedRegister();
    const result = await runCli(['valideer', '--register', root, '--json', ...opts]);
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: { file: string; rule: string; message: string }[] }).findings.filter((f) => f.rule === 'symlink');
    expect(findings.map((f) => f.file)).toEqual(['analyses/2026.md', 'complaints/2026/KL-2026-002.md', 'complaints/2027']);
    expect(findings[2]?.message).toContain('complaints/2027 is een snelkoppeling (symbolische link).');
  });

  it('valideer reports a link named on the command line, also a linked folder', async () => {
    const root = linkedRegister();
    const file = await runCli(['valideer', 'complaints/2026/KL-2026-002.md', '--register', root, ...opts], { cwd: root });
    expect(file.code).toBe(1);
    expect(file.stdout).toContain('complaints/2026/KL-2026-002.md:1:1  fout  complaints/2026/KL-2026-002.md is een snelkoppeling');
    const folder = await runCli(['valideer', 'complaints/2027', '--register', root, ...opts], { cwd: root });
    expect(folder.code).toBe(1);
    expect(folder.stdout).toContain('complaints/2027:1:1  fout');
  });

  it('a complaints/ folder that is itself a link is reported and not read', async () => {
    const root = makeRegister({ 'klachtenregister.yml': CONFIG, 'elders/2026/KL-2026-001.md': valid });
    symlinkSync('elders', join(root, 'complaints'));
    const result = await runCli(['register', '--register', root, '--json', ...opts]);
    expect((JSON.parse(result.stdout) as { complaints: unknown[] }).complaints).toEqual([]);
    const checked = await runCli(['valideer', '--register', root, ...opts]);
    expect(checked.stdout).toContain('complaints:1:1  fout  complaints is een snelkoppeling');
  });

  it('register, termijnen and pdf do not read what the links point to', async () => {
    const root = linkedRegister();
    const list = await runCli(['register', '--register', root, '--json', ...opts]);
    expect((JSON.parse(list.stdout) as { complaints: { id: string }[] }).complaints.map((c) => c.id)).toEqual(['KL-2026-001']);
    const terms = await runCli(['termijnen', '--register', root, '--json', ...opts]);
    const deadlines = (JSON.parse(terms.stdout) as { deadlines: { id: string | null; kind: string; year?: number; state: string }[] }).deadlines;
    expect(new Set(deadlines.flatMap((d) => (d.id ? [d.id] : [])))).toEqual(new Set(['KL-2026-001']));
    // The linked analysis does not count as written.
    expect(deadlines.find((d) => d.kind === 'annual_analysis' && d.year === 2026)?.state).not.toMatch(/^met/);
    const pdf = await runCli(['pdf', 'KL-2027-001', '--register', root, '--uit', join(root, 'out'), ...opts]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('Klacht KL-2027-001 staat niet in het register');
  });

  it('jaaranalyse refuses to write through a linked analysis', async () => {
    const root = linkedRegister();
    const result = await runCli(['jaaranalyse', '2026', '--register', root, '--zonder-pdf', ...opts]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('analyses/2026.md is een snelkoppeling');
    expect(readFileSync(join(root, 'notities/analyse.md'), 'utf8')).toBe('# Analyse 2026\n');
  });

  it('a step changes nothing through a link, nor where a folder stands in the place of the file', async () => {
    const root = linkedRegister();
    mkdirSync(join(root, 'complaints/2026/KL-2026-003.md'));
    const step = (id: string) => runCli(['actie', id, '--actie', 'Gesprek', '--register', root, ...opts]);
    const refusals = await Promise.all(['KL-2026-002', 'KL-2027-001', 'KL-2026-003'].map(step));
    expect(refusals.map((r) => [r.code, r.stderr])).toEqual([
      [2, 'klacht: complaints/2026/KL-2026-002.md is een symbolische koppeling; klacht wijzigt daar niets. Zie klacht valideer.\n'],
      [2, 'klacht: complaints/2027 is een symbolische koppeling; klacht wijzigt daar niets. Zie klacht valideer.\n'],
      [2, 'klacht: complaints/2026/KL-2026-003.md is geen gewoon bestand (maar bijvoorbeeld een map); klacht wijzigt daar niets. Zie klacht valideer.\n'],
    ]);
    expect(readFileSync(join(root, 'notities/KL-2026-002.md'), 'utf8')).not.toContain('Gesprek');
    // A complaint that is not there at all is an unknown complaint, as before.
    expect((await step('KL-2026-009')).stderr).toContain('Klacht KL-2026-009 staat niet in het register.');
  });
});
