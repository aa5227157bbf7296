// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-Z5CEMS3B.mjs";

// node-builtin:node:url
var require_node_url = __commonJS({
  "node-builtin:node:url"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("node:url");
    module.exports = {
      get "URL"() {
        return load()["URL"];
      },
      get "URLSearchParams"() {
        return load()["URLSearchParams"];
      },
      get "Url"() {
        return load()["Url"];
      },
      get "domainToASCII"() {
        return load()["domainToASCII"];
      },
      get "domainToUnicode"() {
        return load()["domainToUnicode"];
      },
      get "fileURLToPath"() {
        return load()["fileURLToPath"];
      },
      get "format"() {
        return load()["format"];
      },
      get "parse"() {
        return load()["parse"];
      },
      get "pathToFileURL"() {
        return load()["pathToFileURL"];
      },
      get "resolve"() {
        return load()["resolve"];
      },
      get "resolveObject"() {
        return load()["resolveObject"];
      },
      get "urlToHttpOptions"() {
        return load()["urlToHttpOptions"];
      }
    };
  }
});

export {
  require_node_url
};
