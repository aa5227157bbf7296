// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/complaint/layout.js
var CONFIG_FILE = "klachtenregister.yml";
var COMPLAINTS_DIR = "complaints";
var ANALYSES_DIR = "analyses";
function complaintFolder(year) {
  return `${COMPLAINTS_DIR}/${year}`;
}
function complaintPath(id, year) {
  return `${complaintFolder(year)}/${id}.md`;
}
var ATTACHMENTS_DIR = "bijlagen";
function attachmentFolder(id) {
  return `${ATTACHMENTS_DIR}/${id}`;
}
function analysisPath(year) {
  return `${ANALYSES_DIR}/${year}.md`;
}
var TEMP_SUFFIX = ".klacht-tmp";
var WRITE_LOCK = ".klacht-lock";
var IGNORED_LEFTOVERS = [`*${TEMP_SUFFIX}`, WRITE_LOCK];
var TEMP_NAME = /^(.+)\.(\d+)-[0-9a-f]{8}\.klacht-tmp$/;
function tempName(name, pid, random) {
  return `${name}.${pid}-${random}${TEMP_SUFFIX}`;
}
function parseTempName(name) {
  const match = TEMP_NAME.exec(name);
  return match ? { target: match[1], pid: Number(match[2]) } : void 0;
}

export {
  CONFIG_FILE,
  COMPLAINTS_DIR,
  ANALYSES_DIR,
  complaintFolder,
  complaintPath,
  ATTACHMENTS_DIR,
  attachmentFolder,
  analysisPath,
  TEMP_SUFFIX,
  WRITE_LOCK,
  IGNORED_LEFTOVERS,
  tempName,
  parseTempName
};
