// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/pdf/assets.js
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var BUNDLE_FOLDER = true ? ".." : void 0;
var HERE = fileURLToPath(new URL(".", import.meta.url));
function defaultTemplatesDir() {
  return BUNDLE_FOLDER === void 0 ? resolve(HERE, "..", "..", "templates") : resolve(HERE, BUNDLE_FOLDER, "templates");
}
function fontFile(name) {
  return BUNDLE_FOLDER === void 0 ? createRequire(import.meta.url).resolve(`@fontsource/noto-sans/files/${name}`) : join(resolve(HERE, BUNDLE_FOLDER, "fonts"), name);
}

export {
  defaultTemplatesDir,
  fontFile
};
