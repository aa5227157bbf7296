// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  RunError
} from "./chunk-XWRBJRII.mjs";

// dist/git/repository.js
async function openRepository(root) {
  const { simpleGit } = await import("./esm-KJZW4FQC.mjs");
  const git = simpleGit({ baseDir: root });
  try {
    return await git.checkIsRepo() ? git : void 0;
  } catch {
    return void 0;
  }
}
function explainGitText(text) {
  const lock = /Unable to create '([^']+\.lock)': File exists/.exec(text);
  if (lock) {
    return `er staat een slotbestand van git (${lock[1]}): een ander git-programma is bezig, of een eerder git-programma is afgebroken en liet het staan. Draait er geen git meer (ook geen editor of GitHub Desktop), verwijder het dan (rm "${lock[1]}") en probeer het opnieuw.`;
  }
  if (/not a git repository/i.test(text))
    return "de map is (niet meer) een git-repository";
  return void 0;
}
function gitFailure(what, error) {
  const text = error instanceof Error ? error.message : String(error);
  const explained = explainGitText(text);
  if (explained !== void 0)
    return new RunError(`git faalde bij ${what}: ${explained}`);
  const line = text.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "geen uitleg van git";
  return new RunError(`git faalde bij ${what}: ${line}`);
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
async function commitFiles(git, files, message) {
  const status = await git.status([...files]).catch((error) => {
    throw gitFailure("het lezen van de status", error);
  });
  if (status.files.length === 0)
    return false;
  try {
    await git.add([...files]);
    await git.commit(message);
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
  commitFiles
};
