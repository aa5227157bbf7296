// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  allMergeBases
} from "./chunk-HUW3U4X2.mjs";
import {
  runGit
} from "./chunk-5FUXISE3.mjs";
import {
  COMPLAINTS_DIR,
  complaintFolder
} from "./chunk-6PZIGJ5Y.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  COMPLAINT_ID_BODY
} from "./chunk-3ZZ24PPU.mjs";

// dist/git/complaint-ids.js
var PATH_PATTERN = new RegExp(`^complaints/(\\d{4})/(${COMPLAINT_ID_BODY})\\.md$`);
async function idsAtRef(git, ref, year) {
  const folder = `${year === void 0 ? COMPLAINTS_DIR : complaintFolder(year)}/`;
  const output = await runGit(git, ["ls-tree", "-r", "--name-only", ref, "--", folder], `het lezen van de klachtbestanden op ${ref}`);
  return output.split("\n").flatMap((path) => {
    const match = PATH_PATTERN.exec(path);
    return match ? [{ id: match[2], path }] : [];
  });
}
async function allBranches(git) {
  const output = await runGit(git, ["for-each-ref", "--format=%(refname)", "refs/heads", "refs/remotes"], "het lezen van de branches");
  return output.split("\n").filter((ref) => ref !== "" && !ref.endsWith("/HEAD"));
}
async function idsOnAllBranches(git, year) {
  const ids = /* @__PURE__ */ new Set();
  for (const ref of await allBranches(git)) {
    for (const { id } of await idsAtRef(git, ref, year))
      ids.add(id);
  }
  return ids;
}
async function isAncestor(git, a, b) {
  return await mergeBase(git, a, b) === a;
}
async function idsAddedElsewhere(git, targetCommit, ids) {
  const found = /* @__PURE__ */ new Map();
  if (ids.size === 0)
    return found;
  const head = (await runGit(git, ["rev-parse", "--verify", "HEAD^{commit}"], "het lezen van HEAD")).trim() || void 0;
  for (const ref of await allBranches(git)) {
    const commit = (await runGit(git, ["rev-parse", "--verify", `${ref}^{commit}`], `het lezen van ${ref}`)).trim();
    if (commit === targetCommit || head === void 0 || await isAncestor(git, commit, head) || await isAncestor(git, head, commit))
      continue;
    const before = new Set((await complaintsAtMergeBases(git, targetCommit, commit)).map((e) => e.id));
    const name = ref.replace(/^refs\/(heads|remotes)\//, "");
    const branch = ref.startsWith("refs/remotes/") ? name.slice(name.indexOf("/") + 1) : name;
    for (const { id } of await idsAtRef(git, commit)) {
      if (ids.has(id) && !before.has(id))
        found.set(id, [...found.get(id) ?? [], { name, branch }]);
    }
  }
  return found;
}
async function mergeBase(git, a, b) {
  try {
    return (await git.raw(["merge-base", a, b])).trim() || void 0;
  } catch {
    return void 0;
  }
}
async function complaintsAtMergeBases(git, a, b) {
  const found = /* @__PURE__ */ new Map();
  for (const base of await allMergeBases(git, a, b))
    for (const entry of await idsAtRef(git, base))
      found.set(entry.path, entry);
  return [...found.values()];
}
async function refExists(git, ref) {
  try {
    return (await git.raw(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim() !== "";
  } catch {
    return false;
  }
}
async function idsChangedSince(git, since) {
  const none = /^0+$/.test(since);
  if (!none && (since.startsWith("-") || !await refExists(git, since))) {
    throw new RunError(`Commit '${since}' bestaat niet in deze repository (--sinds). Haal de hele geschiedenis op (fetch-depth: 0), of geef een bestaande commit.`);
  }
  const known = !none;
  const hasParent = await refExists(git, "HEAD~1");
  const range = known ? `${since}..HEAD` : hasParent ? "HEAD~1..HEAD" : "HEAD";
  const args = range === "HEAD" ? ["ls-tree", "-r", "--name-only", "HEAD", "--", "complaints/"] : ["diff", "--name-only", "--no-renames", "--diff-filter=AM", range, "--", "complaints/"];
  const output = await runGit(git, args, `het zoeken naar gewijzigde klachten (${range})`);
  const ids = [...new Set(output.split("\n").flatMap((path) => {
    const match = PATH_PATTERN.exec(path);
    return match ? [match[2]] : [];
  }))].sort();
  return { ids, range };
}

export {
  idsAtRef,
  idsOnAllBranches,
  idsAddedElsewhere,
  idsChangedSince
};
