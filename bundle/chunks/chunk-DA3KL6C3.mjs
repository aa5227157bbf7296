// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  runGit
} from "./chunk-5FUXISE3.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";

// dist/git/branch-ref.js
var BRANCH_REF = /^refs\/(?:heads\/(.+)|remotes\/[^/]+\/(.+))$/;
function candidateRefs(name) {
  return [`refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`, `refs/remotes/${name}/HEAD`];
}
var FULL_NAME = "Geef de branch met zijn volledige naam, bijvoorbeeld refs/remotes/origin/main.";
function chooseBranchRef(name, refs) {
  if (name.startsWith("refs/")) {
    const commit = refs.get(name);
    const match = BRANCH_REF.exec(name);
    if (!match)
      return { ok: false, message: `'${name}' is geen branch. ${FULL_NAME}` };
    if (commit === void 0)
      return { ok: false, message: `Branch '${name}' bestaat niet in deze repository. Haal hem eerst op (git fetch, of fetch-depth: 0).` };
    return { ok: true, ref: name, branch: match[1] ?? match[2], commit };
  }
  const found = candidateRefs(name).filter((ref) => refs.has(ref));
  if (found.length > 1) {
    return { ok: false, message: `'${name}' is niet eenduidig: zo heten ${found.join(" en ")}. Een tag of andere ref met de naam van een branch kan de branch vervangen. ${FULL_NAME}` };
  }
  const [only] = found;
  if (only === void 0) {
    return /^[0-9a-f]{7,64}$/i.test(name) ? { ok: false, message: `'${name}' is een commit, geen branch. ${FULL_NAME}` } : { ok: false, message: `Branch '${name}' bestaat niet in deze repository. Haal hem eerst op (git fetch, of fetch-depth: 0).` };
  }
  return chooseBranchRef(only, refs);
}
async function listRefs(git) {
  const output = await runGit(git, ["for-each-ref", "--format=%(refname)%00%(symref)%00%(*objectname)%00%(objectname)"], "het lezen van de branches en tags");
  const refs = /* @__PURE__ */ new Map();
  for (const line of output.split("\n")) {
    const [ref = "", symref = "", peeled = "", object = ""] = line.split("\0");
    if (ref === "" || symref !== "")
      continue;
    refs.set(ref, peeled || object);
  }
  return refs;
}
async function resolveBranchRef(git, name) {
  return chooseBranchRef(name, await listRefs(git));
}
async function resolveCommit(git, name) {
  let target = name;
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64}|HEAD)$/.test(name)) {
    const refs = await listRefs(git);
    const found = name.startsWith("refs/") ? [name].filter((r) => refs.has(r)) : candidateRefs(name).filter((r) => refs.has(r));
    if (found.length > 1)
      throw new RunError(`'${name}' is niet eenduidig: zo heten ${found.join(" en ")}. Geef de commit (40 tekens) of de volledige naam van de ref.`);
    if (found.length === 0)
      throw new RunError(`Commit '${name}' bestaat niet in deze repository. Haal de hele geschiedenis op (fetch-depth: 0).`);
    target = found[0];
  }
  return (await runGit(git, ["rev-parse", "--verify", "--end-of-options", `${target}^{commit}`], `het vinden van commit ${name}`)).trim();
}

export {
  resolveBranchRef,
  resolveCommit
};
