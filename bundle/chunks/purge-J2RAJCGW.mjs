// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  readBlobs
} from "./chunk-U2OOAE6S.mjs";
import {
  require_promises
} from "./chunk-XAIORCER.mjs";
import "./chunk-5FUXISE3.mjs";
import {
  COMPLAINTS_DIR
} from "./chunk-6PZIGJ5Y.mjs";
import {
  isLeftover
} from "./chunk-KK3T65I5.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_os
} from "./chunk-UCIYNJQ2.mjs";
import {
  require_node_child_process
} from "./chunk-E74CLRJB.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// node-builtin:node:stream
var require_node_stream = __commonJS({
  "node-builtin:node:stream"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// dist/git/purge.js
var import_node_child_process2 = __toESM(require_node_child_process(), 1);
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var import_promises = __toESM(require_promises(), 1);

// dist/git/fast-export-filter.js
var import_node_stream = __toESM(require_node_stream(), 1);
var SCRATCH_REF = "refs/klacht-purge/extra";
var NEWLINE = 10;
var HEX_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var FastExportFilter = class extends import_node_stream.Transform {
  options;
  /** Mark (":12") -> original id, for every blob, commit and annotated tag in the stream. */
  originals = /* @__PURE__ */ new Map();
  /** How many blobs were given new data. */
  replaced = 0;
  pending = Buffer.alloc(0);
  /** Bytes of data still to pass through (or drop, when `dropping`). */
  remaining = 0;
  dropping = false;
  command = "other";
  onNotesRef = false;
  mark = "";
  original = "";
  constructor(options) {
    super();
    this.options = options;
  }
  _transform(chunk, _encoding, callback) {
    try {
      this.consume(chunk);
      callback();
    } catch (error) {
      callback(error instanceof Error ? error : new Error(String(error)));
    }
  }
  _flush(callback) {
    callback(this.remaining > 0 || this.pending.length > 0 ? new Error("fast-export stream ended inside a command") : null);
  }
  consume(chunk) {
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - at);
        if (!this.dropping)
          this.push(chunk.subarray(at, at + take));
        this.remaining -= take;
        at += take;
        continue;
      }
      const end = chunk.indexOf(NEWLINE, at);
      if (end < 0) {
        this.pending = Buffer.concat([this.pending, chunk.subarray(at)]);
        return;
      }
      const line = Buffer.concat([this.pending, chunk.subarray(at, end)]).toString("latin1");
      this.pending = Buffer.alloc(0);
      at = end + 1;
      const out = this.line(line);
      if (out !== null)
        this.push(Buffer.from(`${out}
`, "latin1"));
    }
  }
  /** One command line in, the line to write out (null: already written). */
  line(line) {
    const space = line.indexOf(" ");
    const word = space < 0 ? line : line.slice(0, space);
    const rest = space < 0 ? "" : line.slice(space + 1);
    switch (word) {
      case "blob":
      case "commit":
      case "tag":
      case "reset":
        this.command = word === "reset" ? "other" : word;
        this.mark = "";
        this.original = "";
        if (word === "commit" || word === "reset") {
          this.onNotesRef = rest.startsWith("refs/notes/");
          if (!rest.startsWith("refs/"))
            return `${word} ${SCRATCH_REF}`;
        }
        return line;
      case "mark":
        this.mark = rest;
        return line;
      case "original-oid":
        this.original = rest;
        if (this.mark && this.command !== "other")
          this.originals.set(this.mark, rest);
        return line;
      case "data":
        return this.data(rest);
      case "M":
      case "D":
        return this.command === "commit" && this.onNotesRef ? this.notePath(word, rest) : line;
      default:
        return line;
    }
  }
  data(rest) {
    if (!/^\d+$/.test(rest))
      throw new Error("fast-export wrote data in a form this filter does not read");
    this.remaining = Number(rest);
    this.dropping = false;
    const replacement = this.command === "blob" ? this.options.blobs.get(this.original) : void 0;
    if (replacement === void 0)
      return `data ${rest}`;
    this.dropping = true;
    this.replaced++;
    this.push(`data ${replacement.length}
`);
    this.push(replacement);
    return null;
  }
  /** `M <mode> <dataref> <path>` or `D <path>` in a notes commit: the path names an annotated object. */
  notePath(word, rest) {
    const parts = word === "M" ? rest.split(" ") : [rest];
    const path = parts[parts.length - 1] ?? "";
    const old = path.replace(/\//g, "");
    const replacement = HEX_ID.test(old) ? this.options.commits?.get(old) : void 0;
    if (replacement === void 0)
      return `${word} ${rest}`;
    let at = 0;
    const renamed = path.split("/").map((piece) => replacement.slice(at, at += piece.length)).join("/");
    return `${word} ${[...parts.slice(0, -1), renamed].join(" ")}`;
  }
};

// dist/git/purge-git.js
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function purgeEnv() {
  return { ...process.env, GIT_NO_REPLACE_OBJECTS: "1" };
}
var PurgeError = class extends RunError {
};
function exitCode(child) {
  return new Promise((resolve2, reject) => {
    child.on("error", () => reject(new PurgeError("git is niet gevonden. Installeer git en probeer opnieuw.")));
    child.on("close", (code) => resolve2(code ?? -1));
  });
}
async function gitOutput(root, args, failure, input = "") {
  const child = (0, import_node_child_process.spawn)("git", [...args], { cwd: root, env: purgeEnv(), stdio: ["pipe", "pipe", "ignore"] });
  const chunks = [];
  child.stdout?.on("data", (chunk) => chunks.push(chunk));
  child.stdin?.on("error", () => void 0);
  child.stdin?.end(input);
  const code = await exitCode(child);
  if (code !== 0)
    throw new PurgeError(failure);
  return Buffer.concat(chunks).toString("utf8");
}
async function gitAsk(root, args) {
  try {
    return await gitOutput(root, args, "");
  } catch (error) {
    if (error instanceof PurgeError && error.message === "")
      return void 0;
    throw error;
  }
}
async function gitPath(root, name) {
  return (0, import_node_path.resolve)(root, (await gitOutput(root, ["rev-parse", "--git-path", name], "git kon de repository niet lezen.")).trim());
}

// dist/git/purge-attachments.js
var UNREADABLE = "git kon de geschiedenis van de bijlagen niet lezen. Er is niets veranderd: de geschiedenis is nog zoals ze was.";
var NONE = /^0+$/;
var GITLINK = "160000";
async function attachmentBlobs(root, paths, extra, excluded, replacement) {
  const found = /* @__PURE__ */ new Set();
  if (paths.length === 0)
    return found;
  const prefix = (await gitOutput(root, ["rev-parse", "--show-prefix"], UNREADABLE)).trim();
  const specs = paths.map((path) => `:(top,literal)${prefix}${path}`);
  const log = await gitOutput(root, ["log", `--exclude=${excluded}`, "--all", ...extra, "-m", "--root", "--no-renames", "--raw", "--no-abbrev", "-z", "--format=", "--", ...specs], UNREADABLE);
  for (const token of log.split("\0")) {
    if (!token.startsWith(":"))
      continue;
    const [srcMode = "", dstMode = "", srcBlob = "", dstBlob = ""] = token.slice(1).split(" ");
    if (srcMode !== GITLINK && !NONE.test(srcBlob))
      found.add(srcBlob);
    if (dstMode !== GITLINK && !NONE.test(dstBlob))
      found.add(dstBlob);
  }
  if (found.size === 0)
    return found;
  found.delete(await blobId(root, replacement));
  if (found.size === 0)
    return found;
  const head = (await gitOutput(root, ["rev-parse", "--verify", "-q", "HEAD^{tree}"], UNREADABLE).catch(() => "")).trim();
  if (head !== "") {
    const tree = await gitOutput(root, ["ls-tree", "-r", "-z", "--full-tree", head], UNREADABLE);
    for (const entry of tree.split("\0"))
      found.delete(entry.split("	")[0]?.split(" ")[2] ?? "");
  }
  return found;
}
async function blobId(root, text) {
  return (await gitOutput(root, ["hash-object", "--stdin"], UNREADABLE, text)).trim();
}

// dist/git/purge-versions.js
var NONE2 = /^0+$/;
var GITLINK2 = "160000";
var UNREADABLE2 = "git kon de geschiedenis niet lezen. Er is niets veranderd: de geschiedenis is nog zoals ze was.";
var History = class {
  commits = [];
  index = /* @__PURE__ */ new Map();
  parents = [];
  children = [];
  paths = [];
  pathIndex = /* @__PURE__ */ new Map();
  /** Changes per edge, keyed child * commits + parent (root commits: child * commits + child). */
  edges = /* @__PURE__ */ new Map();
  path(name) {
    let at = this.pathIndex.get(name);
    if (at === void 0) {
      at = this.paths.push(name) - 1;
      this.pathIndex.set(name, at);
    }
    return at;
  }
  edge(child, parent) {
    return this.edges.get(child * this.commits.length + parent);
  }
};
async function readHistory(root, extra, excluded) {
  const history = new History();
  const graph = await gitOutput(root, ["rev-list", "--parents", `--exclude=${excluded}`, "--all", ...extra], UNREADABLE2);
  const lines = graph.split("\n").filter(Boolean).map((line) => line.split(" "));
  for (const [commit = ""] of lines) {
    history.index.set(commit, history.commits.push(commit) - 1);
    history.parents.push([]);
    history.children.push([]);
  }
  const pairs = [];
  for (const [commit = "", ...parents] of lines) {
    const child = history.index.get(commit);
    for (const parent of parents) {
      const p = history.index.get(parent);
      if (p === void 0)
        continue;
      history.parents[child]?.push(p);
      history.children[p]?.push(child);
      pairs.push([child, p]);
    }
    if (parents.length === 0)
      pairs.push([child, child]);
  }
  if (pairs.length === 0)
    return history;
  const prefix = (await gitOutput(root, ["rev-parse", "--show-prefix"], UNREADABLE2)).trim();
  const input = pairs.map(([c, p]) => c === p ? history.commits[c] : `${history.commits[c]} ${history.commits[p]}`).join("\n");
  const output = await gitOutput(root, ["diff-tree", "--stdin", "-z", "-r", "-M", "--raw", "--no-abbrev", "--always", "--root", "--", `:(top,literal)${prefix}${COMPLAINTS_DIR}/`], UNREADABLE2, `${input}
`);
  const tokens = output.split("\0");
  let pair = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.startsWith(":")) {
      if (token !== "")
        pair++;
      continue;
    }
    const [srcMode = "", dstMode = "", srcBlob = "", dstBlob = "", status = ""] = token.slice(1).split(" ");
    const renamed = status.startsWith("R") || status.startsWith("C");
    const src = tokens[++i];
    const dst = renamed ? tokens[++i] : src;
    const [child, parent] = pairs[pair];
    const kind = srcMode === GITLINK2 && dstMode === GITLINK2 ? void 0 : srcMode === GITLINK2 ? "A" : dstMode === GITLINK2 ? "D" : status[0];
    if (kind === void 0 || kind === "C")
      continue;
    const key = child * history.commits.length + parent;
    let edge = history.edges.get(key);
    if (!edge)
      history.edges.set(key, edge = { bySrc: /* @__PURE__ */ new Map(), byDst: /* @__PURE__ */ new Map() });
    const change = { status: kind, src: history.path(src), dst: history.path(dst), srcBlob, dstBlob };
    if (kind !== "A")
      edge.bySrc.set(change.src, change);
    if (kind !== "D")
      edge.byDst.set(change.dst, change);
  }
  return history;
}
function walk(history, starts, seen) {
  const paths = () => history.paths.length;
  const found = [];
  const stack = [...starts];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const key = node.commit * paths() + node.path;
    if (seen.has(key))
      continue;
    seen.add(key);
    found.push(node);
    const { path, blob } = node;
    for (const parent of history.parents[node.commit] ?? []) {
      const change = history.edge(node.commit, parent)?.byDst.get(path);
      if (!change)
        stack.push({ commit: parent, path, blob });
      else if (change.status !== "A")
        stack.push({ commit: parent, path: change.src, blob: change.srcBlob });
    }
    for (const child of history.children[node.commit] ?? []) {
      const change = history.edge(child, node.commit)?.bySrc.get(path);
      if (!change)
        stack.push({ commit: child, path, blob });
      else if (change.status !== "D")
        stack.push({ commit: child, path: change.dst, blob: change.dstBlob });
    }
  }
  return found;
}
async function complaintVersions(root, paths, extra, excluded, idOf) {
  const result = /* @__PURE__ */ new Map();
  const head = (await gitOutput(root, ["rev-parse", "--verify", "-q", "HEAD^{commit}"], UNREADABLE2).catch(() => "")).trim();
  if (head === "" || paths.length === 0)
    return result;
  const history = await readHistory(root, extra, excluded);
  const headIndex = history.index.get(head);
  if (headIndex === void 0)
    return result;
  const prefix = (await gitOutput(root, ["rev-parse", "--show-prefix"], UNREADABLE2)).trim();
  const full = paths.map((path) => `${prefix}${path}`);
  const listed = await gitOutput(root, ["ls-tree", "-z", "--full-tree", head, "--", ...full], UNREADABLE2);
  const starts = listed.split("\0").filter(Boolean).flatMap((entry) => {
    const [meta = "", name = ""] = entry.split("	");
    const [mode = "", type = "", blob = ""] = meta.split(" ");
    return type === "blob" && mode !== GITLINK2 ? [{ commit: headIndex, path: history.path(name), blob }] : [];
  });
  const seen = /* @__PURE__ */ new Set();
  const own = walk(history, starts, seen);
  const ownPaths = new Set(own.map((node) => node.path));
  const ownTexts = await readBlobs(root, starts.map((s) => s.blob), purgeEnv());
  const ids = new Set(starts.flatMap((s) => idOf(ownTexts.get(s.blob) ?? "") ?? []));
  const currentPaths = new Set(starts.map((s) => s.path));
  const strays = [];
  for (const [key, edge] of history.edges) {
    for (const change of edge.byDst.values()) {
      if (!ownPaths.has(change.dst) || NONE2.test(change.dstBlob))
        continue;
      const child = Math.floor(key / history.commits.length);
      if (seen.has(child * history.paths.length + change.dst))
        continue;
      const other = walk(history, [{ commit: child, path: change.dst, blob: change.dstBlob }], seen);
      if (!other.some((node) => node.commit === headIndex))
        strays.push(...other);
    }
  }
  const strayTexts = await readBlobs(root, strays.map((node) => node.blob), purgeEnv());
  const theirs = strays.filter((node) => {
    const id = idOf(strayTexts.get(node.blob) ?? "");
    return id === void 0 ? currentPaths.has(node.path) : ids.has(id);
  });
  const chosen = [...own, ...theirs].filter((node) => !NONE2.test(node.blob));
  const texts = await readBlobs(root, chosen.map((node) => node.blob), purgeEnv());
  for (const node of chosen) {
    const text = texts.get(node.blob);
    if (text !== void 0 && !result.has(node.blob))
      result.set(node.blob, { text, commit: history.commits[node.commit], path: history.paths[node.path] });
  }
  return result;
}

// dist/git/purge-snapshot.js
var import_node_fs = __toESM(require_node_fs(), 1);

// dist/git/purge-record.js
var import_node_os = __toESM(require_node_os(), 1);
var PURGE_REFS = "refs/klacht-purge/";
var RECORD_REF = `${PURGE_REFS}record`;
var KEEPER_REFS = `${PURGE_REFS}stash/`;
var PHASES = ["rewriting", "switched", "stash-rewritten", "reflogs-emptied"];
var PHASE_NAMES = {
  rewriting: "het schrijven van de nieuwe geschiedenis",
  switched: "het omzetten van de takken",
  "stash-rewritten": "het herschrijven van de lijst van git stash",
  "reflogs-emptied": "het legen van de reflogs"
};
var UNREADABLE3 = "git kon de stand van een eerdere herschrijving niet lezen.";
async function readRecord(root) {
  const blob = (await gitAsk(root, ["rev-parse", "--verify", "-q", RECORD_REF]))?.trim();
  if (!blob)
    return void 0;
  const text = await gitOutput(root, ["cat-file", "blob", blob], UNREADABLE3);
  try {
    const record = JSON.parse(text);
    if (!PHASES.includes(record.phase) || !Array.isArray(record.oldBlobs) || !Array.isArray(record.stash))
      throw new Error("shape");
    return { record, blob };
  } catch {
    throw new PurgeError(`${UNREADABLE3} Verwijder hem met git update-ref -d ${RECORD_REF} en begin opnieuw.`);
  }
}
async function storeRecordBlob(root, record) {
  return (await gitOutput(root, ["hash-object", "-w", "--stdin"], "git kon de stand van de herschrijving niet vastleggen.", JSON.stringify(record))).trim();
}
async function writeRecord(root, record, previous) {
  const blob = await storeRecordBlob(root, record);
  await gitOutput(root, ["update-ref", RECORD_REF, blob, previous ?? ""], previous === void 0 ? "Er loopt al een herschrijving van de geschiedenis in deze repository, of er is er net een begonnen. Probeer het over een paar minuten opnieuw." : "git kon de stand van de herschrijving niet bijwerken (liep er intussen nog een?).");
  return blob;
}
async function removeRecord(root, blob) {
  await gitOutput(root, ["update-ref", "-d", RECORD_REF, blob], "git kon de stand van de herschrijving niet verwijderen.");
}
function currentHolder() {
  return { pid: process.pid, host: (0, import_node_os.hostname)() };
}
function holderRuns(record) {
  const here = { pid: process.pid, host: (0, import_node_os.hostname)(), probe: (pid) => process.kill(pid, 0) };
  return !isLeftover(record, here, { ownIsLeftover: true, elsewhereIsLeftover: true });
}

// dist/git/purge-snapshot.js
var UNREADABLE4 = "git kon de repository niet lezen.";
async function assertCanPurge(root) {
  for (const name of ["MERGE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD", "BISECT_LOG", "rebase-merge", "rebase-apply"]) {
    if ((0, import_node_fs.existsSync)(await gitPath(root, name))) {
      throw new PurgeError("Er is nog een merge, rebase, cherry-pick of bisect bezig in deze repository. Maak die eerst af (of breek hem af) en probeer het opnieuw.");
    }
  }
  const worktrees = (await gitOutput(root, ["worktree", "list", "--porcelain"], UNREADABLE4)).split("\n").filter((line) => line.startsWith("worktree "));
  if (worktrees.length > 1) {
    throw new PurgeError("Deze repository heeft meer dan één werkmap (git worktree list). Haal de andere werkmappen eerst weg (git worktree remove), want zij houden de oude versies vast.");
  }
  if ((await gitOutput(root, ["rev-parse", "--is-shallow-repository"], UNREADABLE4)).trim() === "true") {
    throw new PurgeError("Dit is een onvolledige kopie van de repository (shallow clone). Haal eerst de hele geschiedenis op (git fetch --unshallow) en probeer het opnieuw.");
  }
}
async function readSnapshot(root) {
  const refs = (await gitOutput(root, ["for-each-ref", "--format=%(objectname) %(refname) %(symref)"], UNREADABLE4)).split("\n").filter(Boolean).flatMap((line) => {
    const [id = "", name = "", symref = ""] = line.split(" ");
    return symref === "" && !name.startsWith(PURGE_REFS) ? [{ id, name }] : [];
  });
  const onBranch = await gitAsk(root, ["symbolic-ref", "-q", "HEAD"]) !== void 0;
  const head = (await gitAsk(root, ["rev-parse", "--verify", "-q", "HEAD"]))?.trim();
  const tree = (await gitAsk(root, ["rev-parse", "--verify", "-q", "HEAD^{tree}"]))?.trim();
  const stashLog = refs.some((ref) => ref.name === "refs/stash") ? await gitOutput(root, ["log", "-g", "--format=%H%x1f%gs", "refs/stash"], UNREADABLE4) : "";
  const stash = stashLog.split("\n").filter(Boolean).map((line) => {
    const [id = "", message = ""] = line.split("");
    return { id, message };
  });
  return {
    refs,
    detachedHead: onBranch ? void 0 : head,
    tree,
    stash,
    objectDir: await gitPath(root, "objects"),
    objectFormat: (await gitOutput(root, ["rev-parse", "--show-object-format"], UNREADABLE4)).trim()
  };
}

// dist/git/purge-cleanup.js
var import_node_fs2 = __toESM(require_node_fs(), 1);

// dist/git/purge-stash.js
var FAILURE = "De geschiedenis is herschreven, maar git kon de lijst van git stash niet herschrijven. Voer dezelfde opdracht opnieuw uit: hij gaat verder waar hij stopte.";
async function stashEntries(root) {
  if (await gitAsk(root, ["rev-parse", "--verify", "-q", "refs/stash"]) === void 0)
    return [];
  const log = await gitOutput(root, ["log", "-g", "--format=%H%x1f%gs", "refs/stash"], FAILURE);
  return log.split("\n").filter(Boolean).map((line) => {
    const [id = "", message = ""] = line.split("");
    return { id, message };
  });
}
var same = (a, b) => a.length === b.length && a.every((entry, i) => entry.id === b[i]?.id && entry.message === b[i]?.message);
async function rewriteStash(root, wanted) {
  if (wanted.length > 0) {
    let entries = await stashEntries(root);
    if (!same(entries.slice(0, wanted.length), wanted)) {
      const oldest = wanted[wanted.length - 1];
      if (entries[0]?.id === oldest.id)
        await gitOutput(root, ["update-ref", "-m", "klacht: stash wordt herschreven", "refs/stash", `${oldest.id}^`], FAILURE);
      for (const entry of [...wanted].reverse())
        await gitOutput(root, ["update-ref", "--create-reflog", "-m", entry.message, "refs/stash", entry.id], FAILURE);
      entries = await stashEntries(root);
    }
    const older = entries.map((_, i) => i).filter((i) => i >= wanted.length).reverse().map((i) => `refs/stash@{${i}}`);
    if (older.length > 0)
      await gitOutput(root, ["reflog", "delete", ...older], FAILURE);
  }
  const keepers = (await gitOutput(root, ["for-each-ref", "--format=%(refname)", KEEPER_REFS], FAILURE)).split("\n").filter(Boolean);
  if (keepers.length > 0)
    await gitOutput(root, ["update-ref", "--stdin"], FAILURE, keepers.map((ref) => `delete ${ref}
`).join(""));
}

// dist/git/purge-cleanup.js
var REWRITTEN = "De geschiedenis is herschreven, maar";
var AGAIN = "Voer dezelfde opdracht opnieuw uit: hij gaat verder waar hij stopte.";
async function cleanUp(root, record, blob, rules, attachments) {
  let stored = blob;
  const next = async (phase) => {
    stored = await writeRecord(root, { ...record, phase }, stored);
  };
  await refreshWorkingTree(root, record.tree);
  for (const name of ["ORIG_HEAD", "FETCH_HEAD", "AUTO_MERGE"])
    (0, import_node_fs2.rmSync)(await gitPath(root, name), { force: true });
  await rewriteStash(root, record.stash);
  await next("stash-rewritten");
  await emptyReflogs(root);
  await next("reflogs-emptied");
  await gitOutput(root, ["gc", "--prune=now", "--quiet"], `${REWRITTEN} git kon de oude versies niet opruimen (git gc). ${AGAIN}`);
  const remaining = (await gitOutput(root, ["cat-file", "--batch-check"], `${REWRITTEN} git kon niet nagaan of de oude versies weg zijn. ${AGAIN}`, `${record.oldBlobs.join("\n")}
`)).split("\n").filter((line) => line !== "" && !line.endsWith(" missing"));
  if (remaining.length > 0) {
    throw new PurgeError(`${REWRITTEN} ${remaining.length === 1 ? "één oude versie staat" : `${remaining.length} oude versies staan`} nog in de repository (houdt een .keep-bestand in .git/objects/pack of een gedeelde objectmap ze vast?). Los dat op en voer dezelfde opdracht opnieuw uit; tot dan meldt hij het herschrijven niet als geslaagd.`);
  }
  const left = await versionsWithPersonalData(root, record, rules);
  const leftAttachments = await attachmentBlobs(root, attachments, record.stash.map((entry) => entry.id), `${PURGE_REFS}*`, rules.removedAttachment);
  await removeRecord(root, stored);
  if (leftAttachments.size > 0) {
    throw new PurgeError(`${REWRITTEN} ${leftAttachments.size === 1 ? "één oude versie van een bijlage staat" : `${leftAttachments.size} oude versies van bijlagen staan`} nog in de geschiedenis. Voer dezelfde opdracht opnieuw uit: hij herschrijft die dan alsnog. Tot dan meldt hij het herschrijven niet als geslaagd.`);
  }
  if (left.length > 0) {
    const where = left.slice(0, 3).map((version) => `${version.path} in commit ${version.commit.slice(0, 12)}`).join(", ");
    throw new PurgeError(`${REWRITTEN} ${left.length === 1 ? "één versie heeft" : `${left.length} versies hebben`} nog persoonsgegevens (${where}${left.length > 3 ? ", …" : ""}). Voer dezelfde opdracht opnieuw uit: hij herschrijft die dan alsnog. Tot dan meldt hij het herschrijven niet als geslaagd.`);
  }
}
async function versionsWithPersonalData(root, record, rules) {
  const versions = await complaintVersions(root, record.paths ?? [], record.stash.map((entry) => entry.id), `${PURGE_REFS}*`, rules.idOf);
  return [...versions.values()].filter(({ text }) => text !== rules.unreadable && rules.anonymise(text) !== text);
}
async function emptyReflogs(root) {
  const failure = `${REWRITTEN} git kon de reflogs niet legen. ${AGAIN}`;
  const refs = (await gitOutput(root, ["for-each-ref", "--format=%(refname)"], failure)).split("\n").filter((ref) => ref !== "" && ref !== "refs/stash" && !ref.startsWith(PURGE_REFS));
  const names = ["HEAD", ...refs];
  const answers = (await gitOutput(root, ["cat-file", "--batch-check"], failure, names.map((ref) => `${ref}@{0}
`).join(""))).split("\n");
  const logged = names.filter((_, i) => answers[i] !== void 0 && !answers[i].endsWith(" missing"));
  for (let i = 0; i < logged.length; i += 200) {
    await gitOutput(root, ["reflog", "expire", "--expire=now", "--expire-unreachable=now", ...logged.slice(i, i + 200)], failure);
  }
}
async function refreshWorkingTree(root, before) {
  const bare = (await gitOutput(root, ["rev-parse", "--is-bare-repository"], "git kon de repository niet lezen.")).trim() === "true";
  if (bare || before === void 0)
    return;
  const tree = (await gitAsk(root, ["rev-parse", "--verify", "-q", "HEAD^{tree}"]))?.trim();
  if (tree !== void 0 && tree !== before) {
    await gitOutput(root, ["read-tree", "-m", "-u", before, tree], `${REWRITTEN} de werkmap kon niet worden bijgewerkt. Bekijk git status voordat u verder werkt.`);
  }
  await gitAsk(root, ["update-index", "-q", "--refresh"]);
}

// dist/git/purge.js
var EXPORT_OPTIONS = [
  // original-oid finds the blobs to replace and, with the marks, maps old commits to new ones.
  "--show-original-ids",
  "--mark-tags",
  // Without `done` at its end, fast-import treats a stream cut short as a failure.
  "--use-done-feature",
  // A signature would not match a rewritten tag; old tags without a tagger are still imported.
  "--signed-tags=strip",
  "--fake-missing-tagger",
  "--tag-of-filtered-object=rewrite",
  // Commit messages keep their bytes and encoding header, so untouched commits keep their ids.
  // (git 2.39 drops commit signatures without asking, e.g. those GitHub puts on web merges: such a
  // commit gets a new id even when nothing in it changed. A signature could not survive anyway.)
  "--reencode=no"
];
var REPLACE_REFS = "refs/replace/";
var NOTHING_CHANGED = "Er is niets veranderd: de geschiedenis is nog zoals ze was.";
async function purgeHistory(root, paths, rules, attachments = []) {
  await assertCanPurge(root);
  const pending = await readRecord(root);
  if (pending && holderRuns(pending.record)) {
    throw new PurgeError(`Er loopt al een herschrijving van de geschiedenis in deze repository (proces ${pending.record.pid}). Wacht tot die klaar is.`);
  }
  await removeScratch(root);
  let resumed = { rewritten: 0, attachments: 0, unreadable: 0 };
  if (pending && pending.record.phase !== "rewriting") {
    const record = { ...pending.record, ...currentHolder() };
    await cleanUp(root, record, await writeRecord(root, record, pending.blob), rules, attachments);
    resumed = {
      rewritten: record.oldBlobs.length,
      attachments: record.attachments ?? 0,
      unreadable: record.unreadable ?? 0,
      resumedAfter: { phase: pending.record.phase, name: PHASE_NAMES[pending.record.phase] }
    };
  } else if (pending) {
    await removeRecord(root, pending.blob);
  }
  const before = await readSnapshot(root);
  const { blobs, unreadable, ofAttachments } = await replacements(root, paths, attachments, rules, before);
  if (blobs.size === 0)
    return resumed;
  const started = { phase: "rewriting", ...currentHolder(), oldBlobs: [...blobs.keys()], unreadable, attachments: ofAttachments, paths, tree: before.tree, stash: [] };
  const startedBlob = await writeRecord(root, started, void 0);
  let switched;
  let switchedBlob;
  try {
    const ids = await rewrite(root, await scratchFolder(root), before, blobs);
    switched = { ...started, phase: "switched", stash: before.stash.map((entry) => ({ id: ids.get(entry.id) ?? entry.id, message: entry.message })) };
    switchedBlob = await storeRecordBlob(root, switched);
    await switchRefs(root, before, ids, switched.stash, [startedBlob, switchedBlob]);
  } catch (error) {
    await removeRecord(root, startedBlob).catch(() => void 0);
    throw error;
  } finally {
    await removeScratch(root);
  }
  await cleanUp(root, switched, switchedBlob, rules, attachments);
  return { ...resumed, rewritten: resumed.rewritten + blobs.size, attachments: resumed.attachments + ofAttachments, unreadable: resumed.unreadable + unreadable };
}
async function scratchFolder(root) {
  const folder = await gitPath(root, "klacht-purge");
  (0, import_node_fs3.mkdirSync)(folder, { recursive: true });
  return folder;
}
async function removeScratch(root) {
  (0, import_node_fs3.rmSync)(await gitPath(root, "klacht-purge"), { recursive: true, force: true });
}
async function replacements(root, paths, attachments, rules, before) {
  const stash = before.stash.map((entry) => entry.id);
  const versions = await complaintVersions(root, paths, stash, `${PURGE_REFS}*`, rules.idOf);
  const blobs = /* @__PURE__ */ new Map();
  let unreadable = 0;
  for (const [blob, { text }] of versions) {
    if (text === rules.unreadable)
      continue;
    const cleaned = rules.anonymise(text);
    if (cleaned === void 0)
      unreadable++;
    const next = cleaned ?? rules.unreadable;
    if (next !== text)
      blobs.set(blob, Buffer.from(next, "utf8"));
  }
  const removed = Buffer.from(rules.removedAttachment, "utf8");
  const attachmentVersions = await attachmentBlobs(root, attachments, stash, `${PURGE_REFS}*`, rules.removedAttachment);
  const ofAttachments = [...attachmentVersions].filter((blob) => !blobs.has(blob) && !versions.has(blob));
  for (const blob of ofAttachments)
    blobs.set(blob, removed);
  return { blobs, unreadable, ofAttachments: ofAttachments.length };
}
async function rewrite(root, shadow, before, blobs) {
  await gitOutput(root, ["init", "--bare", "--quiet", `--object-format=${before.objectFormat}`, (0, import_node_path2.join)(shadow, "git")], `git kon geen tijdelijke map voor de nieuwe geschiedenis maken. ${NOTHING_CHANGED}`);
  const olderStashes = before.stash.slice(1).map((entry) => entry.id);
  const ids = await pass(root, shadow, 1, ["--exclude=refs/notes/*", `--exclude=${PURGE_REFS}*`, "--all", ...olderStashes], { blobs }, before.objectDir);
  const notes = before.refs.filter((ref) => ref.name.startsWith("refs/notes/")).map((ref) => ref.name);
  if (notes.length > 0) {
    for (const [old, next] of await pass(root, shadow, 2, notes, { blobs, commits: ids }, before.objectDir))
      ids.set(old, next);
  }
  return ids;
}
async function pass(root, shadow, n, revisions, options, objectDir) {
  const marks = (0, import_node_path2.join)(shadow, `marks-${n}`);
  const exporter = (0, import_node_child_process2.spawn)("git", ["fast-export", ...EXPORT_OPTIONS, ...revisions], { cwd: root, env: purgeEnv(), stdio: ["ignore", "pipe", "ignore"] });
  const importer = (0, import_node_child_process2.spawn)("git", ["fast-import", "--force", "--quiet", `--export-marks=${marks}`], {
    cwd: root,
    env: { ...purgeEnv(), GIT_DIR: (0, import_node_path2.join)(shadow, "git"), GIT_OBJECT_DIRECTORY: objectDir },
    stdio: ["pipe", "ignore", "ignore"]
  });
  const filter = new FastExportFilter(options);
  const [exported, imported, streamed] = await Promise.all([
    exitCode(exporter),
    exitCode(importer),
    (0, import_promises.pipeline)(exporter.stdout, filter, importer.stdin).then(() => true, () => false)
  ]);
  if (exported !== 0 || imported !== 0 || !streamed) {
    const step = exported !== 0 ? "lezen (git fast-export)" : "schrijven (git fast-import)";
    throw new PurgeError(`git kon de geschiedenis niet herschrijven: het ${step} mislukte. ${NOTHING_CHANGED} Controleer de repository met git fsck en probeer het opnieuw.`);
  }
  const result = /* @__PURE__ */ new Map();
  for (const line of (0, import_node_fs3.readFileSync)(marks, "utf8").split("\n")) {
    const [mark = "", id = ""] = line.split(" ");
    const old = filter.originals.get(mark);
    if (old !== void 0 && id !== "")
      result.set(old, id);
  }
  return result;
}
async function switchRefs(root, before, ids, stash, [startedBlob, switchedBlob]) {
  const lines = [`update ${RECORD_REF} ${switchedBlob} ${startedBlob}`];
  stash.forEach((entry, i) => lines.push(`create ${KEEPER_REFS}${i} ${entry.id}`));
  for (const { name, id } of before.refs) {
    const next = ids.get(id) ?? id;
    const replaced = name.startsWith(REPLACE_REFS) ? name.slice(REPLACE_REFS.length) : void 0;
    const renamed = replaced === void 0 ? name : `${REPLACE_REFS}${ids.get(replaced) ?? replaced}`;
    if (renamed !== name)
      lines.push(`delete ${name} ${id}`, `create ${renamed} ${next}`);
    else if (next !== id)
      lines.push(`update ${name} ${next} ${id}`);
  }
  const head = before.detachedHead;
  const nextHead = head === void 0 ? void 0 : ids.get(head);
  if (head !== void 0 && nextHead !== void 0 && nextHead !== head)
    lines.push("option no-deref", `update HEAD ${nextHead} ${head}`);
  await gitOutput(root, ["update-ref", "--stdin"], `git kon de takken niet naar de nieuwe geschiedenis omzetten (veranderde er intussen iets?). ${NOTHING_CHANGED}`, `${lines.join("\n")}
`);
}
export {
  PurgeError,
  assertCanPurge,
  purgeHistory,
  readRecord
};
