// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  UsageError,
  normaliseComplaintId
} from "./chunk-4N5YQ3QY.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  ALL_DOCUMENTS,
  CHOOSE,
  NOT_CHOSEN
} from "./chunk-MEN2YURF.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/steps/form-input.js
var import_node_fs = __toESM(require_node_fs(), 1);
var FORM_FLAG = "--formulier";
var ID_INPUT = "klachtnummer";
var NOT_GIVEN = /* @__PURE__ */ new Set([NOT_CHOSEN, CHOOSE, ALL_DOCUMENTS]);
function readEvent(path) {
  return JSON.parse((0, import_node_fs.readFileSync)(path, "utf8"));
}
function readFormInputs(env) {
  const path = env.GITHUB_EVENT_PATH;
  const notAForm = "Gebruik --formulier alleen in een workflow die met een formulier (Run workflow, workflow_dispatch) is gestart.";
  if (!path || env.GITHUB_EVENT_NAME !== "workflow_dispatch")
    throw new RunError(notAForm);
  let event;
  try {
    event = readEvent(path);
  } catch {
    throw new RunError(`De gegevens van het formulier (GITHUB_EVENT_PATH) zijn niet te lezen. ${notAForm}`);
  }
  const inputs = event?.inputs;
  if (inputs === null || typeof inputs !== "object" || Array.isArray(inputs))
    throw new RunError(notAForm);
  return inputs;
}
function text(value) {
  if (typeof value === "boolean")
    return value ? "true" : "false";
  return typeof value === "string" ? value.trim() : "";
}
function formArguments(spec, inputs) {
  const positional = [];
  const options = [];
  for (const name of Object.keys(inputs).sort(byListIndex)) {
    const value = text(inputs[name]);
    if (name === ID_INPUT) {
      const id = normaliseComplaintId(value);
      if (id === void 0)
        throw new UsageError("Het klachtnummer in het formulier is geen klachtnummer. Schrijf het als KL-2026-007.", spec.name);
      positional.push(id);
      continue;
    }
    const list = /^(.+)-(\d+)$/.exec(name);
    const option = spec.options[name] ? name : list?.[1] && spec.options[list[1]]?.multiple ? list[1] : void 0;
    const optionSpec = option === void 0 ? void 0 : spec.options[option];
    if (option === void 0 || optionSpec === void 0) {
      throw new UsageError(`Het formulier heeft een veld '${name}' dat klacht ${spec.name} niet kent. Maak de formulieren opnieuw met klacht formulieren.`, spec.name);
    }
    if (value === "" || NOT_GIVEN.has(value))
      continue;
    if (optionSpec.type === "boolean") {
      const negated = spec.options[`niet-${option}`];
      if (value === "true" || value === "ja")
        options.push(`--${option}`);
      else if (value === "nee" && negated)
        options.push(`--niet-${option}`);
      else if (value !== "false")
        throw new UsageError(`Het veld '${name}' van het formulier is ja of nee.`, spec.name);
      continue;
    }
    options.push(`--${option}=${value}`);
  }
  return [...positional, ...options];
}
function byListIndex(a, b) {
  const split = (name) => {
    const match = /^(.+)-(\d+)$/.exec(name);
    return match?.[1] ? [match[1], Number(match[2])] : [name, 0];
  };
  const [na, ia] = split(a);
  const [nb, ib] = split(b);
  return na === nb ? ia - ib : na < nb ? -1 : 1;
}
function eventDefaultBranch(env) {
  if (!env.GITHUB_EVENT_PATH)
    return void 0;
  try {
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const branch = event?.repository?.default_branch;
    return typeof branch === "string" && branch !== "" ? branch : void 0;
  } catch {
    return void 0;
  }
}
function otherBranchMessage(env) {
  const defaultBranch = eventDefaultBranch(env);
  const inRun = env.GITHUB_ACTIONS === "true" || Boolean(env.GITHUB_EVENT_PATH);
  if (inRun && (defaultBranch === void 0 || !env.GITHUB_REF_NAME)) {
    return 'Niet na te gaan vanaf welke branch dit formulier is gestart: de gegevens van de run noemen de standaardbranch of de branch van de run niet. Start het formulier opnieuw vanaf de standaardbranch (bij "Use workflow from").';
  }
  if (env.GITHUB_REF_TYPE !== "tag" && !(defaultBranch && env.GITHUB_REF_NAME && env.GITHUB_REF_NAME !== defaultBranch))
    return void 0;
  return `Dit formulier is gestart vanaf '${env.GITHUB_REF_NAME ?? ""}', niet vanaf '${defaultBranch ?? "de standaardbranch"}'. Start het opnieuw en kies bij "Use workflow from" de branch '${defaultBranch ?? "main"}'.`;
}

export {
  FORM_FLAG,
  readFormInputs,
  formArguments,
  eventDefaultBranch,
  otherBranchMessage
};
