// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-Z5CEMS3B.mjs";

// node-builtin:node:os
var require_node_os = __commonJS({
  "node-builtin:node:os"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("node:os");
    module.exports = {
      get "EOL"() {
        return load()["EOL"];
      },
      get "arch"() {
        return load()["arch"];
      },
      get "availableParallelism"() {
        return load()["availableParallelism"];
      },
      get "constants"() {
        return load()["constants"];
      },
      get "cpus"() {
        return load()["cpus"];
      },
      get "devNull"() {
        return load()["devNull"];
      },
      get "endianness"() {
        return load()["endianness"];
      },
      get "freemem"() {
        return load()["freemem"];
      },
      get "getPriority"() {
        return load()["getPriority"];
      },
      get "homedir"() {
        return load()["homedir"];
      },
      get "hostname"() {
        return load()["hostname"];
      },
      get "loadavg"() {
        return load()["loadavg"];
      },
      get "machine"() {
        return load()["machine"];
      },
      get "networkInterfaces"() {
        return load()["networkInterfaces"];
      },
      get "platform"() {
        return load()["platform"];
      },
      get "release"() {
        return load()["release"];
      },
      get "setPriority"() {
        return load()["setPriority"];
      },
      get "tmpdir"() {
        return load()["tmpdir"];
      },
      get "totalmem"() {
        return load()["totalmem"];
      },
      get "type"() {
        return load()["type"];
      },
      get "uptime"() {
        return load()["uptime"];
      },
      get "userInfo"() {
        return load()["userInfo"];
      },
      get "version"() {
        return load()["version"];
      }
    };
  }
});

export {
  require_node_os
};
