// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/register/paths.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function pathKind(path) {
  if (!(0, import_node_fs.existsSync)(path))
    return "missing";
  return (0, import_node_fs.statSync)(path).isDirectory() ? "folder" : "file";
}
function makeFolder(folder) {
  (0, import_node_fs.mkdirSync)(folder, { recursive: true });
}
function nearestExisting(path) {
  let existing = path;
  while (!(0, import_node_fs.existsSync)(existing) && (0, import_node_path.dirname)(existing) !== existing)
    existing = (0, import_node_path.dirname)(existing);
  return existing;
}
function realPathOf(path) {
  if ((0, import_node_fs.existsSync)(path))
    return (0, import_node_fs.realpathSync)(path);
  const existing = nearestExisting(path);
  return (0, import_node_path.join)((0, import_node_fs.realpathSync)(existing), (0, import_node_path.relative)(existing, path));
}

export {
  pathKind,
  makeFolder,
  nearestExisting,
  realPathOf
};
