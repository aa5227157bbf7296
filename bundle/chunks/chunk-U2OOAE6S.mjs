// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  gitFailure,
  hasCommits,
  runGit
} from "./chunk-5FUXISE3.mjs";
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
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/git/history.js
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var RECORD = "";
var FIELD = "";
function parseRawLog(output) {
  const commits = output.split(RECORD).slice(1).map((record) => {
    const [header = "", ...lines] = record.split("\n");
    const [commit = "", time = "0", author = ""] = header.split(FIELD);
    return { commit, time: Number(time), author, lines };
  });
  const byPath = /* @__PURE__ */ new Map();
  const files = [];
  for (let i = commits.length - 1; i >= 0; i--) {
    const { commit, time, author, lines } = commits[i];
    for (const line of lines) {
      if (!line.startsWith(":"))
        continue;
      const tab = line.indexOf("	");
      const meta = line.slice(1, tab).split(" ");
      const paths = line.slice(tab + 1).split("	");
      const status = meta[4] ?? "";
      const blob = meta[3] ?? "";
      const kind = status[0];
      if (kind === "R") {
        const [from = "", to = ""] = paths;
        const file = byPath.get(from) ?? { path: from, revisions: [], formerPaths: [], deleted: false };
        if (!byPath.has(from))
          files.push(file);
        byPath.delete(from);
        file.formerPaths.push(from);
        file.path = to;
        file.revisions.push({ commit, time, author, blob, path: to });
        byPath.set(to, file);
      } else if (kind === "D") {
        const file = byPath.get(paths[0] ?? "");
        if (file) {
          file.deleted = true;
          byPath.delete(file.path);
        }
      } else {
        const path = paths[0] ?? "";
        let file = byPath.get(path);
        if (!file || file.deleted) {
          file = { path, revisions: [], formerPaths: [], deleted: false };
          files.push(file);
          byPath.set(path, file);
        }
        file.revisions.push({ commit, time, author, blob, path });
      }
    }
  }
  return new Map(files.map((f) => [f.path, f]));
}
var thisProcess = () => ({ pid: process.pid, host: (0, import_node_os.hostname)(), probe: (pid) => process.kill(pid, 0) });
var LOG_PREFIX = "klacht-log-";
var LOG_FOLDER = /^klacht-log-(\d+)-[A-Za-z0-9]{6}$/;
var LOG_STALE_MS = 24 * 60 * 6e4;
function removeLeftoverLogs() {
  let names;
  try {
    names = (0, import_node_fs.readdirSync)((0, import_node_os.tmpdir)()).filter((name) => name.startsWith(LOG_PREFIX));
  } catch {
    return;
  }
  const here = thisProcess();
  for (const name of names) {
    const pid = LOG_FOLDER.exec(name)?.[1];
    const stat = pid === void 0 ? void 0 : (0, import_node_fs.lstatSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), name), { throwIfNoEntry: false });
    if (stat === void 0 || !stat.isDirectory())
      continue;
    if (!isLeftover({ pid: Number(pid), ageMs: Date.now() - stat.mtimeMs }, here, { maxAgeMs: LOG_STALE_MS }))
      continue;
    try {
      (0, import_node_fs.rmSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), name), { recursive: true, force: true });
    } catch {
    }
  }
}
async function complaintHistory(git) {
  removeLeftoverLogs();
  const folder = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), `${LOG_PREFIX}${process.pid}-`));
  const file = (0, import_node_path.join)(folder, "log.txt");
  try {
    if (!await hasCommits(git))
      return /* @__PURE__ */ new Map();
    await runGit(git, [
      "log",
      "--raw",
      "-M",
      "--no-abbrev",
      "--no-color",
      "--no-merges",
      `--format=${RECORD}%H${FIELD}%ct${FIELD}%an`,
      `--output=${file}`,
      "--",
      `${COMPLAINTS_DIR}/`
    ], `het lezen van de geschiedenis van ${COMPLAINTS_DIR}/`);
    return parseRawLog((0, import_node_fs.readFileSync)(file, "utf8"));
  } finally {
    (0, import_node_fs.rmSync)(folder, { recursive: true, force: true });
  }
}
async function readBlobs(root, blobs, env) {
  const unique = [...new Set(blobs)];
  const contents = await readObjects(root, unique, env);
  return new Map(unique.flatMap((blob, i) => contents[i] === void 0 ? [] : [[blob, contents[i]]]));
}
function readObjects(root, names, env) {
  return new Promise((resolve, reject) => {
    if (names.length === 0) {
      resolve([]);
      return;
    }
    const child = (0, import_node_child_process.spawn)("git", ["cat-file", "--batch"], { cwd: root, ...env ? { env } : {}, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    let stderr = "";
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString();
    });
    child.on("error", (error) => reject(gitFailure("het lezen van oude versies van bestanden", error)));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(gitFailure("het lezen van oude versies van bestanden", stderr));
        return;
      }
      const data = Buffer.concat(chunks);
      const result = [];
      let at = 0;
      while (at < data.length) {
        const headerEnd = data.indexOf(10, at);
        const header = data.subarray(at, headerEnd).toString("utf8");
        if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
          result.push(void 0);
          at = headerEnd + 1;
          continue;
        }
        const size = Number(header.slice(header.lastIndexOf(" ") + 1));
        const start = headerEnd + 1;
        result.push(data.subarray(start, start + size).toString("utf8"));
        at = start + size + 1;
      }
      resolve(result);
    });
    child.stdin.end(`${names.join("\n")}
`);
  });
}

export {
  complaintHistory,
  readBlobs,
  readObjects
};
