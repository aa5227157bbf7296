/**
 * The write path killed at each of its steps (kill -9 through KLACHT_TEST_FAULT, read only by
 * register/fault-points.ts): after reading, holding the lock, with the temporary file written, and
 * after the rename. Whatever the moment, the complaint file is the old one or the new one, whole;
 * a temporary file left behind is a finding of valideer and ignored by git; the next command takes
 * over the lock, removes the leftover and does its work.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { COMPLAINT, entries, faultRegister, leftovers, locked, TODAY, VALID } from '../helpers/fault-register.js';
import { git } from '../helpers/git.js';
import { spawnBin } from '../helpers/processes.js';

const POINTS = ['lock:wait', 'lock:held', 'write:temp-written', 'write:renamed'] as const;
const COMMANDS = {
  actie: ['actie', 'KL-2026-001', '--actie', 'Teruggebeld', '--datum', '2026-03-04'],
  nieuw: ['nieuw', '--door', 'Anna Verzonnen', '--wijze', 'mondeling', '--naam', 'Iemand Anders', '--omschrijving', 'Een tweede klacht.'],
  // The write that removes personal data: killed half-way, the personal data is all there or all gone.
  anonimiseer: ['anonimiseer', 'KL-2026-001'],
} as const;
/**
 * Where a temporary file exists at the kill: a step's before its rename; a new file's before and
 * just after its link (the link is the new file, the temporary name goes right after it).
 */
const TEMPS_LEFT: Readonly<Record<string, readonly string[]>> = { actie: ['write:temp-written'], nieuw: ['write:temp-written', 'write:renamed'], anonimiseer: ['write:temp-written'] };
const figures = { kills: 0, oldFile: 0, newFile: 0, leftoverTemps: 0, leftoverLocks: 0 };
afterAll(() => console.info(`write kills: ${JSON.stringify(figures)}`));

describe.each(Object.entries(COMMANDS))('klacht %s, killed', (name, args) => {
  it.each(POINTS)('at %s: the old file or the new one, whole; the next run cleans up and succeeds', async (point) => {
    const root = faultRegister();
    const target = name === 'nieuw' ? 'complaints/2026/KL-2026-002.md' : COMPLAINT;
    const killed = await spawnBin([...args, '--register', root, '--vandaag', TODAY], { KLACHT_TEST_FAULT: `kill@${point}` });
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    figures.kills++;

    // Never half a file: the complaint as it was, or with the step done.
    let written: boolean;
    if (name === 'nieuw') {
      written = existsSync(join(root, target));
      if (written) expect(readFileSync(join(root, target), 'utf8')).toMatch(/^---\nid: KL-2026-002\n[\s\S]*\n---\nEen tweede klacht\.\n$/);
    } else {
      const text = readFileSync(join(root, target), 'utf8');
      written = text !== VALID;
      if (written && name === 'actie') expect(entries(root).actions).toEqual(['Intakegesprek gepland', 'Teruggebeld']);
      if (written && name === 'anonimiseer') {
        expect(text).toContain('  naam: "[geanonimiseerd]"\n');
        expect(text).not.toContain('Carla Canarie');
        expect(text.endsWith('---\nDe omschrijving is verwijderd na afloop van de bewaartermijn (klacht anonimiseer).\n')).toBe(true);
      }
    }
    if (written) figures.newFile++;
    else figures.oldFile++;
    expect(written, point).toBe(point === 'write:renamed');

    // A leftover is a finding, never something git would take along.
    const temps = leftovers(root);
    expect(temps.length).toBe(TEMPS_LEFT[name]?.includes(point) ? 1 : 0);
    figures.leftoverTemps += temps.length;
    if (locked(root)) figures.leftoverLocks++;
    expect(git(root, ['status', '--porcelain', '--untracked-files=all'])).not.toMatch(/klacht-tmp|klacht-lock/);
    const checked = await runCli(['valideer', '--register', root, '--vandaag', TODAY, '--json']);
    const findings = (JSON.parse(checked.stdout) as { findings: { file: string; rule: string }[] }).findings.filter((f) => f.rule === 'leftover-temp-file');
    expect(findings.map((f) => f.file)).toEqual(temps);

    // The next command takes over the lock of the killed one, removes the leftover, and works.
    const again = await spawnBin([...args, '--register', root, '--vandaag', TODAY]);
    expect(again.code, again.stderr).toBe(0);
    expect(leftovers(root)).toEqual([]);
    expect(locked(root)).toBe(false);
    expect((await runCli(['valideer', '--register', root, '--vandaag', TODAY])).code).toBe(0);
  }, 60_000);
});
