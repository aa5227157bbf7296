// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  removeStaleTempFiles,
  withWriteLock
} from "./chunk-2MOC2IX5.mjs";
import {
  writeFileAtomic
} from "./chunk-GEGBDMG5.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/register/complaint-write.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function replaceComplaintFile(root, file, read, next, onWait) {
  withWriteLock(root, () => {
    const path = (0, import_node_path.join)(root, file);
    removeStaleTempFiles((0, import_node_path.dirname)(path));
    let now;
    try {
      now = (0, import_node_fs.readFileSync)(path);
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
  replaceComplaintFile
};
