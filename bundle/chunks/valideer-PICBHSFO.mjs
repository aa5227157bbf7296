// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  formFindings,
  workflowFindings
} from "./chunk-O5VYGHE3.mjs";
import {
  pathKind
} from "./chunk-JB462XYQ.mjs";
import {
  resolveBranchRef
} from "./chunk-DA3KL6C3.mjs";
import {
  setStatus
} from "./chunk-ZI5BX2WY.mjs";
import {
  GITHUB_OPTIONS,
  connectGitHub,
  githubToken,
  repositoryName
} from "./chunk-Z6T4L7RN.mjs";
import {
  isTempName,
  leftoverFindings,
  loadForCommand,
  locateField,
  strayKind,
  toRegisterPath
} from "./chunk-7F2HNHAN.mjs";
import {
  nextFreeId
} from "./chunk-NWYZOR5O.mjs";
import "./chunk-VIAYLOM5.mjs";
import {
  idsAddedElsewhere,
  idsAtRef
} from "./chunk-34RB5C5Q.mjs";
import {
  VALIDATE_CHECK
} from "./chunk-34QS7U6X.mjs";
import {
  allMergeBases
} from "./chunk-HUW3U4X2.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import {
  openRepository,
  runGit
} from "./chunk-5FUXISE3.mjs";
import {
  printFindings,
  summaryLine
} from "./chunk-JC4GZ2T4.mjs";
import "./chunk-CZMNQTA7.mjs";
import "./chunk-H6FA2GJG.mjs";
import {
  FILE_START,
  capFindings,
  finding,
  hasErrors,
  readTextFile,
  sortFindings
} from "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import {
  hasUnsafeName
} from "./chunk-W7APRSVY.mjs";
import {
  UsageError,
  printJson
} from "./chunk-4N5YQ3QY.mjs";
import {
  ANALYSES_DIR,
  COMPLAINTS_DIR,
  CONFIG_FILE,
  IGNORED_LEFTOVERS
} from "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-E74CLRJB.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import "./chunk-5QYYEHPU.mjs";
import "./chunk-MEN2YURF.mjs";
import "./chunk-G45EPIXR.mjs";
import {
  idYear
} from "./chunk-3ZZ24PPU.mjs";
import {
  listDutch,
  plural
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/commands/valideer.js
var import_node_path3 = __toESM(require_node_path(), 1);

// dist/register/codeowners.js
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
    const read = readTextFile(root, CODEOWNERS_FILE, "CODEOWNERS");
    if (!read.ok)
      return [read.finding];
    text = read.text;
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
  return [...capFindings(findings)];
}

// dist/register/folder-names.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var UNSAFE = "De naam van dit bestand of deze map heeft een stuurteken (zoals een regeleinde), een | of een opdracht voor GitHub Actions (twee hekjes gevolgd door [) erin. Zo'n naam kan in het log of de samenvatting van een workflow regels schrijven die de controle niet zelf schreef. Geef het een gewone naam (een klacht heet complaints/<jaar>/KL-<jaar>-<nummer>.md).";
var HIDDEN = "Deze naam begint met een punt: zo'n bestand of map is verborgen (in de verkenner, in git-programma's) en een klacht erin valt makkelijk buiten beeld. Geef het een gewone naam (een klacht heet complaints/<jaar>/KL-<jaar>-<nummer>.md).";
var ALLOWED_HIDDEN = /* @__PURE__ */ new Set([".gitkeep", ".DS_Store"]);
var NOT_A_COMPLAINT = "In complaints/ staan alleen klachtbestanden (complaints/<jaar>/KL-<jaar>-<nummer>.md). Dit bestand valt buiten elke controle van het register: zet een bijlage in bijlagen/ en verwijs ernaar vanuit de klacht (bijlage: bijlagen/...).";
function folderNameFindings(root) {
  const findings = [];
  const visit = (path, inComplaints) => {
    const stat = (0, import_node_fs.lstatSync)((0, import_node_path.join)(root, path), { throwIfNoEntry: false });
    if (!stat)
      return;
    const name = path.slice(path.lastIndexOf("/") + 1);
    if (hasUnsafeName(name))
      findings.push(finding(path, FILE_START, "error", "unsafe-name", null, UNSAFE));
    const hidden = inComplaints && name.startsWith(".") && !(stat.isFile() && ALLOWED_HIDDEN.has(name)) && strayKind(name, stat.isFile()) !== "leftover-temp-file";
    if (hidden)
      findings.push(finding(path, FILE_START, "error", "hidden-name", null, HIDDEN));
    if (stat.isDirectory()) {
      for (const entry of (0, import_node_fs.readdirSync)((0, import_node_path.join)(root, path)).sort())
        visit(`${path}/${entry}`, inComplaints);
    } else if (inComplaints && stat.isFile() && !name.startsWith(".") && !name.endsWith(".md") && !isTempName(name)) {
      findings.push(finding(path, FILE_START, "error", "not-a-complaint-file", null, NOT_A_COMPLAINT));
    }
  };
  visit(COMPLAINTS_DIR, true);
  visit(ANALYSES_DIR, false);
  return findings;
}

// dist/register/gitignore-lines.js
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var GITIGNORE = ".gitignore";
var ignores = (lines, pattern) => lines.some((line) => [pattern, `/${pattern}`, `**/${pattern}`].includes(line));
function gitignoreFindings(root) {
  let text;
  try {
    text = (0, import_node_fs2.readFileSync)((0, import_node_path2.join)(root, GITIGNORE), "utf8");
  } catch {
    return [];
  }
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const missing = IGNORED_LEFTOVERS.filter((pattern) => !ignores(lines, pattern));
  if (missing.length === 0)
    return [];
  return [finding(GITIGNORE, FILE_START, "warning", "gitignore-lines", null, `In ${GITIGNORE} ontbreken regels die de tijdelijke bestanden en het slot van klacht buiten git houden (een tijdelijk bestand kan persoonsgegevens bevatten). Voeg ${missing.length === 1 ? "deze regel" : "deze regels"} toe: ${listDutch(missing)}`)];
}

// dist/cli/commands/valideer.js
var valideer = defineCommand({
  spec: {
    name: "valideer",
    summary: "controleert de klachtbestanden en klachtenregister.yml",
    positionals: "[bestanden...]",
    maxPositionals: Infinity,
    description: [
      "Controleert elk klachtbestand in complaints/ (of alleen de opgegeven bestanden of mappen) en",
      "klachtenregister.yml: de velden, de datums, wat bij de status verplicht is en de omschrijving.",
      "Zonder bestanden ook de regels van het register: .github/CODEOWNERS geeft alles aan de directie,",
      "de workflows gebruiken alleen acties die op een commit zijn vastgezet en voeren geen code uit de",
      "repository zelf uit, en de workflows die oordelen (valideren, ondertekening) houden de triggers",
      "die klacht init ze gaf. En de namen: in complaints/ staan alleen klachtbestanden, en een naam in",
      "complaints/ of analyses/ met een stuurteken, een | of een opdracht voor GitHub Actions (##[) is een fout,",
      "net als een naam in complaints/ die met een punt begint. Ook wat een afgebroken klacht-opdracht",
      "achterliet (tijdelijke bestanden, een slot) is een fout, en een .gitignore zonder de regels die dat",
      "buiten git houden een waarschuwing.",
      "Elke bevinding noemt bestand, regel en kolom. Uitkomst 1 bij een fout; waarschuwingen alleen geven 0."
    ].join("\n"),
    options: {
      doel: {
        type: "string",
        valueName: "branch",
        description: "Controleer ook dat nieuwe klachtnummers nog vrij zijn op deze branch (voor pull requests, bijv. refs/remotes/origin/main). Een naam die ook een tag of andere ref is, wordt geweigerd."
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
      "klacht valideer --doel refs/remotes/origin/main"
    ]
  },
  async run(context) {
    const register = loadForCommand(context);
    const selected = selectFiles(register, context);
    const whole = context.positionals.length === 0;
    let findings = register.findings.filter((f) => whole || f.file === CONFIG_FILE || selected.has(f.file));
    if (whole) {
      const { config } = register.context;
      findings = sortFindings([
        ...findings,
        ...folderNameFindings(register.root),
        ...leftoverFindings(register.root),
        ...gitignoreFindings(register.root),
        ...codeownersFindings(register.root, config),
        ...workflowFindings(register.root),
        ...formFindings(register.root, config)
      ]);
    }
    const target = context.values.doel;
    if (target !== void 0)
      findings = sortFindings([...findings, ...await idsTakenOnTarget(context, register, target, selected)]);
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
});
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
  const which = (i) => context.positionals.length === 1 ? "Het opgegeven bestand" : `Het ${i + 1}e opgegeven bestand`;
  for (const [i, argument] of context.positionals.entries()) {
    const fromCwd = (0, import_node_path3.resolve)(context.io.cwd, argument);
    const inCwd = pathKind(fromCwd);
    const absolute = inCwd !== "missing" ? fromCwd : (0, import_node_path3.resolve)(context.root, argument);
    const kind = inCwd !== "missing" ? inCwd : pathKind(absolute);
    if (kind === "missing")
      throw new UsageError(`${which(i)} (of de map) bestaat niet. Controleer de naam.`, "valideer");
    const relativePath = toRegisterPath(context.root, absolute);
    if (relativePath.startsWith("..")) {
      throw new UsageError(`${which(i)} ligt buiten het register (${context.root}).`, "valideer");
    }
    const isFolder = kind === "folder";
    const matches = all.filter((file) => file === relativePath || isFolder && (relativePath === "" || file.startsWith(`${relativePath}/`)));
    if (matches.length === 0 && !isFolder) {
      throw new UsageError(`${which(i)} is geen klachtbestand van dit register (klachtbestanden staan in complaints/<jaar>/).`, "valideer");
    }
    for (const file of matches)
      selected.add(file);
  }
  return selected;
}
async function pullRequestsOf(context, branches) {
  const found = /* @__PURE__ */ new Map();
  const token = githubToken(context);
  if (branches.length === 0 || token === void 0 || repositoryName(context) === void 0)
    return found;
  const { client, repository, github } = await connectGitHub(context, token, "valideer");
  const { openPullRequestsOf } = await import("./pulls-KUGMWTLE.mjs");
  for (const other of branches) {
    if (found.has(other.name))
      continue;
    try {
      found.set(other.name, await openPullRequestsOf(client, repository, other.branch));
    } catch (error) {
      context.io.stderr(`Welke pull request branch ${other.name} heeft, kon klacht GitHub niet vragen: ${github.explainGitHubError(error, repository, { pullRequest: 0 }).message}
`);
      found.set(other.name, []);
    }
  }
  return found;
}
async function idsTakenOnTarget(context, register, target, selected) {
  const git = await openRepository(register.root);
  if (!git)
    throw new RunError("--doel werkt alleen in een git-repository, en het register is er geen.");
  const resolved = await resolveBranchRef(git, target);
  if (!resolved.ok)
    throw new RunError(`--doel: ${resolved.message}`);
  const bases = await allMergeBases(git, resolved.commit, "HEAD");
  if (bases.length > 1) {
    throw new RunError(`--doel: deze branch en ${target} hebben ${bases.length} gemeenschappelijke beginpunten (merge bases: ${bases.map((c) => c.slice(0, 12)).join(", ")}), bijvoorbeeld doordat een oudere branch of een eerdere versie van ${target} erin is samengevoegd. Welke klachten deze branch toevoegt, is zo niet eenduidig. Maak de branch opnieuw vanaf de huidige ${target}, met alleen de bedoelde wijzigingen.`);
  }
  const base = bases[0];
  const atBase = new Set(base ? (await idsAtRef(git, base)).map((e) => e.path) : []);
  const onTarget = await idsAtRef(git, resolved.commit);
  const targetIds = new Map(onTarget.map((e) => [e.id, e.path]));
  const findings = [];
  const added = register.files.filter((checked) => checked.complaint?.id && selected.has(checked.file) && !atBase.has(checked.file));
  const elsewhere = await idsAddedElsewhere(git, resolved.commit, new Set(added.flatMap((f) => f.complaint?.id && !targetIds.has(f.complaint.id) ? [f.complaint.id] : [])));
  const taken = [...targetIds.keys(), ...register.files.flatMap((f) => f.complaint?.id ? [f.complaint.id] : []), ...elsewhere.keys()];
  const pullRequests = await pullRequestsOf(context, [...elsewhere.values()].flat());
  for (const checked of added) {
    const id = checked.complaint?.id;
    const free = nextFreeId(idYear(id) ?? 0, taken);
    const existing = targetIds.get(id);
    if (existing !== void 0) {
      findings.push(finding(checked.file, locateField(register.root, checked.file, ["id"]), "error", "id-taken", "id", `Klachtnummer ${id} bestaat al op ${target} (${existing}); een andere branch koos hetzelfde nummer. Het eerstvolgende vrije nummer is ${free}: hernoem het bestand en pas 'id' aan.`));
    }
    const others = elsewhere.get(id);
    if (others !== void 0) {
      const where = listDutch(others.map((other) => {
        const pulls = pullRequests.get(other.name) ?? [];
        return pulls.length > 0 ? `${pulls.length === 1 ? "pull request" : "de pull requests"} ${pulls.map((n) => `#${n}`).join(", ")} (branch ${other.branch})` : `branch ${other.name}`;
      }));
      findings.push(finding(checked.file, locateField(register.root, checked.file, ["id"]), "warning", "id-on-other-branch", "id", `Klachtnummer ${id} staat ook ${where.startsWith("branch") ? "op" : "in"} ${where}. Wie het eerst wordt samengevoegd, houdt het nummer; geef deze klacht liever nu het eerstvolgende vrije nummer, ${free}: hernoem het bestand en pas 'id' aan.`));
    }
  }
  return findings;
}
export {
  valideer
};
