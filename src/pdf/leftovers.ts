/**
 * What a killed print run leaves: a half-unpacked Chromium (tens of MB) and the browser's profile
 * folder (its cache holds the documents: personal data). Their names carry the process id that
 * made them, so that a next run can tell a leftover from the folder of a run still at work.
 */
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isLeftover, type ThisProcess } from '../core/process/process-state.js';

const here = (): ThisProcess => ({ pid: process.pid, host: hostname(), probe: (pid) => process.kill(pid, 0) });

/**
 * Removes the entries of `folder` that `maker` attributes to a process (`maker(name)`: its id, or
 * undefined for an entry that is none of ours) which no longer runs, or that are older than
 * `maxAgeMs` (a process id used again). Only this user's entries.
 */
export function removeLeftovers(folder: string, maker: (name: string) => number | undefined, maxAgeMs: number): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const pid = maker(name);
    if (pid === undefined) continue;
    const path = join(folder, name);
    try {
      const stat = lstatSync(path);
      if (uid !== undefined && stat.uid !== uid) continue;
      if (isLeftover({ pid, ageMs: Date.now() - stat.mtimeMs }, here(), { maxAgeMs })) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}
