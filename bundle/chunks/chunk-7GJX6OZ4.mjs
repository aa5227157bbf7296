// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-Z5CEMS3B.mjs";

// node-builtin:node:util
var require_node_util = __commonJS({
  "node-builtin:node:util"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("node:util");
    module.exports = {
      get "MIMEParams"() {
        return load()["MIMEParams"];
      },
      get "MIMEType"() {
        return load()["MIMEType"];
      },
      get "TextDecoder"() {
        return load()["TextDecoder"];
      },
      get "TextEncoder"() {
        return load()["TextEncoder"];
      },
      get "_errnoException"() {
        return load()["_errnoException"];
      },
      get "_exceptionWithHostPort"() {
        return load()["_exceptionWithHostPort"];
      },
      get "_extend"() {
        return load()["_extend"];
      },
      get "aborted"() {
        return load()["aborted"];
      },
      get "callbackify"() {
        return load()["callbackify"];
      },
      get "debug"() {
        return load()["debug"];
      },
      get "debuglog"() {
        return load()["debuglog"];
      },
      get "deprecate"() {
        return load()["deprecate"];
      },
      get "format"() {
        return load()["format"];
      },
      get "formatWithOptions"() {
        return load()["formatWithOptions"];
      },
      get "getSystemErrorMap"() {
        return load()["getSystemErrorMap"];
      },
      get "getSystemErrorName"() {
        return load()["getSystemErrorName"];
      },
      get "inherits"() {
        return load()["inherits"];
      },
      get "inspect"() {
        return load()["inspect"];
      },
      get "isArray"() {
        return load()["isArray"];
      },
      get "isBoolean"() {
        return load()["isBoolean"];
      },
      get "isBuffer"() {
        return load()["isBuffer"];
      },
      get "isDate"() {
        return load()["isDate"];
      },
      get "isDeepStrictEqual"() {
        return load()["isDeepStrictEqual"];
      },
      get "isError"() {
        return load()["isError"];
      },
      get "isFunction"() {
        return load()["isFunction"];
      },
      get "isNull"() {
        return load()["isNull"];
      },
      get "isNullOrUndefined"() {
        return load()["isNullOrUndefined"];
      },
      get "isNumber"() {
        return load()["isNumber"];
      },
      get "isObject"() {
        return load()["isObject"];
      },
      get "isPrimitive"() {
        return load()["isPrimitive"];
      },
      get "isRegExp"() {
        return load()["isRegExp"];
      },
      get "isString"() {
        return load()["isString"];
      },
      get "isSymbol"() {
        return load()["isSymbol"];
      },
      get "isUndefined"() {
        return load()["isUndefined"];
      },
      get "log"() {
        return load()["log"];
      },
      get "parseArgs"() {
        return load()["parseArgs"];
      },
      get "parseEnv"() {
        return load()["parseEnv"];
      },
      get "promisify"() {
        return load()["promisify"];
      },
      get "stripVTControlCharacters"() {
        return load()["stripVTControlCharacters"];
      },
      get "styleText"() {
        return load()["styleText"];
      },
      get "toUSVString"() {
        return load()["toUSVString"];
      },
      get "transferableAbortController"() {
        return load()["transferableAbortController"];
      },
      get "transferableAbortSignal"() {
        return load()["transferableAbortSignal"];
      },
      get "types"() {
        return load()["types"];
      }
    };
  }
});

export {
  require_node_util
};
