// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  formFindings,
  workflowFindings
} from "./chunk-N6P2P7R5.mjs";
import "./chunk-VCFXWDVE.mjs";
import {
  VALIDATE_CHECK
} from "./chunk-XW3XZWYD.mjs";
import {
  setStatus
} from "./chunk-XDBY7E32.mjs";
import "./chunk-3QWVPY6Y.mjs";
import "./chunk-JGSQFDMH.mjs";
import {
  GITHUB_OPTIONS
} from "./chunk-VI6Q75WL.mjs";
import {
  loadForCommand,
  locateField,
  toRegisterPath
} from "./chunk-RVJP7NPO.mjs";
import {
  nextFreeId
} from "./chunk-S5NR5HZ2.mjs";
import {
  idsAtRef,
  mergeBase,
  refExists
} from "./chunk-SG6ARO5Z.mjs";
import {
  openRepository,
  runGit
} from "./chunk-Y4FPVQAH.mjs";
import "./chunk-LM7VC3VM.mjs";
import "./chunk-HO3FK33L.mjs";
import {
  printFindings,
  summaryLine
} from "./chunk-DXM3VKSE.mjs";
import "./chunk-PUZ5FQJW.mjs";
import {
  finding,
  hasErrors,
  sortFindings
} from "./chunk-OQ6US66E.mjs";
import "./chunk-WMPDXVYC.mjs";
import {
  plural
} from "./chunk-A5GD7ALL.mjs";
import "./chunk-BPWNMJ6H.mjs";
import "./chunk-EMGNZZLQ.mjs";
import {
  CONFIG_FILE
} from "./chunk-LVPBMKN4.mjs";
import {
  UsageError,
  idYear,
  printJson
} from "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
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
function parse(text) {
  return text.split("\n").flatMap((raw, index) => {
    const line = raw.replace(/\s#.*$/, "").trim();
    if (line === "" || line.startsWith("#"))
      return [];
    const [pattern = "", ...owners] = line.split(/\s+/);
    return [{ line: index + 1, text: pattern, owners: owners.map((o) => o.replace(/^@/, "").toLowerCase()) }];
  });
}
function codeownersLine(logins) {
  return `* ${logins.map((l) => `@${l}`).join(" ")}`;
}
function codeownersFindings(root, config) {
  const logins = config.management.flatMap((p) => p.github ? [p.github.toLowerCase()] : []);
  if (logins.length === 0)
    return [];
  const expected = codeownersLine(logins);
  const directie = logins.map((l) => `@${l}`).join(" ");
  let text;
  try {
    text = readFileSync(join(root, CODEOWNERS_FILE), "utf8");
  } catch {
    return [finding(CODEOWNERS_FILE, { line: 1, column: 1 }, "error", "codeowners-missing", null, `${CODEOWNERS_FILE} ontbreekt. Maak het bestand met de regel:
${expected}
Dan vraagt GitHub bij elke wijziging de directie om de goedkeuring die de handtekening is.`)];
  }
  const rules = parse(text);
  const findings = [];
  const everything = rules.find((r) => ["*", "**", "/**"].includes(r.text));
  if (!everything) {
    findings.push(finding(CODEOWNERS_FILE, { line: 1, column: 1 }, "error", "codeowners-not-everything", null, `${CODEOWNERS_FILE} geeft niet alles aan de directie. Zet bovenaan de regel:
${expected}
Zonder die regel verandert iemand anders klachtenregister.yml, de workflows of CODEOWNERS zelf zonder handtekening.`));
  }
  for (const rule of rules) {
    const owners = new Set(rule.owners);
    const same = owners.size === logins.length && logins.every((l) => owners.has(l));
    if (same)
      continue;
    findings.push(finding(CODEOWNERS_FILE, { line: rule.line, column: 1 }, "error", "codeowners-mismatch", null, `${rule.text} hoort bij precies de directie uit klachtenregister.yml (${directie}), niet bij ${owners.size > 0 ? [...owners].map((o) => `@${o}`).join(" ") : "niemand"}: in een register hoort alles bij de directie, anders keurt iemand anders die bestanden goed.`));
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
      "Zonder bestanden ook de regels van het register: .github/CODEOWNERS geeft alles aan de directie,",
      "en de workflows gebruiken alleen acties die op een commit zijn vastgezet en voeren geen code uit",
      "de repository zelf uit.",
      "Elke bevinding noemt bestand, regel en kolom. Uitkomst 1 bij een fout; waarschuwingen alleen geven 0."
    ].join("\n"),
    options: {
      doel: {
        type: "string",
        valueName: "branch",
        description: "Controleer ook dat nieuwe klachtnummers nog vrij zijn op deze branch (voor pull requests, bijv. origin/main)."
      },
      status: {
        type: "boolean",
        description: `Zet de uitkomst als commitstatus '${VALIDATE_CHECK}' op de uitgecheckte commit (GITHUB_TOKEN met statuses: write). Uitkomst dan 0 zodra de status staat; 2 als dat niet lukt.`
      },
      ...GITHUB_OPTIONS
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
    const whole = context.positionals.length === 0;
    let findings = register.findings.filter((f) => whole || f.file === CONFIG_FILE || selected.has(f.file));
    if (whole) {
      const { config } = register.context;
      findings = sortFindings([...findings, ...codeownersFindings(register.root, config), ...workflowFindings(register.root), ...formFindings(register.root, config)]);
    }
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
    if (context.values.status === true) {
      await setValidationStatus(context, register.root, findings);
      return 0;
    }
    return hasErrors(findings) ? 1 : 0;
  }
};
async function setValidationStatus(context, root, findings) {
  const git = await openRepository(root);
  if (!git)
    throw new RunError("--status werkt alleen in een git-repository: de status komt op de uitgecheckte commit.");
  const sha = (await runGit(git, ["rev-parse", "--verify", "HEAD^{commit}"], "het lezen van de uitgecheckte commit")).trim();
  const errors = findings.filter((f) => f.severity === "error").length;
  const files = [...new Set(findings.filter((f) => f.severity === "error").map((f) => f.file))];
  const description = errors === 0 ? "In orde." : `${plural(errors, "fout", "fouten")} in ${files.length === 1 ? files[0] : plural(files.length, "bestand", "bestanden")}; zie de run.`;
  await setStatus(context, "valideer", { sha, name: VALIDATE_CHECK, ok: errors === 0, description });
}
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
    const matches = all.filter((file) => file === relativePath || isFolder && (relativePath === "" || file.startsWith(`${relativePath}/`)));
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
