/**
 * The git repository a register lives in, and the one way to call git: every failure of git
 * becomes a RunError with a Dutch sentence saying what could not be done and, where git's words
 * are known, why; git's own (English) text is kept for KLACHT_DEBUG=1.
 */
import type { SimpleGit } from 'simple-git';
import { RunError } from '../core/text/errors.js';

/** A simple-git handle rooted at the register, or undefined when the folder is not in a git repository. */
export async function openRepository(root: string): Promise<SimpleGit | undefined> {
  // Loaded on first use: most commands never touch git.
  const { simpleGit } = await import('simple-git');
  const git = simpleGit({ baseDir: root });
  try {
    return (await git.checkIsRepo()) ? git : undefined;
  } catch {
    return undefined;
  }
}

/** git's words for failures a user meets, and what they mean, in Dutch. */
const KNOWN_FAILURES: readonly (readonly [RegExp, string])[] = [
  [/not a git repository/i, 'de map is (niet meer) een git-repository'],
  [/no space left on device/i, 'de schijf is vol'],
  [/permission denied|operation not permitted/i, 'u hebt geen toegang tot een bestand van de repository'],
  [/dubious ownership/i, 'de map is van een andere gebruiker, en git vertrouwt haar daarom niet (zie git config --global --add safe.directory)'],
  [/could not resolve host|unable to access|failed to connect|connection (timed out|refused)/i, 'de server is niet bereikbaar (is er een netwerk?)'],
  [/authentication failed|could not read username|permission to .+ denied|\b403\b/i, 'de server weigerde de toegang (klopt het token, en mag het schrijven?)'],
  [/\[rejected\]|non-fast-forward|failed to push/i, 'de server weigerde de wijziging (staat er al een branch met die naam en andere commits?)'],
  [/unknown revision|bad revision|ambiguous argument|not a valid object name|invalid object name/i, 'een commit of branch die nodig is, staat niet in deze repository (haal de hele geschiedenis op; in een workflow met fetch-depth: 0)'],
  [/corrupt|bad object|missing (blob|tree|commit)|packfile/i, 'de repository lijkt beschadigd; controleer haar met git fsck'],
];

/**
 * git's own words for the failures a user meets and can mend, said in Dutch: a lock file left by
 * a git that stopped (or one still running), and the others of KNOWN_FAILURES.
 */
function explainGitText(text: string): string | undefined {
  const lock = /Unable to create '([^']+\.lock)': File exists/.exec(text);
  if (lock) {
    return `er staat een slotbestand van git (${lock[1]}): een ander git-programma is bezig, of een eerder git-programma is afgebroken en liet het staan. `
      + `Draait er geen git meer (ook geen editor of GitHub Desktop), verwijder het dan (rm "${lock[1]}") en probeer het opnieuw.`;
  }
  return KNOWN_FAILURES.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * A failing git as a RunError; `what` is what git was doing ("het lezen van de branches"). The
 * message is Dutch throughout; git's first line is its detail (KLACHT_DEBUG=1).
 */
export function gitFailure(what: string, error: unknown): RunError {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n').map((l) => l.trim()).find((l) => l !== '');
  const detail = line === undefined ? {} : { detail: `git: ${line}` };
  const explained = explainGitText(text);
  if (explained !== undefined) return new RunError(`git faalde bij ${what}: ${explained}`, detail);
  return new RunError(`git faalde bij ${what} (met KLACHT_DEBUG=1 ziet u wat git zelf meldde)`, detail);
}

/** Runs git with `args`; a failure is a RunError naming `what` (e.g. "het lezen van de branches"). */
export async function runGit(git: SimpleGit, args: readonly string[], what: string): Promise<string> {
  try {
    return await git.raw([...args]);
  } catch (error) {
    throw gitFailure(what, error);
  }
}

/** True when HEAD points at a commit (a new repository has none yet; its log is empty, not an error). */
export async function hasCommits(git: SimpleGit): Promise<boolean> {
  // An unborn HEAD: git exits 1 without a word, which simple-git resolves with empty output.
  // A git that fails says why on stderr, which simple-git rejects: that is a failure, not "no commits".
  return (await runGit(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], 'het lezen van HEAD')).trim() !== '';
}

/** The commit HEAD points at, or null in a repository without commits. */
export async function headCommit(git: SimpleGit): Promise<string | null> {
  if (!(await hasCommits(git))) return null;
  return (await runGit(git, ['rev-parse', 'HEAD'], 'het bepalen van de laatste commit')).trim() || null;
}

/**
 * For each path, the time (seconds since the epoch) of the oldest commit that added it, or null
 * when no commit added it yet.
 */
export async function firstAddedTimes(git: SimpleGit, paths: readonly string[]): Promise<Map<string, number | null>> {
  const result = new Map<string, number | null>();
  const committed = await hasCommits(git);
  for (const path of paths) {
    const log = committed ? await runGit(git, ['log', '--diff-filter=A', '--format=%ct', '--', path], `het lezen van de geschiedenis van ${path}`) : '';
    const oldest = log.trim().split('\n').filter(Boolean).pop();
    result.set(path, oldest ? Number(oldest) : null);
  }
  return result;
}

/**
 * Commits `files` (paths relative to the repository) with `message` when they changed, and
 * nothing else: other changes that were staged stay staged, out of this commit. False when there
 * was nothing to commit. A git that does not know who is committing is said as such.
 */
/**
 * The files at `paths` (files or folders, relative to the working folder) that git has: in the
 * index or in HEAD, so also one deleted from the working tree, or whose removal is staged already.
 */
export async function trackedFiles(git: SimpleGit, paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const withHead = (await hasCommits(git)) ? ['--with-tree=HEAD'] : [];
  const listed = await runGit(git, ['ls-files', '-z', ...withHead, '--', ...paths.map((path) => `:(literal)${path}`)], 'het lezen van de bestanden in git');
  return listed.split('\0').filter(Boolean);
}

export async function commitFiles(git: SimpleGit, files: readonly string[], message: string): Promise<boolean> {
  const status = await git.status([...files]).catch((error: unknown) => { throw gitFailure('het lezen van de status', error); });
  if (status.files.length === 0) return false;
  try {
    // A file whose removal is staged already is neither in the index nor in the working tree: git
    // add refuses it ("did not match any files"), but the commit below takes its removal along.
    const present = (await git.raw(['ls-files', '-z', '--cached', '--others', '--', ...files.map((file) => `:(literal)${file}`)])).split('\0').filter(Boolean);
    if (present.length > 0) await git.add(present);
    // With paths, git commits only those (--only), whatever else the index holds.
    await git.raw(['commit', '--quiet', '--only', '-m', message, '--', ...files]);
  } catch (error) {
    if (error instanceof Error && /tell me who you are|user\.email|user\.name/i.test(error.message)) {
      throw new RunError('git weet niet wie u bent. Stel het in met git config user.name "Uw Naam" en git config user.email "u@voorbeeld.nl".');
    }
    throw gitFailure('het vastleggen van de wijziging', error);
  }
  return true;
}
