/**
 * Temporary files of the atomic writer (core/layout.ts names them): one left behind by a process
 * that no longer runs is removed by the next writer in the same folder.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseTempName } from '../core/complaint/layout.js';

/** Whether process `pid` still runs on this machine (one of another user counts as running). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files in `folder` whose writer no longer runs; returns their names. */
export function removeStaleTempFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const temp = parseTempName(name);
    return temp !== undefined && temp.pid !== process.pid && !processRuns(temp.pid);
  });
  for (const name of stale) rmSync(join(folder, name), { force: true });
  return stale;
}
