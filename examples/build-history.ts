/**
 * Turns the example register (examples/register) into a real git repository with a believable,
 * backdated history: the configuration first, then one commit per event of every complaint
 * (intake, registration, letters, extensions, closure) in date order, each authored by the person
 * who would have made it, at a plausible time of that day in Amsterdam.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CalendarDate } from '../src/core/time/calendar-date.js';
import { parse } from 'yaml';
import { timeline } from './complaint-timeline.js';

export interface Person { readonly name: string; readonly email: string }

/** The UTC offset of Europe/Amsterdam on a day at noon, as git writes it: `+0100` or `+0200`. */
export function amsterdamOffset(date: CalendarDate): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  return name.replace('GMT', '').replace(':', '') || '+0000';
}

function emailOf(name: string): string {
  return `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').trim().replace(/\s+/g, '.')}@liberi.invalid`;
}

function git(repository: string, args: readonly string[], author?: Person, when?: string): string {
  const env = { ...process.env };
  if (author && when) {
    Object.assign(env, {
      GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email, GIT_COMMITTER_DATE: when,
    });
  }
  return execFileSync('git', [...args], { cwd: repository, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

interface PlannedCommit {
  readonly date: CalendarDate;
  readonly order: string;
  readonly author: string;
  readonly message: string;
  readonly files: readonly { path: string; text: string }[];
}

function listMarkdown(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listMarkdown(join(folder, entry.name)).map((p) => `${entry.name}/${p}`) : entry.name.endsWith('.md') ? [entry.name] : []);
}

/**
 * Builds the repository at `target` (emptied first) from the register at `source`.
 * Returns the number of commits made.
 */
export function buildExampleRepository(source: string, target: string, options: { setupDate?: CalendarDate; setupAuthor?: string } = {}): number {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  git(target, ['init', '--quiet', '--initial-branch=main']);
  git(target, ['config', 'commit.gpgsign', 'false']);

  const commits: PlannedCommit[] = [];
  const setupFiles = ['klachtenregister.yml', '.github/CODEOWNERS', 'analyses/README.md']
    .filter((p) => existsSync(join(source, p)))
    .map((p) => ({ path: p, text: readFileSync(join(source, p), 'utf8') }));
  commits.push({
    date: options.setupDate ?? '2024-05-06' as CalendarDate, order: '0', author: options.setupAuthor ?? 'Fenna Fictief',
    message: 'Klachtenregister ingericht', files: setupFiles,
  });
  for (const relative of listMarkdown(join(source, 'complaints'))) {
    const path = `complaints/${relative}`;
    const id = relative.split('/').pop()?.replace(/\.md$/, '') ?? relative;
    for (const event of timeline(readFileSync(join(source, path), 'utf8'))) {
      commits.push({ date: event.date, order: id, author: event.author, message: `${id}: ${event.label}`, files: [{ path, text: event.text }] });
    }
  }
  commits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order < b.order ? -1 : a.order > b.order ? 1 : 0));

  // Registering and closing a complaint are pull requests, approved (signed) by a directie member
  // and merged; the merge commit says which pull request and who approved it, as a trailer.
  const directie = directieOf(join(source, 'klachtenregister.yml'));
  let pullRequests = 0;
  let made = 0;
  let perDay = 0;
  let previousDay = '';
  for (const commit of commits) {
    perDay = commit.date === previousDay ? perDay + 1 : 0;
    previousDay = commit.date;
    const step = commit.message.includes('klacht afgehandeld') ? 'afhandeling' : commit.message.includes('klacht geregistreerd') ? 'registratie' : undefined;
    const branch = step ? `${commit.order.toLowerCase()}-${step}` : undefined;
    if (branch) git(target, ['switch', '--quiet', '-c', branch]);
    for (const file of commit.files) {
      mkdirSync(dirname(join(target, file.path)), { recursive: true });
      writeFileSync(join(target, file.path), file.text);
      git(target, ['add', '--', file.path]);
    }
    const at = (extra: number): string => {
      const minutes = 9 * 60 + 12 + perDay * 37 + extra;
      return `${commit.date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00${amsterdamOffset(commit.date)}`;
    };
    const author = { name: commit.author, email: emailOf(commit.author) };
    git(target, ['commit', '--quiet', '--no-verify', '-m', commit.message], author, at(0));
    made++;
    if (branch && step) {
      const approver = signerFor(commit.files[0]?.text ?? '', step, directie);
      pullRequests++;
      git(target, ['switch', '--quiet', 'main']);
      git(target, ['merge', '--quiet', '--no-ff', '-m', `Merge pull request #${pullRequests} from liberi/${branch}\n\n${commit.message}\n\nGoedgekeurd-door: @${approver.github} (${approver.naam})`, branch],
        { name: approver.naam, email: emailOf(approver.naam) }, at(2));
      git(target, ['branch', '--quiet', '-D', branch]);
      made++;
    }
  }
  // Files that are not part of any complaint's story (a README) come along unchanged.
  if (existsSync(join(source, 'README.md'))) cpSync(join(source, 'README.md'), join(target, 'README.md'));
  return made;
}

interface Signer { readonly naam: string; readonly github: string }

/** The directie members with a GitHub login, from the example's klachtenregister.yml. */
function directieOf(configPath: string): Signer[] {
  if (!existsSync(configPath)) return [{ naam: 'Fenna Fictief', github: 'fenna-fictief' }];
  const directie = (parse(readFileSync(configPath, 'utf8')) as { directie?: { naam?: string; github?: string }[] } | null)?.directie ?? [];
  const signers = directie.flatMap((p) => (p.naam && p.github ? [{ naam: p.naam, github: p.github }] : []));
  return signers.length > 0 ? signers : [{ naam: 'Fenna Fictief', github: 'fenna-fictief' }];
}

/** Who approves: at registration the directie member named in ondertekening.directie, at closure the handler if directie. */
function signerFor(text: string, step: 'registratie' | 'afhandeling', directie: readonly Signer[]): Signer {
  const signedBy = /^ {2}directie: \{[^}]*naam: ([^,}]+)/m.exec(text)?.[1]?.trim();
  const handler = /^behandelaar: (.+)$/m.exec(text)?.[1]?.trim();
  const wanted = step === 'registratie' ? signedBy : handler ?? signedBy;
  return directie.find((p) => p.naam === wanted) ?? directie.find((p) => p.naam === signedBy) ?? (directie[0] as Signer);
}
