// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  processRuns,
  removeStaleTempFiles
} from "./chunk-DGOT4EJ2.mjs";
import {
  require_node_os
} from "./chunk-UCIYNJQ2.mjs";
import {
  createFileAtomic,
  faultPoint,
  writeFileAtomic
} from "./chunk-U4BPVPHZ.mjs";
import {
  require_node_crypto
} from "./chunk-4GZ3DPCE.mjs";
import {
  WRITE_LOCK
} from "./chunk-ICKV3ULV.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-XWRBJRII.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/register/write-lock.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var SAY_WAITING_MS = 2e3;
var OTHER_MACHINE_MS = 10 * 6e4;
var sleeper = new Int32Array(new SharedArrayBuffer(4));
function readLock(path) {
  try {
    return (0, import_node_fs.readFileSync)(path, "utf8");
  } catch {
    return void 0;
  }
}
function holderOf(content) {
  try {
    const holder = JSON.parse(content);
    return typeof holder.pid === "number" && typeof holder.host === "string" && typeof holder.token === "string" ? holder : void 0;
  } catch {
    return void 0;
  }
}
function takeOver(path, stale) {
  const aside = `${path}.${process.pid}-${(0, import_node_crypto.randomBytes)(4).toString("hex")}.weg`;
  try {
    (0, import_node_fs.renameSync)(path, aside);
  } catch {
    return;
  }
  const moved = readLock(aside);
  if (moved !== void 0 && moved !== stale) {
    try {
      createFileAtomic(path, moved, void 0, "lock");
    } catch {
    }
  }
  (0, import_node_fs.rmSync)(aside, { force: true });
}
function withWriteLock(root, work, onWait = () => void 0) {
  const path = (0, import_node_path.join)(root, WRITE_LOCK);
  const mine = { pid: process.pid, host: (0, import_node_os.hostname)(), token: (0, import_node_crypto.randomBytes)(8).toString("hex") };
  faultPoint("lock:wait");
  const started = Date.now();
  let said = false;
  for (; ; ) {
    try {
      createFileAtomic(path, JSON.stringify(mine), void 0, "lock");
      break;
    } catch (error) {
      if (error.code !== "EEXIST")
        throw error;
    }
    const content = readLock(path);
    if (content === void 0)
      continue;
    const holder = holderOf(content);
    const here = holder?.host === mine.host;
    if (!holder || here && !processRuns(holder.pid)) {
      takeOver(path, content);
      continue;
    }
    const waited = Date.now() - started;
    if (!here && waited > OTHER_MACHINE_MS) {
      throw new RunError(`Een klacht-opdracht op een andere computer (${holder.host}, proces ${holder.pid}) houdt het register vast (${WRITE_LOCK}). Draait daar niets meer, verwijder dan ${(0, import_node_path.join)(root, WRITE_LOCK)} en probeer het opnieuw.`);
    }
    if (!said && waited > SAY_WAITING_MS) {
      said = true;
      onWait(`Wacht op een andere klacht-opdracht die in dit register schrijft (proces ${holder.pid})…`);
    }
    Atomics.wait(sleeper, 0, 0, 10);
  }
  try {
    faultPoint("lock:held");
    removeStaleTempFiles(root);
    return work();
  } finally {
    if (readLock(path) === JSON.stringify(mine))
      (0, import_node_fs.rmSync)(path, { force: true });
  }
}

// dist/register/complaint-write.js
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
function replaceComplaintFile(root, file, read, next, onWait) {
  withWriteLock(root, () => {
    const path = (0, import_node_path2.join)(root, file);
    removeStaleTempFiles((0, import_node_path2.dirname)(path));
    let now;
    try {
      now = (0, import_node_fs2.readFileSync)(path);
    } catch {
      now = void 0;
    }
    if (now === void 0 || !now.equals(read)) {
      throw new RunError(`${file} is veranderd nadat klacht het las (door een andere opdracht, een editor of git). Er is niets geschreven; voer de opdracht opnieuw uit, dan gaat hij uit van wat er nu staat.`);
    }
    writeFileAtomic(path, next, () => file);
  }, onWait);
}

export {
  withWriteLock,
  replaceComplaintFile
};
