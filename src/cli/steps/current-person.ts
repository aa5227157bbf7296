/**
 * Who is at work, as far as the register's people go: in GitHub Actions the person who started the
 * run (GITHUB_ACTOR, matched to a GitHub name in klachtenregister.yml), on a terminal git's user.name
 * (matched to a name there, regardless of capitals). Used only to choose a sensible default, never
 * to decide who may sign: that is GitHub's review.
 */
import { spawnSync } from 'node:child_process';
import type { RegisterConfig } from '../../core/complaint/config.js';
import type { CommandContext } from '../context.js';

/** The name (as in klachtenregister.yml) of the person running the command, if it can be told. */
export function currentPerson(context: CommandContext, config: RegisterConfig): string | undefined {
  const people = [...config.management, ...config.staff];
  const actor = context.io.env.GITHUB_ACTOR;
  if (context.actions && actor) return people.find((p) => p.github?.toLowerCase() === actor.toLowerCase())?.naam;
  const git = spawnSync('git', ['config', 'user.name'], { cwd: context.root, encoding: 'utf8' });
  const name = git.status === 0 ? git.stdout.trim().toLowerCase() : '';
  return name === '' ? undefined : people.find((p) => p.naam.toLowerCase() === name)?.naam;
}
