// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-Z5CEMS3B.mjs";

// node-builtin:node:fs
var require_node_fs = __commonJS({
  "node-builtin:node:fs"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("node:fs");
    module.exports = {
      get "Dir"() {
        return load()["Dir"];
      },
      get "Dirent"() {
        return load()["Dirent"];
      },
      get "F_OK"() {
        return load()["F_OK"];
      },
      get "FileReadStream"() {
        return load()["FileReadStream"];
      },
      get "FileWriteStream"() {
        return load()["FileWriteStream"];
      },
      get "R_OK"() {
        return load()["R_OK"];
      },
      get "ReadStream"() {
        return load()["ReadStream"];
      },
      get "Stats"() {
        return load()["Stats"];
      },
      get "W_OK"() {
        return load()["W_OK"];
      },
      get "WriteStream"() {
        return load()["WriteStream"];
      },
      get "X_OK"() {
        return load()["X_OK"];
      },
      get "_toUnixTimestamp"() {
        return load()["_toUnixTimestamp"];
      },
      get "access"() {
        return load()["access"];
      },
      get "accessSync"() {
        return load()["accessSync"];
      },
      get "appendFile"() {
        return load()["appendFile"];
      },
      get "appendFileSync"() {
        return load()["appendFileSync"];
      },
      get "chmod"() {
        return load()["chmod"];
      },
      get "chmodSync"() {
        return load()["chmodSync"];
      },
      get "chown"() {
        return load()["chown"];
      },
      get "chownSync"() {
        return load()["chownSync"];
      },
      get "close"() {
        return load()["close"];
      },
      get "closeSync"() {
        return load()["closeSync"];
      },
      get "constants"() {
        return load()["constants"];
      },
      get "copyFile"() {
        return load()["copyFile"];
      },
      get "copyFileSync"() {
        return load()["copyFileSync"];
      },
      get "cp"() {
        return load()["cp"];
      },
      get "cpSync"() {
        return load()["cpSync"];
      },
      get "createReadStream"() {
        return load()["createReadStream"];
      },
      get "createWriteStream"() {
        return load()["createWriteStream"];
      },
      get "exists"() {
        return load()["exists"];
      },
      get "existsSync"() {
        return load()["existsSync"];
      },
      get "fchmod"() {
        return load()["fchmod"];
      },
      get "fchmodSync"() {
        return load()["fchmodSync"];
      },
      get "fchown"() {
        return load()["fchown"];
      },
      get "fchownSync"() {
        return load()["fchownSync"];
      },
      get "fdatasync"() {
        return load()["fdatasync"];
      },
      get "fdatasyncSync"() {
        return load()["fdatasyncSync"];
      },
      get "fstat"() {
        return load()["fstat"];
      },
      get "fstatSync"() {
        return load()["fstatSync"];
      },
      get "fsync"() {
        return load()["fsync"];
      },
      get "fsyncSync"() {
        return load()["fsyncSync"];
      },
      get "ftruncate"() {
        return load()["ftruncate"];
      },
      get "ftruncateSync"() {
        return load()["ftruncateSync"];
      },
      get "futimes"() {
        return load()["futimes"];
      },
      get "futimesSync"() {
        return load()["futimesSync"];
      },
      get "lchmod"() {
        return load()["lchmod"];
      },
      get "lchmodSync"() {
        return load()["lchmodSync"];
      },
      get "lchown"() {
        return load()["lchown"];
      },
      get "lchownSync"() {
        return load()["lchownSync"];
      },
      get "link"() {
        return load()["link"];
      },
      get "linkSync"() {
        return load()["linkSync"];
      },
      get "lstat"() {
        return load()["lstat"];
      },
      get "lstatSync"() {
        return load()["lstatSync"];
      },
      get "lutimes"() {
        return load()["lutimes"];
      },
      get "lutimesSync"() {
        return load()["lutimesSync"];
      },
      get "mkdir"() {
        return load()["mkdir"];
      },
      get "mkdirSync"() {
        return load()["mkdirSync"];
      },
      get "mkdtemp"() {
        return load()["mkdtemp"];
      },
      get "mkdtempSync"() {
        return load()["mkdtempSync"];
      },
      get "open"() {
        return load()["open"];
      },
      get "openAsBlob"() {
        return load()["openAsBlob"];
      },
      get "openSync"() {
        return load()["openSync"];
      },
      get "opendir"() {
        return load()["opendir"];
      },
      get "opendirSync"() {
        return load()["opendirSync"];
      },
      get "promises"() {
        return load()["promises"];
      },
      get "read"() {
        return load()["read"];
      },
      get "readFile"() {
        return load()["readFile"];
      },
      get "readFileSync"() {
        return load()["readFileSync"];
      },
      get "readSync"() {
        return load()["readSync"];
      },
      get "readdir"() {
        return load()["readdir"];
      },
      get "readdirSync"() {
        return load()["readdirSync"];
      },
      get "readlink"() {
        return load()["readlink"];
      },
      get "readlinkSync"() {
        return load()["readlinkSync"];
      },
      get "readv"() {
        return load()["readv"];
      },
      get "readvSync"() {
        return load()["readvSync"];
      },
      get "realpath"() {
        return load()["realpath"];
      },
      get "realpathSync"() {
        return load()["realpathSync"];
      },
      get "rename"() {
        return load()["rename"];
      },
      get "renameSync"() {
        return load()["renameSync"];
      },
      get "rm"() {
        return load()["rm"];
      },
      get "rmSync"() {
        return load()["rmSync"];
      },
      get "rmdir"() {
        return load()["rmdir"];
      },
      get "rmdirSync"() {
        return load()["rmdirSync"];
      },
      get "stat"() {
        return load()["stat"];
      },
      get "statSync"() {
        return load()["statSync"];
      },
      get "statfs"() {
        return load()["statfs"];
      },
      get "statfsSync"() {
        return load()["statfsSync"];
      },
      get "symlink"() {
        return load()["symlink"];
      },
      get "symlinkSync"() {
        return load()["symlinkSync"];
      },
      get "truncate"() {
        return load()["truncate"];
      },
      get "truncateSync"() {
        return load()["truncateSync"];
      },
      get "unlink"() {
        return load()["unlink"];
      },
      get "unlinkSync"() {
        return load()["unlinkSync"];
      },
      get "unwatchFile"() {
        return load()["unwatchFile"];
      },
      get "utimes"() {
        return load()["utimes"];
      },
      get "utimesSync"() {
        return load()["utimesSync"];
      },
      get "watch"() {
        return load()["watch"];
      },
      get "watchFile"() {
        return load()["watchFile"];
      },
      get "write"() {
        return load()["write"];
      },
      get "writeFile"() {
        return load()["writeFile"];
      },
      get "writeFileSync"() {
        return load()["writeFileSync"];
      },
      get "writeSync"() {
        return load()["writeSync"];
      },
      get "writev"() {
        return load()["writev"];
      },
      get "writevSync"() {
        return load()["writevSync"];
      }
    };
  }
});

export {
  require_node_fs
};
