// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  tempName
} from "./chunk-6PZIGJ5Y.mjs";
import {
  describeSystemError,
  systemErrorCode
} from "./chunk-UVHECV36.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_os
} from "./chunk-UCIYNJQ2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  FileWriteError
} from "./chunk-GITCBFCA.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// node-builtin:node:crypto
var require_node_crypto = __commonJS({
  "node-builtin:node:crypto"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("node:crypto");
    module.exports = {
      get "Certificate"() {
        return load()["Certificate"];
      },
      get "Cipher"() {
        return load()["Cipher"];
      },
      get "Cipheriv"() {
        return load()["Cipheriv"];
      },
      get "Decipher"() {
        return load()["Decipher"];
      },
      get "Decipheriv"() {
        return load()["Decipheriv"];
      },
      get "DiffieHellman"() {
        return load()["DiffieHellman"];
      },
      get "DiffieHellmanGroup"() {
        return load()["DiffieHellmanGroup"];
      },
      get "ECDH"() {
        return load()["ECDH"];
      },
      get "Hash"() {
        return load()["Hash"];
      },
      get "Hmac"() {
        return load()["Hmac"];
      },
      get "KeyObject"() {
        return load()["KeyObject"];
      },
      get "Sign"() {
        return load()["Sign"];
      },
      get "Verify"() {
        return load()["Verify"];
      },
      get "X509Certificate"() {
        return load()["X509Certificate"];
      },
      get "checkPrime"() {
        return load()["checkPrime"];
      },
      get "checkPrimeSync"() {
        return load()["checkPrimeSync"];
      },
      get "constants"() {
        return load()["constants"];
      },
      get "createCipheriv"() {
        return load()["createCipheriv"];
      },
      get "createDecipheriv"() {
        return load()["createDecipheriv"];
      },
      get "createDiffieHellman"() {
        return load()["createDiffieHellman"];
      },
      get "createDiffieHellmanGroup"() {
        return load()["createDiffieHellmanGroup"];
      },
      get "createECDH"() {
        return load()["createECDH"];
      },
      get "createHash"() {
        return load()["createHash"];
      },
      get "createHmac"() {
        return load()["createHmac"];
      },
      get "createPrivateKey"() {
        return load()["createPrivateKey"];
      },
      get "createPublicKey"() {
        return load()["createPublicKey"];
      },
      get "createSecretKey"() {
        return load()["createSecretKey"];
      },
      get "createSign"() {
        return load()["createSign"];
      },
      get "createVerify"() {
        return load()["createVerify"];
      },
      get "diffieHellman"() {
        return load()["diffieHellman"];
      },
      get "generateKey"() {
        return load()["generateKey"];
      },
      get "generateKeyPair"() {
        return load()["generateKeyPair"];
      },
      get "generateKeyPairSync"() {
        return load()["generateKeyPairSync"];
      },
      get "generateKeySync"() {
        return load()["generateKeySync"];
      },
      get "generatePrime"() {
        return load()["generatePrime"];
      },
      get "generatePrimeSync"() {
        return load()["generatePrimeSync"];
      },
      get "getCipherInfo"() {
        return load()["getCipherInfo"];
      },
      get "getCiphers"() {
        return load()["getCiphers"];
      },
      get "getCurves"() {
        return load()["getCurves"];
      },
      get "getDiffieHellman"() {
        return load()["getDiffieHellman"];
      },
      get "getFips"() {
        return load()["getFips"];
      },
      get "getHashes"() {
        return load()["getHashes"];
      },
      get "getRandomValues"() {
        return load()["getRandomValues"];
      },
      get "hash"() {
        return load()["hash"];
      },
      get "hkdf"() {
        return load()["hkdf"];
      },
      get "hkdfSync"() {
        return load()["hkdfSync"];
      },
      get "pbkdf2"() {
        return load()["pbkdf2"];
      },
      get "pbkdf2Sync"() {
        return load()["pbkdf2Sync"];
      },
      get "privateDecrypt"() {
        return load()["privateDecrypt"];
      },
      get "privateEncrypt"() {
        return load()["privateEncrypt"];
      },
      get "publicDecrypt"() {
        return load()["publicDecrypt"];
      },
      get "publicEncrypt"() {
        return load()["publicEncrypt"];
      },
      get "randomBytes"() {
        return load()["randomBytes"];
      },
      get "randomFill"() {
        return load()["randomFill"];
      },
      get "randomFillSync"() {
        return load()["randomFillSync"];
      },
      get "randomInt"() {
        return load()["randomInt"];
      },
      get "randomUUID"() {
        return load()["randomUUID"];
      },
      get "scrypt"() {
        return load()["scrypt"];
      },
      get "scryptSync"() {
        return load()["scryptSync"];
      },
      get "secureHeapUsed"() {
        return load()["secureHeapUsed"];
      },
      get "setEngine"() {
        return load()["setEngine"];
      },
      get "setFips"() {
        return load()["setFips"];
      },
      get "sign"() {
        return load()["sign"];
      },
      get "subtle"() {
        return load()["subtle"];
      },
      get "timingSafeEqual"() {
        return load()["timingSafeEqual"];
      },
      get "verify"() {
        return load()["verify"];
      },
      get "webcrypto"() {
        return load()["webcrypto"];
      }
    };
  }
});

// dist/register/atomic-write.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);

// dist/register/fault-points.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// dist/register/this-process.js
var import_node_os = __toESM(require_node_os(), 1);
function thisProcess() {
  return { pid: process.pid, host: (0, import_node_os.hostname)(), probe: (pid) => process.kill(pid, 0) };
}
var sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms) {
  Atomics.wait(sleeper, 0, 0, ms);
}

// dist/register/fault-points.js
function faultPoint(point) {
  const spec = process.env.KLACHT_TEST_FAULT;
  if (spec === void 0 || spec === "")
    return;
  for (const entry of spec.split(",")) {
    const [action, name, folder] = entry.split("@");
    if (name !== point)
      continue;
    if (action === "kill")
      process.kill(process.pid, "SIGKILL");
    if (action === "pause" && folder !== void 0) {
      (0, import_node_fs.writeFileSync)((0, import_node_path.join)(folder, `${point}.waiting`), String(process.pid));
      while (!(0, import_node_fs.existsSync)((0, import_node_path.join)(folder, `${point}.go`)))
        sleepSync(5);
    }
  }
}

// dist/register/atomic-write.js
var fromCwd = (path) => {
  const inside = (0, import_node_path2.relative)(process.cwd(), path);
  return inside === "" || inside.startsWith("..") || (0, import_node_path2.isAbsolute)(inside) ? path : inside;
};
function targetMode(target, options) {
  if (options.mode !== void 0)
    return { open: options.mode };
  try {
    return { open: 384, exact: (0, import_node_fs2.statSync)(target).mode & 511 };
  } catch {
    return { open: 420 };
  }
}
function writeTemp(target, data, points, options) {
  const folder = (0, import_node_path2.dirname)(target);
  (0, import_node_fs2.mkdirSync)(folder, { recursive: true });
  const temp = (0, import_node_path2.join)(folder, tempName((0, import_node_path2.basename)(target), process.pid, (0, import_node_crypto.randomBytes)(4).toString("hex")));
  const mode = targetMode(target, options);
  const fd = (0, import_node_fs2.openSync)(temp, "wx", mode.open);
  let open = true;
  try {
    if (mode.exact !== void 0)
      (0, import_node_fs2.fchmodSync)(fd, mode.exact);
    const buffer = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let written = 0;
    while (written < buffer.length)
      written += (0, import_node_fs2.writeSync)(fd, buffer, written, buffer.length - written);
    (0, import_node_fs2.fsyncSync)(fd);
    open = false;
    (0, import_node_fs2.closeSync)(fd);
  } catch (error) {
    if (open)
      closeQuietly(fd);
    (0, import_node_fs2.rmSync)(temp, { force: true });
    throw error;
  }
  faultPoint(`${points}:temp-written`);
  return temp;
}
function closeQuietly(fd) {
  try {
    (0, import_node_fs2.closeSync)(fd);
  } catch {
  }
}
function writeFailure(error, target, shownAs) {
  const shown = shownAs(target);
  const reason = describeSystemError(error, shown) ?? `${shown}: een onverwachte fout (${error instanceof Error ? error.name : typeof error})`;
  return new FileWriteError(`Schrijven mislukt: ${reason}. Er is niets veranderd.`, systemErrorCode(error), target);
}
function writeFileAtomic(target, data, shownAs = fromCwd, options = {}) {
  let temp;
  try {
    temp = writeTemp(target, data, "write", options);
    (0, import_node_fs2.renameSync)(temp, target);
    faultPoint("write:renamed");
  } catch (error) {
    if (temp !== void 0)
      (0, import_node_fs2.rmSync)(temp, { force: true });
    throw writeFailure(error, target, shownAs);
  }
}
function createFileAtomic(target, data, shownAs = fromCwd, points = "write") {
  let temp;
  try {
    temp = writeTemp(target, data, points, {});
    (0, import_node_fs2.linkSync)(temp, target);
    faultPoint(`${points}:renamed`);
  } catch (error) {
    throw writeFailure(error, target, shownAs);
  } finally {
    if (temp !== void 0)
      (0, import_node_fs2.rmSync)(temp, { force: true });
  }
}

export {
  require_node_crypto,
  thisProcess,
  sleepSync,
  faultPoint,
  writeFileAtomic,
  createFileAtomic
};
