// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  sourceOptions
} from "./chunk-G45EPIXR.mjs";
import {
  CREATE_STEP,
  DOCUMENT_KINDS,
  STEPS
} from "./chunk-3ZZ24PPU.mjs";

// dist/core/github-policy/tool-action.js
var PINNED_ACTIONS = {
  checkout: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1",
  uploadArtifact: "actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0"
};
var FULL_SHA = /^[0-9a-f]{40}$/;
function actionUses(action) {
  return `${action.repository}@${action.commit}${action.version ? ` # ${action.version}` : ""}`;
}

// dist/core/github-policy/forms.js
var NOT_CHOSEN = "(leeg)";
var CHOOSE = "(kies)";
var ALL_DOCUMENTS = "(alle)";
var ID_FIELD = { input: "klachtnummer", description: "Klachtnummer, bijvoorbeeld KL-2026-007", required: true };
function formFields(field) {
  const required = field.need !== "no";
  const letter = field.inLetter ? ` (staat letterlijk in de brief aan de indiener: ${field.inLetter})` : "";
  const description = `${field.label}${field.kind === "date" ? `, bijvoorbeeld 3-12-2026${field.today ? ` (leeg: ${field.emptyMeans ?? "vandaag"})` : ""}` : ""}${letter}`;
  switch (field.kind) {
    case "texts":
      return Array.from({ length: field.formInputs ?? 1 }, (_, i) => ({ input: `${field.name}-${i + 1}`, description: i === 0 ? `${description} (niet verplicht)` : `Nog een: ${field.label.charAt(0).toLowerCase()}${field.label.slice(1)}${letter}`, required: false }));
    case "yes-no":
      return [{ input: field.name, description, required, choices: "ja-nee" }];
    case "choice":
      return [field.choices === void 0 || field.choices === "maatregelen" ? { input: field.name, description, required } : { input: field.name, description, required, choices: field.choices }];
    default:
      return [{ input: field.name, description: required ? description : `${description}${field.today ? "" : " (niet verplicht)"}`, required }];
  }
}
function stepForm(step, withId) {
  return { file: step.form.file, name: step.form.name, command: step.command, step: step.form.step, fields: [...withId ? [ID_FIELD] : [], ...step.fields.flatMap(formFields)] };
}
var FORMS = [
  stepForm(CREATE_STEP, false),
  ...STEPS.map((step) => stepForm(step, true)),
  {
    file: "formulier-documenten.yml",
    name: "Documenten maken",
    command: "pdf",
    fields: [ID_FIELD, { input: "soort", description: "Welk document (alle: wat bij de klacht past)", required: true, choices: "documenten" }]
  }
];
function choicesOf(source, config) {
  if (source === "ja-nee")
    return ["ja", "nee"];
  if (source === "documenten")
    return [ALL_DOCUMENTS, ...DOCUMENT_KINDS];
  return sourceOptions(source, config).map((o) => o.value);
}
function quoted(text) {
  return JSON.stringify(text);
}
function inputLines(form, config) {
  return form.fields.flatMap((field) => {
    const options = field.choices ? choicesOf(field.choices, config) : [];
    const shown = field.choices === "documenten" ? options : [field.required ? CHOOSE : NOT_CHOSEN, ...options];
    const choice = field.choices !== void 0 && options.length > 0;
    return [
      `      ${field.input}:`,
      `        description: ${quoted(field.description)}`,
      `        required: ${field.required}`,
      ...choice ? ["        type: choice", "        options:", ...shown.map((o) => `          - ${quoted(o)}`)] : ["        type: string"]
    ];
  });
}
function pinsIn(text) {
  const find = (name) => new RegExp(`uses: (actions/${name}@[0-9a-f]{40}(?: # \\S+)?)\\s*$`, "m").exec(text)?.[1];
  const checkout = find("checkout");
  const uploadArtifact = find("upload-artifact");
  return { ...checkout ? { checkout } : {}, ...uploadArtifact ? { uploadArtifact } : {} };
}
function formWorkflow(form, config, action, pins = {}) {
  const checkoutUses = pins.checkout ?? PINNED_ACTIONS.checkout;
  const uploadUses = pins.uploadArtifact ?? PINNED_ACTIONS.uploadArtifact;
  const uses = actionUses(action);
  const proposes = form.step !== void 0;
  const header = proposes ? [
    `# Formulier "${form.name}": ${form.step === "Ontvangst" ? "een nieuwe klacht" : "een stap van een klacht"}, zonder YAML te typen. Open het onder`,
    '# Actions → "' + form.name + '" → Run workflow. klacht neemt de ingevulde waarden uit de gebeurtenis (nooit uit',
    "# dit bestand of het log), past het klachtbestand aan, en zet de wijziging in een concept-pull request.",
    '# Zet die op "Ready for review"; een directielid keurt hem goed: dat is de handtekening.',
    "# Let op: wat in het formulier staat, bewaart GitHub bij de run tot de run wordt verwijderd."
  ] : [
    `# Formulier "${form.name}": de PDF's van één klacht, als artifact van deze run (één dag bewaard).`,
    "# Ze bevatten persoonsgegevens: download ze, verstuur de brief, en bewaar ze niet elders."
  ];
  return [
    ...header,
    "# Gemaakt door klacht formulieren uit klachtenregister.yml; wijzig het niet met de hand.",
    `name: ${quoted(form.name)}`,
    "",
    "on:",
    "  workflow_dispatch:",
    "    inputs:",
    ...inputLines(form, config),
    "",
    "permissions:",
    ...proposes ? ["  contents: write", "  pull-requests: write"] : ["  contents: read", "  pull-requests: read"],
    "",
    "jobs:",
    "  formulier:",
    `    name: ${quoted(form.name)}`,
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 10",
    "    steps:",
    `      - uses: ${checkoutUses}`,
    "        with:",
    "          fetch-depth: 0",
    "          persist-credentials: false",
    `      - name: ${quoted(proposes ? `${form.step} vastleggen` : "Documenten maken")}`,
    `        uses: ${uses}`,
    "        with:",
    `          opdracht: ${form.command}`,
    "          argumenten: |",
    "            --formulier",
    ...proposes ? [] : ["            --uit", "            documenten"],
    ...proposes ? [
      "      - name: Concept-pull request openen",
      `        uses: ${uses}`,
      "        with:",
      "          opdracht: voorstel",
      "          argumenten: |",
      "            --stap",
      `            ${form.step}`
    ] : [
      "      - name: Documenten bewaren (1 dag, bevatten persoonsgegevens)",
      `        uses: ${uploadUses}`,
      "        with:",
      "          name: documenten",
      "          path: documenten/",
      "          retention-days: 1",
      "          if-no-files-found: error"
    ],
    ""
  ].join("\n");
}
function formFiles(config, action) {
  return FORMS.map((form) => ({ path: `.github/workflows/${form.file}`, text: formWorkflow(form, config, action) }));
}

export {
  PINNED_ACTIONS,
  FULL_SHA,
  actionUses,
  NOT_CHOSEN,
  CHOOSE,
  ALL_DOCUMENTS,
  FORMS,
  pinsIn,
  formWorkflow,
  formFiles
};
