// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-Z5CEMS3B.mjs";

// node-builtin:node:path
var require_node_path = __commonJS({
  "node-builtin:node:path"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("node:path");
    module.exports = {
      get "_makeLong"() {
        return load()["_makeLong"];
      },
      get "basename"() {
        return load()["basename"];
      },
      get "delimiter"() {
        return load()["delimiter"];
      },
      get "dirname"() {
        return load()["dirname"];
      },
      get "extname"() {
        return load()["extname"];
      },
      get "format"() {
        return load()["format"];
      },
      get "isAbsolute"() {
        return load()["isAbsolute"];
      },
      get "join"() {
        return load()["join"];
      },
      get "matchesGlob"() {
        return load()["matchesGlob"];
      },
      get "normalize"() {
        return load()["normalize"];
      },
      get "parse"() {
        return load()["parse"];
      },
      get "posix"() {
        return load()["posix"];
      },
      get "relative"() {
        return load()["relative"];
      },
      get "resolve"() {
        return load()["resolve"];
      },
      get "sep"() {
        return load()["sep"];
      },
      get "toNamespacedPath"() {
        return load()["toNamespacedPath"];
      },
      get "win32"() {
        return load()["win32"];
      }
    };
  }
});

export {
  require_node_path
};
