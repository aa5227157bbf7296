// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  EditError,
  complaintKeyOrder,
  describeChange,
  editFrontmatter,
  fieldChanges,
  replaceComplaintFile,
  shownValue
} from "./chunk-VCDJPKBV.mjs";
import {
  chooseOne,
  chooseYesNo
} from "./chunk-ZGR367YK.mjs";
import {
  printFindings
} from "./chunk-JC4GZ2T4.mjs";
import {
  summariseRefusedForm
} from "./chunk-GBMCZDUH.mjs";
import {
  attachmentState,
  complaintDeadlines,
  fileWithoutLinks,
  removeLeftoverLock
} from "./chunk-CZMNQTA7.mjs";
import {
  checkComplaintBytes,
  loadConfig,
  readBounded,
  validationContext,
  whyNotRead
} from "./chunk-ZAAEDPLE.mjs";
import {
  DATE_FORMS,
  UsageError,
  matchChoice,
  parseUserDate,
  printJson,
  unknownComplaint
} from "./chunk-4N5YQ3QY.mjs";
import {
  complaintPath
} from "./chunk-6PZIGJ5Y.mjs";
import {
  require_node_child_process
} from "./chunk-E74CLRJB.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  choicesOf
} from "./chunk-G45EPIXR.mjs";
import {
  FIELD_TITLES,
  idYear,
  isComplaintId
} from "./chunk-3ZZ24PPU.mjs";
import {
  deadlineKindName,
  formatDateDutch,
  isOpen
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/core/steps/form-words.js
var TITLES = FIELD_TITLES;
var SHARED = new Set(Object.values(TITLES).filter((title, i, all) => all.indexOf(title) !== i));
var INDEX = /^\d+$/;
function titleOf(segments) {
  return TITLES[segments.join(".").replace(/\.\d+(?=\.|$)/g, "[]")];
}
function bare(title) {
  return title.replace(/ \(.*\)$/, "");
}
function fieldInWords(path) {
  const segments = path.split(".");
  for (let end = segments.length; end > 0; end--) {
    const words = wordsOf(segments.slice(0, end));
    if (words !== void 0)
      return words;
  }
  return void 0;
}
function wordsOf(segments) {
  const last = segments.length - 1;
  const item = segments.findLastIndex((segment) => INDEX.test(segment));
  const list = item > 0 ? titleOf(segments.slice(0, item)) : void 0;
  const row = list === void 0 ? "" : `regel ${Number(segments[item]) + 1} van ${bare(list)}`;
  if (item === last && row !== "")
    return capital(row);
  const title = titleOf(segments);
  if (title === void 0)
    return void 0;
  if (row !== "")
    return `${title} in ${row}`;
  const parent = last > 0 ? titleOf(segments.slice(0, last)) : void 0;
  return SHARED.has(title) && parent !== void 0 ? `${title} bij ${bare(parent)}` : title;
}
function formFieldReference(field) {
  const label = shortLabel(field);
  return field.kind === "texts" ? `een van de velden '${field.name}-1' tot en met '${field.name}-${field.formInputs ?? 1}' (${label}) van het formulier` : `het veld '${field.name}' (${label}) van het formulier`;
}
function shortLabel(field) {
  return labelHead(field.label).replace(/ \([^()]*\)$/, "");
}
function labelHead(label) {
  let depth = 0;
  for (let at = 0; at < label.length; at++) {
    const char = label[at];
    if (char === "(")
      depth++;
    else if (char === ")")
      depth--;
    else if (depth > 0)
      continue;
    else if (char === "?")
      return label.slice(0, at + 1);
    else if (at > 0 && [": ", "; ", ", bijvoorbeeld "].some((end) => label.startsWith(end, at)))
      return label.slice(0, at);
  }
  return label;
}
var QUOTED = /(\b[Vv]eld )?'([a-z_]+(?:\.(?:[a-z_]+|\d+))*)'(?: \(((?:[^()]|\([^()]*\))*)\))?/g;
function formWords(formFields) {
  return {
    change: (change) => {
      const field = formFields.get(change.path);
      const name = field === void 0 ? fieldInWords(change.path) ?? "de klacht" : shortLabel(field);
      const line = describeChange(change, name, (value) => typeof value === "boolean" ? value ? "ja" : "nee" : shownValue(value));
      return name.endsWith("?") ? line.replace(`${name}:`, name) : line;
    },
    finding: (finding) => {
      const message = finding.message.replace(QUOTED, (whole, veld, path, value) => {
        const field = formFields.get(path);
        if (field === void 0 && fieldInWords(path) === void 0)
          return whole;
        return veld === void 0 ? inSentence(whole, path, value, field, path === finding.field) : afterVeld(veld, path, value, field);
      });
      const own = finding.field === null ? void 0 : formFields.get(finding.field);
      const reference = own === void 0 ? void 0 : formFieldReference(own);
      return { ...finding, message: reference === void 0 || message.includes(reference.slice(1)) ? message : `${capital(reference)}: ${message}` };
    }
  };
}
function afterVeld(veld, path, value, field) {
  const reference = field === void 0 ? `het veld '${fieldInWords(path) ?? ""}' van de klacht` : formFieldReference(field);
  const after = value === void 0 || value === titleOf(path.split(".")) ? "" : ` (${value})`;
  return `${veld.startsWith("V") ? capital(reference) : reference}${after}`;
}
function inSentence(whole, path, value, field, own) {
  if (field !== void 0)
    return value === void 0 ? formFieldReference(field) : `van ${value} in ${formFieldReference(field)}`;
  const words = fieldInWords(path) ?? "de klacht";
  if (value === void 0)
    return path.includes(".") ? `'${words}'` : whole;
  return own ? `(${value}; in de klacht: ${words})` : `(${value})`;
}
function capital(text) {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

// dist/cli/steps/form-fields.js
function applyEdits(editor, edits) {
  for (const edit of edits) {
    if (edit.op === "set")
      editor.set(edit.path, edit.value);
    else
      editor.append(edit.path, edit.value);
  }
}
function formFieldsByPath(fields, answers, dataOf) {
  const byPath = /* @__PURE__ */ new Map();
  const result = dataOf(answers);
  if (result === void 0)
    return byPath;
  for (const field of fields) {
    const answer = answers[field.name];
    if (answer === void 0)
      continue;
    const other = dataOf({ ...answers, [field.name]: changed(answer) });
    if (other === void 0)
      continue;
    for (const change of fieldChanges(result, other))
      if (!byPath.has(change.path))
        byPath.set(change.path, field);
  }
  return byPath;
}
function changed(answer) {
  if (typeof answer === "boolean")
    return !answer;
  if (typeof answer === "string")
    return `${answer} (anders)`;
  return answer.map((item) => `${item} (anders)`);
}
function stepResult(step, input, text) {
  return (answers) => {
    const plan = step.plan({ ...input, answers });
    return "refused" in plan ? void 0 : dataOfText(text, (editor) => applyEdits(editor, plan.edits));
  };
}
function dataOfText(text, edit = () => void 0) {
  try {
    const editor = editFrontmatter(text, complaintKeyOrder);
    edit(editor);
    return editor.data;
  } catch (error) {
    if (error instanceof EditError)
      return void 0;
    throw error;
  }
}

// dist/cli/steps/current-person.js
var import_node_child_process = __toESM(require_node_child_process(), 1);
function currentPerson(context, config) {
  const people = [...config.management, ...config.staff];
  const actor = context.io.env.GITHUB_ACTOR;
  if (context.actions && actor)
    return people.find((p) => p.github?.toLowerCase() === actor.toLowerCase())?.naam;
  const git = (0, import_node_child_process.spawnSync)("git", ["config", "user.name"], { cwd: context.root, encoding: "utf8" });
  const name = git.status === 0 ? git.stdout.trim().toLowerCase() : "";
  return name === "" ? void 0 : people.find((p) => p.naam.toLowerCase() === name)?.naam;
}

// dist/cli/steps/step.js
var import_node_path = __toESM(require_node_path(), 1);
var DRY_RUN_OPTION = { "dry-run": { type: "boolean", description: "Toon alleen wat er zou veranderen; schrijf niets." } };
var LASTING = /* @__PURE__ */ new Set(["unknown-key"]);
async function openStep(context, command) {
  const id = context.positionals[0] ?? await askId(context, command);
  const year = idYear(id);
  const fromForm = context.values.formulier === true;
  if (!isComplaintId(id) || year === void 0)
    throw unknownComplaint(id, command, { fromForm });
  const file = complaintPath(id, year);
  const found = fileWithoutLinks(context.root, file);
  if (found.state === "missing")
    throw unknownComplaint(id, command, { fromForm });
  if (found.state === "symlink")
    throw new RunError(`${found.at} is een symbolische koppeling; klacht wijzigt daar niets. Zie klacht valideer.`);
  if (found.state === "not-a-file")
    throw new RunError(`${file} is geen gewoon bestand (maar bijvoorbeeld een map); klacht wijzigt daar niets. Zie klacht valideer.`);
  const bytes = readBounded((0, import_node_path.join)(context.root, file));
  const validation = validationContext(loadConfig(context.root).config, context.today);
  const checked = checkComplaintBytes(file, bytes, validation);
  if (!checked.complaint)
    throw new RunError(`${file}: ${whyNotRead(checked.findings)}`);
  const text = bytes.toString("utf8");
  const lasting = checked.findings.filter((f) => f.severity === "error" && LASTING.has(f.rule));
  if (lasting.length === 0)
    openEditor(file, text);
  if (checked.complaint.anonymised !== void 0) {
    throw new UsageError(`Klacht ${id} is geanonimiseerd (de bewaartermijn is voorbij): er kan niets meer aan worden toegevoegd.`, command);
  }
  return { id, file, complaint: checked.complaint, config: validation.config, validation, text, read: bytes, findings: checked.findings, lasting };
}
function openEditor(file, text) {
  try {
    return editFrontmatter(text, complaintKeyOrder);
  } catch (error) {
    if (error instanceof EditError)
      throw new RunError(`${file}: ${error.message}`);
    throw error;
  }
}
async function askId(context, command) {
  if (!context.io.stdinIsTty || context.json)
    throw new UsageError(`Noem de klacht: klacht ${command} KL-<jaar>-<nummer> [opties].`, command);
  const { input } = await import("./esm-K2JZPRQY.mjs");
  const answer = await input({ message: "Klachtnummer (KL-<jaar>-<nummer>):", validate: (v) => isComplaintId(v.trim()) || "Gebruik de vorm KL-2026-007." }, { input: context.io.input, output: context.io.output, clearPromptOnDone: false });
  return answer.trim();
}
function finishStep(context, target, plan) {
  const dryRun = context.values["dry-run"] === true;
  if (target.lasting.length > 0)
    return refuseAsItIs(context, target);
  const editor = openEditor(target.file, target.text);
  const before = editor.data;
  try {
    plan.edit(editor);
  } catch (error) {
    if (error instanceof EditError)
      throw new RunError(`${target.file}: ${error.message}`);
    throw error;
  }
  const changes = fieldChanges(before, editor.data);
  const bytes = Buffer.from(editor.text, "utf8");
  const checked = checkComplaintBytes(target.file, bytes, target.validation);
  const errors = checked.findings.filter((f) => f.severity === "error");
  const warnings = checked.findings.filter((f) => f.severity === "warning");
  const report = { id: target.id, file: target.file, changed: changes.map((c) => c.path) };
  const words = context.values.formulier === true && !context.json ? formWords(plan.formFields?.() ?? /* @__PURE__ */ new Map()) : void 0;
  const said = (findings) => words ? findings.map(words.finding) : findings;
  if (errors.length > 0) {
    if (context.json) {
      printJson(context, { ...report, written: false, findings: checked.findings });
      return 1;
    }
    refuse(context, target, `het resultaat zou ${errors.length === 1 ? "een fout" : `${errors.length} fouten`} hebben`, said(errors));
    return 1;
  }
  const write = !dryRun && changes.length > 0;
  if (write)
    replaceComplaintFile(context.root, target.file, target.read, bytes, (message) => context.io.stderr(`${message}
`));
  else if (!dryRun)
    removeLeftoverLock(context.root);
  if (context.json) {
    printJson(context, { ...report, written: write, ...dryRun ? { dry_run: true } : {}, findings: checked.findings });
    return 0;
  }
  printReport(context, target, changes, { dryRun, write }, words);
  if (warnings.length > 0)
    printFindings(said(warnings), context);
  if (write && checked.complaint) {
    const next = context.values.formulier === true ? [] : plan.next(checked.complaint);
    for (const line of [...next, ...nextDeadline(context, target, checked.complaint)])
      context.io.stdout(`${line}
`);
  }
  return 0;
}
function refuseAsItIs(context, target) {
  if (context.json) {
    printJson(context, { id: target.id, file: target.file, changed: [], written: false, findings: target.findings });
    return 1;
  }
  const what = target.lasting.length === 1 ? "een onbekend veld, en dat haalt" : "onbekende velden, en die haalt";
  refuse(context, target, `het resultaat zou fouten hebben, want het bestand heeft ${what} geen stap weg`, target.findings.filter((f) => f.severity === "error"));
  return 1;
}
function refuse(context, target, why, errors) {
  const fromForm = context.values.formulier === true;
  const reason = `Klacht ${target.id} is niet gewijzigd: ${why}. Er is niets geschreven.`;
  context.io.stdout(`${reason}
`);
  printFindings(errors, context);
  const earlier = !target.findings.some((f) => f.severity === "error") ? [] : [fromForm ? "Het bestand van de klacht had al fouten vóór dit formulier; vraag de directie die eerst te laten herstellen." : `Het bestand had al fouten vóór deze stap. Herstel die eerst (klacht valideer --register ... ${target.file}).`];
  for (const line of earlier)
    context.io.stdout(`${line}
`);
  summariseRefusedForm(context.io, fromForm, [reason, ...errors.map((f) => `  ${f.message}`), ...earlier].join("\n"));
}
function printReport(context, target, changes, how, words) {
  if (changes.length === 0) {
    context.io.stdout(`Klacht ${target.id}: er verandert niets; het bestand is niet aangeraakt.
`);
    return;
  }
  context.io.stdout(how.dryRun ? `Klacht ${target.id} (${target.file}) zou zo veranderen (--dry-run: er is niets geschreven):
` : `Klacht ${target.id} bijgewerkt (${target.file}):
`);
  for (const change of changes)
    context.io.stdout(`  ${words ? words.change(change) : describeChange(change)}
`);
}
function nextDeadline(context, target, complaint) {
  const { procedure, calendar, config } = target.validation;
  const open = complaintDeadlines(complaint, { procedure, calendar, today: context.today, warningDays: config.warningDays, retentionMonths: config.retentionMonths }).filter((d) => isOpen(d.state)).sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  const first = open[0];
  if (!first)
    return [];
  return [`Eerstvolgende termijn: ${deadlineKindName(first)}, uiterlijk ${formatDateDutch(first.due)}${first.state === "overdue" ? " (verlopen)" : ""}.`];
}

// dist/cli/steps/command.js
function fieldOptions(field) {
  const help = fieldHelp(field);
  switch (field.kind) {
    case "yes-no":
      return {
        [field.name]: { type: "boolean", description: `${field.yes ?? `${field.label}: ja`}.${field.need === "no" ? "" : ` Deze of --${negativeOf(field)} is verplicht${field.need === "missing" ? " als het nog niet bij de klacht staat" : ""}.`}` },
        [negativeOf(field)]: { type: "boolean", description: `${field.no ?? `${field.label}: nee`}.` }
      };
    case "texts":
      return { [field.name]: { type: "string", multiple: true, valueName: field.valueName ?? "tekst", description: help } };
    default:
      return { [field.name]: { type: "string", valueName: field.kind === "date" ? "datum" : field.valueName ?? "tekst", description: help } };
  }
}
function negativeOf(field) {
  return field.negative ?? `niet-${field.name}`;
}
function needText(field) {
  switch (field.need) {
    case "always":
      return " Verplicht.";
    case "missing":
      return " Verplicht als het nog niet bij de klacht staat.";
    case "no":
      return "";
  }
}
function fieldHelp(field) {
  const choices = field.choices === void 0 ? "" : CHOICE_HELP[field.choices];
  return [
    `${field.label}${choices ? ` (${choices})` : ""}.`,
    needText(field).trim(),
    field.kind === "date" ? `Bijvoorbeeld 2026-12-03, 3-12-2026 of "3 december 2026"${field.today ? `; leeg: ${field.emptyMeans ?? "vandaag"}` : ""}.` : "",
    field.inLetter ? `Staat letterlijk in de brief aan de indiener (${field.inLetter}).` : ""
  ].filter((part) => part !== "").join(" ");
}
var CHOICE_HELP = {
  rollen: "opdrachtgever, medewerker, coachee of klant",
  wijzen: "mondeling, telefonisch, e-mail, brief of anders",
  richtingen: "in of uit",
  soorten: "ontvangstbevestiging, reactie, verlenging, oplossing of overig",
  oordelen: "gegrond, deels gegrond, ongegrond of ingetrokken",
  "maatregel-statussen": "gepland of uitgevoerd",
  categorieen: "een van de categorieën in klachtenregister.yml",
  mensen: "een van de directie of de medewerkers in klachtenregister.yml",
  directie: "een van de directie in klachtenregister.yml",
  maatregelen: "het nummer in de lijst van het dossier"
};
function stepSpec(step, extra = {}) {
  const needed = step.fields.filter((f) => f.need !== "no");
  const inLetter = step.fields.filter((f) => f.inLetter);
  const edits = "plan" in step;
  return {
    name: step.command,
    summary: step.summary,
    ...edits ? { positionals: "<klachtnummer>", maxPositionals: 1 } : { maxPositionals: 0 },
    ...extra.startsRegister ? { startsRegister: true } : {},
    description: [
      ...step.description,
      ...extra.description ?? [],
      ...needed.length > 0 ? [`Verplicht (als het nog niet bij de klacht staat): ${needed.map((f) => f.kind === "yes-no" ? `--${f.name} of --${negativeOf(f)}` : `--${f.name}`).join(", ")}. In een terminal vraagt klacht wat ontbreekt.`] : [],
      ...inLetter.length > 0 ? [`Deze velden gaan letterlijk naar de indiener, in de brief: ${inLetter.map((f) => `--${f.name}`).join(", ")}.`] : [],
      "Het resultaat wordt gecontroleerd zoals klacht valideer doet; met fouten wordt niets geschreven."
    ].join("\n"),
    options: { ...Object.assign({}, ...step.fields.map(fieldOptions)), ...DRY_RUN_OPTION },
    examples: step.examples
  };
}
function stepCommand(step) {
  return { spec: stepSpec(step), run: (context) => runStep(context, step) };
}
async function runStep(context, step) {
  const target = await openStep(context, step.command);
  const refusal = step.refuse(target.complaint, target.config);
  if (refusal)
    throw new UsageError(refusalText(context, `Klacht ${target.id}: ${refusal.message}`, refusal), step.command);
  const answers = await collectAnswers(context, step, target.config, target.complaint);
  const input = { id: target.id, complaint: target.complaint, answers, today: context.today, config: target.config };
  const plan = step.plan(input);
  if ("refused" in plan)
    throw new UsageError(refusalText(context, `Klacht ${target.id}: ${plan.refused.message}`, plan.refused), step.command);
  return finishStep(context, target, {
    command: step.command,
    edit: (editor) => applyEdits(editor, plan.edits),
    next: () => afterWriting(context, plan.next),
    formFields: () => formFieldsByPath(step.fields, answers, stepResult(step, input, target.text))
  });
}
function refusalText(context, message, refusal) {
  const next = nextLines(context, refusal.next ?? []);
  return next.length === 0 ? message : `${message}
${next.map((line) => `  ${line}`).join("\n")}`;
}
function nextLines(context, next) {
  const fromForm = context.values.formulier === true;
  return next.map((step) => {
    if (fromForm)
      return step.form ? `${step.text} Gebruik het formulier "${step.form}".` : step.text;
    return step.command ? `${step.text.replace(/\.$/, "")}: ${step.command}` : step.text;
  });
}
function followingLines(context, next) {
  return nextLines(context, next).map((line, i) => {
    const text = next[i]?.startsWithName === true ? line : `${line.charAt(0).toLowerCase()}${line.slice(1)}`;
    return `${i === 0 ? "Volgende stap" : "Daarna"}: ${text}`;
  });
}
function afterWriting(context, next) {
  if (context.values.formulier === true)
    return nextLines(context, next);
  return followingLines(context, [...next, { text: "Open een pull request met deze wijziging; een directielid keurt hem goed." }]);
}
function fieldName(context, field) {
  return context.values.formulier === true ? `het veld '${field.name}' van het formulier` : `--${field.name}`;
}
async function collectAnswers(context, step, config, complaint) {
  const interactive = context.io.stdinIsTty && !context.json;
  const prompts = interactive ? await import("./esm-K2JZPRQY.mjs") : void 0;
  const answers = {};
  const missing = [];
  for (const field of step.fields) {
    const given = givenValue(context, step, field, config, complaint);
    const has = complaint !== void 0 && field.has?.(complaint) === true;
    const needed = field.need === "always" || field.need === "missing" && !has;
    let value = given;
    if (value === void 0 && prompts && (needed || !has))
      value = await ask(context, prompts, step.command, field, needed, config, complaint);
    if (value === void 0 && needed && field.choices === "directie" && config.management.length === 1 && context.values.formulier !== true)
      value = config.management[0]?.naam;
    if (value !== void 0)
      answers[field.name] = value;
    else if (needed)
      missing.push(field);
  }
  if (missing.length > 0)
    throw new UsageError(missingText(context, step, missing), step.command);
  return answers;
}
function missingText(context, step, missing) {
  if (context.values.formulier === true) {
    return `Er ontbreken gegevens in het formulier: ${missing.map((f) => `'${f.name}' (${f.label})`).join(", ")}. Start het formulier "${step.form.name}" opnieuw en vul ze in.`;
  }
  const options = missing.map((f) => f.kind === "yes-no" ? `--${f.name} of --${negativeOf(f)}` : `--${f.name}`);
  return `Er ontbreken gegevens: ${options.join(", ")}. Geef ze als optie, of start klacht ${step.command} in een terminal om ernaar gevraagd te worden.`;
}
function givenValue(context, step, field, config, complaint) {
  const raw = context.values[field.name];
  switch (field.kind) {
    case "yes-no": {
      const no = context.values[negativeOf(field)] === true;
      if (raw === true && no)
        throw new UsageError(`Kies --${field.name} of --${negativeOf(field)}, niet allebei.`, step.command);
      return raw === true ? true : no ? false : void 0;
    }
    case "texts": {
      const list = (Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : []).map(cleanText).filter((v) => v !== "");
      return list.length > 0 ? list : void 0;
    }
    default: {
      const text = typeof raw === "string" ? cleanText(raw) : "";
      if (text === "")
        return void 0;
      return readTyped(context, step, field, text, config, complaint);
    }
  }
}
function cleanText(value) {
  return value.replace(/\r\n?/g, "\n").trim();
}
function readTyped(context, step, field, text, config, complaint) {
  switch (field.kind) {
    case "date": {
      const date = parseUserDate(text);
      if (date === void 0)
        throw new UsageError(`${capital2(fieldName(context, field))} is geen bestaande datum. Schrijf bijvoorbeeld ${DATE_FORMS}.`, step.command);
      return date;
    }
    case "choice": {
      if (field.choices === "maatregelen")
        return text;
      const options = choicesOf(field, config, complaint);
      if (options.length === 0)
        return text;
      const chosen = matchChoice(text, options.map((o) => o.value));
      if (chosen === void 0)
        throw new UsageError(`${capital2(fieldName(context, field))} is een van deze: ${options.map((o) => o.value).join(", ")}.`, step.command);
      return chosen;
    }
    case "file":
      return registerFile(context, step.command, field, text);
    default:
      return text;
  }
}
function capital2(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function registerFile(context, command, field, path) {
  const state = attachmentState(context.root, path);
  if (state === "not-a-path") {
    throw new UsageError(`${capital2(fieldName(context, field))} is het pad van een bestand in het register, met / en vanaf de map van het register, bijvoorbeeld bijlagen/KL-2026-007/formulier.pdf (geen .., geen stationsletter, niet beginnend met /).`, command);
  }
  if (state !== "file") {
    throw new UsageError(`Het bestand bij ${fieldName(context, field)} staat niet in het register. Zet het eerst in de repository (in bijlagen/<klachtnummer>/) en geef dan zijn pad.`, command);
  }
  return path;
}
async function ask(context, prompts, command, field, needed, config, complaint) {
  const promptContext = { input: context.io.input, output: context.io.output, clearPromptOnDone: false };
  switch (field.kind) {
    case "yes-no":
      return chooseYesNo(prompts, field.question, needed, promptContext);
    case "choice": {
      const options = choicesOf(field, config, complaint);
      if (options.length === 0)
        return askText(prompts, field, needed, promptContext);
      const start = startingOption(context, field, config);
      const message = start.note ? `${field.question} (${start.note})` : field.question;
      return chooseOne(prompts, { message, options, needed, ...start.value ? { preferred: start.value } : {} }, promptContext);
    }
    case "date": {
      const fallback = field.today ? context.today : void 0;
      const answer = await prompts.input({
        message: `${field.question}${fallback ? ` (Enter: vandaag, ${formatDateDutch(fallback)})` : needed ? "" : " (Enter: overslaan)"}`,
        validate: (v) => v.trim() === "" ? fallback !== void 0 || !needed || "Dit veld is verplicht." : parseUserDate(v) !== void 0 || `Geen bestaande datum. Schrijf bijvoorbeeld ${DATE_FORMS}.`
      }, promptContext);
      const date = answer.trim() === "" ? fallback : parseUserDate(answer);
      if (date !== void 0 && answer.trim() !== "")
        context.io.stdout(`  (${formatDateDutch(date)})
`);
      return date;
    }
    case "texts": {
      const list = [];
      for (; ; ) {
        const answer = (await prompts.input({ message: field.question }, promptContext)).trim();
        if (answer === "")
          break;
        list.push(answer);
      }
      return list.length > 0 ? list : void 0;
    }
    case "file": {
      const answer = await askText(prompts, field, needed, promptContext);
      return typeof answer === "string" ? registerFile(context, command, field, answer) : void 0;
    }
    default:
      return askText(prompts, field, needed, promptContext);
  }
}
async function askText(prompts, field, needed, promptContext) {
  const answer = (await prompts.input({ message: field.question, validate: (v) => !needed || v.trim() !== "" || "Dit veld is verplicht." }, promptContext)).trim();
  return answer === "" ? void 0 : answer;
}
function startingOption(context, field, config) {
  if (field.choices === "directie")
    return signerDefault(context, config);
  const me = field.startsOnCurrentPerson ? currentPerson(context, config) : void 0;
  return me === void 0 ? {} : { value: me };
}
function signerDefault(context, config) {
  const me = currentPerson(context, config);
  const others = config.management.filter((p) => p.naam !== me);
  if (others.length > 0)
    return { value: others[0]?.naam };
  if (me !== void 0)
    return { value: me, note: "u bent het enige directielid: laat een medewerker de pull request maken, dan keurt u hem goed" };
  return {};
}

export {
  formWords,
  formFieldsByPath,
  dataOfText,
  stepSpec,
  stepCommand,
  nextLines,
  followingLines,
  collectAnswers
};
