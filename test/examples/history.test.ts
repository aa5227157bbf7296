/** The example register and its generated git history. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExampleRepository } from '../../examples/build-history.js';
import { runCli, PROJECT_ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const source = join(PROJECT_ROOT, 'examples/register');

describe('the example register', () => {
  it('is valid on its own', async () => {
    const result = await runCli(['valideer', '--register', source, '--vandaag', '2026-11-24', '--json']);
    const document = JSON.parse(result.stdout);
    expect(document.ok).toBe(true);
    expect(document.files).toBeGreaterThanOrEqual(10);
  });

  it('becomes a git repository with one commit per event, by several people, every version valid', async () => {
    const target = join(tempDir(), 'register');
    const commits = buildExampleRepository(source, target);
    const log = execFileSync('git', ['log', '--reverse', '--format=%H|%an|%aI|%s'], { cwd: target, encoding: 'utf8' }).trim().split('\n');
    expect(log).toHaveLength(commits);
    const authors = new Set(log.map((line) => line.split('|')[1]));
    expect(authors.size).toBeGreaterThanOrEqual(4);
    const subjects = log.map((line) => line.split('|')[3] ?? '');
    for (const event of ['klacht ontvangen', 'klacht geregistreerd', 'ontvangstbevestiging verstuurd', 'termijn verlengd', 'reactie verstuurd', 'klacht afgehandeld']) {
      expect(subjects.some((s) => s.includes(event)), event).toBe(true);
    }
    // Commit dates are the event dates (backdated), in Amsterdam time, in order.
    const dates = log.map((line) => line.split('|')[2] ?? '');
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]?.slice(0, 10)).toBe('2024-05-06');
    // Every version of every file in the history passes validation (warnings allowed).
    for (const line of log) {
      const hash = line.split('|')[0] ?? '';
      const worktree = join(tempDir(), 'tree');
      execFileSync('git', ['worktree', 'add', '--quiet', '--detach', worktree, hash], { cwd: target });
      const result = await runCli(['valideer', '--register', worktree, '--vandaag', '2026-11-24']);
      expect(result.code, `${line}\n${result.stdout}`).toBe(0);
      execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: target });
    }
    // No personal data in commit messages.
    expect(subjects.join('\n')).not.toMatch(/Jansen|Pseudoniem|Fictieweg|voorbeeld\.invalid/);
  });
});
