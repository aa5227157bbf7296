// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  require_node_crypto
} from "./chunk-E7J2H7QJ.mjs";
import {
  require_node_fs
} from "./chunk-AHHIZPQR.mjs";
import {
  require_node_path
} from "./chunk-WMM5FOO6.mjs";
import {
  __toESM
} from "./chunk-ZJMSHH4D.mjs";

// dist/register/atomic-write.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function writeTemp(target, data) {
  const folder = (0, import_node_path.dirname)(target);
  (0, import_node_fs.mkdirSync)(folder, { recursive: true });
  const temp = (0, import_node_path.join)(folder, `.${(0, import_node_path.basename)(target)}.${process.pid}.${(0, import_node_crypto.randomBytes)(4).toString("hex")}.tmp`);
  const fd = (0, import_node_fs.openSync)(temp, "wx", 420);
  try {
    const buffer = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let written = 0;
    while (written < buffer.length)
      written += (0, import_node_fs.writeSync)(fd, buffer, written, buffer.length - written);
    (0, import_node_fs.fsyncSync)(fd);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
  return temp;
}
function writeFileAtomic(target, data) {
  const temp = writeTemp(target, data);
  try {
    (0, import_node_fs.renameSync)(temp, target);
  } catch (error) {
    (0, import_node_fs.unlinkSync)(temp);
    throw error;
  }
}
function createFileAtomic(target, data) {
  const temp = writeTemp(target, data);
  try {
    (0, import_node_fs.linkSync)(temp, target);
  } finally {
    (0, import_node_fs.unlinkSync)(temp);
  }
}

export {
  writeFileAtomic,
  createFileAtomic
};
