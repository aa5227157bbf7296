// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  missingMessage
} from "./chunk-ZKSPR66Z.mjs";
import {
  withWriteLock
} from "./chunk-HDC73SBB.mjs";
import {
  removeStaleTempFiles
} from "./chunk-GZWPDPIX.mjs";
import "./chunk-UCIYNJQ2.mjs";
import {
  nextFreeId
} from "./chunk-RFMXAKOI.mjs";
import {
  defaultConfigText
} from "./chunk-E7DGMZZX.mjs";
import {
  idsOnAllBranches
} from "./chunk-PNUDZMXE.mjs";
import "./chunk-L5XY5QRS.mjs";
import "./chunk-34QS7U6X.mjs";
import "./chunk-MY2NQNHA.mjs";
import "./chunk-WNRHMRKS.mjs";
import {
  openRepository
} from "./chunk-K743PGJF.mjs";
import {
  formatFinding
} from "./chunk-2AZXP2AZ.mjs";
import "./chunk-TV6ZCS52.mjs";
import {
  createFileAtomic
} from "./chunk-XDJRSPS7.mjs";
import "./chunk-4GZ3DPCE.mjs";
import "./chunk-UVHECV36.mjs";
import {
  checkComplaintBytes,
  hasErrors,
  loadConfig,
  validationContext,
  yamlLib
} from "./chunk-OX5MZXHJ.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-FWLPVIYY.mjs";
import {
  COMPLAINANT_ROLES,
  INTAKE_CHANNELS,
  STATUSES,
  UsageError,
  idYear,
  printJson
} from "./chunk-L7HUYIAK.mjs";
import "./chunk-JWCINCMC.mjs";
import {
  formatDateDutch,
  parseCalendarDate
} from "./chunk-WXEEPH3B.mjs";
import {
  COMPLAINTS_DIR,
  CONFIG_FILE
} from "./chunk-K6EFWMGU.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import "./chunk-XWRBJRII.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/register/new-complaint.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var COMMENTS = {
  status: ` ${STATUSES.join(" | ")}`,
  "ontvangen.wijze": ` ${INTAKE_CHANNELS.join(" | ")}`,
  "indiener.rol": ` ${COMPLAINANT_ROLES.join(" | ")}`,
  complex: " true: reactie binnen een maand; false: reactie per omgaande"
};
function renderNewComplaint(complaint) {
  const c = complaint.complainant;
  const data = {
    id: complaint.id,
    status: "ontvangen",
    ...complaint.complex === void 0 ? {} : { complex: complaint.complex },
    ontvangen: { datum: complaint.receivedOn, door: complaint.receivedBy, wijze: complaint.channel },
    ingediend: complaint.submitted,
    indiener: Object.fromEntries(Object.entries({
      naam: c.name,
      adres: c.address,
      postcode: c.postcode,
      woonplaats: c.city,
      email: c.email,
      telefoon: c.phone,
      rol: c.role
    }).filter(([, value]) => value !== void 0)),
    ...complaint.responsible ? { klachtverantwoordelijke: complaint.responsible } : {},
    ...complaint.category ? { categorie: complaint.category } : {}
  };
  const { Document, isScalar } = yamlLib();
  const doc = new Document(data);
  for (const [path, comment] of Object.entries(COMMENTS)) {
    const node = doc.getIn(path.split("."), true);
    if (isScalar(node))
      node.comment = comment;
  }
  const body = complaint.description.trim();
  return `---
${doc.toString({ lineWidth: 0 })}---
${body}
`;
}
function idsInWorkingTree(root, year) {
  try {
    return (0, import_node_fs.readdirSync)((0, import_node_path.join)(root, "complaints", String(year))).filter((n) => n.endsWith(".md")).map((n) => n.slice(0, -3));
  } catch {
    return [];
  }
}
function writeNewComplaint(root, relativePath, text) {
  const path = (0, import_node_path.join)(root, relativePath);
  removeStaleTempFiles((0, import_node_path.dirname)(path));
  createFileAtomic(path, text, () => relativePath);
}
function startDefaultConfig(root) {
  if ((0, import_node_fs.existsSync)((0, import_node_path.join)(root, CONFIG_FILE)) || (0, import_node_fs.existsSync)((0, import_node_path.join)(root, COMPLAINTS_DIR)))
    return false;
  try {
    createFileAtomic((0, import_node_path.join)(root, CONFIG_FILE), defaultConfigText(), () => CONFIG_FILE);
    return true;
  } catch (error) {
    if (error.code === "EEXIST")
      return false;
    throw error;
  }
}

// dist/cli/commands/nieuw.js
var nieuw = {
  spec: {
    name: "nieuw",
    startsRegister: true,
    summary: "maakt een nieuw klachtbestand met het eerstvolgende vrije klachtnummer",
    description: [
      "Maakt complaints/<jaar>/KL-<jaar>-<nummer>.md aan met status 'ontvangen'. Het nummer is het",
      "eerstvolgende dat op geen enkele branch (lokaal of van de server) al bestaat.",
      "Geef de gegevens met opties; in een terminal vraagt klacht wat er nog ontbreekt.",
      "Verplicht: --door, --wijze, --naam en --omschrijving. De rest kan later, bij de registratie.",
      "In een lege map begint klacht nieuw een register, met een klachtenregister.yml met de standaardinstellingen.",
      "Twee keer klacht nieuw tegelijk in één register: de tweede wacht even en krijgt het volgende nummer."
    ].join("\n"),
    options: {
      ontvangen: { type: "string", valueName: "JJJJ-MM-DD", description: "Dag waarop de klacht binnenkwam (standaard: vandaag)." },
      door: { type: "string", valueName: "naam", description: "Wie de klacht aannam." },
      wijze: { type: "string", valueName: "wijze", description: `Hoe de klacht binnenkwam: ${INTAKE_CHANNELS.join(", ")}.` },
      ingediend: { type: "string", valueName: "JJJJ-MM-DD", description: "Indiendatum (standaard: de ontvangstdatum)." },
      naam: { type: "string", valueName: "naam", description: "Naam van de indiener." },
      adres: { type: "string", valueName: "adres", description: "Straat en huisnummer van de indiener." },
      postcode: { type: "string", valueName: "postcode", description: "Postcode van de indiener." },
      woonplaats: { type: "string", valueName: "plaats", description: "Woonplaats van de indiener." },
      email: { type: "string", valueName: "adres", description: "E-mailadres van de indiener." },
      telefoon: { type: "string", valueName: "nummer", description: "Telefoonnummer van de indiener." },
      rol: { type: "string", valueName: "rol", description: `Rol van de indiener: ${COMPLAINANT_ROLES.join(", ")}.` },
      klachtverantwoordelijke: { type: "string", valueName: "naam", description: "Wie verantwoordelijk is voor de klacht." },
      categorie: { type: "string", valueName: "categorie", description: "Categorie (zie klachtenregister.yml)." },
      complex: { type: "boolean", description: "Een complexe klacht (reactie binnen een maand)." },
      "niet-complex": { type: "boolean", description: "Een eenvoudige klacht (reactie per omgaande)." },
      omschrijving: { type: "string", valueName: "tekst", description: "De omschrijving van de klacht." }
    },
    examples: [
      "klacht nieuw",
      'klacht nieuw --door "Anna de Vries" --wijze mondeling --naam "J. Jansen" --omschrijving "De coach kwam twee keer niet opdagen."'
    ]
  },
  async run(context) {
    const answers = await collectAnswers(context);
    const year = Number(answers.submitted.slice(0, 4));
    const git = await openRepository(context.root);
    const onBranches = git ? await idsOnAllBranches(git, year) : /* @__PURE__ */ new Set();
    if (startDefaultConfig(context.root))
      context.io.stderr(`${CONFIG_FILE} aangemaakt met de standaardinstellingen (procedure liberi).
`);
    const { config } = loadConfig(context.root);
    const validation = validationContext(config, context.today);
    const { id, file } = withWriteLock(context.root, () => {
      const known = /* @__PURE__ */ new Set([...onBranches, ...idsInWorkingTree(context.root, year)]);
      for (; ; ) {
        const id2 = nextFreeId(year, known);
        const file2 = `complaints/${idYear(id2)}/${id2}.md`;
        const text = renderNewComplaint({ ...answers, id: id2 });
        const check = checkComplaintBytes(file2, Buffer.from(text, "utf8"), validation);
        if (hasErrors(check.findings)) {
          const lines = check.findings.filter((f) => f.severity === "error").map((f) => `  ${formatFinding(f, context)}`);
          throw new UsageError(`De nieuwe klacht zou niet geldig zijn:
${lines.join("\n")}`, "nieuw");
        }
        try {
          writeNewComplaint(context.root, file2, text);
          return { id: id2, file: file2 };
        } catch (error) {
          if (error.code !== "EEXIST")
            throw error;
          known.add(id2);
        }
      }
    }, (message) => context.io.stderr(`${message}
`));
    if (context.json) {
      printJson(context, { id, file });
    } else {
      context.io.stdout(`Klacht ${id} aangemaakt: ${file} (status ontvangen).
`);
      context.io.stdout(`Ontvangen op ${formatDateDutch(answers.receivedOn)}. Volgende stap: registreer de klacht binnen de registratietermijn
met klacht registreer ${id} (NAW-gegevens, rol, complex, klachtverantwoordelijke en het directielid dat tekent),
en open een pull request.
`);
    }
    return 0;
  }
};
function stringValue(context, name) {
  const value = context.values[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function dateOption(context, name) {
  const value = stringValue(context, name);
  if (value === void 0)
    return void 0;
  const date = parseCalendarDate(value);
  if (!date)
    throw new UsageError(`--${name} moet een bestaande datum zijn in de vorm JJJJ-MM-DD.`, "nieuw");
  return date;
}
function choiceOption(context, name, allowed) {
  const value = stringValue(context, name);
  if (value === void 0)
    return void 0;
  if (!allowed.includes(value))
    throw new UsageError(`--${name} moet een van deze zijn: ${allowed.join(", ")}.`, "nieuw");
  return value;
}
async function collectAnswers(context) {
  if (context.values.complex === true && context.values["niet-complex"] === true) {
    throw new UsageError("Kies --complex of --niet-complex, niet allebei.", "nieuw");
  }
  const interactive = context.io.stdinIsTty && !context.json;
  const { input, select } = interactive ? await import("./esm-K2JZPRQY.mjs") : { input: void 0, select: void 0 };
  const promptContext = { input: context.io.input, output: context.io.output, clearPromptOnDone: false };
  const ask = async (name2, message) => {
    const given = stringValue(context, name2);
    if (given !== void 0 || !input)
      return given;
    return (await input({ message, validate: (v) => v.trim() !== "" || "Dit veld is verplicht." }, promptContext)).trim();
  };
  const receivedOn = dateOption(context, "ontvangen") ?? context.today;
  const receivedBy = await ask("door", "Wie nam de klacht aan?");
  let channel = choiceOption(context, "wijze", INTAKE_CHANNELS);
  if (channel === void 0 && select) {
    channel = await select({ message: "Hoe kwam de klacht binnen?", choices: INTAKE_CHANNELS.map((value) => ({ value })) }, promptContext);
  }
  const name = await ask("naam", "Naam van de indiener:");
  const description = await ask("omschrijving", "Omschrijving van de klacht (één regel; later uit te breiden in het bestand):");
  const missing = [
    receivedBy === void 0 && "--door",
    channel === void 0 && "--wijze",
    name === void 0 && "--naam",
    description === void 0 && "--omschrijving"
  ].filter((x) => typeof x === "string");
  if (missing.length > 0 || receivedBy === void 0 || channel === void 0 || name === void 0 || description === void 0) {
    throw new UsageError(missingMessage(context.values.formulier === true, "nieuw", missing), "nieuw");
  }
  return {
    receivedOn,
    receivedBy,
    channel,
    submitted: dateOption(context, "ingediend") ?? receivedOn,
    complainant: {
      name,
      address: stringValue(context, "adres"),
      postcode: stringValue(context, "postcode"),
      city: stringValue(context, "woonplaats"),
      email: stringValue(context, "email"),
      phone: stringValue(context, "telefoon"),
      role: choiceOption(context, "rol", COMPLAINANT_ROLES)
    },
    responsible: stringValue(context, "klachtverantwoordelijke"),
    category: stringValue(context, "categorie"),
    complex: context.values.complex === true ? true : context.values["niet-complex"] === true ? false : void 0,
    description
  };
}
export {
  nieuw
};
