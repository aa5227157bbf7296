// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  DOCUMENT_KINDS
} from "./chunk-AOGQUPU7.mjs";
import {
  COMPLAINANT_ROLES,
  CORRESPONDENCE_KINDS,
  DIRECTIONS,
  INTAKE_CHANNELS,
  JUDGEMENTS,
  MEASURE_STATUSES
} from "./chunk-YQJVERJ6.mjs";

// dist/core/tool-action.js
var PINNED_ACTIONS = {
  checkout: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1",
  uploadArtifact: "actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0"
};
var FULL_SHA = /^[0-9a-f]{40}$/;
function actionUses(action) {
  return `${action.repository}@${action.commit}${action.version ? ` # ${action.version}` : ""}`;
}

// dist/core/forms.js
var NOT_CHOSEN = "(leeg)";
var ALL_DOCUMENTS = "(alle)";
var ID_FIELD = { input: "klachtnummer", description: "Klachtnummer, bijvoorbeeld KL-2026-007", required: true };
var CONTACT_FIELDS = [
  { input: "adres", description: "Straat en huisnummer van de indiener", required: false },
  { input: "postcode", description: "Postcode van de indiener", required: false },
  { input: "woonplaats", description: "Woonplaats van de indiener", required: false },
  { input: "email", description: "E-mailadres van de indiener", required: false },
  { input: "telefoon", description: "Telefoonnummer van de indiener", required: false }
];
var FORMS = [
  {
    file: "formulier-vastleggen.yml",
    name: "Klacht vastleggen",
    command: "nieuw",
    step: "Ontvangst",
    fields: [
      { input: "ontvangen", description: "Dag waarop de klacht binnenkwam, JJJJ-MM-DD (leeg: vandaag)", required: false },
      { input: "door", description: "Wie de klacht aannam", required: true, choices: "mensen" },
      { input: "wijze", description: "Hoe de klacht binnenkwam", required: true, choices: "wijzen" },
      { input: "ingediend", description: "Indiendatum, JJJJ-MM-DD (leeg: de ontvangstdatum)", required: false },
      { input: "naam", description: "Naam van de indiener", required: true },
      ...CONTACT_FIELDS,
      { input: "rol", description: "Rol van de indiener", required: false, choices: "rollen" },
      { input: "klachtverantwoordelijke", description: "Wie verantwoordelijk is voor de klacht", required: false, choices: "mensen" },
      { input: "categorie", description: "Categorie", required: false, choices: "categorieen" },
      { input: "complex", description: "Een complexe klacht (reactie binnen een maand)?", required: false, choices: "ja-nee" },
      { input: "omschrijving", description: "De klacht in een paar zinnen", required: true }
    ]
  },
  {
    file: "formulier-registreren.yml",
    name: "Klacht registreren",
    command: "registreer",
    step: "Registratie",
    fields: [
      ID_FIELD,
      { input: "naam", description: "Naam van de indiener (leeg: zoals vastgelegd)", required: false },
      ...CONTACT_FIELDS,
      { input: "rol", description: "Rol van de indiener", required: false, choices: "rollen" },
      { input: "complex", description: "Een complexe klacht (reactie binnen een maand)?", required: true, choices: "ja-nee" },
      { input: "klachtverantwoordelijke", description: "Wie verantwoordelijk is voor de klacht", required: false, choices: "mensen" },
      { input: "categorie", description: "Categorie", required: false, choices: "categorieen" },
      { input: "geregistreerd", description: "Dag van registratie, JJJJ-MM-DD (leeg: vandaag)", required: false },
      { input: "directie", description: "Het directielid dat tekent door de pull request goed te keuren", required: true, choices: "directie" },
      { input: "directie-datum", description: "Datum van die ondertekening, JJJJ-MM-DD (leeg: vandaag)", required: false }
    ]
  },
  {
    file: "formulier-tekenen.yml",
    name: "Handtekening indiener vastleggen",
    command: "teken",
    step: "Handtekening indiener",
    fields: [
      ID_FIELD,
      { input: "wijze", description: "Hoe de indiener tekende, bijv. handtekening op klachtenformulier", required: true },
      { input: "datum", description: "Datum van ondertekening, JJJJ-MM-DD (leeg: vandaag)", required: false },
      { input: "bijlage", description: "Pad van de scan in de repository (niet verplicht)", required: false }
    ]
  },
  {
    file: "formulier-brief.yml",
    name: "Brief vastleggen",
    command: "brief",
    step: "Brief",
    fields: [
      ID_FIELD,
      { input: "richting", description: "in: van de indiener; uit: naar de indiener", required: true, choices: "richtingen" },
      { input: "soort", description: "Soort brief of bericht", required: true, choices: "soorten" },
      { input: "datum", description: "Datum van verzending of ontvangst, JJJJ-MM-DD (leeg: vandaag)", required: false },
      { input: "onderwerp", description: "Korte aanduiding van de inhoud (niet verplicht)", required: false },
      { input: "kanaal", description: "Bijvoorbeeld e-mail, brief of telefoon (niet verplicht)", required: false },
      { input: "bijlage", description: "Pad van de brief in de repository (niet verplicht)", required: false }
    ]
  },
  {
    file: "formulier-actie.yml",
    name: "Actie vastleggen",
    command: "actie",
    step: "Actie",
    fields: [
      ID_FIELD,
      { input: "actie", description: "Wat er is of wordt gedaan", required: true },
      { input: "datum", description: "Wanneer, JJJJ-MM-DD (leeg: vandaag)", required: false }
    ]
  },
  {
    file: "formulier-verlengen.yml",
    name: "Termijn verlengen",
    command: "verleng",
    step: "Verlenging",
    fields: [
      ID_FIELD,
      { input: "reden", description: "Waarom de termijn niet haalbaar is", required: true },
      { input: "nieuwe-termijn", description: "De toegezegde nieuwe datum, JJJJ-MM-DD", required: true },
      { input: "gemeld", description: "Dag waarop de indiener is ingelicht, JJJJ-MM-DD (leeg: vandaag)", required: false }
    ]
  },
  {
    file: "formulier-afhandelen.yml",
    name: "Klacht afhandelen",
    command: "handel-af",
    step: "Afhandeling",
    fields: [
      ID_FIELD,
      { input: "behandelaar", description: "Wie de klacht heeft behandeld", required: true, choices: "mensen" },
      { input: "oorzaak", description: "De vastgestelde oorzaak", required: true },
      { input: "oplossing", description: "De oplossing die is voorgesteld en schriftelijk bevestigd", required: true },
      { input: "standpunt-indiener", description: "Het standpunt van de indiener", required: true },
      { input: "standpunt-directie", description: "Het standpunt van de directie", required: true },
      { input: "overeenstemming", description: "Is er overeenstemming met de indiener?", required: true, choices: "ja-nee" },
      { input: "oordeel", description: "Oordeel (niet verplicht)", required: false, choices: "oordelen" },
      { input: "datum", description: "Afhandeldatum, JJJJ-MM-DD (leeg: vandaag)", required: false },
      { input: "maatregel-1", description: "Een structurele maatregel (niet verplicht)", required: false },
      { input: "maatregel-2", description: "Nog een structurele maatregel", required: false },
      { input: "maatregel-3", description: "Nog een structurele maatregel", required: false },
      { input: "eenmalige-maatregel-1", description: "Een eenmalige maatregel (niet verplicht)", required: false },
      { input: "eenmalige-maatregel-2", description: "Nog een eenmalige maatregel", required: false }
    ]
  },
  {
    file: "formulier-maatregel.yml",
    name: "Maatregel bijwerken",
    command: "maatregel",
    step: "Maatregel",
    fields: [
      ID_FIELD,
      { input: "nummer", description: "Het nummer van de maatregel in het dossier (1, 2, ...)", required: true },
      { input: "status", description: "De nieuwe status", required: true, choices: "maatregel-statussen" }
    ]
  },
  {
    file: "formulier-documenten.yml",
    name: "Documenten maken",
    command: "pdf",
    fields: [
      ID_FIELD,
      { input: "soort", description: "Welk document (alle: wat bij de klacht past)", required: true, choices: "documenten" }
    ]
  }
];
function choicesOf(source, config) {
  const people = (list) => list.map((p) => p.naam);
  switch (source) {
    case "rollen":
      return COMPLAINANT_ROLES;
    case "wijzen":
      return INTAKE_CHANNELS;
    case "richtingen":
      return DIRECTIONS;
    case "soorten":
      return CORRESPONDENCE_KINDS;
    case "oordelen":
      return JUDGEMENTS;
    case "maatregel-statussen":
      return MEASURE_STATUSES;
    case "documenten":
      return [ALL_DOCUMENTS, ...DOCUMENT_KINDS];
    case "ja-nee":
      return ["ja", "nee"];
    case "categorieen":
      return config.categories;
    case "mensen":
      return [.../* @__PURE__ */ new Set([...people(config.management), ...people(config.staff)])];
    case "directie":
      return people(config.management);
  }
}
function quoted(text) {
  return JSON.stringify(text);
}
function inputLines(form, config) {
  return form.fields.flatMap((field) => {
    const options = field.choices ? choicesOf(field.choices, config) : [];
    const shown = field.choices && !field.required && field.choices !== "documenten" ? [NOT_CHOSEN, ...options] : options;
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
  FORMS,
  pinsIn,
  formWorkflow,
  formFiles
};
