/** The command line itself: help, wrong usage, exit codes, no stack traces. */
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, loadCommands } from '../../src/cli/main.js';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticRegister } from '../../bench/synthetic.js';
import { PROJECT_ROOT, runBin, runCli } from '../helpers/cli.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

describe('the klacht command line', () => {
  it('lists every command in Dutch with --help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Gebruik: klacht <opdracht> [opties]');
    for (const command of await loadCommands()) expect(result.stdout).toContain(command.spec.name);
  });

  it.each(COMMAND_NAMES)('has --help for %s', async (name) => {
    for (const argv of [[name, '--help'], ['--help', name], [name, '-h']]) {
      const result = await runCli(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Gebruik: klacht ${name}`);
      expect(result.stdout).toContain('Algemene opties');
      expect(result.stdout).toContain('--register <map>');
    }
  });

  it('takes `klacht help <opdracht>` as that command\'s --help, and a bare `klacht` as wrong usage', async () => {
    const help = await runCli(['help', 'valideer']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Gebruik: klacht valideer');
    const bare = await runCli(['--json']);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain('Opdrachten:');
    expect((await runCli(['help', 'valideren'])).stderr).toContain("Bedoelde u 'valideer'?");
  });

  it('suggests the command meant', async () => {
    const result = await runCli(['valideren']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("klacht: Onbekende opdracht 'valideren'. Bedoelde u 'valideer'? Zie 'klacht --help' voor alle opdrachten.\nZie 'klacht --help'.\n");
  });

  it('suggests the step command when a word is as close to it as to another command', async () => {
    const result = await runCli(['registeer', 'KL-2026-001']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Onbekende opdracht 'registeer'. Bedoelde u 'registreer'?");
  });

  it('takes a value that starts with a dash as the value, but not another option', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8') });
    const dashed = await runCli(['actie', 'KL-2026-001', '--actie', '- coach gebeld', '--register', root, '--json']);
    expect(dashed.code, dashed.stderr).toBe(0);
    expect(JSON.parse(dashed.stdout)).toMatchObject({ changed: ['acties.1.datum', 'acties.1.actie'] });
    expect(readFileSync(join(root, 'complaints/2026/KL-2026-001.md'), 'utf8')).toContain('actie: "- coach gebeld"');
    const missing = await runCli(['actie', 'KL-2026-001', '--actie', '--dry-run', '--register', root]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Optie '--actie' heeft een waarde nodig");
  });

  it('suggests the option meant', async () => {
    const result = await runCli(['valideer', '--registr', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Onbekende optie '--registr' bij 'klacht valideer'. Bedoelde u '--register'?");
    expect(result.stderr).toContain("Zie 'klacht valideer --help'.");
  });

  it('says how to write an option and its value that came as one argument, without repeating the value', async () => {
    const result = await runCli(['termijnen', '--vandaag 2026-11-24']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('De optie --vandaag en haar waarde staan samen in één argument. Geef ze als twee argumenten (in de GitHub Action: op twee regels), of schrijf --vandaag=<waarde>.');
    expect(result.stderr).not.toContain('2026-11-24');
    // Written with '=' it is understood (exit 1 here only because the example has overdue deadlines).
    const written = await runCli(['termijnen', '--vandaag=2026-11-24', '--register', 'examples/register'], { cwd: PROJECT_ROOT });
    expect(written.stderr).toBe('');
    expect(written.stdout).toContain('Termijnen op dinsdag 24 november 2026');
  });

  it('refuses an impossible --vandaag', async () => {
    const result = await runCli(['valideer', '--vandaag', '2026-02-30']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--vandaag moet een bestaande datum zijn');
  });

  it('says when an option needs a value', async () => {
    const result = await runCli(['valideer', '--register']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Optie '--register' heeft een waarde nodig: --register <map>.");
  });

  it('runs as a real process through bin/klacht.js without a stack trace for a user mistake', () => {
    const result = runBin(['valideer', '--register', '/bestaat/niet']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(result.stderr).toContain('bestaat niet');
    const help = runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Opdrachten:');
  });

  it('stops quietly when the reader of its output goes away (klacht termijnen | head)', async () => {
    // Far more output than a pipe holds, so that writing goes on after the reader has gone.
    const root = tempDir();
    writeSyntheticRegister(root, 300);
    const child = spawn(process.execPath, [`${PROJECT_ROOT}bin/klacht.js`, 'termijnen', '--uitleg', '--register', root, '--vandaag', '2026-11-24'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
  });
});
