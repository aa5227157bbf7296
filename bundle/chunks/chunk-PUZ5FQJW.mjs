// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/register/atomic-write.js
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function writeTemp(target, data) {
  const folder = dirname(target);
  mkdirSync(folder, { recursive: true });
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const fd = openSync(temp, "wx", 420);
  try {
    const buffer = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let written = 0;
    while (written < buffer.length)
      written += writeSync(fd, buffer, written, buffer.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}
function writeFileAtomic(target, data) {
  const temp = writeTemp(target, data);
  try {
    renameSync(temp, target);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}
function createFileAtomic(target, data) {
  const temp = writeTemp(target, data);
  try {
    linkSync(temp, target);
  } finally {
    unlinkSync(temp);
  }
}

export {
  writeFileAtomic,
  createFileAtomic
};
