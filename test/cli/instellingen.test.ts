/**
 * klacht instellingen over real HTTP: the real octokit client against the GitHub double, whose
 * settings endpoints (test/helpers/github-settings.ts) answer like GitHub, every request and
 * response checked against GitHub's OpenAPI description.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { useGitHubDouble } from '../helpers/use-github-double.js';
import { asWorkflowToken, checksRule, goodProtection, goodSettings, tagRuleset } from '../helpers/github-settings.js';
import { makeRegister, tempDir } from '../helpers/temp.js';

const github = useGitHubDouble();

function env(extra: Record<string, string> = {}): Record<string, string> {
  return github.env(extra);
}

async function instellingen(args: string[] = [], extra: Record<string, string> = {}) {
  // A folder that is no register: the command audits GitHub and never reads it.
  return runCli(['instellingen', '--register', tempDir(), '--vandaag', '2026-11-24', ...args], { env: env(extra) });
}

/** A loopback port nothing listens on (bound, then closed again). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function line(stdout: string, label: string): string {
  return stdout.split('\n').find((l) => l.includes(`${label}:`)) ?? '';
}

describe('klacht instellingen against the GitHub double', () => {
  it('reports every setting in order with an admin token, exit 0', async () => {
    const result = await instellingen();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Instellingen van liberi/klachten (hoofdtak main):');
    const states = result.stdout.split('\n').filter((l) => /^(in orde|FOUT|onbekend) /.test(l)).map((l) => l.slice(0, 9).trim());
    expect(states).toEqual(Array(20).fill('in orde'));
    expect(line(result.stdout, 'Verplichte controles')).toContain("'Klachtbestanden controleren' en 'Ondertekening door de directie'");
    expect(line(result.stdout, 'Actions mag pull requests maken en goedkeuren')).toContain('github-actions[bot]');
    expect(result.stdout).toContain('Alle leesbare instellingen zijn in orde.');
    expect(result.stdout).not.toContain(github.token);
  });

  it('says what is wrong and where to click, exit 1', async () => {
    github.settings.state = { ...goodSettings(), allowForking: true, retentionDays: 90, mergeMethods: { merge: true, squash: true, rebase: true } };
    const result = await instellingen();
    expect(result.code).toBe(1);
    expect(line(result.stdout, 'Forken uitgeschakeld')).toMatch(/^FOUT/);
    expect(result.stdout).toContain('Waar: Settings → General → Features → Allow forking');
    expect(line(result.stdout, 'Korte bewaartijd van logs en artifacts')).toContain('90 dagen');
    expect(line(result.stdout, 'Samenvoegmethoden')).toContain('rebase');
    expect(result.stdout).toContain('3 instellingen zijn niet in orde.');
  });

  it("with the workflow's token: what it can't read is 'onbekend' with how to check, exit 0; --streng exit 2", async () => {
    github.settings.state = asWorkflowToken(goodSettings());
    const result = await instellingen();
    expect(result.code).toBe(0);
    expect(line(result.stdout, 'Workflows standaard alleen-lezen')).toMatch(/^onbekend .*\(403\).*Administration: Read-only/);
    expect(result.stdout).toContain('Nakijken: Settings → Actions → General → Workflow permissions');
    // The rulesets need only Metadata: read with any token; a paid plan follows from GitHub answering them.
    expect(line(result.stdout, 'Review door een code owner (de directie) verplicht')).toMatch(/^in orde/);
    expect(line(result.stdout, 'Abonnement dwingt de regels af')).toMatch(/^in orde .*betaald/);
    expect(line(result.stdout, 'Niemand mag de regels omzeilen')).toMatch(/^onbekend/);
    expect(result.stdout).toMatch(/konden dit token niet lezen\./);

    const strict = await instellingen(['--streng']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('--streng');
  });

  it('on GitHub Free with a private repository: the plan and every rule are wrong', async () => {
    github.settings.state = { ...goodSettings(), plan: 'free', refuse: { rulesets: 'upgrade', rules: 'upgrade', protection: 'upgrade' } };
    const result = await instellingen();
    expect(result.code).toBe(1);
    expect(line(result.stdout, 'Abonnement dwingt de regels af')).toMatch(/^FOUT .*'free'/);
    expect(line(result.stdout, 'Wijzigen alleen via een pull request')).toMatch(/^FOUT/);
  });

  it('--json: the findings and nothing else on stdout', async () => {
    github.settings.state = { ...goodSettings(), workflow: { default_workflow_permissions: 'write', can_approve_pull_request_reviews: false } };
    const result = await instellingen(['--json']);
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout) as { ok: boolean; repository: string; default_branch: string; unreadable: number; settings: { setting: string; state: string; where: string }[] };
    expect(document).toMatchObject({ ok: false, repository: 'liberi/klachten', default_branch: 'main', unreadable: 0 });
    expect(document.settings.map((s) => s.setting)).toEqual([
      'private', 'forking', 'plan', 'pull_request', 'code_owner_review', 'codeowners', 'directie_access', 'dismiss_stale_reviews', 'last_push_approval', 'required_checks',
      'up_to_date', 'force_push', 'deletion', 'bypass', 'tag_rules', 'merge_methods', 'workflow_permissions', 'actions_pull_requests', 'settings_environment', 'retention',
    ]);
    expect(document.settings.find((s) => s.setting === 'workflow_permissions')?.state).toBe('wrong');
  });

  it('--samenvatting appends a Markdown table for the job summary', async () => {
    const file = join(tempDir(), 'summary.md');
    github.settings.state = { ...goodSettings(), allowForking: true };
    const result = await instellingen(['--samenvatting', file]);
    expect(result.code).toBe(1);
    const markdown = readFileSync(file, 'utf8');
    expect(markdown).toContain('### Instellingen van GitHub');
    expect(markdown).toContain('| Forken uitgeschakeld | **FOUT** |');
    expect(markdown).toContain('Settings → General → Features → Allow forking');
  });

  it('reads with KLACHT_INSTELLINGEN_TOKEN and writes the dashboard with GITHUB_TOKEN', async () => {
    const result = await instellingen(['--overzicht'], { KLACHT_INSTELLINGEN_TOKEN: github.settings.readToken });
    expect(result.code).toBe(0);
    expect(new Set(github.settings.tokensSeen)).toEqual(new Set([github.settings.readToken]));
    const write = github.writes()[0];
    expect(write?.method).toBe('POST');
    expect(github.issues[0]?.title).toBe('Klachtenregister');
    expect(result.stdout).toContain('Overzichtsissue #1 gemaakt.');
  });

  it('--json --overzicht: the dashboard issue is in the one JSON document', async () => {
    const result = await instellingen(['--json', '--overzicht']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, unreadable: 0, dashboard: { number: 1, action: 'created' } });
  });

  it('no token: exit 2 with a Dutch message', async () => {
    const result = await runCli(['instellingen', '--repo', 'liberi/klachten'], { env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('GITHUB_TOKEN ontbreekt');
    expect(result.stdout).toBe('');
  });

  it('a repository that is not there, or no connection: exit 2', async () => {
    const missing = await instellingen(['--repo', 'liberi/bestaat-niet']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Repository liberi/bestaat-niet niet gevonden');
    // Nothing listening: a port that was free a moment ago. Said as no connection, never as a server error.
    const port = await freePort();
    const offline = await runCli(['instellingen', '--repo', 'liberi/klachten', '--api-url', `http://127.0.0.1:${port}`], { env: { GITHUB_TOKEN: 'x', KLACHT_GITHUB_RETRY_MS: '1' } });
    expect(offline.code).toBe(2);
    expect(offline.stderr).toContain('Geen verbinding met GitHub');
    expect(offline.stderr).not.toMatch(/serverfout|500/);
  });

  it('a bad token: exit 2, and the token is never printed', async () => {
    const result = await instellingen([], { GITHUB_TOKEN: 'ghp_fout_token_dat_niet_mag_lekken' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('401');
    expect(result.stderr + result.stdout).not.toContain('ghp_fout_token_dat_niet_mag_lekken');
  });

  it('works in a register folder too (the GitHub Action passes --register)', async () => {
    const root = makeRegister({ 'klachtenregister.yml': 'directie: []\n' });
    const result = await runCli(['instellingen', '--register', root], { env: env() });
    expect(result.code).toBe(0);
  });
});

describe('the settings the signature check rests on (issue 19, routes 2 and 8)', () => {
  // Review of issue 19, item 2: the check judges the merge against main as it was when it ran; a
  // pull request merged later can still undo what main got since, unless GitHub makes it catch up first.
  it('"Require branches to be up to date before merging": off is wrong, in a ruleset or in classic protection', async () => {
    const label = 'Pull request bijgewerkt met de hoofdtak vóór samenvoegen';
    const withChecks = (strict: boolean) => goodSettings().rulesets.map((r) => ({ ...r, rules: r.rules.map((rule) => (rule.type === 'required_status_checks' ? checksRule(undefined, strict) : rule)) }));
    github.settings.state = { ...goodSettings(), rulesets: withChecks(false) };
    const off = await instellingen();
    expect(off.code).toBe(1);
    expect(line(off.stdout, label)).toMatch(/^FOUT .*bijgewerkt.*teruggedraaid/);
    expect(off.stdout).toContain('Waar: Settings → Rules → Rulesets');
    expect(off.stdout).toContain('Require status checks to pass → Require branches to be up to date before merging');
    github.settings.state = { ...goodSettings(), rulesets: withChecks(true) };
    expect(line((await instellingen()).stdout, label)).toMatch(/^in orde .*ruleset 'Ondertekening'/);

    // Classic branch protection: required_status_checks.strict.
    const classic = (strict: boolean) => ({ ...goodSettings(), rulesets: [tagRuleset()], protection: goodProtection({ required_status_checks: { ...(goodProtection().required_status_checks as object), strict } }) });
    github.settings.state = classic(false);
    expect(line((await instellingen()).stdout, label)).toMatch(/^FOUT/);
    github.settings.state = classic(true);
    const on = await instellingen();
    expect(line(on.stdout, label)).toMatch(/^in orde .*branch protection/);
    expect(on.code).toBe(0);
  });

  it('an internal repository is not private', async () => {
    github.settings.state = { ...goodSettings(), visibility: 'internal' };
    const result = await instellingen();
    expect(result.code).toBe(1);
    expect(line(result.stdout, 'Repository is privé')).toMatch(/^FOUT .*intern \(internal\)/);
  });

  it('no tag ruleset: a writer may push a tag origin/main; a ruleset for all tags is in order', async () => {
    github.settings.state = { ...goodSettings(), rulesets: goodSettings().rulesets.filter((r) => r.target !== 'tag') };
    const without = await instellingen();
    expect(without.code).toBe(1);
    expect(line(without.stdout, 'Tags maken en verplaatsen alleen door beheerders')).toMatch(/^FOUT .*origin\/main/);
    expect(without.stdout).toContain('New tag ruleset');
    github.settings.state = { ...goodSettings(), rulesets: [...goodSettings().rulesets.filter((r) => r.target !== 'tag'), tagRuleset({ include: ['refs/tags/origin/**/*'] })] };
    const scoped = await instellingen();
    expect(line(scoped.stdout, 'Tags maken en verplaatsen alleen door beheerders')).toMatch(/^in orde .*'Tags'/);
    expect(github.requests.some((r) => r.path === `/repos/${github.owner}/${github.repo}/rulesets` && r.query.get('targets') === 'tag')).toBe(true);
  });

  it('a tag ruleset a team may bypass is wrong', async () => {
    github.settings.state = { ...goodSettings(), rulesets: [...goodSettings().rulesets.filter((r) => r.target !== 'tag'), tagRuleset({ bypass: [{ actor_id: 7, actor_type: 'Team', bypass_mode: 'always' }] })] };
    const result = await instellingen();
    expect(line(result.stdout, 'Tags maken en verplaatsen alleen door beheerders')).toMatch(/^FOUT .*team 7/);
  });

  it('CODEOWNERS with an unknown owner (a renamed account), and a director GitHub no longer knows', async () => {
    github.settings.state = { ...goodSettings(), codeownersErrors: [{ line: 5, kind: 'Unknown owner' }], collaborators: { 'fenna-fictief': 'admin' } };
    const result = await instellingen();
    expect(result.code).toBe(1);
    expect(line(result.stdout, 'CODEOWNERS werkt (GitHub vindt er geen fouten in)')).toMatch(/^FOUT .*regel 5: Unknown owner/);
    expect(line(result.stdout, 'Elk directielid heeft schrijfrechten')).toMatch(/^FOUT .*@bram-bedacht \(geen account/);
    // The directie comes from klachtenregister.yml on the default branch, read through GitHub.
    expect(github.requests.some((r) => r.path.endsWith('/contents/klachtenregister.yml') && r.query.get('ref') === 'main')).toBe(true);
    expect(github.requests.some((r) => r.path.endsWith('/codeowners/errors') && r.query.get('ref') === 'main')).toBe(true);
  });

  it('a director with read access only, and no CODEOWNERS at all', async () => {
    github.settings.state = { ...goodSettings(), codeownersErrors: null, collaborators: { 'fenna-fictief': 'admin', 'bram-bedacht': 'read' } };
    const result = await instellingen();
    expect(line(result.stdout, 'CODEOWNERS werkt (GitHub vindt er geen fouten in)')).toMatch(/^FOUT .*geen CODEOWNERS/);
    expect(line(result.stdout, 'Elk directielid heeft schrijfrechten')).toMatch(/^FOUT .*@bram-bedacht \(alleen read\)/);
  });

  it('the settings environment open to every branch, or the token a repository secret', async () => {
    github.settings.state = { ...goodSettings(), environment: { policy: null, branches: [] } };
    const open = await instellingen();
    expect(open.code).toBe(1);
    expect(line(open.stdout, 'Het token voor de instellingen alleen voor main')).toMatch(/^FOUT .*elke branch/);
    github.settings.state = { ...goodSettings(), secrets: ['KLACHT_INSTELLINGEN_TOKEN'] };
    const secret = await instellingen();
    expect(line(secret.stdout, 'Het token voor de instellingen alleen voor main')).toMatch(/^FOUT .*geheim van de hele repository/);
    github.settings.state = { ...goodSettings(), environment: { policy: { protected_branches: false, custom_branch_policies: true }, branches: [{ name: 'main' }, { name: 'v*', type: 'tag' }] } };
    const tags = await instellingen();
    expect(line(tags.stdout, 'Het token voor de instellingen alleen voor main')).toMatch(/^FOUT .*main, tag v\*/);
  });
});

describe('the dashboard issue, shared with klacht meldingen', () => {
  const valid = readFileSync(new URL('../fixtures/valid/in-behandeling.md', import.meta.url), 'utf8');
  const CONFIG = 'directie:\n  - { naam: Fenna Fictief, github: fenna-fictief }\n';

  async function meldingen(root: string) {
    return runCli(['meldingen', '--register', root, '--vandaag', '2026-11-24'], { env: env() });
  }

  function dashboard() {
    const found = github.issues.filter((i) => i.title === 'Klachtenregister');
    expect(found).toHaveLength(1);
    return found[0];
  }

  it('each command writes its own part and leaves the other alone, in either order, without duplicates', async () => {
    const root = makeRegister({ 'klachtenregister.yml': CONFIG, 'complaints/2026/KL-2026-001.md': valid });
    expect((await meldingen(root)).code).toBe(0);
    const meldingenPart = dashboard()?.body ?? '';
    expect(meldingenPart).toContain('| KL-2026-001 |');

    github.settings.state = { ...goodSettings(), allowForking: true };
    const first = await instellingen(['--overzicht']);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/Overzichtsissue #\d+ bijgewerkt\./);
    const both = dashboard()?.body ?? '';
    expect(both.startsWith(meldingenPart.trimEnd())).toBe(true);
    expect(both).toContain('<!-- klachtenregister:deel=instellingen:begin -->');
    expect(both).toContain('| Forken uitgeschakeld | **FOUT** |');

    // Meldingen again: its part is unchanged, so nothing is written; the settings part stays.
    const writes = github.writes().length;
    expect((await meldingen(root)).code).toBe(0);
    expect(github.writes().length).toBe(writes);
    expect(dashboard()?.body).toBe(both);

    // The settings are fixed: only the settings part changes.
    github.settings.state = goodSettings();
    expect((await instellingen(['--overzicht'])).code).toBe(0);
    const fixed = dashboard()?.body ?? '';
    expect(fixed.startsWith(meldingenPart.trimEnd())).toBe(true);
    expect(fixed).not.toContain('**FOUT**');
    expect(fixed.match(/deel=instellingen:begin/g)).toHaveLength(1);
  });

  it('makes the dashboard when there is none yet; meldingen then fills in its part and keeps the settings', async () => {
    const first = await instellingen(['--overzicht']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Overzichtsissue #1 gemaakt.');
    expect(dashboard()?.labels).toEqual(['klachtenregister']);
    expect(dashboard()?.body).toContain('<!-- klachtenregister:sleutel=dashboard -->');

    const root = makeRegister({ 'klachtenregister.yml': CONFIG, 'complaints/2026/KL-2026-001.md': valid });
    expect((await meldingen(root)).code).toBe(0);
    const body = dashboard()?.body ?? '';
    expect(body).toContain('| KL-2026-001 |');
    expect(body).toContain('### Instellingen van GitHub');
    expect(body).not.toContain('volgt bij de volgende run');
  });

  it('a token that may not write issues: exit 2 after the report, saying so', async () => {
    github.failNext(403, 'POST');
    const result = await instellingen(['--overzicht']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Alle leesbare instellingen zijn in orde.');
    expect(result.stderr).toContain('Het overzichtsissue bijwerken lukte niet');
    expect(result.stderr).toContain('issues: write');
  });
});
