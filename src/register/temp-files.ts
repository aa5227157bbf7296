/**
 * Temporary files of the atomic writer (core/layout.ts names them): one left behind by a process
 * that no longer runs is removed by the next writer in the same folder.
 */
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseTempName } from '../core/complaint/layout.js';
import { isLeftover } from '../core/process/process-state.js';
import { thisProcess } from './this-process.js';

/** A temporary file is written in moments; one this old is left over whatever process id it names. */
const STALE_MS = 60 * 60_000;

/** Removes the temporary files in `folder` whose writer no longer runs; returns their names. */
export function removeStaleTempFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const here = thisProcess();
  const now = Date.now();
  const stale = names.filter((name) => {
    const temp = parseTempName(name);
    if (temp === undefined) return false;
    const stat = lstatSync(join(folder, name), { throwIfNoEntry: false });
    return stat !== undefined && isLeftover({ pid: temp.pid, ageMs: now - stat.mtimeMs }, here, { maxAgeMs: STALE_MS });
  });
  for (const name of stale) rmSync(join(folder, name), { force: true });
  return stale;
}
