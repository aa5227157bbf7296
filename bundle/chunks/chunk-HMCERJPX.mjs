// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  require_node_url
} from "./chunk-FJMHSSHP.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/pdf/assets.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_url = __toESM(require_node_url(), 1);
import { createRequire } from "node:module";
var BUNDLE_FOLDER = true ? ".." : void 0;
var HERE = (0, import_node_url.fileURLToPath)(new URL(".", import.meta.url));
function defaultTemplatesDir() {
  return BUNDLE_FOLDER === void 0 ? (0, import_node_path.resolve)(HERE, "..", "..", "templates") : (0, import_node_path.resolve)(HERE, BUNDLE_FOLDER, "templates");
}
function fontFile(name) {
  return BUNDLE_FOLDER === void 0 ? createRequire(import.meta.url).resolve(`@fontsource/noto-sans/files/${name}`) : (0, import_node_path.join)((0, import_node_path.resolve)(HERE, BUNDLE_FOLDER, "fonts"), name);
}
var EMOJI_RANGES_FILE = "noto-emoji-unicode.json";
function emojiFontFile(name) {
  return BUNDLE_FOLDER === void 0 ? createRequire(import.meta.url).resolve(`@fontsource/noto-emoji/files/${name}`) : (0, import_node_path.join)((0, import_node_path.resolve)(HERE, BUNDLE_FOLDER, "fonts"), name);
}
function emojiRanges() {
  const file = BUNDLE_FOLDER === void 0 ? createRequire(import.meta.url).resolve("@fontsource/noto-emoji/unicode.json") : (0, import_node_path.join)((0, import_node_path.resolve)(HERE, BUNDLE_FOLDER, "fonts"), EMOJI_RANGES_FILE);
  const parts = JSON.parse((0, import_node_fs.readFileSync)(file, "utf8"));
  return Object.entries(parts).map(([key, range]) => ({ part: key.replace(/^\[|\]$/g, ""), range }));
}

export {
  defaultTemplatesDir,
  fontFile,
  emojiFontFile,
  emojiRanges
};
