// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  runGit
} from "./chunk-Y4FPVQAH.mjs";
import {
  COMPLAINT_ID_BODY,
  formatId,
  idNumber,
  idYear
} from "./chunk-GODEESAN.mjs";

// dist/core/next-id.js
function nextFreeId(year, knownIds) {
  let highest = 0;
  for (const id of knownIds) {
    if (idYear(id) === year)
      highest = Math.max(highest, idNumber(id) ?? 0);
  }
  return formatId(year, highest + 1);
}

// dist/git/complaint-ids.js
var PATH_PATTERN = new RegExp(`^complaints/(\\d{4})/(${COMPLAINT_ID_BODY})\\.md$`);
async function idsAtRef(git, ref, year) {
  const folder = year === void 0 ? "complaints/" : `complaints/${year}/`;
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
async function mergeBase(git, a, b) {
  try {
    return (await git.raw(["merge-base", a, b])).trim() || void 0;
  } catch {
    return void 0;
  }
}
async function refExists(git, ref) {
  try {
    return (await git.raw(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim() !== "";
  } catch {
    return false;
  }
}

export {
  nextFreeId,
  idsAtRef,
  idsOnAllBranches,
  mergeBase,
  refExists
};
