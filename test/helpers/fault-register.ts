/**
 * A small register for the fault-injection tests (test/faults/): the configuration, the
 * .gitignore `klacht init` writes, and the canary complaint KL-2026-001, committed in git. Plus
 * what the tests look at afterwards: leftovers, the write lock, the complaint's entries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitignoreText } from '../../src/core/github-policy/register-files.js';
import { PROJECT_ROOT } from './cli.js';
import { initRepository } from './git.js';
import { makeRegister } from './temp.js';

export const TODAY = '2026-11-24';
export const COMPLAINT = 'complaints/2026/KL-2026-001.md';
export const VALID = readFileSync(join(PROJECT_ROOT, 'test/fixtures/valid/in-behandeling.md'), 'utf8');

/** A register in git with the one complaint, as `klacht init` would ignore files. */
export function faultRegister(): string {
  const root = makeRegister({ 'klachtenregister.yml': 'procedure: liberi\n', '.gitignore': gitignoreText(), [COMPLAINT]: VALID });
  initRepository(root);
  return root;
}

/** Temporary files of klacht anywhere in the register (outside .git). */
export function leftovers(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.klacht-tmp')) found.push(`${prefix}${entry.name}`);
    }
  };
  walk(root, '');
  return found.sort();
}

/** Whether the register's write lock is there. */
export const locked = (root: string): boolean => existsSync(join(root, '.klacht-lock'));

/** The `actie:` texts and `kanaal:` values of the complaint: what the steps in these tests add. */
export function entries(root: string): { actions: string[]; channels: string[] } {
  const text = readFileSync(join(root, COMPLAINT), 'utf8');
  return {
    actions: [...text.matchAll(/actie: ([^}\n]+?)\s*\}?\n/g)].map((m) => (m[1] ?? '').trim()),
    channels: [...text.matchAll(/kanaal: ([^,}\n]+)/g)].map((m) => (m[1] ?? '').trim()),
  };
}
