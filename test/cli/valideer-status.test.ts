/**
 * klacht valideer --status: the verdict as a commit status "Klachtbestanden controleren" on the
 * checked-out commit (a register's required check), through the GitHub API double.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALIDATE_CHECK } from '../../src/core/github-policy/register-checks.js';
import { CANARY_ATTACHMENTS, canaryLeaks, withCanaryEverywhere } from '../helpers/canary.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { git, initRepository } from '../helpers/git.js';
import { useGitHubDouble } from '../helpers/use-github-double.js';
import { makeRegister } from '../helpers/temp.js';

const valid = withCanaryEverywhere(readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8'));
const CONFIG = 'directie:\n  - { naam: Fenna Fictief }\n';

const github = useGitHubDouble();

function env(token = github.token): Record<string, string> {
  return github.env({ GITHUB_TOKEN: token, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '42' });
}

function register(complaint: string): { root: string; head: string } {
  const root = makeRegister({ 'klachtenregister.yml': CONFIG, 'complaints/2026/KL-2026-001.md': complaint, ...CANARY_ATTACHMENTS });
  initRepository(root);
  return { root, head: git(root, ['rev-parse', 'HEAD']).trim() };
}

describe('klacht valideer --status', () => {
  it('sets success on the checked-out commit when there is no error', async () => {
    const { root, head } = register(valid);
    const result = await runCli(['valideer', '--register', root, '--status', '--vandaag', '2026-11-24'], { env: env() });
    expect(result.code, result.stderr).toBe(0);
    expect(github.statuses).toEqual([{ sha: head, state: 'success', context: VALIDATE_CHECK, description: 'In orde.', target_url: `https://github.com/${github.owner}/${github.repo}/actions/runs/42` }]);
  });

  it('sets failure naming the file, and exits 0: the status is the verdict', async () => {
    const { root, head } = register(valid.replace(/^status: /m, 'staus: '));
    const result = await runCli(['valideer', '--register', root, '--status', '--vandaag', '2026-11-24'], { env: env() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Onbekend veld 'staus'");
    expect(github.statuses).toMatchObject([{ sha: head, state: 'failure', context: VALIDATE_CHECK }]);
    expect(github.statuses[0]?.description).toMatch(/^\d+ fout(en)? in complaints\/2026\/KL-2026-001\.md; zie de run\.$/);
    expect(canaryLeaks(result.stdout + result.stderr + JSON.stringify(github.statuses))).toEqual([]);
  });

  it('exits 2 in Dutch when the status can not be set', async () => {
    const { root } = register(valid);
    const missing = await runCli(['valideer', '--register', root, '--status', '--vandaag', '2026-11-24'], { env: { ...env(), GITHUB_TOKEN: '' } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('GITHUB_TOKEN ontbreekt: --status zet de uitkomst als commitstatus in GitHub.');
    github.failNext(403, 'POST');
    const refused = await runCli(['valideer', '--register', root, '--status', '--vandaag', '2026-11-24'], { env: env() });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Het token mag geen commitstatus zetten');
    expect(github.statuses).toEqual([]);
  });
});
