// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-Z5CEMS3B.mjs";

// node-builtin:node:child_process
var require_node_child_process = __commonJS({
  "node-builtin:node:child_process"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("node:child_process");
    module.exports = {
      get "ChildProcess"() {
        return load()["ChildProcess"];
      },
      get "_forkChild"() {
        return load()["_forkChild"];
      },
      get "exec"() {
        return load()["exec"];
      },
      get "execFile"() {
        return load()["execFile"];
      },
      get "execFileSync"() {
        return load()["execFileSync"];
      },
      get "execSync"() {
        return load()["execSync"];
      },
      get "fork"() {
        return load()["fork"];
      },
      get "spawn"() {
        return load()["spawn"];
      },
      get "spawnSync"() {
        return load()["spawnSync"];
      }
    };
  }
});

export {
  require_node_child_process
};
