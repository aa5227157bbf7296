// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  runGit
} from "./chunk-5FUXISE3.mjs";
import {
  require_node_child_process
} from "./chunk-E74CLRJB.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/git/merge-result.js
var import_node_child_process = __toESM(require_node_child_process(), 1);
async function allMergeBases(git, a, b) {
  const output = await runGit(git, ["merge-base", "--all", a, b], "het zoeken naar het gemeenschappelijke begin van de basis en de pull request");
  return output.split("\n").map((l) => l.trim()).filter(Boolean);
}
function mergeTree(root, base, head) {
  return new Promise((resolve, reject) => {
    (0, import_node_child_process.execFile)("git", ["merge-tree", "--write-tree", "--no-messages", base, head], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? error.code : 0;
      if (code === 1) {
        resolve(void 0);
        return;
      }
      const tree = stdout.split("\n")[0]?.trim() ?? "";
      if (code !== 0 || !/^[0-9a-f]{40,64}$/.test(tree)) {
        const line = `${stderr}`.split("\n").map((l) => l.trim()).find(Boolean) ?? (error instanceof Error ? error.message : "geen uitleg van git");
        reject(new RunError(`git faalde bij het samenvoegen van de basis en de pull request (git merge-tree, git 2.38 of nieuwer nodig): ${line}`));
        return;
      }
      resolve(tree);
    });
  });
}
async function mergeResult(root, git, base, head) {
  const mergeBases = await allMergeBases(git, base, head);
  if (mergeBases.length === 0)
    return { ok: false, reason: "no-merge-base", mergeBases };
  if (mergeBases.length > 1)
    return { ok: false, reason: "merge-bases", mergeBases };
  const tree = await mergeTree(root, base, head);
  return tree === void 0 ? { ok: false, reason: "conflict", mergeBases } : { ok: true, tree };
}

export {
  allMergeBases,
  mergeResult
};
