/**
 * A synthetic register with a long git history, built fast with `git fast-import`: every
 * complaint gets five revisions (intake, registration, acknowledgement, reply, closure), one
 * commit each, spread over ten year folders as the contract lays them out.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticComplaint } from './synthetic.js';

function revisions(year: number, index: number): string[] {
  const closed = syntheticComplaint(year, index);
  const intake = closed.replace(/^status: .*$/m, 'status: ontvangen');
  const registered = closed.replace(/^status: .*$/m, 'status: in behandeling');
  return [intake, registered, `${registered}\nOntvangst bevestigd.\n`, `${registered}\nReactie verstuurd.\n`, closed];
}

/**
 * Writes a repository of `count` complaints and `count * 5` commits at `root` (emptied first),
 * over `years` year folders ending in 2026, with the working tree checked out. Returns the number
 * of commits. (git's log slows down with the size of a folder, so a longer history is best made
 * with more years rather than fuller folders: that is also how a register grows.)
 */
export function writeSyntheticHistory(root: string, count: number, years = 10): number {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: root });
  const perYear = Math.ceil(count / years);
  const first = 2027 - years;
  const chunks: string[] = [];
  let mark = 0;
  let time = Date.UTC(first, 0, 2, 9) / 1000;
  // Interleave the complaints of a year as a register would see them: intake of one, a letter of
  // another. Each complaint's five commits are spread over the year.
  for (let year = first; year < 2027; year++) {
    const ofYear = Math.min(perYear, count - (year - first) * perYear);
    for (let step = 0; step < 5; step++) {
      for (let index = 0; index < ofYear; index++) {
        const text = (revisions(year, index)[step] as string);
        const path = `complaints/${year}/KL-${year}-${String(index + 1).padStart(3, '0')}.md`;
        const message = `${['Klacht ontvangen', 'Registratie', 'Ontvangstbevestiging', 'Reactie', 'Afgehandeld'][step]} KL-${year}-${index + 1}`;
        time += 600;
        mark++;
        const body = Buffer.byteLength(text);
        chunks.push(
          `commit refs/heads/main\nmark :${mark}\nauthor Bench <bench@example.invalid> ${time} +0100\ncommitter Bench <bench@example.invalid> ${time} +0100\n`
          + `data ${Buffer.byteLength(message)}\n${message}\n${mark > 1 ? `from :${mark - 1}\n` : ''}M 100644 inline ${path}\ndata ${body}\n${text}\n`,
        );
      }
    }
  }
  const result = spawnSync('git', ['fast-import', '--quiet'], { cwd: root, input: chunks.join(''), maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git fast-import faalde: ${result.stderr.toString()}`);
  execFileSync('git', ['checkout', '--quiet', 'main'], { cwd: root });
  // Every default: a register without a configuration is refused.
  writeFileSync(join(root, 'klachtenregister.yml'), '');
  return mark;
}
