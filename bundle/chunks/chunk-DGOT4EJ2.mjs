// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  parseTempName
} from "./chunk-ICKV3ULV.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/register/temp-files.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function processRuns(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function removeStaleTempFiles(folder) {
  let names;
  try {
    names = (0, import_node_fs.readdirSync)(folder);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const temp = parseTempName(name);
    return temp !== void 0 && temp.pid !== process.pid && !processRuns(temp.pid);
  });
  for (const name of stale)
    (0, import_node_fs.rmSync)((0, import_node_path.join)(folder, name), { force: true });
  return stale;
}

export {
  processRuns,
  removeStaleTempFiles
};
