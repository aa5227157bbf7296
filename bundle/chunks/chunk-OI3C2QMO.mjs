// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  COMPLAINTS_DIR,
  CONFIG_FILE
} from "./chunk-VDYSNWCQ.mjs";
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

// dist/register/folder.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function checkRegisterFolder(root, options = {}) {
  const stat = (0, import_node_fs.statSync)(root, { throwIfNoEntry: false });
  if (!stat)
    throw new RunError(`De map ${root} bestaat niet. Geef met --register de map van het klachtenregister op.`);
  if (!stat.isDirectory())
    throw new RunError(`${root} is een bestand, geen map. Geef met --register de map van het klachtenregister op.`);
  try {
    (0, import_node_fs.accessSync)(root, import_node_fs.constants.R_OK | import_node_fs.constants.X_OK);
  } catch {
    throw new RunError(`De map ${root} is niet te lezen: u hebt er geen toegang toe.`);
  }
  const hasConfig = (0, import_node_fs.existsSync)((0, import_node_path.join)(root, CONFIG_FILE));
  const hasComplaints = (0, import_node_fs.existsSync)((0, import_node_path.join)(root, COMPLAINTS_DIR));
  if (options.mayBeEmpty !== true && !hasConfig && !hasComplaints) {
    throw new RunError(`De map ${root} is geen klachtenregister: er staat geen ${CONFIG_FILE} en geen map ${COMPLAINTS_DIR}/ in. Geef met --register (in de GitHub Action: de invoer register) de map van het register op.`);
  }
  if (hasComplaints && !hasConfig && options.configMayLack !== true) {
    throw new RunError(`In ${root} staat een map ${COMPLAINTS_DIR}/ maar geen ${CONFIG_FILE}. Zonder dat bestand zouden stilzwijgend de standaardregels gelden (procedure liberi), ook voor de termijnen. Zet het bestand terug (bijvoorbeeld met git checkout -- ${CONFIG_FILE}), of maak een leeg ${CONFIG_FILE} als de standaardregels bedoeld zijn.`);
  }
}

export {
  checkRegisterFolder
};
