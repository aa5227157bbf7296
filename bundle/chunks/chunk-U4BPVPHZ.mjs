// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  require_node_crypto
} from "./chunk-4GZ3DPCE.mjs";
import {
  describeSystemError,
  systemErrorCode
} from "./chunk-UVHECV36.mjs";
import {
  tempName
} from "./chunk-ICKV3ULV.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  FileWriteError
} from "./chunk-XWRBJRII.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/register/atomic-write.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);

// dist/register/fault-points.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var sleeper = new Int32Array(new SharedArrayBuffer(4));
function faultPoint(point) {
  const spec = process.env.KLACHT_TEST_FAULT;
  if (spec === void 0 || spec === "")
    return;
  for (const entry of spec.split(",")) {
    const [action, name, folder] = entry.split("@");
    if (name !== point)
      continue;
    if (action === "kill")
      process.kill(process.pid, "SIGKILL");
    if (action === "pause" && folder !== void 0) {
      (0, import_node_fs.writeFileSync)((0, import_node_path.join)(folder, `${point}.waiting`), String(process.pid));
      while (!(0, import_node_fs.existsSync)((0, import_node_path.join)(folder, `${point}.go`)))
        Atomics.wait(sleeper, 0, 0, 5);
    }
  }
}

// dist/register/atomic-write.js
var fromCwd = (path) => {
  const inside = (0, import_node_path2.relative)(process.cwd(), path);
  return inside === "" || inside.startsWith("..") || (0, import_node_path2.isAbsolute)(inside) ? path : inside;
};
function writeTemp(target, data, points) {
  const folder = (0, import_node_path2.dirname)(target);
  (0, import_node_fs2.mkdirSync)(folder, { recursive: true });
  const temp = (0, import_node_path2.join)(folder, tempName((0, import_node_path2.basename)(target), process.pid, (0, import_node_crypto.randomBytes)(4).toString("hex")));
  const fd = (0, import_node_fs2.openSync)(temp, "wx", 420);
  let open = true;
  try {
    const buffer = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let written = 0;
    while (written < buffer.length)
      written += (0, import_node_fs2.writeSync)(fd, buffer, written, buffer.length - written);
    (0, import_node_fs2.fsyncSync)(fd);
    open = false;
    (0, import_node_fs2.closeSync)(fd);
  } catch (error) {
    if (open)
      closeQuietly(fd);
    (0, import_node_fs2.rmSync)(temp, { force: true });
    throw error;
  }
  faultPoint(`${points}:temp-written`);
  return temp;
}
function closeQuietly(fd) {
  try {
    (0, import_node_fs2.closeSync)(fd);
  } catch {
  }
}
function writeFailure(error, target, shownAs) {
  const shown = shownAs(target);
  const reason = describeSystemError(error, shown) ?? `${shown}: een onverwachte fout (${error instanceof Error ? error.name : typeof error})`;
  return new FileWriteError(`Schrijven mislukt: ${reason}. Er is niets veranderd.`, systemErrorCode(error), target);
}
function writeFileAtomic(target, data, shownAs = fromCwd) {
  let temp;
  try {
    temp = writeTemp(target, data, "write");
    (0, import_node_fs2.renameSync)(temp, target);
    faultPoint("write:renamed");
  } catch (error) {
    if (temp !== void 0)
      (0, import_node_fs2.rmSync)(temp, { force: true });
    throw writeFailure(error, target, shownAs);
  }
}
function createFileAtomic(target, data, shownAs = fromCwd, points = "write") {
  let temp;
  try {
    temp = writeTemp(target, data, points);
    (0, import_node_fs2.linkSync)(temp, target);
    faultPoint(`${points}:renamed`);
  } catch (error) {
    throw writeFailure(error, target, shownAs);
  } finally {
    if (temp !== void 0)
      (0, import_node_fs2.rmSync)(temp, { force: true });
  }
}

export {
  faultPoint,
  writeFileAtomic,
  createFileAtomic
};
