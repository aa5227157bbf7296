/**
 * A register does not change silently: a complaint replaced by a folder (or anything that is not a
 * file) under a `.md` name, a temporary file left behind, and complaints/ without
 * klachtenregister.yml are each said, never passed over.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { COMPLAINT, faultRegister, TODAY, VALID } from '../helpers/fault-register.js';
import { git } from '../helpers/git.js';
import { makeRegister, tempDir } from '../helpers/temp.js';
import { GONE_PID } from '../helpers/processes.js';

type Checked = { ok: boolean; files: number; findings: { file: string; rule: string; severity: string; message: string }[] };
const check = async (root: string): Promise<{ code: number; result: Checked }> => {
  const run = await runCli(['valideer', '--register', root, '--vandaag', TODAY, '--json']);
  return { code: run.code, result: JSON.parse(run.stdout) as Checked };
};

describe('what only looks like a complaint file', () => {
  it('a folder with a complaint\'s name is an error and still counts', async () => {
    const root = faultRegister();
    writeFileSync(join(root, 'complaints/2026/KL-2026-002.md'), VALID.replace('KL-2026-001', 'KL-2026-002'));
    expect((await check(root)).result.files).toBe(2);
    rmSync(join(root, 'complaints/2026/KL-2026-002.md'));
    mkdirSync(join(root, 'complaints/2026/KL-2026-002.md'));
    const { code, result } = await check(root);
    expect(code).toBe(1);
    expect(result.files).toBe(2);
    expect(result.findings).toEqual([expect.objectContaining({
      file: 'complaints/2026/KL-2026-002.md', rule: 'not-a-file', severity: 'error',
      message: 'complaints/2026/KL-2026-002.md is geen gewoon bestand (maar bijvoorbeeld een map): de klacht die hier hoort, wordt zo niet gelezen en niet meegeteld. Zet het klachtbestand zelf op deze plek.',
    })]);
    // A step on it refuses in Dutch instead of failing on the folder.
    const step = await runCli(['actie', 'KL-2026-002', '--actie', 'Gebeld', '--register', root, '--vandaag', TODAY]);
    expect(step.code).toBe(2);
    expect(step.stderr).toContain('complaints/2026/KL-2026-002.md is geen gewoon bestand');
  });

  it('a named pipe with a complaint\'s name is an error too', async () => {
    const root = faultRegister();
    expect(spawnSync('mkfifo', [join(root, 'complaints/2026/KL-2026-003.md')]).status).toBe(0);
    const { code, result } = await check(root);
    expect(code).toBe(1);
    expect(result.findings).toEqual([expect.objectContaining({ file: 'complaints/2026/KL-2026-003.md', rule: 'not-a-file' })]);
  });

  it('a name that starts with a dot is an error, and the complaint behind it is not lost to the other commands', async () => {
    const root = faultRegister();
    const other = (id: string): string => VALID.replace('KL-2026-001', id);
    writeFileSync(join(root, 'complaints/2026/.KL-2026-002.md'), other('KL-2026-002'));
    mkdirSync(join(root, 'complaints/.2026'));
    writeFileSync(join(root, 'complaints/.2026/KL-2026-003.md'), other('KL-2026-003'));
    mkdirSync(join(root, 'complaints/2026/.KL-2026-004.md'));
    // The placeholder klacht init writes is no complaint and no finding.
    writeFileSync(join(root, 'complaints/.gitkeep'), '');
    const { code, result } = await check(root);
    expect(code).toBe(1);
    expect(result.files).toBe(4);
    const hidden = result.findings.filter((f) => f.rule === 'hidden-name');
    expect(hidden.map((f) => f.file)).toEqual(['complaints/.2026', 'complaints/2026/.KL-2026-002.md', 'complaints/2026/.KL-2026-004.md']);
    expect(hidden[0]?.message).toBe('Deze naam begint met een punt: zo\'n bestand of map is verborgen (in de verkenner, in git-programma\'s) en een klacht erin valt makkelijk buiten beeld. '
      + 'Geef het een gewone naam (een klacht heet complaints/<jaar>/KL-<jaar>-<nummer>.md).');
    expect(result.findings.filter((f) => f.file === 'complaints/2026/.KL-2026-004.md').map((f) => f.rule).sort()).toEqual(['hidden-name', 'not-a-file']);
    // The complaints behind such names are read, with their own findings (the name is not the id).
    expect(result.findings.filter((f) => f.file === 'complaints/2026/.KL-2026-002.md').map((f) => f.severity)).toContain('error');
    const deadlines = await runCli(['termijnen', '--register', root, '--vandaag', TODAY, '--json']);
    const ids = new Set((JSON.parse(deadlines.stdout) as { deadlines: { id: string | null }[] }).deadlines.flatMap((d) => d.id ?? []));
    expect([...ids].sort()).toEqual(['KL-2026-001', 'KL-2026-002', 'KL-2026-003']);
    const anonymised = await runCli(['anonimiseer', 'KL-2026-002', '--dry-run', '--register', root, '--vandaag', TODAY]);
    expect(anonymised.stdout).toBe('KL-2026-002: niet geanonimiseerd: het bestand heeft fouten; herstel die eerst (klacht valideer).\n');
  });

  it('a temporary file left behind is an error, also in the form older versions of klacht wrote', async () => {
    const root = faultRegister();
    writeFileSync(join(root, 'complaints/2026/KL-2026-001.md.999999-0a1b2c3d.klacht-tmp'), VALID);
    writeFileSync(join(root, 'complaints/2026/.KL-2026-001.md.999999.0a1b2c3d.tmp'), VALID);
    const { code, result } = await check(root);
    expect(code).toBe(1);
    expect(result.findings.map((f) => [f.file, f.rule])).toEqual([
      ['complaints/2026/.KL-2026-001.md.999999.0a1b2c3d.tmp', 'leftover-temp-file'],
      ['complaints/2026/KL-2026-001.md.999999-0a1b2c3d.klacht-tmp', 'leftover-temp-file'],
    ]);
    expect(result.findings[1]?.message).toContain('Het kan persoonsgegevens bevatten: verwijder het');
    // The register's .gitignore (as klacht init writes it) keeps the new form out of git.
    expect(git(root, ['status', '--porcelain', '--untracked-files=all'])).toBe('?? complaints/2026/.KL-2026-001.md.999999.0a1b2c3d.tmp\n');
  });
});

describe('leftovers outside complaints/, and a .gitignore that would let them into git', () => {
  const TEMP = '999999-0a1b2c3d.klacht-tmp';

  it('a temporary file in the register\'s root, analyses/ or out/, a take-over marker and a lock left over are errors, and git ignores each', async () => {
    const root = faultRegister();
    mkdirSync(join(root, 'analyses'));
    mkdirSync(join(root, 'out'));
    const left = [`klachtenregister.yml.${TEMP}`, `analyses/2025.md.${TEMP}`, `out/KL-2026-001-formulier.pdf.${TEMP}`, '.klacht-lock.overname-0123456789abcdef.klacht-tmp'];
    for (const file of left) writeFileSync(join(root, file), VALID);
    writeFileSync(join(root, '.klacht-lock'), JSON.stringify({ pid: GONE_PID, host: hostname(), token: 'weg' }));
    const { code, result } = await check(root);
    expect(code).toBe(1);
    expect(result.findings.map((f) => [f.file, f.rule, f.severity])).toEqual([
      ['.klacht-lock', 'leftover-lock', 'error'],
      ['.klacht-lock.overname-0123456789abcdef.klacht-tmp', 'leftover-temp-file', 'error'],
      [`analyses/2025.md.${TEMP}`, 'leftover-temp-file', 'error'],
      [`klachtenregister.yml.${TEMP}`, 'leftover-temp-file', 'error'],
      [`out/KL-2026-001-formulier.pdf.${TEMP}`, 'leftover-temp-file', 'error'],
    ]);
    expect(result.findings[0]?.message).toBe('.klacht-lock is het slot van een klacht-opdracht die niet meer draait (of het is met git vastgelegd). Verwijder het, en leg het niet vast in git: zolang het er staat, wacht elke schrijvende klacht-opdracht eerst.');
    // The .gitignore klacht init writes keeps every one of them out of git.
    expect(git(root, ['status', '--porcelain', '--untracked-files=all'])).toBe('');
  });

  it('a register whose .gitignore lacks the lines for them gets a warning saying which lines to add', async () => {
    const root = faultRegister();
    // As klacht init wrote it before it knew of temporary files.
    writeFileSync(join(root, '.gitignore'), 'out/\npdf/\n*.pdf\n!analyses/*.pdf\nnode_modules/\n');
    const { code, result } = await check(root);
    expect(code).toBe(0);
    expect(result.findings).toEqual([expect.objectContaining({
      file: '.gitignore', rule: 'gitignore-lines', severity: 'warning',
      message: 'In .gitignore ontbreken regels die de tijdelijke bestanden en het slot van klacht buiten git houden (een tijdelijk bestand kan persoonsgegevens bevatten). Voeg deze regels toe: *.klacht-tmp en .klacht-lock',
    })]);
    // One line there (anywhere, also with a slash in front), the other one missing.
    writeFileSync(join(root, '.gitignore'), 'out/\n/.klacht-lock\n');
    expect((await check(root)).result.findings.map((f) => f.message)).toEqual(['In .gitignore ontbreken regels die de tijdelijke bestanden en het slot van klacht buiten git houden (een tijdelijk bestand kan persoonsgegevens bevatten). Voeg deze regel toe: *.klacht-tmp']);
  });
});

describe('complaints/ without klachtenregister.yml', () => {
  const refused = (root: string): string => `klacht: In ${root} staat een map complaints/ maar geen klachtenregister.yml. Zonder dat bestand zouden stilzwijgend de standaardregels gelden (procedure liberi), ook voor de termijnen. `
    + 'Zet het bestand terug (bijvoorbeeld met git checkout -- klachtenregister.yml), of maak een leeg klachtenregister.yml als de standaardregels bedoeld zijn.\n';

  it('is refused with exit 2 by every command that reads the register, before it reads anything', async () => {
    const awb = makeRegister({ 'klachtenregister.yml': 'procedure: awb\n', [COMPLAINT]: VALID });
    expect((await runCli(['termijnen', '--register', awb, '--vandaag', TODAY])).code).not.toBe(2);
    // A bad merge or a rename takes the configuration away: the terms would silently become Liberi's.
    renameSync(join(awb, 'klachtenregister.yml'), join(awb, 'klachtenregister.yml.orig'));
    // ondertekening takes the configuration from the base branch and fails closed there itself; init and instellingen read no register.
    for (const name of COMMAND_NAMES.filter((n) => !['ondertekening', 'init', 'instellingen'].includes(n))) {
      const result = await runCli([name, '--register', awb, '--vandaag', TODAY]);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toBe(refused(awb));
    }
  });

  it('an empty klachtenregister.yml says the defaults are meant', async () => {
    const root = makeRegister({ 'klachtenregister.yml': '', [COMPLAINT]: VALID });
    expect((await runCli(['valideer', '--register', root, '--vandaag', TODAY])).code).toBe(0);
  });

  it('klacht nieuw in an empty folder starts a register with a configuration, so the next command works', async () => {
    const root = tempDir();
    const made = await runCli(['nieuw', '--door', 'Anna Verzonnen', '--wijze', 'mondeling', '--naam', 'Iemand', '--omschrijving', 'Kort.', '--register', root, '--vandaag', TODAY]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toBe('klachtenregister.yml aangemaakt met de standaardinstellingen (procedure liberi).\n');
    expect((await runCli(['valideer', '--register', root, '--vandaag', TODAY])).code).toBe(0);
    // Where complaints/ exists already, nieuw does not make up a configuration.
    const bare = makeRegister({ [COMPLAINT]: VALID }, { withoutConfig: true });
    const refusedNew = await runCli(['nieuw', '--door', 'Anna Verzonnen', '--wijze', 'mondeling', '--naam', 'Iemand', '--omschrijving', 'Kort.', '--register', bare, '--vandaag', TODAY]);
    expect(refusedNew.code).toBe(2);
    expect(refusedNew.stderr).toBe(refused(bare));
  });
});
