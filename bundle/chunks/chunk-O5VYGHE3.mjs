// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  SIGNATURE_JOB_CONDITION,
  SIGNATURE_TRIGGERS,
  VALIDATE_TRIGGERS
} from "./chunk-VIAYLOM5.mjs";
import {
  writeFileAtomic
} from "./chunk-H6FA2GJG.mjs";
import {
  MAX_ALIASES,
  capFindings,
  finding,
  readTextFile,
  readYamlDocument,
  yamlLib
} from "./chunk-ZAAEDPLE.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_util
} from "./chunk-7GJX6OZ4.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  FORMS,
  FULL_SHA,
  formWorkflow,
  pinsIn
} from "./chunk-MEN2YURF.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/register/workflow-checks.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// dist/register/judging-workflows.js
var import_node_util = __toESM(require_node_util(), 1);
function expectedTriggers(judge) {
  return readYamlDocument((judge === "ondertekening" ? SIGNATURE_TRIGGERS : VALIDATE_TRIGGERS).join("\n")).doc.toJS().on;
}
function judgeOf(step) {
  const { isMap } = yamlLib();
  if (!isMap(step))
    return void 0;
  const command = step.getIn(["with", "opdracht"]);
  const args = String(step.getIn(["with", "argumenten"]) ?? "");
  if (command === "ondertekening" && /--basis\b/.test(args))
    return "ondertekening";
  if (command === "valideer" && /--status\b/.test(args))
    return "valideer";
  return void 0;
}
function judgingFindings(file, document, lines) {
  const { isMap, isSeq, isScalar } = yamlLib();
  const jobs = document.get("jobs", true);
  if (!isMap(jobs))
    return [];
  const at = (node, rule, message) => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
    return finding(file, { line, column: col }, "error", rule, null, message);
  };
  const findings = [];
  const judges = /* @__PURE__ */ new Set();
  for (const job of jobs.items) {
    if (!isMap(job.value))
      continue;
    const steps = job.value.get("steps", true);
    const own = new Set((isSeq(steps) ? steps.items : []).flatMap((step) => judgeOf(step) ?? []));
    own.forEach((j) => judges.add(j));
    if (own.has("ondertekening")) {
      const condition = job.value.get("if", true);
      const text = isScalar(condition) ? String(condition.value).trim() : void 0;
      if (text !== SIGNATURE_JOB_CONDITION) {
        findings.push(at(isScalar(condition) ? condition : job.key, "workflow-condition", `De controle van de ondertekening moet deze voorwaarde hebben (zoals klacht init haar schrijft): if: ${SIGNATURE_JOB_CONDITION}. Anders start elke workflow die "Goedkeuring doorgeven" heet, op welke branch ook, de controle wanneer hij wil.`));
      }
    }
  }
  const on = document.get("on", true);
  const actual = document.toJS({ maxAliasCount: 100 });
  for (const judge of [...judges].sort()) {
    if ((0, import_node_util.isDeepStrictEqual)(actual?.on, expectedTriggers(judge)))
      continue;
    const what = judge === "ondertekening" ? "de ondertekening" : "de klachtbestanden";
    findings.push(at(on ?? null, "workflow-trigger", `Deze workflow beoordeelt ${what} van een pull request en moet de triggers houden die klacht init hem gaf (${judge === "ondertekening" ? 'pull_request_target en workflow_run van "Goedkeuring doorgeven"' : "pull_request_target en push naar main"}). Met een andere trigger (zoals pull_request) draait GitHub de workflow uit de pull request zelf, die de pull request kan veranderen.`));
  }
  return findings;
}

// dist/register/workflow-checks.js
var WORKFLOWS_DIR = ".github/workflows";
var RUNS_CODE = /(?:^|[\s;&|(`{!"'=])(npm|npx|pnpm|yarn|bun|node|deno|tsx|ts-node|python3?|pip3?|ruby|perl|php|make|java|go|cargo|dotnet)(?=[\s;&|)`}"']|$)/;
var RUNS_FILE = /(?:^|[\s;&|(`{!"'])(\.{1,2}\/[^\s;&|)"'`]+|(?:ba|z|da|k)?sh\s+(?!-)[^\s;&|)"'`]+|source\s+[^\s;&|)"'`]+|\.\s+[^\s;&|)"'`]+)/;
function registerCodeIn(line) {
  if (/^\s*#/.test(line))
    return void 0;
  const code = line.trim();
  if (code === "")
    return void 0;
  return RUNS_CODE.exec(code)?.[1] ?? RUNS_FILE.exec(code)?.[1];
}
function usesProblem(uses, jobLevel) {
  const value = uses.trim();
  if (value.startsWith("./") || value.startsWith("../")) {
    if (jobLevel && /^\.\/\.github\/workflows\/[^/]+\.ya?ml$/.test(value))
      return void 0;
    return {
      rule: "workflow-register-code",
      message: `Deze stap gebruikt een actie uit de repository zelf (${value}): een pull request kan die veranderen en zo bepalen wat de check zegt. Gebruik de uitgebrachte actie van klacht, vastgezet op een commit.`
    };
  }
  if (value.startsWith("docker://")) {
    return /@sha256:[0-9a-f]{64}$/.test(value) ? void 0 : {
      rule: "action-not-pinned",
      message: `${value} is niet vastgezet op een digest (@sha256:…): dezelfde naam kan later ander programma zijn.`
    };
  }
  const at = value.lastIndexOf("@");
  const ref = at < 0 ? "" : value.slice(at + 1);
  if (/^[0-9a-f]{40}$/.test(ref))
    return void 0;
  const name = at < 0 ? value : value.slice(0, at);
  return {
    rule: "action-not-pinned",
    message: `De actie ${name} is vastgezet op '${ref || "(niets)"}', een naam die later naar andere code kan wijzen. Zet haar vast op de volledige commit (40 tekens) met de versie als commentaar erachter, bijv. ${name}@<commit> # v1.2.3; Dependabot stelt nieuwe versies voor.`
  };
}
function position(lines, offset) {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
var KNOWN_SHELL = /^(?:bash|sh)(?:\s+-[a-z]+)*(?:\s+\{0\})?$/;
function ownShell(shell) {
  return `Deze stap draait in een eigen shell (${shell}): dat is een programma dat een pull request kan veranderen. Laat shell weg (dan is het bash).`;
}
function imagesOf(container, services) {
  const { isMap, isScalar } = yamlLib();
  const image = (node) => isScalar(node) ? [node] : isMap(node) ? [node.get("image", true)] : [];
  return [...image(container), ...isMap(services) ? services.items.flatMap((item) => image(item.value)) : []];
}
function workflowNames(root) {
  try {
    return (0, import_node_fs.readdirSync)((0, import_node_path.join)(root, WORKFLOWS_DIR)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
}
function workflowFindings(root) {
  return workflowNames(root).flatMap((name) => {
    const file = `${WORKFLOWS_DIR}/${name}`;
    const read = readTextFile(root, file, "Een workflow");
    return read.ok ? checkWorkflow(file, read.text) : [read.finding];
  });
}
var STRUCTURE_CODES = {
  "duplicate-key": "DUPLICATE_KEY",
  "key-not-text": "NON_STRING_KEY",
  "too-deep": "RESOURCE_EXHAUSTION",
  "too-many-aliases": "BAD_ALIAS",
  "alias-missing": "BAD_ALIAS",
  "alias-later": "BAD_ALIAS",
  "alias-self": "BAD_ALIAS"
};
function checkWorkflow(file, source) {
  const { isMap, isScalar, isSeq } = yamlLib();
  const { doc: document, lineCounter: lines, structure } = readYamlDocument(source);
  const [error] = document.errors;
  const [problem] = structure;
  const unreadable = error && (!problem || error.pos[0] <= problem.offset) ? { offset: error.pos[0], code: error.code } : problem && { offset: problem.offset, code: STRUCTURE_CODES[problem.kind] };
  if (unreadable) {
    return [finding(file, position(lines, unreadable.offset), "error", "workflow-yaml", null, `Deze workflow is geen geldige YAML (${unreadable.code}); GitHub voert hem niet uit. Herstel het bestand.`)];
  }
  const findings = judgingFindings(file, document, lines);
  const at = (node, rule, message, offset = node.range?.[0] ?? 0) => {
    findings.push(finding(file, position(lines, offset), "error", rule, null, message));
  };
  const jobs = document.get("jobs", true);
  if (!isMap(jobs))
    return findings;
  for (const job of jobs.items) {
    if (!isMap(job.value))
      continue;
    const jobUses = job.value.get("uses", true);
    if (isScalar(jobUses) && typeof jobUses.value === "string") {
      const problem2 = usesProblem(jobUses.value, true);
      if (problem2)
        at(jobUses, problem2.rule, problem2.message);
    }
    for (const image of imagesOf(job.value.get("container", true), job.value.get("services", true))) {
      if (isScalar(image) && typeof image.value === "string" && !/@sha256:[0-9a-f]{64}$/.test(image.value)) {
        at(image, "action-not-pinned", `Het image ${image.value} is niet vastgezet op een digest (@sha256:…): dezelfde naam kan later ander programma zijn.`);
      }
    }
    const jobShell = job.value.getIn(["defaults", "run", "shell"], true);
    if (isScalar(jobShell) && typeof jobShell.value === "string" && !KNOWN_SHELL.test(jobShell.value))
      at(jobShell, "workflow-register-code", ownShell(jobShell.value));
    const steps = job.value.get("steps", true);
    if (!isSeq(steps))
      continue;
    for (const step of steps.items) {
      if (!isMap(step))
        continue;
      const uses = step.get("uses", true);
      if (isScalar(uses) && typeof uses.value === "string") {
        const problem2 = usesProblem(uses.value, false);
        if (problem2)
          at(uses, problem2.rule, problem2.message);
      }
      if (isScalar(uses) && typeof uses.value === "string" && /^actions\/github-script@/.test(uses.value)) {
        at(uses, "workflow-register-code", "Deze stap voert JavaScript uit (actions/github-script), dat bestanden uit de repository kan laden. Een register heeft dat niet nodig: gebruik de actie van klacht.");
      }
      const shell = step.get("shell", true);
      if (isScalar(shell) && typeof shell.value === "string" && !KNOWN_SHELL.test(shell.value))
        at(shell, "workflow-register-code", ownShell(shell.value));
      const run = step.get("run", true);
      if (!isScalar(run) || typeof run.value !== "string")
        continue;
      const [start, end] = run.range ?? [0, source.length];
      let from = start;
      for (const line of run.value.split("\n")) {
        const needle = line.trim();
        const found = from === void 0 ? -1 : source.indexOf(needle, from);
        const offset = found >= 0 && found + needle.length <= end ? found : -1;
        from = offset >= 0 ? offset + needle.length : void 0;
        const code = registerCodeIn(line);
        if (code === void 0)
          continue;
        at(run, "workflow-register-code", `Deze stap voert code uit de repository zelf uit (${code}): een pull request kan die code veranderen en zo de checks laten zeggen wat hij wil. Laat de workflow alleen de uitgebrachte actie van klacht gebruiken, zonder installatie.`, offset >= 0 ? offset : start);
      }
    }
  }
  return [...capFindings(findings)];
}

// dist/register/forms.js
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
function toolActionOf(text) {
  const { doc, structure } = readYamlDocument(text);
  if (doc.errors.length > 0 || structure.length > 0)
    return void 0;
  let workflow;
  try {
    workflow = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return void 0;
  }
  const jobs = workflow?.jobs ?? {};
  for (const job of Object.values(jobs)) {
    for (const step of job?.steps ?? []) {
      if (typeof step?.uses !== "string" || step.with?.opdracht === void 0)
        continue;
      const match = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40})$/.exec(step.uses);
      if (!match?.[1] || !match[2] || !FULL_SHA.test(match[2]))
        continue;
      const escaped = step.uses.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const version = new RegExp(`uses:\\s*${escaped}\\s+#\\s*(\\S+)`).exec(text)?.[1];
      return { repository: match[1], commit: match[2], ...version ? { version } : {} };
    }
  }
  return void 0;
}
function registerToolAction(root) {
  for (const name of workflowNames(root)) {
    const read = readTextFile(root, `${WORKFLOWS_DIR}/${name}`, "Een workflow");
    const action = read.ok ? toolActionOf(read.text) : void 0;
    if (action)
      return action;
  }
  return void 0;
}
function formFindings(root, config) {
  const present = FORMS.filter((form) => (0, import_node_fs2.existsSync)((0, import_node_path2.join)(root, WORKFLOWS_DIR, form.file)));
  if (present.length === 0)
    return [];
  const findings = [];
  for (const form of FORMS) {
    const file = `${WORKFLOWS_DIR}/${form.file}`;
    if (!present.includes(form)) {
      findings.push(finding(file, { line: 1, column: 1 }, "warning", "form-missing", null, `Het formulier "${form.name}" ontbreekt, terwijl de andere formulieren er zijn. Maak de formulieren opnieuw met klacht formulieren.`));
      continue;
    }
    const read = readTextFile(root, file, "Een formulier");
    if (!read.ok)
      continue;
    const text = read.text.replace(/\r\n/g, "\n");
    const action = toolActionOf(text);
    if (!action || text !== formWorkflow(form, config, action, pinsIn(text))) {
      findings.push(finding(file, { line: 1, column: 1 }, "error", "form-drift", null, `Het formulier "${form.name}" loopt niet gelijk met klachtenregister.yml (de keuzes voor mensen, rol of categorie) of is met de hand gewijzigd. Maak de formulieren opnieuw met klacht formulieren en neem de wijziging op in deze pull request.`));
    }
  }
  return findings;
}
function writeForms(root, config, action, dryRun) {
  return FORMS.map((form) => {
    const path = `${WORKFLOWS_DIR}/${form.file}`;
    const target = (0, import_node_path2.join)(root, path);
    const read = (0, import_node_fs2.existsSync)(target) ? readTextFile(root, path, "Een formulier") : void 0;
    const before = read === void 0 ? void 0 : read.ok ? read.text : "";
    const text = formWorkflow(form, config, action, before === void 0 ? {} : pinsIn(before));
    const state = before === void 0 ? "nieuw" : before === text ? "ongewijzigd" : "bijgewerkt";
    if (!dryRun && state !== "ongewijzigd")
      writeFileAtomic(target, text);
    return { path, state };
  });
}

export {
  workflowFindings,
  registerToolAction,
  formFindings,
  writeForms
};
