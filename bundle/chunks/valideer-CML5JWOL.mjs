// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  idsAtRef,
  mergeBase,
  nextFreeId,
  refExists
} from "./chunk-TPMXFZAJ.mjs";
import {
  printFindings,
  summaryLine
} from "./chunk-LPGFS73C.mjs";
import {
  loadForCommand,
  locateField,
  toRegisterPath
} from "./chunk-UVWJWGU7.mjs";
import "./chunk-7J3CM2LF.mjs";
import {
  finding,
  hasErrors,
  sortFindings
} from "./chunk-2K7D4CAW.mjs";
import {
  openRepository
} from "./chunk-Y4FPVQAH.mjs";
import "./chunk-RLGHT5T4.mjs";
import "./chunk-BPWNMJ6H.mjs";
import {
  UsageError,
  idYear,
  printJson
} from "./chunk-GODEESAN.mjs";
import {
  CONFIG_FILE
} from "./chunk-LVPBMKN4.mjs";
import "./chunk-BGP32D3C.mjs";
import {
  RunError
} from "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/cli/commands/valideer.js
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";

// dist/register/codeowners.js
import { readFileSync } from "node:fs";
import { join } from "node:path";
var CODEOWNERS_FILE = ".github/CODEOWNERS";
function patternToRegExp(pattern) {
  const anchored = pattern.startsWith("/") || pattern.slice(0, -1).includes("/");
  let body = pattern.replace(/^\//, "");
  const directory = body.endsWith("/");
  if (directory)
    body = body.slice(0, -1);
  const source = body.split("**").map((part) => part.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")).join(".*");
  return new RegExp(`${anchored ? "^" : "(^|/)"}${source}${directory ? "/" : "(/|$)"}`);
}
function parse(text) {
  return text.split("\n").flatMap((raw, index) => {
    const line = raw.replace(/\s#.*$/, "").trim();
    if (line === "" || line.startsWith("#"))
      return [];
    const [pattern = "", ...owners] = line.split(/\s+/);
    return [{ line: index + 1, pattern: patternToRegExp(pattern), owners: owners.map((o) => o.replace(/^@/, "").toLowerCase()) }];
  });
}
function codeownersFindings(root, config) {
  const logins = config.management.flatMap((p) => p.github ? [p.github.toLowerCase()] : []);
  if (logins.length === 0)
    return [];
  const expected = `/complaints/ ${logins.map((l) => `@${l}`).join(" ")}
/analyses/ ${logins.map((l) => `@${l}`).join(" ")}`;
  let text;
  try {
    text = readFileSync(join(root, CODEOWNERS_FILE), "utf8");
  } catch {
    return [finding(CODEOWNERS_FILE, { line: 1, column: 1 }, "error", "codeowners-missing", null, `${CODEOWNERS_FILE} ontbreekt. Maak het bestand met:
${expected}
Dan vraagt GitHub de directie om de goedkeuring die de handtekening is.`)];
  }
  const rules = parse(text);
  const findings = [];
  for (const [folder, sample] of [["complaints/", "complaints/2026/KL-2026-001.md"], ["analyses/", "analyses/2026.md"]]) {
    const rule = [...rules].reverse().find((r) => r.pattern.test(sample));
    const owners = new Set(rule?.owners ?? []);
    const same = owners.size === logins.length && logins.every((l) => owners.has(l));
    if (!same) {
      findings.push(finding(CODEOWNERS_FILE, { line: rule?.line ?? 1, column: 1 }, "error", "codeowners-mismatch", null, `${folder} hoort in ${CODEOWNERS_FILE} precies bij de directie uit klachtenregister.yml (${logins.map((l) => `@${l}`).join(" ")}), niet bij ${owners.size > 0 ? [...owners].map((o) => `@${o}`).join(" ") : "niemand"}.`));
    }
  }
  return findings;
}

// dist/cli/commands/valideer.js
var valideer = {
  spec: {
    name: "valideer",
    summary: "controleert de klachtbestanden en klachtenregister.yml",
    positionals: "[bestanden...]",
    maxPositionals: Infinity,
    description: [
      "Controleert elk klachtbestand in complaints/ (of alleen de opgegeven bestanden of mappen) en",
      "klachtenregister.yml: de velden, de datums, wat bij de status verplicht is en de omschrijving.",
      "Elke bevinding noemt bestand, regel en kolom. Uitkomst 1 bij een fout; waarschuwingen alleen geven 0."
    ].join("\n"),
    options: {
      doel: {
        type: "string",
        valueName: "branch",
        description: "Controleer ook dat nieuwe klachtnummers nog vrij zijn op deze branch (voor pull requests, bijv. origin/main)."
      }
    },
    examples: [
      "klacht valideer",
      "klacht valideer complaints/2026/KL-2026-007.md",
      "klacht valideer --register examples/register --json",
      "klacht valideer --doel origin/main"
    ]
  },
  async run(context) {
    const register = loadForCommand(context);
    const selected = selectFiles(register, context);
    let findings = register.findings.filter((f) => f.file === CONFIG_FILE || selected.has(f.file));
    if (context.positionals.length === 0)
      findings = sortFindings([...findings, ...codeownersFindings(register.root, register.context.config)]);
    const target = context.values.doel;
    if (typeof target === "string")
      findings = sortFindings([...findings, ...await idsTakenOnTarget(register, target, selected)]);
    const fileCount = selected.size;
    if (context.json) {
      printJson(context, { ok: !hasErrors(findings), files: fileCount, findings });
    } else {
      printFindings(findings, context);
      context.io.stdout(`${summaryLine(fileCount, findings, context)}
`);
    }
    return hasErrors(findings) ? 1 : 0;
  }
};
function selectFiles(register, context) {
  const all = register.files.map((f) => f.file);
  if (context.positionals.length === 0)
    return new Set(all);
  const selected = /* @__PURE__ */ new Set();
  for (const argument of context.positionals) {
    const fromCwd = resolve(context.io.cwd, argument);
    const absolute = existsSync(fromCwd) ? fromCwd : resolve(context.root, argument);
    if (!existsSync(absolute))
      throw new UsageError(`Bestand of map niet gevonden: ${argument}`, "valideer");
    const relativePath = toRegisterPath(context.root, absolute);
    if (relativePath.startsWith("..")) {
      throw new UsageError(`${argument} ligt buiten het register (${context.root}).`, "valideer");
    }
    const isFolder = statSync(absolute).isDirectory();
    const matches = all.filter((file) => isFolder ? relativePath === "" || file.startsWith(`${relativePath}/`) : file === relativePath);
    if (matches.length === 0 && !isFolder) {
      throw new UsageError(`${argument} is geen klachtbestand van dit register (klachtbestanden staan in complaints/<jaar>/).`, "valideer");
    }
    for (const file of matches)
      selected.add(file);
  }
  return selected;
}
async function idsTakenOnTarget(register, target, selected) {
  const git = await openRepository(register.root);
  if (!git)
    throw new RunError("--doel werkt alleen in een git-repository, en het register is er geen.");
  if (!await refExists(git, target))
    throw new RunError(`Branch '${target}' bestaat niet in deze repository. Haal hem eerst op (git fetch).`);
  const base = await mergeBase(git, target, "HEAD");
  const atBase = new Set(base ? (await idsAtRef(git, base)).map((e) => e.path) : []);
  const onTarget = await idsAtRef(git, target);
  const targetIds = new Map(onTarget.map((e) => [e.id, e.path]));
  const findings = [];
  for (const checked of register.files) {
    const id = checked.complaint?.id;
    if (!id || !selected.has(checked.file) || atBase.has(checked.file))
      continue;
    const existing = targetIds.get(id);
    if (existing === void 0)
      continue;
    const year = idYear(id) ?? 0;
    const free = nextFreeId(year, [...targetIds.keys(), ...register.files.flatMap((f) => f.complaint?.id ? [f.complaint.id] : [])]);
    findings.push(finding(checked.file, locateField(register.root, checked.file, ["id"]), "error", "id-taken", "id", `Klachtnummer ${id} bestaat al op ${target} (${existing}); een andere branch koos hetzelfde nummer. Het eerstvolgende vrije nummer is ${free}: hernoem het bestand en pas 'id' aan.`));
  }
  return findings;
}
export {
  valideer
};
