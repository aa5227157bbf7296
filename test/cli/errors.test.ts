/**
 * Every command, pointed at a wrong place or at a git that fails, answers with a Dutch sentence
 * and exit code 2 (or does its work where it needs no git): never "interne fout", never a stack
 * trace, never the complainant's data.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, loadCommands } from '../../src/cli/main.js';
import { canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runBin, runCli, type CliResult } from '../helpers/cli.js';
import { initRepository } from '../helpers/git.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const TODAY = ['--vandaag', '2026-11-24'];
const VALID = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');

/** One harmless invocation per command: needs no browser, no token and no terminal. */
const INVOCATIONS: Readonly<Record<string, readonly string[]>> = {
  valideer: ['valideer'],
  termijnen: ['termijnen'],
  register: ['register'],
  zoek: ['zoek', 'planning'],
  nieuw: ['nieuw', '--door', 'Anna Verzonnen', '--wijze', 'mondeling', '--naam', 'Iemand Anders', '--omschrijving', 'Een klacht.'],
  pdf: ['pdf', 'KL-2026-001', '--soort', 'verlenging'],
  jaaranalyse: ['jaaranalyse', '2026', '--zonder-pdf'],
  meldingen: ['meldingen', '--dry-run'],
  ondertekening: ['ondertekening'],
  anonimiseer: ['anonimiseer', '--dry-run'],
  inzage: ['inzage', '--naam', 'Iemand'],
  init: ['init', 'nieuw-register', '--organisatie', 'Zorg', '--directie', 'A=a', '--actie', `uitgever/klacht@${'0'.repeat(39)}1`],
  instellingen: ['instellingen', '--repo', 'liberi/klachten'],
  voorstel: ['voorstel', '--stap', 'Registratie'],
  formulieren: ['formulieren', '--actie', `uitgever/klacht@${'0'.repeat(39)}1`, '--dry-run'],
  registreer: ['registreer', 'KL-2026-001', '--klachtverantwoordelijke', 'Fenna Fictief', '--dry-run'],
  teken: ['teken', 'KL-2026-001', '--wijze', 'handtekening op klachtenformulier', '--dry-run'],
  brief: ['brief', 'KL-2026-001', '--richting', 'in', '--soort', 'overig', '--dry-run'],
  actie: ['actie', 'KL-2026-001', '--actie', 'Gebeld', '--dry-run'],
  verleng: ['verleng', 'KL-2026-001', '--reden', 'Wacht op verslag', '--nieuwe-termijn', '2026-12-31', '--dry-run'],
  reactie: ['reactie', 'KL-2026-001', '--oorzaak', 'Planning', '--oplossing', 'Excuses', '--standpunt-directie', 'Terecht', '--dry-run'],
  // The fixture's complaint has no reply yet: the harmless answer is the Dutch refusal below.
  'handel-af': ['handel-af', 'KL-2026-001', '--behandelaar', 'Fenna Fictief', '--standpunt-indiener', 'Wil excuses', '--overeenstemming', '--dry-run'],
  // The fixture's complaint has no measures: the harmless answer is the Dutch refusal below.
  maatregel: ['maatregel', 'KL-2026-001', '--nummer', '1', '--status', 'uitgevoerd', '--dry-run'],
};
/** Commands whose invocation above is refused on the fixture's complaint, in Dutch, exit 2. */
const REFUSED_ON_FIXTURE: Readonly<Record<string, string>> = {
  maatregel: 'Klacht KL-2026-001: De klacht heeft geen maatregelen.',
  'handel-af': 'Klacht KL-2026-001: De inhoud van de reactie aan de indiener ligt nog niet vast',
};
/** init takes its folder as an argument, not with --register: it has tests of its own below. */
const NAMES = COMMAND_NAMES.filter((name) => name !== 'init');
/** Commands that never read the register folder (klacht instellingen audits GitHub): --register is not theirs to check. */
const WITHOUT_REGISTER = new Set((await loadCommands()).filter((c) => c.spec.usesRegister === false).map((c) => c.spec.name));
const REGISTER_NAMES = NAMES.filter((name) => !WITHOUT_REGISTER.has(name));
/** Commands that need GitHub before anything else; without a token they say so, exit 2. */
const NEEDS_GITHUB: Readonly<Record<string, string>> = { instellingen: 'GITHUB_TOKEN ontbreekt' };

function expectDutchFailure(result: CliResult, message: RegExp | string): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toMatch(typeof message === 'string' ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : message);
  expectNoInternals(result);
}

function expectNoInternals(result: CliResult): void {
  const all = result.stdout + result.stderr;
  expect(all).not.toContain('interne fout');
  expect(all).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(canaryLeaks(all)).toEqual([]);
}

/** A folder holding `git`, a script that fails every call (or every call but the repository check). */
function failingGit(answersRepositoryCheck: boolean): string {
  const folder = tempDir('klacht-git-');
  const check = answersRepositoryCheck ? 'if [ "$1" = "rev-parse" ] && [ "$2" = "--is-inside-work-tree" ]; then echo true; exit 0; fi\n' : '';
  writeFileSync(join(folder, 'git'), `#!/bin/sh\n${check}echo "fatal: de schijf met de repository is weg" >&2\nexit 128\n`);
  chmodSync(join(folder, 'git'), 0o755);
  return folder;
}

describe('every command has an invocation in this test', () => {
  it('covers the whole command list', () => {
    expect(Object.keys(INVOCATIONS).sort()).toEqual([...COMMAND_NAMES].sort());
  });
});

describe('a wrong --register', () => {
  it.each(REGISTER_NAMES)('%s: a folder that does not exist', async (name) => {
    const missing = join(tempDir(), 'bestaat-niet');
    expectDutchFailure(await runCli([...(INVOCATIONS[name] ?? []), '--register', missing, ...TODAY]), `De map ${missing} bestaat niet. Geef met --register de map van het klachtenregister op.`);
  });

  it.each(REGISTER_NAMES)('%s: a file instead of a folder', async (name) => {
    const file = join(tempDir(), 'klachtenregister.yml');
    writeFileSync(file, 'procedure: liberi\n');
    expectDutchFailure(await runCli([...(INVOCATIONS[name] ?? []), '--register', file, ...TODAY]), `${file} is een bestand, geen map.`);
  });
});

describe('a command that never reads the register folder', () => {
  it('is instellingen, which audits GitHub, and init, which makes the folder it is given', () => {
    expect([...WITHOUT_REGISTER].sort()).toEqual(['init', 'instellingen']);
  });

  it.each([...WITHOUT_REGISTER].filter((name) => name !== 'init'))('%s does not look at --register (it goes on to ask for a token)', async (name) => {
    const missing = join(tempDir(), 'bestaat-niet');
    expectDutchFailure(await runCli([...(INVOCATIONS[name] ?? []), '--register', missing, ...TODAY]), NEEDS_GITHUB[name] ?? '');
  });
});

describe('a folder that is not a register', () => {
  it.each(REGISTER_NAMES.filter((name) => name !== 'nieuw'))('%s refuses it instead of finding nothing wrong there', async (name) => {
    const folder = makeRegister({ 'notities.md': 'iets anders' });
    expectDutchFailure(await runCli([...(INVOCATIONS[name] ?? []), '--register', folder, ...TODAY]), `De map ${folder} is geen klachtenregister: er staat geen klachtenregister.yml en geen map complaints/ in.`);
  });

  it('nieuw may start a register in an empty folder', async () => {
    const folder = tempDir();
    const result = await runCli([...(INVOCATIONS.nieuw ?? []), '--register', folder, ...TODAY]);
    expect(result.code, result.stderr).toBe(0);
    expectNoInternals(result);
  });
});

describe('a register that is not a git repository', () => {
  const needsGit: Readonly<Record<string, string>> = {
    ondertekening: 'Het register staat niet in git',
    voorstel: 'Het register staat niet in git',
    ...NEEDS_GITHUB,
  };
  it.each(NAMES)('%s works without git, or says it needs git', async (name) => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': VALID });
    const result = await runCli([...(INVOCATIONS[name] ?? []), '--register', root, ...TODAY]);
    const expected = needsGit[name] ?? REFUSED_ON_FIXTURE[name];
    if (expected !== undefined) expectDutchFailure(result, expected);
    else {
      expect([0, 1], result.stderr).toContain(result.code);
      expectNoInternals(result);
    }
  });
});

describe('a git that fails', () => {
  function gitRegister(): string {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': VALID, 'analyses/2025.md': '# Jaaranalyse 2025\n' });
    initRepository(root);
    return root;
  }

  it.each(NAMES)('%s: git fails on every call (the register counts as not in git)', (name) => {
    const shim = failingGit(false);
    const result = runBin([...(INVOCATIONS[name] ?? []), '--register', gitRegister(), ...TODAY], { env: { PATH: `${shim}:${process.env.PATH ?? ''}` } });
    if (name === 'ondertekening' || name === 'voorstel') expectDutchFailure(result, 'Het register staat niet in git');
    else if (NEEDS_GITHUB[name] !== undefined) expectDutchFailure(result, NEEDS_GITHUB[name]);
    else if (REFUSED_ON_FIXTURE[name] !== undefined) expectDutchFailure(result, REFUSED_ON_FIXTURE[name]);
    else {
      expect([0, 1], result.stderr).toContain(result.code);
      expectNoInternals(result);
    }
  });

  // These read no git here: valideer never (without --doel), pdf and inzage only for the form and
  // the dossier (signatures), which this letter and this search do not print, zoek and the step commands
  // never. Every other command
  // reads git (analyses, history, branches, merges) and must stop with git's reason.
  const readsNoGit = new Set(['formulieren', 'valideer', 'pdf', 'inzage', 'zoek', 'registreer', 'teken', 'brief', 'actie', 'verleng', 'reactie', 'handel-af', 'maatregel']);
  it.each(NAMES)('%s: git fails after the repository check', (name) => {
    const shim = failingGit(true);
    const result = runBin([...(INVOCATIONS[name] ?? []), '--register', gitRegister(), ...TODAY], { env: { PATH: `${shim}:${process.env.PATH ?? ''}` } });
    if (NEEDS_GITHUB[name] !== undefined) {
      expectDutchFailure(result, NEEDS_GITHUB[name]);
    } else if (name === 'voorstel') {
      // It asks git whether this is a repository, then wants the token before any other git call.
      expectDutchFailure(result, 'GITHUB_TOKEN ontbreekt');
    } else if (REFUSED_ON_FIXTURE[name] !== undefined) {
      expectDutchFailure(result, REFUSED_ON_FIXTURE[name]);
    } else if (readsNoGit.has(name)) {
      expect([0, 1], result.stderr).toContain(result.code);
      expectNoInternals(result);
    } else {
      expectDutchFailure(result, /^klacht: git faalde bij het (lezen|bepalen) van .+ \(met KLACHT_DEBUG=1 ziet u wat git zelf meldde\)\n$/);
    }
  });
  it('pdf of a form, which shows the signatures from git, stops with git\'s reason', () => {
    const shim = failingGit(true);
    const result = runBin(['pdf', 'KL-2026-001', '--soort', 'formulier', '--register', gitRegister(), ...TODAY], { env: { PATH: `${shim}:${process.env.PATH ?? ''}` } });
    expectDutchFailure(result, /^klacht: git faalde bij het lezen van HEAD \(met KLACHT_DEBUG=1 ziet u wat git zelf meldde\)\n$/);
    // git's own words, for a maintainer who asks.
    const debug = runBin(['pdf', 'KL-2026-001', '--soort', 'formulier', '--register', gitRegister(), ...TODAY], { env: { PATH: `${shim}:${process.env.PATH ?? ''}`, KLACHT_DEBUG: '1' } });
    expect(debug.stderr).toBe('klacht: git faalde bij het lezen van HEAD (met KLACHT_DEBUG=1 ziet u wat git zelf meldde)\ngit: fatal: de schijf met de repository is weg\n');
  }, 60_000);
});

describe('a failure nobody foresaw', () => {
  it('is said in Dutch from the system error code, without "interne fout"', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': VALID });
    mkdirSync(join(root, 'analyses'));
    // A folder where the yearly analysis must write its Markdown file: writing it fails with EISDIR.
    mkdirSync(join(root, 'analyses', '2026.md'));
    const result = await runCli(['jaaranalyse', '2026', '--zonder-pdf', '--register', root, ...TODAY]);
    expectDutchFailure(result, /^klacht: Schrijven mislukt: .+\/analyses\/2026\.md is een map, geen bestand \(EISDIR\)\. Er is niets veranderd\.\n$/);
  });
});

describe('output that cannot be written', () => {
  it('is said in Dutch with exit code 2, never passed off as success (a full disk behind > rapport.json)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/klacht.js'), 'valideer', '--json', '--register', join(PROJECT_ROOT, 'examples/register'), ...TODAY], {
        stdio: ['ignore', full, 'pipe'], encoding: 'utf8',
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe('klacht: de uitvoer kon niet worden weggeschreven (ENOSPC); het resultaat is onvolledig.\n');
    } finally {
      closeSync(full);
    }
  });
});

describe('klacht init in a wrong place or with a failing git', () => {
  it('a file where the folder should be', async () => {
    const file = join(tempDir(), 'register');
    writeFileSync(file, 'iets\n');
    expectDutchFailure(await runCli([...(INVOCATIONS.init ?? []).slice(0, 1), file, ...(INVOCATIONS.init ?? []).slice(2)]), `${file} is een bestand, geen map. Geef een (nieuwe of lege) map op.`);
  });

  it('git that fails: the register is there, and the message says how to start git by hand', () => {
    const parent = tempDir();
    const result = runBin(INVOCATIONS.init ?? [], { cwd: parent, env: { PATH: `${failingGit(false)}:${process.env.PATH ?? ''}` } });
    expectDutchFailure(result, /^klacht: Het register staat klaar in .+nieuw-register, maar git faalde bij het maken van een git-repository \(met KLACHT_DEBUG=1 ziet u wat git zelf meldde\)\nMaak de repository zelf: git init --initial-branch=main\.\n$/);
    expect(readFileSync(join(parent, 'nieuw-register', '.github/CODEOWNERS'), 'utf8')).toContain('* @a');
  });
});
