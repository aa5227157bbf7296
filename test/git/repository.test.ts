/** The one way to call git (src/git/repository.ts), on real repositories in a temporary folder. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { describe, expect, it } from 'vitest';
import { RunError } from '../../src/core/text/errors.js';
import { commitFiles, firstAddedTimes, hasCommits, headCommit, openRepository, runGit } from '../../src/git/repository.js';
import { git, initRepository } from '../helpers/git.js';
import { tempDir } from '../helpers/temp.js';

/** simple-git on `root` with an identity, or (identity: false) with none that git may use. */
function handle(root: string, identity = true): SimpleGit {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: tempDir('klacht-home-'), GIT_CONFIG_NOSYSTEM: '1' };
  if (identity) Object.assign(env, { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' });
  // Without this git may make up an identity from the machine's name.
  else git(root, ['config', 'user.useConfigOnly', 'true']);
  return simpleGit({ baseDir: root }).env(env);
}

describe('git/repository', () => {
  it('knows a folder outside git, and a repository without commits', async () => {
    expect(await openRepository(tempDir())).toBeUndefined();
    const root = tempDir();
    git(root, ['init', '--quiet', '--initial-branch=main']);
    const repository = handle(root);
    expect(await hasCommits(repository)).toBe(false);
    expect(await headCommit(repository)).toBeNull();
    expect(await firstAddedTimes(repository, ['analyses/2025.md'])).toEqual(new Map([['analyses/2025.md', null]]));
  });

  it('says what git was doing when it fails, and why where git\'s words are known, in Dutch; git\'s own first line is the detail', async () => {
    const root = tempDir();
    initRepository(root);
    const failure = await runGit(handle(root), ['log', 'bestaat-niet'], 'het lezen van de geschiedenis').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RunError);
    expect((failure as RunError).message).toBe('git faalde bij het lezen van de geschiedenis: een commit of branch die nodig is, staat niet in deze repository '
      + '(haal de hele geschiedenis op; in een workflow met fetch-depth: 0)');
    expect((failure as RunError).detail).toMatch(/^git: fatal: ambiguous argument 'bestaat-niet'/);
    const unknown = await runGit(handle(root), ['bestaat-niet'], 'het lezen van de geschiedenis').catch((error: unknown) => error);
    expect((unknown as RunError).message).toBe('git faalde bij het lezen van de geschiedenis (met KLACHT_DEBUG=1 ziet u wat git zelf meldde)');
    expect((unknown as RunError).detail).toMatch(/^git: git: 'bestaat-niet' is not a git command/);
  });

  it('finds when a file was first added', async () => {
    const root = tempDir();
    initRepository(root);
    writeFileSync(join(root, 'a.md'), 'x');
    git(root, ['add', 'a.md']);
    git(root, ['commit', '--quiet', '-m', 'a'], '2026-03-02T10:00:00+01:00');
    const times = await firstAddedTimes(handle(root), ['a.md']);
    expect(times.get('a.md')).toBe(Date.parse('2026-03-02T09:00:00Z') / 1000);
  });

  it('commits only the files it names: other changes that were staged stay staged, out of its commit', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'b.md'), 'b');
    initRepository(root);
    writeFileSync(join(root, 'b.md'), 'b, gewijzigd');
    writeFileSync(join(root, 'c.md'), 'c, nieuw');
    git(root, ['add', 'b.md', 'c.md']);
    writeFileSync(join(root, 'a.md'), 'a');
    expect(await commitFiles(handle(root), ['a.md'], 'alleen a')).toBe(true);
    expect(git(root, ['show', '--name-only', '--format=%s', 'HEAD'])).toBe('alleen a\n\na.md\n');
    expect(git(root, ['diff', '--cached', '--name-only'])).toBe('b.md\nc.md\n');
  });

  it('commits changed files, does nothing without a change, and says so when git does not know who commits', async () => {
    const root = tempDir();
    initRepository(root);
    writeFileSync(join(root, 'a.md'), 'x');
    expect(await commitFiles(handle(root), ['a.md'], 'a toegevoegd')).toBe(true);
    expect(git(root, ['log', '-1', '--format=%s']).trim()).toBe('a toegevoegd');
    expect(await commitFiles(handle(root), ['a.md'], 'niets')).toBe(false);
    writeFileSync(join(root, 'a.md'), 'y');
    const failure = await commitFiles(handle(root, false), ['a.md'], 'b').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RunError);
    expect((failure as RunError).message).toBe('git weet niet wie u bent. Stel het in met git config user.name "Uw Naam" en git config user.email "u@voorbeeld.nl".');
  });
});
