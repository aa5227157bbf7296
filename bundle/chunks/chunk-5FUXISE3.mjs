// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  RunError
} from "./chunk-GITCBFCA.mjs";

// dist/git/repository.js
async function openRepository(root) {
  const { simpleGit } = await import("./esm-CAZT25OO.mjs");
  const git = simpleGit({ baseDir: root });
  try {
    return await git.checkIsRepo() ? git : void 0;
  } catch {
    return void 0;
  }
}
var KNOWN_FAILURES = [
  [/not a git repository/i, "de map is (niet meer) een git-repository"],
  [/no space left on device/i, "de schijf is vol"],
  [/permission denied|operation not permitted/i, "u hebt geen toegang tot een bestand van de repository"],
  [/dubious ownership/i, "de map is van een andere gebruiker, en git vertrouwt haar daarom niet (zie git config --global --add safe.directory)"],
  [/could not resolve host|unable to access|failed to connect|connection (timed out|refused)/i, "de server is niet bereikbaar (is er een netwerk?)"],
  [/authentication failed|could not read username|permission to .+ denied|\b403\b/i, "de server weigerde de toegang (klopt het token, en mag het schrijven?)"],
  [/\[rejected\]|non-fast-forward|failed to push/i, "de server weigerde de wijziging (staat er al een branch met die naam en andere commits?)"],
  [/unknown revision|bad revision|ambiguous argument|not a valid object name|invalid object name/i, "een commit of branch die nodig is, staat niet in deze repository (haal de hele geschiedenis op; in een workflow met fetch-depth: 0)"],
  [/corrupt|bad object|missing (blob|tree|commit)|packfile/i, "de repository lijkt beschadigd; controleer haar met git fsck"]
];
function explainGitText(text) {
  const lock = /Unable to create '([^']+\.lock)': File exists/.exec(text);
  if (lock) {
    return `er staat een slotbestand van git (${lock[1]}): een ander git-programma is bezig, of een eerder git-programma is afgebroken en liet het staan. Draait er geen git meer (ook geen editor of GitHub Desktop), verwijder het dan (rm "${lock[1]}") en probeer het opnieuw.`;
  }
  return KNOWN_FAILURES.find(([pattern]) => pattern.test(text))?.[1];
}
function gitFailure(what, error) {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n").map((l) => l.trim()).find((l) => l !== "");
  const detail = line === void 0 ? {} : { detail: `git: ${line}` };
  const explained = explainGitText(text);
  if (explained !== void 0)
    return new RunError(`git faalde bij ${what}: ${explained}`, detail);
  return new RunError(`git faalde bij ${what} (met KLACHT_DEBUG=1 ziet u wat git zelf meldde)`, detail);
}
async function runGit(git, args, what) {
  try {
    return await git.raw([...args]);
  } catch (error) {
    throw gitFailure(what, error);
  }
}
async function hasCommits(git) {
  return (await runGit(git, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], "het lezen van HEAD")).trim() !== "";
}
async function headCommit(git) {
  if (!await hasCommits(git))
    return null;
  return (await runGit(git, ["rev-parse", "HEAD"], "het bepalen van de laatste commit")).trim() || null;
}
async function firstAddedTimes(git, paths) {
  const result = /* @__PURE__ */ new Map();
  const committed = await hasCommits(git);
  for (const path of paths) {
    const log = committed ? await runGit(git, ["log", "--diff-filter=A", "--format=%ct", "--", path], `het lezen van de geschiedenis van ${path}`) : "";
    const oldest = log.trim().split("\n").filter(Boolean).pop();
    result.set(path, oldest ? Number(oldest) : null);
  }
  return result;
}
async function trackedFiles(git, paths) {
  if (paths.length === 0)
    return [];
  const withHead = await hasCommits(git) ? ["--with-tree=HEAD"] : [];
  const listed = await runGit(git, ["ls-files", "-z", ...withHead, "--", ...paths.map((path) => `:(literal)${path}`)], "het lezen van de bestanden in git");
  return listed.split("\0").filter(Boolean);
}
async function commitFiles(git, files, message) {
  const status = await git.status([...files]).catch((error) => {
    throw gitFailure("het lezen van de status", error);
  });
  if (status.files.length === 0)
    return false;
  try {
    const present = (await git.raw(["ls-files", "-z", "--cached", "--others", "--", ...files.map((file) => `:(literal)${file}`)])).split("\0").filter(Boolean);
    if (present.length > 0)
      await git.add(present);
    await git.raw(["commit", "--quiet", "--only", "-m", message, "--", ...files]);
  } catch (error) {
    if (error instanceof Error && /tell me who you are|user\.email|user\.name/i.test(error.message)) {
      throw new RunError('git weet niet wie u bent. Stel het in met git config user.name "Uw Naam" en git config user.email "u@voorbeeld.nl".');
    }
    throw gitFailure("het vastleggen van de wijziging", error);
  }
  return true;
}

export {
  openRepository,
  gitFailure,
  runGit,
  hasCommits,
  headCommit,
  firstAddedTimes,
  trackedFiles,
  commitFiles
};
