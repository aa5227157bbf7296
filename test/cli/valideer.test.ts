/** klacht valideer through the real command-line entry, on registers in temporary folders. */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { canaryLeaks } from '../helpers/canary.js';
import { git, initRepository } from '../helpers/git.js';
import { GitHubDouble } from '../helpers/github-double.js';
import { makeRegister } from '../helpers/temp.js';

const valid = readFileSync(new URL('../fixtures/valid/in-behandeling.md', import.meta.url), 'utf8');
const staus = readFileSync(new URL('../fixtures/invalid/unknown-key-staus.md', import.meta.url), 'utf8');
const future = readFileSync(new URL('../fixtures/invalid/date-in-the-future.md', import.meta.url), 'utf8');

describe('klacht valideer', () => {
  it('exits 0 on a valid register and says so in Dutch', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
    const result = await runCli(['valideer', '--register', root, '--vandaag', '2026-11-24']);
    expect(result).toEqual({ code: 0, stdout: '1 bestand gecontroleerd: alles in orde.\n', stderr: '' });
  });

  it('exits 1 on an error, with file, line, column, severity, message and rule', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': staus });
    const result = await runCli(['valideer', '--register', root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("complaints/2026/KL-2026-001.md:3:1  fout  Onbekend veld 'staus'. Bedoelde u 'status'?  [unknown-key]");
    expect(result.stdout).toContain('1 bestand gecontroleerd: 1 fout.');
  });

  it('exits 0 when there are only warnings', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': future });
    const result = await runCli(['valideer', '--register', root, '--vandaag', '2026-11-24']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('waarschuwing');
  });

  it('prints the contract JSON and nothing else on stdout with --json', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': staus, 'complaints/2026/KL-2026-002.md': valid.replace('KL-2026-001', 'KL-2026-002') });
    const result = await runCli(['valideer', '--json', '--register', root], { env: { GITHUB_ACTIONS: 'true' } });
    const document = JSON.parse(result.stdout);
    expect(document).toEqual({
      ok: false,
      files: 2,
      findings: [{
        file: 'complaints/2026/KL-2026-001.md', line: 3, column: 1, severity: 'error', rule: 'unknown-key', field: 'staus',
        message: "Onbekend veld 'staus'. Bedoelde u 'status'?",
        // Added to the contract's shape (more properties may be added): the rule's expected and actual, as vfile-message has them.
        expected: 'status', actual: 'staus',
      }],
    });
    expect(result.stdout).not.toContain('::error');
  });

  it('accepts global options before and after the command', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': staus });
    const before = await runCli(['--register', root, '--json', 'valideer']);
    const after = await runCli(['valideer', '--json', '--register', root]);
    expect(before).toEqual(after);
    expect(JSON.parse(before.stdout).ok).toBe(false);
  });

  it('adds GitHub annotations inside Actions, paths relative to the workspace', async () => {
    const workspace = makeRegister({ 'register/complaints/2026/KL-2026-001.md': staus });
    const result = await runCli(['valideer', '--register', 'register'], { cwd: workspace, env: { GITHUB_ACTIONS: 'true' } });
    expect(result.stdout).toContain("::error file=register/complaints/2026/KL-2026-001.md,line=3,col=1,title=klacht unknown-key::Onbekend veld 'staus'. Bedoelde u 'status'?");
  });

  it('validates only the files given, but checks ids against the whole register', async () => {
    const root = makeRegister({
      'complaints/2026/KL-2026-001.md': valid,
      'complaints/2026/KL-2026-002.md': staus.replace('KL-2026-001', 'KL-2026-002'),
      'complaints/2026/KL-2026-003.md': valid,
    });
    const one = await runCli(['valideer', '--register', root, '--json', 'complaints/2026/KL-2026-001.md']);
    expect(JSON.parse(one.stdout)).toMatchObject({ ok: true, files: 1, findings: [] });
    const third = await runCli(['valideer', '--register', root, '--json', join(root, 'complaints/2026/KL-2026-003.md')]);
    expect(JSON.parse(third.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('duplicate-id');
  });

  it('reports klachtenregister.yml findings with their place', async () => {
    const root = makeRegister({ 'klachtenregister.yml': 'procedure: liberi\nwaarschuwingdagen: 7\n', 'complaints/2026/KL-2026-001.md': valid });
    const result = await runCli(['valideer', '--register', root, '--json']);
    expect(JSON.parse(result.stdout).findings).toEqual([expect.objectContaining({
      file: 'klachtenregister.yml', line: 2, column: 1, rule: 'unknown-key', message: "Onbekend veld 'waarschuwingdagen'. Bedoelde u 'waarschuwing_dagen'?",
    })]);
  });

  it('never quotes the complainant in messages, even for broken files', async () => {
    const broken = valid.replace('rol: coachee', 'rol: Carla Canarie').replace('onderwerp: Bevestiging }', 'onderwerp: Bevestiging, Carla Canarie }');
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': broken });
    for (const argv of [['valideer'], ['valideer', '--json'], ['register'], ['register', '--json']]) {
      const result = await runCli([...argv, '--register', root], { env: { GITHUB_ACTIONS: 'true' } });
      expect(canaryLeaks(result.stdout + result.stderr), argv.join(' ')).toEqual([]);
    }
  });

  it('fails with exit 2 and a Dutch message when the register folder does not exist', async () => {
    const result = await runCli(['valideer', '--register', '/bestaat/niet']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'klacht: De map /bestaat/niet bestaat niet. Geef met --register de map van het klachtenregister op.\n' });
  });

  describe('--doel (pull requests)', () => {
    it('finds a number that another branch already took on the target branch and names the free one', async () => {
      const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
      initRepository(root);
      git(root, ['checkout', '--quiet', '-b', 'klacht-a']);
      writeFileSync(join(root, 'complaints/2026/KL-2026-002.md'), valid.replace('KL-2026-001', 'KL-2026-002'));
      git(root, ['add', '-A']);
      git(root, ['commit', '--quiet', '-m', 'a']);
      git(root, ['checkout', '--quiet', 'main']);
      git(root, ['checkout', '--quiet', '-b', 'klacht-b']);
      writeFileSync(join(root, 'complaints/2026/KL-2026-002.md'), valid.replace('KL-2026-001', 'KL-2026-002').replace('Kanariegeheim', 'Ander verhaal'));
      git(root, ['add', '-A']);
      git(root, ['commit', '--quiet', '-m', 'b']);
      git(root, ['checkout', '--quiet', 'main']);
      git(root, ['merge', '--quiet', 'klacht-a']);
      git(root, ['checkout', '--quiet', 'klacht-b']);

      const result = await runCli(['valideer', '--register', root, '--doel', 'main', '--json']);
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout).findings).toEqual([expect.objectContaining({
        file: 'complaints/2026/KL-2026-002.md', line: 2, column: 5, rule: 'id-taken',
        message: expect.stringContaining('Het eerstvolgende vrije nummer is KL-2026-003'),
      })]);
      // A complaint that only changes on this branch is not a new number.
      git(root, ['checkout', '--quiet', 'main']);
      git(root, ['checkout', '--quiet', '-b', 'wijziging']);
      writeFileSync(join(root, 'complaints/2026/KL-2026-001.md'), valid.replace('Kanariegeheim', 'Aangevuld'));
      expect((await runCli(['valideer', '--register', root, '--doel', 'main'])).code).toBe(0);
    });

    it('names another open branch that picked the same number, as a warning with the free number', async () => {
      const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
      initRepository(root);
      for (const [branch, story] of [['formulier/a', 'Eerste verhaal'], ['formulier/b', 'Ander verhaal']] as const) {
        git(root, ['checkout', '--quiet', '-b', branch, 'main']);
        writeFileSync(join(root, 'complaints/2026/KL-2026-002.md'), valid.replace('KL-2026-001', 'KL-2026-002').replace('Kanariegeheim', story));
        git(root, ['add', '-A']);
        git(root, ['commit', '--quiet', '-m', branch]);
      }
      // As on a runner: the other pull request's branch is a remote-tracking ref.
      git(root, ['update-ref', 'refs/remotes/origin/formulier/a', 'formulier/a']);
      git(root, ['branch', '--quiet', '-D', 'formulier/a']);

      const result = await runCli(['valideer', '--register', root, '--doel', 'main', '--json']);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).findings).toEqual([expect.objectContaining({
        file: 'complaints/2026/KL-2026-002.md', severity: 'warning', rule: 'id-on-other-branch',
        message: expect.stringMatching(/^Klachtnummer KL-2026-002 staat ook op branch origin\/formulier\/a\. Wie het eerst wordt samengevoegd, .* KL-2026-003:/),
      })]);
      // With GitHub at hand (as in the workflow): the pull request that holds the number.
      const github = await new GitHubDouble().start();
      try {
        github.pulls.set(12, { author: 'anna', headSha: git(root, ['rev-parse', 'origin/formulier/a']).trim(), reviews: [], headRef: 'formulier/a' });
        github.pulls.set(13, { author: 'bert', headSha: git(root, ['rev-parse', 'HEAD']).trim(), reviews: [], headRef: 'formulier/b' });
        const env = github.env();
        const named = await runCli(['valideer', '--register', root, '--doel', 'main', '--json'], { env });
        expect(JSON.parse(named.stdout).findings.map((f: { message: string }) => f.message)).toEqual([
          expect.stringMatching(/^Klachtnummer KL-2026-002 staat ook in pull request #12 \(branch formulier\/a\)\. Wie het eerst wordt samengevoegd, /),
        ]);
        // GitHub refusing to say (a token without pull-requests: read): the branch, and why not the pull request.
        github.failNext(403, 'GET');
        const refused = await runCli(['valideer', '--register', root, '--doel', 'main', '--json'], { env });
        expect(JSON.parse(refused.stdout).findings.map((f: { message: string }) => f.message)).toEqual([expect.stringMatching(/^Klachtnummer KL-2026-002 staat ook op branch origin\/formulier\/a\. /)]);
        expect(refused.stderr).toBe('Welke pull request branch origin/formulier/a heeft, kon klacht GitHub niet vragen: Het token mag geen pull requests lezen in liberi/klachten (403). '
          + 'Geef de workflow `permissions: pull-requests: read`, of het token de rechten "Pull requests: Read".\n');
      } finally {
        await github.stop();
      }
      expect(github.violations).toEqual([]);
      // Its own branch on the remote is not another one.
      git(root, ['update-ref', 'refs/remotes/origin/formulier/b', 'HEAD']);
      expect(JSON.parse((await runCli(['valideer', '--register', root, '--doel', 'main', '--json'])).stdout).findings).toHaveLength(1);
    });

    it('says so when the target branch does not exist', async () => {
      const root = makeRegister({ 'complaints/2026/KL-2026-001.md': valid });
      initRepository(root);
      const result = await runCli(['valideer', '--register', root, '--doel', 'origin/main']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("Branch 'origin/main' bestaat niet");
    });
  });
});

describe('klacht valideer and the attachments a complaint names (issue 22)', () => {
  const withAttachments = (letter: string, scan: string): string => valid
    .replace('onderwerp: Bevestiging }', `onderwerp: Bevestiging, bijlage: ${letter} }`)
    .replace('wijze: handtekening op klachtenformulier }', `wijze: handtekening op klachtenformulier, bijlage: ${scan} }`);

  it('passes when each named attachment is a file in the register', async () => {
    const root = makeRegister({
      'complaints/2026/KL-2026-001.md': withAttachments('bijlagen/KL-2026-001/kanarie-brief.pdf', 'elders/kanarie-scan.pdf'),
      'bijlagen/KL-2026-001/kanarie-brief.pdf': '%PDF-1.7', 'elders/kanarie-scan.pdf': '%PDF-1.7',
    });
    const result = await runCli(['valideer', '--register', root, '--vandaag', '2026-11-24']);
    expect(result.stdout + result.stderr).not.toContain('bijlage');
    expect(result.code).toBe(0);
  });

  it('finds one that is missing and one outside the register, at its line and column, without its path', async () => {
    const root = makeRegister({ 'complaints/2026/KL-2026-001.md': withAttachments('bijlagen/KL-2026-001/kanarie-brief.pdf', '../kanarie-scan.pdf') });
    const result = await runCli(['valideer', '--register', root, '--vandaag', '2026-11-24', '--json']);
    expect(result.code).toBe(1);
    const { findings } = JSON.parse(result.stdout) as { findings: { rule: string; line: number; column: number; field: string; message: string }[] };
    expect(findings.map(({ rule, line, column, field }) => ({ rule, line, column, field }))).toEqual([
      { rule: 'attachment-missing', line: 24, column: 103, field: 'correspondentie.0.bijlage' },
      { rule: 'attachment-path', line: 26, column: 85, field: 'ondertekening.indiener.bijlage' },
    ]);
    expect(findings[0]?.message).toBe('De bijlage van brief 1 in de correspondentie staat niet in het register. Zet het bestand in bijlagen/KL-2026-001/ (op GitHub: Add file → Upload files, als pull request), of pas het pad aan.');
    expect(result.stdout).not.toContain('kanarie');
  });

  it('does not follow a link out of the register, and finds a folder named as a file', async () => {
    const outside = makeRegister({ 'geheim.pdf': 'buiten' });
    const root = makeRegister({
      'complaints/2026/KL-2026-001.md': withAttachments('bijlagen/KL-2026-001/link.pdf', 'bijlagen/KL-2026-001/map'),
      'bijlagen/KL-2026-001/map/x.pdf': '%PDF-1.7',
    });
    symlinkSync(join(outside, 'geheim.pdf'), join(root, 'bijlagen/KL-2026-001/link.pdf'));
    const result = await runCli(['valideer', '--register', root, '--vandaag', '2026-11-24', '--json']);
    const { findings } = JSON.parse(result.stdout) as { findings: { rule: string }[] };
    expect(findings.map((f) => f.rule)).toEqual(['attachment-path', 'attachment-missing']);
  });
});
