/**
 * Writing a complaint file that a command read earlier (a step, anonymising): under the register's
 * write lock, and only when the file is still exactly what was read. Otherwise another command, an
 * editor or git changed it in between, and writing would silently undo that change: refused.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RunError } from '../core/text/errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { removeStaleTempFiles } from './temp-files.js';
import { withWriteLock } from './write-lock.js';

/** Replaces `file` (relative to `root`) by `next` if it still holds `read`; a RunError naming it if not. */
export function replaceComplaintFile(root: string, file: string, read: Uint8Array, next: string | Uint8Array, onWait?: (message: string) => void): void {
  withWriteLock(root, () => {
    const path = join(root, file);
    removeStaleTempFiles(dirname(path));
    let now: Buffer | undefined;
    try {
      now = readFileSync(path);
    } catch {
      now = undefined;
    }
    if (now === undefined || !now.equals(read)) {
      throw new RunError(`${file} is veranderd nadat klacht het las (door een andere opdracht, een editor of git). Er is niets geschreven; voer de opdracht opnieuw uit, dan gaat hij uit van wat er nu staat.`);
    }
    writeFileAtomic(path, next, () => file);
  }, onWait);
}
