// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
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

export {
  require_node_crypto
};
