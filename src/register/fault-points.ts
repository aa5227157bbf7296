/**
 * Named points in the write paths where the fault-injection tests (test/faults/) stop this
 * process: killed outright, as a power cut would (`kill@<point>`), or held until the test lets it
 * go (`pause@<point>@<folder>`: the process writes `<point>.waiting` in the folder and goes on
 * when `<point>.go` appears there). Read only from KLACHT_TEST_FAULT, which only tests set;
 * without it a point costs one property lookup. No sleeping on a clock: a test decides when.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sleepSync } from './this-process.js';

/** Stops here when a test asked for it (KLACHT_TEST_FAULT); otherwise does nothing. */
export function faultPoint(point: string): void {
  const spec = process.env.KLACHT_TEST_FAULT;
  if (spec === undefined || spec === '') return;
  for (const entry of spec.split(',')) {
    const [action, name, folder] = entry.split('@');
    if (name !== point) continue;
    if (action === 'kill') process.kill(process.pid, 'SIGKILL');
    if (action === 'pause' && folder !== undefined) {
      writeFileSync(join(folder, `${point}.waiting`), String(process.pid));
      while (!existsSync(join(folder, `${point}.go`))) sleepSync(5);
    }
  }
}
