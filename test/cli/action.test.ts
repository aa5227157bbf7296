/**
 * The GitHub Action (action.yml): bundle/action.mjs run as a real process with the inputs in the
 * environment, as GitHub passes them (INPUT_<NAME>), inside GitHub Actions (GITHUB_ACTIONS=true).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionArgv, withSummary, withToken } from '../../src/cli/action/action-inputs.js';
import { canaryLeaks, withCanaryEverywhere } from '../helpers/canary.js';
import { PROJECT_ROOT, type CliResult } from '../helpers/cli.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const ACTION = join(PROJECT_ROOT, 'bundle', 'action.mjs');
const KLACHT = join(PROJECT_ROOT, 'bundle', 'klacht.mjs');
const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GITHUB_ACTIONS: 'true' };

/** The action in `cwd` (the workspace) with these inputs. */
function runAction(cwd: string, inputs: Record<string, string>): CliResult {
  const env: Record<string, string> = { ...BASE_ENV };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [ACTION], { cwd, env, encoding: 'utf8', input: '' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A workspace with a copy of the example register in `folder`. */
function workspaceWithExample(folder = 'register'): string {
  const workspace = tempDir('klacht-actie-');
  cpSync(join(PROJECT_ROOT, 'examples/register'), join(workspace, folder), { recursive: true });
  return workspace;
}

describe('the GitHub Action', () => {
  it('validates the example register: exit 0, and its warnings as annotations', () => {
    const workspace = workspaceWithExample();
    const result = runAction(workspace, { opdracht: 'valideer', register: 'register', argumenten: '--vandaag\n2026-11-24\n' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('::warning file=register/complaints/');
    expect(result.stdout).not.toContain('::error');
  });

  it('gives exit 1 and an error annotation at the line for a register with an error', () => {
    const workspace = workspaceWithExample();
    const file = join(workspace, 'register/complaints/2026/KL-2026-001.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^status: /m);
    writeFileSync(file, text.replace(/^status: /m, 'staus: '));
    const result = runAction(workspace, { opdracht: 'valideer', register: 'register', argumenten: '--vandaag\n2026-11-24' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=register\/complaints\/2026\/KL-2026-001\.md,line=\d+,col=\d+,title=klacht unknown-key::Onbekend veld 'staus'/m);
  });

  it('says an unknown, a missing or a whole command line as opdracht in Dutch, exit 2', () => {
    const workspace = workspaceWithExample();
    const unknown = runAction(workspace, { opdracht: 'valideren', register: 'register' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Onbekende opdracht 'valideren'. Bedoelde u 'valideer'?");
    expect(unknown.stderr.trim().split('\n').pop()).toBe('Zie docs/referentie.md van klachtenregister, "De GitHub Action".');
    const missing = runAction(workspace, { register: 'register' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("De invoer 'opdracht' ontbreekt.");
    const line = runAction(workspace, { opdracht: 'valideer --json', register: 'register' });
    expect(line.code).toBe(2);
    expect(line.stderr).toContain("Zet opties onder 'argumenten', één per regel.");
    for (const result of [unknown, missing, line]) expect(result.stdout).toBe('');
  });

  it('passes every line of argumenten as one argument, spaces and quotes intact', () => {
    // A register folder whose name a shell would split and unquote.
    const folder = `het "register" van 't bureau`;
    const workspace = workspaceWithExample(folder);
    const result = runAction(workspace, { opdracht: 'termijnen', argumenten: `\n--register\n${folder}\n\n  --vandaag\r\n2026-11-24\n` });
    const direct = spawnSync(process.execPath, [KLACHT, 'termijnen', '--register', folder, '--vandaag', '2026-11-24'], { cwd: workspace, env: BASE_ENV, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Termijnen op dinsdag 24 november 2026');
    expect(result.stdout).toBe(direct.stdout);
    expect(result.code).toBe(direct.status);
  });

  it('never shows the complainant, not in findings nor in failures', () => {
    const valid = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');
    const guarded = withCanaryEverywhere(valid);
    const root = makeRegister({
      'klachtenregister.yml': 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\nmedewerkers:\n  - { naam: Anna Verzonnen, github: anna-verzonnen }\n',
      'complaints/2026/KL-2026-001.md': guarded,
      // The same file with an error, so that there are findings about a file with the canary.
      'complaints/2026/KL-2026-002.md': guarded.replace('KL-2026-001', 'KL-2026-002').replace(/^status: /m, 'staus: '),
    });
    const outputs = [
      runAction(root, { opdracht: 'valideer', argumenten: '--vandaag\n2026-11-24' }),
      runAction(root, { opdracht: 'termijnen', argumenten: '--vandaag\n2026-11-24' }),
      runAction(root, { opdracht: 'meldingen', argumenten: '--vandaag\n2026-11-24' }),
      runAction(root, { opdracht: 'valideer', argumenten: '--onbekend\nCarla Canarie' }),
    ];
    expect(outputs[0]?.code).toBe(1);
    expect(outputs[0]?.stdout).toContain('::error file=complaints/2026/KL-2026-002.md');
    for (const { stdout, stderr } of outputs) expect(canaryLeaks(stdout + stderr)).toEqual([]);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
    name?: unknown; description?: unknown;
    inputs?: Record<string, { description?: unknown; required?: unknown; default?: unknown }>;
    runs?: { using?: unknown; main?: unknown };
  };

  it('is a JavaScript action on Node 24 whose entry is in the committed bundle', () => {
    expect(action.runs?.using).toBe('node24');
    expect(action.runs?.main).toBe('bundle/action.mjs');
    expect(existsSync(join(PROJECT_ROOT, String(action.runs?.main)))).toBe(true);
    expect(typeof action.name).toBe('string');
  });

  it('describes itself and every input in Dutch, with the inputs the entry reads', () => {
    expect(String(action.description)).toMatch(/\b(de|het|een|van)\b/);
    const inputs = action.inputs ?? {};
    expect(Object.keys(inputs).sort()).toEqual(['argumenten', 'bevindingen-falen', 'opdracht', 'register', 'token']);
    for (const [name, spec] of Object.entries(inputs)) {
      expect(typeof spec.description, name).toBe('string');
      // Dutch: a common Dutch word, and none of the English ones a default template brings.
      expect(String(spec.description), name).toMatch(/\b(de|het|een|van|die|per)\b/);
      expect(String(spec.description), name).not.toMatch(/\b(the|and|which|with)\b/i);
    }
    expect(inputs.opdracht?.required).toBe(true);
    expect(inputs.register?.default).toBe('.');
    expect(inputs.token?.default).toBe('${{ github.token }}');
    expect(inputs['bevindingen-falen']?.default).toBe('true');
  });
});

describe('findings, the job summary and the token', () => {
  it('fails the step on findings unless bevindingen-falen is false; a wrong value runs nothing', () => {
    const workspace = workspaceWithExample();
    const inputs = { opdracht: 'termijnen', register: 'register', argumenten: '--open\n--vandaag\n2026-11-24' };
    expect(runAction(workspace, inputs).code).toBe(1);
    const green = runAction(workspace, { ...inputs, 'bevindingen-falen': 'false' });
    expect(green.code, green.stderr).toBe(0);
    expect(green.stdout).toContain('verlopen');
    const wrong = runAction(workspace, { ...inputs, 'bevindingen-falen': 'misschien' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("De invoer 'bevindingen-falen' is true of false, niet 'misschien'.");
    expect(wrong.stdout).toBe('');
  });

  it('writes the job summary of a command that has one, into GitHub\'s file for the step', () => {
    const workspace = workspaceWithExample();
    const summary = join(workspace, 'samenvatting.md');
    writeFileSync(summary, '');
    const env: Record<string, string> = { ...BASE_ENV, GITHUB_STEP_SUMMARY: summary, INPUT_OPDRACHT: 'termijnen', INPUT_REGISTER: 'register', INPUT_ARGUMENTEN: '--vandaag\n2026-11-24', 'INPUT_BEVINDINGEN-FALEN': 'false' };
    const result = spawnSync(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8', input: '' });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(summary, 'utf8')).toMatch(/^## /m);
    expect(withSummary(['valideer', '--register', '.'], false, { GITHUB_STEP_SUMMARY: summary })).toEqual(['valideer', '--register', '.']);
    expect(withSummary(['termijnen', '--samenvatting', 'eigen.md'], true, { GITHUB_STEP_SUMMARY: summary })).toEqual(['termijnen', '--samenvatting', 'eigen.md']);
  });

  it('hands the token input to klacht as GITHUB_TOKEN, unless the workflow set one', () => {
    expect(withToken({ INPUT_TOKEN: 'ghs_invoer' }).GITHUB_TOKEN).toBe('ghs_invoer');
    expect(withToken({ INPUT_TOKEN: 'ghs_invoer', GITHUB_TOKEN: 'ghs_eigen' }).GITHUB_TOKEN).toBe('ghs_eigen');
    expect(withToken({ INPUT_TOKEN: '  ' }).GITHUB_TOKEN).toBeUndefined();
  });
});

describe('the inputs as a command line', () => {
  it('puts the command first, the register next, then one argument per non-blank line', () => {
    expect(actionArgv({ INPUT_OPDRACHT: ' pdf ', INPUT_ARGUMENTEN: 'KL-2026-001\r\n\r\n--soort\n   \nformulier\n' }))
      .toEqual(['pdf', '--register', '.', 'KL-2026-001', '--soort', 'formulier']);
    expect(actionArgv({ INPUT_OPDRACHT: 'valideer', INPUT_REGISTER: 'mijn register' })).toEqual(['valideer', '--register', 'mijn register']);
    expect(() => actionArgv({ INPUT_OPDRACHT: '   ' })).toThrow("De invoer 'opdracht' ontbreekt.");
    expect(() => actionArgv({ INPUT_OPDRACHT: '--help' })).toThrow('alleen de naam van één opdracht');
  });
});
