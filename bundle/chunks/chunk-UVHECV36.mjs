// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/text/system-errors.js
var PROBLEMS = {
  ENOENT: (path) => `${path} bestaat niet (meer)`,
  EACCES: (path) => `u hebt geen toegang tot ${path}`,
  EPERM: (path) => `het besturingssysteem staat niet toe dat ${path} wordt gewijzigd`,
  ENOSPC: (path) => `de schijf van ${path} is vol`,
  EDQUOT: (path) => `uw schijfquotum voor ${path} is op`,
  EFBIG: (path) => `${path} wordt groter dan het systeem toestaat (een limiet of quotum)`,
  EROFS: (path) => `${path} staat op een schijf die alleen gelezen kan worden`,
  EMFILE: () => "er staan te veel bestanden tegelijk open",
  ENOTDIR: (path) => `een deel van ${path} is een bestand, geen map`,
  EISDIR: (path) => `${path} is een map, geen bestand`,
  EEXIST: (path) => `${path} bestaat al`,
  EBUSY: (path) => `${path} is in gebruik door een ander programma`,
  ENOMEM: () => "er is te weinig geheugen",
  EIO: (path) => `de schijf gaf een leesfout of schrijffout bij ${path}`
};
var WITHOUT_PATH = "een bestand of map";
function systemErrorCode(error) {
  const code = error?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : void 0;
}
function systemErrorPath(error) {
  const path = error?.path;
  return typeof path === "string" && path !== "" ? path : void 0;
}
function describeSystemError(error, path = systemErrorPath(error)) {
  const code = systemErrorCode(error);
  const problem = code === void 0 ? void 0 : PROBLEMS[code];
  return problem === void 0 ? void 0 : `${problem(path ?? WITHOUT_PATH)} (${code})`;
}

export {
  systemErrorCode,
  systemErrorPath,
  describeSystemError
};
