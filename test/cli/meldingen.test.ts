/**
 * klacht meldingen over real HTTP: the real octokit client (with its retry and throttling plugins)
 * against a GitHub API double on loopback, whose requests and responses are checked against
 * GitHub's OpenAPI description. The register's complaint is the canary complainant.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CANARY, canaryLeaks } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { useGitHubDouble } from '../helpers/use-github-double.js';
import { makeRegister } from '../helpers/temp.js';

const valid = readFileSync(new URL('../fixtures/valid/in-behandeling.md', import.meta.url), 'utf8');
const FILE = 'complaints/2026/KL-2026-001.md';
// On 24 November 2026 the canary complaint's response (due 9 March 2026) is overdue; nothing else is open.
const TODAY = '2026-11-24';
const CONFIG = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n';

// Whatever a test does, every request fits GitHub's description (useGitHubDouble checks it)...
const github = useGitHubDouble();
let root: string;

beforeEach(() => {
  root = makeRegister({ 'klachtenregister.yml': CONFIG, [FILE]: valid });
});

afterEach(() => {
  // ... and none holds personal data.
  for (const request of github.requests) expect(canaryLeaks(request.rawBody), `${request.method} ${request.path}`).toEqual([]);
});

async function meldingen(args: string[] = [], env: Record<string, string> = {}) {
  return runCli(['meldingen', '--register', root, '--vandaag', TODAY, ...args], {
    env: github.env(env),
  });
}

function withReply(text: string): string {
  return text.replace(
    '  - { datum: 2026-03-03, richting: uit, soort: ontvangstbevestiging, onderwerp: Bevestiging }',
    '  - { datum: 2026-03-03, richting: uit, soort: ontvangstbevestiging, onderwerp: Bevestiging }\n  - { datum: 2026-03-06, richting: uit, soort: reactie, onderwerp: Reactie }',
  );
}

describe('klacht meldingen against the GitHub double', () => {
  it('opens one issue per overdue deadline and the dashboard; a second run changes nothing', async () => {
    const first = await meldingen();
    expect(first.code).toBe(0);
    expect(github.issues.map((i) => i.title)).toEqual(['Verlopen: reactie KL-2026-001 (uiterlijk 9 maart 2026)', 'Klachtenregister']);
    const [issue, dashboard] = github.issues;
    expect(issue?.body).toContain('<!-- klachtenregister:sleutel=KL-2026-001/response -->');
    expect(issue?.body).toContain('ingediend 2 maart 2026 + 5 werkdagen = 9 maart 2026');
    expect(issue?.labels).toEqual(['klachtenregister', 'termijn verlopen']);
    expect(issue?.assignees).toEqual(['fenna-fictief']);
    expect(dashboard?.body).toContain('| KL-2026-001 | in behandeling | Fenna Fictief | 9 maart 2026 | **verlopen** |');
    expect(first.stdout).toContain('2 geopend');

    const writesBefore = github.writes().length;
    const second = await meldingen();
    expect(second.code).toBe(0);
    expect(github.writes().length).toBe(writesBefore);
    expect(second.stdout).toContain('Alles was al in orde.');
  });

  it('closes the issue with a comment once the deadline is met, and reopens it when it falls overdue again', async () => {
    await meldingen();
    writeFileSync(join(root, FILE), withReply(valid));
    const closing = await meldingen();
    expect(closing.code).toBe(0);
    const issue = github.issues[0];
    expect(issue?.state).toBe('closed');
    expect(issue?.comments).toEqual(['De termijn is gehaald: gedaan op 6 maart 2026.']);

    // The reply is taken out again (it was recorded by mistake): the same issue comes back.
    writeFileSync(join(root, FILE), valid);
    const reopening = await meldingen();
    expect(reopening.code).toBe(0);
    expect(github.issues.filter((i) => i.title.includes('KL-2026-001'))).toHaveLength(1);
    expect(issue?.state).toBe('open');
    expect(issue?.comments.at(-1)).toBe('Heropend: deze termijn is opnieuw (bijna) verlopen.');
    expect(reopening.stdout).toContain('heropend');
  });

  it('finds its issues among more than 100 (pagination) without opening a duplicate', async () => {
    for (let n = 1; n <= 130; n++) github.seed({ title: `Oud ${n}`, body: `<!-- klachtenregister:sleutel=KL-2020-${String(n).padStart(3, '0')}/response -->`, state: 'closed' });
    await meldingen(); // opens KL-2026-001/response and the dashboard as issues 131 and 132
    for (let n = 1; n <= 20; n++) github.seed({ title: `Later ${n}`, body: null, labels: ['klachtenregister'] });
    const before = github.issues.length;
    const result = await meldingen();
    expect(result.code).toBe(0);
    expect(github.issues.length).toBe(before);
    const pages = github.requests.filter((r) => r.method === 'GET').slice(-2).map((r) => r.query.get('page'));
    expect(pages).toEqual([null, '2']);
  });

  it('retries a 502 from GitHub and carries on', async () => {
    github.failNext(502, 'POST');
    const result = await meldingen();
    expect(result.code).toBe(0);
    const posts = github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues'));
    expect(posts.map((r) => r.status)).toEqual([502, 201, 201]);
    expect(github.issues).toHaveLength(2);
  });

  it('gives a clear Dutch error for a bad token (401) and a missing one, and sends nothing', async () => {
    const bad = await meldingen([], { GITHUB_TOKEN: 'verkeerd' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('GitHub weigert het token (401)');
    expect(bad.stderr).not.toContain('verkeerd');
    const missing = await meldingen([], { GITHUB_TOKEN: '' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('GITHUB_TOKEN ontbreekt');
    expect(github.writes()).toEqual([]);
  });

  it('plans without sending with --dry-run, reading the existing issues when there is a token', async () => {
    await meldingen();
    writeFileSync(join(root, FILE), withReply(valid));
    const writes = github.writes().length;
    const result = await meldingen(['--dry-run', '--json']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as { actions: { action: string; key: string; title: string; body: string; number?: number }[] };
    expect(plan.actions.map((a) => [a.action, a.key, a.number])).toEqual([['close', 'KL-2026-001/response', 1], ['update', 'dashboard', 2]]);
    expect(github.writes().length).toBe(writes);
  });

  it('still opens the issue when GitHub refuses the assignee (422), and says so', async () => {
    github.assignable = new Set();
    const result = await meldingen();
    expect(result.code).toBe(0);
    expect(github.issues[0]).toMatchObject({ title: 'Verlopen: reactie KL-2026-001 (uiterlijk 9 maart 2026)', assignees: [] });
    expect(result.stderr).toContain('Toewijzen aan @fenna-fictief lukt niet');
  });

  it('keeps to the budget of writes and says what was put off', async () => {
    const result = await meldingen(['--max-acties', '1']);
    expect(result.code).toBe(0);
    expect(github.writes()).toHaveLength(1);
    expect(result.stderr).toContain('1 actie uitgesteld tot de volgende keer');
  });

  it('never sends the complainant\'s name, address, e-mail, phone or description', async () => {
    expect(valid).toContain(CANARY.name);
    await meldingen();
    writeFileSync(join(root, FILE), withReply(valid));
    await meldingen();
    expect(github.requests.length).toBeGreaterThan(4);
    // The check itself is in afterEach, over every request body of every test.
  });
});

describe('klacht meldingen --dry-run without a token', () => {
  it('plans the example register as if no issue existed yet', async () => {
    const result = await runCli(['meldingen', '--dry-run', '--register', join(PROJECT_ROOT, 'examples/register'), '--vandaag', TODAY], { env: {} });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Plan zonder GITHUB_TOKEN');
    expect(result.stdout).toMatch(/openen\s+KL-2026-005\/response\s+Verlopen: reactie KL-2026-005 \(uiterlijk 9 november 2026\)/);
    expect(result.stdout).toMatch(/openen\s+dashboard\s+Klachtenregister/);
    const json = await runCli(['meldingen', '--dry-run', '--json', '--register', join(PROJECT_ROOT, 'examples/register'), '--vandaag', TODAY], { env: {} });
    const plan = JSON.parse(json.stdout) as { actions: { action: string; key: string; title: string; body: string }[] };
    expect(plan.actions.every((a) => a.action === 'open' && a.title && a.body.startsWith('<!-- klachtenregister:sleutel='))).toBe(true);
    expect(new Set(plan.actions.map((a) => a.key)).size).toBe(plan.actions.length);
  });
});
