// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  calendarDate,
  daysInMonth,
  parseCalendarDate,
  todayInAmsterdam
} from "./chunk-WXEEPH3B.mjs";
import {
  COMPLAINTS_DIR,
  CONFIG_FILE
} from "./chunk-ICKV3ULV.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-XWRBJRII.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// dist/core/complaint/schema-vocabulary.js
var STATUSES = ["ontvangen", "in behandeling", "afgehandeld"];
var INTAKE_CHANNELS = ["mondeling", "telefonisch", "e-mail", "brief", "anders"];
var COMPLAINANT_ROLES = ["opdrachtgever", "medewerker", "coachee", "klant"];
var DIRECTIONS = ["in", "uit"];
var CORRESPONDENCE_KINDS = ["ontvangstbevestiging", "reactie", "verlenging", "oplossing", "overig"];
var JUDGEMENTS = ["gegrond", "deels gegrond", "ongegrond", "ingetrokken"];
var MEASURE_STATUSES = ["gepland", "uitgevoerd"];
var PROCEDURE_NAMES = ["liberi", "awb", "wkkgz"];
var COMPLAINT_ID_SOURCE = "^KL-[0-9]{4}-[0-9]{3,}$";
var COMPLAINT_ID_PATTERN = new RegExp(COMPLAINT_ID_SOURCE);
var COMPLAINT_ID_BODY = "KL-[0-9]{4}-[0-9]{3,}";
var PERSONAL_FIELDS = [
  "indiener.naam",
  "indiener.adres",
  "indiener.postcode",
  "indiener.woonplaats",
  "indiener.email",
  "indiener.telefoon",
  "correspondentie[].onderwerp",
  "correspondentie[].bijlage",
  "afhandeling.standpunt_indiener",
  "ondertekening.indiener.bijlage",
  "omschrijving"
];
var FIELD_TITLES = {
  "id": "Klachtnummer",
  "status": "Status",
  "complex": "Complexe klacht",
  "ontvangen": "Ontvangst",
  "ontvangen.datum": "Ontvangstdatum",
  "ontvangen.door": "Ontvangen door",
  "ontvangen.wijze": "Wijze van ontvangst",
  "ingediend": "Indiendatum",
  "geregistreerd": "Registratiedatum",
  "indiener": "Indiener (NAW)",
  "indiener.naam": "Naam",
  "indiener.adres": "Adres",
  "indiener.postcode": "Postcode",
  "indiener.woonplaats": "Woonplaats",
  "indiener.email": "E-mailadres",
  "indiener.telefoon": "Telefoonnummer",
  "indiener.rol": "Rol van de indiener",
  "klachtverantwoordelijke": "Klachtverantwoordelijke",
  "behandelaar": "Behandelaar",
  "categorie": "Categorie",
  "acties": "Acties",
  "acties[].datum": "Datum",
  "acties[].actie": "Actie",
  "correspondentie": "Correspondentie",
  "correspondentie[].datum": "Datum",
  "correspondentie[].richting": "Richting",
  "correspondentie[].soort": "Soort",
  "correspondentie[].onderwerp": "Onderwerp",
  "correspondentie[].kanaal": "Kanaal",
  "correspondentie[].bijlage": "Bijlage",
  "verlengingen": "Verlengingen",
  "verlengingen[].gemeld": "Gemeld op",
  "verlengingen[].reden": "Reden",
  "verlengingen[].nieuwe_termijn": "Nieuwe termijn",
  "afhandeling": "Afhandeling (klachtdossier)",
  "afhandeling.datum": "Afhandeldatum",
  "afhandeling.oorzaak": "Oorzaak",
  "afhandeling.oplossing": "Oplossing",
  "afhandeling.standpunt_indiener": "Standpunt indiener",
  "afhandeling.standpunt_directie": "Standpunt directie",
  "afhandeling.overeenstemming": "Overeenstemming",
  "afhandeling.oordeel": "Oordeel",
  "afhandeling.maatregelen": "Maatregelen",
  "afhandeling.maatregelen[].omschrijving": "Omschrijving",
  "afhandeling.maatregelen[].structureel": "Structureel",
  "afhandeling.maatregelen[].status": "Status",
  "ondertekening": "Ondertekening",
  "ondertekening.indiener": "Ondertekening indiener",
  "ondertekening.indiener.datum": "Datum",
  "ondertekening.indiener.wijze": "Wijze",
  "ondertekening.indiener.bijlage": "Bijlage",
  "ondertekening.directie": "Ondertekening directie",
  "ondertekening.directie.datum": "Datum",
  "ondertekening.directie.naam": "Naam",
  "geanonimiseerd": "Geanonimiseerd op"
};

// dist/core/complaint/complaint.js
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function text(value) {
  return typeof value === "string" && value.length > 0 ? value : void 0;
}
function bool(value) {
  return typeof value === "boolean" ? value : void 0;
}
function oneOf(value, allowed) {
  return typeof value === "string" && allowed.includes(value) ? value : void 0;
}
function list(value) {
  return Array.isArray(value) ? value.map((item) => record(item) ?? {}) : [];
}
function toComplaint(file, data, body) {
  const received = record(data.ontvangen) ?? {};
  const complainant = record(data.indiener) ?? {};
  const closure = record(data.afhandeling);
  const signatures = record(data.ondertekening) ?? {};
  const complainantSignature = record(signatures.indiener);
  const managementSignature = record(signatures.directie);
  return {
    file,
    id: text(data.id),
    status: oneOf(data.status, STATUSES),
    complex: bool(data.complex),
    received: {
      date: parseCalendarDate(received.datum),
      by: text(received.door),
      channel: oneOf(received.wijze, INTAKE_CHANNELS)
    },
    submitted: parseCalendarDate(data.ingediend),
    registered: parseCalendarDate(data.geregistreerd),
    complainant: {
      name: text(complainant.naam),
      address: text(complainant.adres),
      postcode: text(complainant.postcode),
      city: text(complainant.woonplaats),
      email: text(complainant.email),
      phone: text(complainant.telefoon),
      role: oneOf(complainant.rol, COMPLAINANT_ROLES)
    },
    responsible: text(data.klachtverantwoordelijke),
    handler: text(data.behandelaar),
    category: text(data.categorie),
    actions: list(data.acties).map((a) => ({ date: parseCalendarDate(a.datum), action: text(a.actie) })),
    correspondence: list(data.correspondentie).map((c) => ({
      date: parseCalendarDate(c.datum),
      direction: oneOf(c.richting, DIRECTIONS),
      kind: oneOf(c.soort, CORRESPONDENCE_KINDS),
      subject: text(c.onderwerp),
      channel: text(c.kanaal),
      attachment: text(c.bijlage)
    })),
    extensions: list(data.verlengingen).map((v) => ({
      notified: parseCalendarDate(v.gemeld),
      reason: text(v.reden),
      newDue: parseCalendarDate(v.nieuwe_termijn)
    })),
    closure: closure && {
      date: parseCalendarDate(closure.datum),
      cause: text(closure.oorzaak),
      solution: text(closure.oplossing),
      complainantPosition: text(closure.standpunt_indiener),
      managementPosition: text(closure.standpunt_directie),
      agreement: bool(closure.overeenstemming),
      judgement: oneOf(closure.oordeel, JUDGEMENTS),
      measures: list(closure.maatregelen).map((m) => ({
        description: text(m.omschrijving),
        structural: bool(m.structureel),
        status: oneOf(m.status, MEASURE_STATUSES)
      }))
    },
    signatures: {
      complainant: complainantSignature && {
        date: parseCalendarDate(complainantSignature.datum),
        manner: text(complainantSignature.wijze),
        attachment: text(complainantSignature.bijlage)
      },
      management: managementSignature && { date: parseCalendarDate(managementSignature.datum), name: text(managementSignature.naam) }
    },
    anonymised: parseCalendarDate(data.geanonimiseerd),
    description: body
  };
}
function firstOutgoing(complaint, kind) {
  let first;
  for (const letter of complaint.correspondence) {
    if (letter.direction === "uit" && letter.kind === kind && letter.date !== void 0 && (first === void 0 || letter.date < first.date))
      first = letter;
  }
  return first;
}
function isComplaintId(id) {
  return COMPLAINT_ID_PATTERN.test(id);
}
function idYear(id) {
  return isComplaintId(id) ? Number(id.split("-")[1]) : void 0;
}
function idNumber(id) {
  return isComplaintId(id) ? Number(id.split("-")[2]) : void 0;
}
function formatId(year, sequence) {
  return `KL-${year}-${String(sequence).padStart(3, "0")}`;
}

// dist/cli/errors.js
var UsageError = class extends Error {
  command;
  constructor(message, command) {
    super(message);
    this.command = command;
  }
};
function unknownComplaint(id, command, detail = "") {
  return isComplaintId(id) ? new UsageError(`Klacht ${id} staat niet in het register${detail}.`, command) : new UsageError("Dat is geen klachtnummer: gebruik de vorm KL-<jaar>-<nummer>, zoals KL-2026-007.", command);
}

// dist/core/text/user-input.js
var MONTHS = /* @__PURE__ */ new Map([
  ["januari", 1],
  ["jan", 1],
  ["februari", 2],
  ["feb", 2],
  ["maart", 3],
  ["mrt", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["mei", 5],
  ["juni", 6],
  ["jun", 6],
  ["juli", 7],
  ["jul", 7],
  ["augustus", 8],
  ["aug", 8],
  ["september", 9],
  ["sep", 9],
  ["sept", 9],
  ["oktober", 10],
  ["okt", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12]
]);
var DATE_FORMS = 'JJJJ-MM-DD, D-M-JJJJ of "3 december 2026"';
function existing(year, month, day) {
  if (year < 1e3 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return void 0;
  return calendarDate(year, month, day);
}
function parseUserDate(text2) {
  const typed = text2.trim();
  const iso = parseCalendarDate(typed);
  if (iso !== void 0)
    return iso;
  const numeric = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(typed);
  if (numeric)
    return existing(Number(numeric[4]), Number(numeric[3]), Number(numeric[1]));
  const written = /^(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})$/i.exec(typed);
  const month = written ? MONTHS.get((written[2] ?? "").toLowerCase()) : void 0;
  if (written && month !== void 0)
    return existing(Number(written[3]), month, Number(written[1]));
  return void 0;
}
function normaliseComplaintId(text2) {
  const match = /^kl-(\d{4})-(\d{1,9})$/i.exec(text2.trim());
  if (!match)
    return void 0;
  const sequence = String(Number(match[2]));
  if (sequence === "0")
    return void 0;
  return `KL-${match[1]}-${sequence.padStart(3, "0")}`;
}
function matchChoice(text2, choices) {
  const typed = text2.trim().replace(/\s+/g, " ");
  if (choices.includes(typed))
    return typed;
  const matches = choices.filter((choice) => choice.toLocaleLowerCase("nl") === typed.toLocaleLowerCase("nl"));
  return matches.length === 1 ? matches[0] : void 0;
}

// dist/register/folder.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function checkRegisterFolder(root, options = {}) {
  const stat = (0, import_node_fs.statSync)(root, { throwIfNoEntry: false });
  if (!stat)
    throw new RunError(`De map ${root} bestaat niet. Geef met --register de map van het klachtenregister op.`);
  if (!stat.isDirectory())
    throw new RunError(`${root} is een bestand, geen map. Geef met --register de map van het klachtenregister op.`);
  try {
    (0, import_node_fs.accessSync)(root, import_node_fs.constants.R_OK | import_node_fs.constants.X_OK);
  } catch {
    throw new RunError(`De map ${root} is niet te lezen: u hebt er geen toegang toe.`);
  }
  const hasConfig = (0, import_node_fs.existsSync)((0, import_node_path.join)(root, CONFIG_FILE));
  const hasComplaints = (0, import_node_fs.existsSync)((0, import_node_path.join)(root, COMPLAINTS_DIR));
  if (options.mayBeEmpty !== true && !hasConfig && !hasComplaints) {
    throw new RunError(`De map ${root} is geen klachtenregister: er staat geen ${CONFIG_FILE} en geen map ${COMPLAINTS_DIR}/ in. Geef met --register (in de GitHub Action: de invoer register) de map van het register op.`);
  }
  if (hasComplaints && !hasConfig && options.configMayLack !== true) {
    throw new RunError(`In ${root} staat een map ${COMPLAINTS_DIR}/ maar geen ${CONFIG_FILE}. Zonder dat bestand zouden stilzwijgend de standaardregels gelden (procedure liberi), ook voor de termijnen. Zet het bestand terug (bijvoorbeeld met git checkout -- ${CONFIG_FILE}), of maak een leeg ${CONFIG_FILE} als de standaardregels bedoeld zijn.`);
  }
}
function holdsRegister(folder) {
  return (0, import_node_fs.existsSync)((0, import_node_path.join)(folder, CONFIG_FILE)) || (0, import_node_fs.statSync)((0, import_node_path.join)(folder, COMPLAINTS_DIR), { throwIfNoEntry: false })?.isDirectory() === true;
}
function findRegisterUpward(start) {
  let folder = (0, import_node_path.resolve)(start);
  for (; ; ) {
    if (holdsRegister(folder))
      return folder;
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(folder, ".git")))
      return void 0;
    const parent = (0, import_node_path.dirname)(folder);
    if (parent === folder)
      return void 0;
    folder = parent;
  }
}
function checkNotInsideRegister(root) {
  const target = (0, import_node_path.resolve)(root);
  if (holdsRegister(target))
    return;
  const parent = (0, import_node_path.dirname)(target);
  const outer = parent === target ? void 0 : findRegisterUpward(parent);
  if (outer === void 0)
    return;
  const shown = (0, import_node_path.relative)(outer, target).split(import_node_path.sep).join("/");
  throw new RunError(`De map ${target} ligt in het klachtenregister ${outer} (als ${shown}/). Een nieuw register begint niet binnen een ander. Laat --register weg om in ${outer} te werken, of kies een map buiten dat register.`);
}

// dist/cli/context.js
var import_node_path2 = __toESM(require_node_path(), 1);
var import_picocolors = __toESM(require_picocolors(), 1);
function commandContext(io, values, positionals) {
  const root = typeof values.register === "string" ? (0, import_node_path2.resolve)(io.cwd, values.register) : findRegisterUpward(io.cwd) ?? (0, import_node_path2.resolve)(io.cwd);
  let today;
  if (typeof values.vandaag === "string") {
    const parsed = parseUserDate(values.vandaag);
    if (!parsed)
      throw new UsageError(`--vandaag moet een bestaande datum zijn, zoals ${DATE_FORMS}.`);
    today = parsed;
  } else {
    today = todayInAmsterdam(io.now());
  }
  const useColor = io.stdoutIsTty && !io.env.NO_COLOR && values.json !== true;
  return {
    io,
    root,
    today,
    json: values.json === true,
    actions: io.env.GITHUB_ACTIONS === "true",
    colors: import_picocolors.default.createColors(useColor || io.env.FORCE_COLOR === "1"),
    values,
    positionals
  };
}
function printJson(context, document) {
  context.io.stdout(`${JSON.stringify(document, null, 2)}
`);
}

export {
  STATUSES,
  INTAKE_CHANNELS,
  COMPLAINANT_ROLES,
  DIRECTIONS,
  CORRESPONDENCE_KINDS,
  JUDGEMENTS,
  MEASURE_STATUSES,
  PROCEDURE_NAMES,
  COMPLAINT_ID_BODY,
  PERSONAL_FIELDS,
  FIELD_TITLES,
  toComplaint,
  firstOutgoing,
  isComplaintId,
  idYear,
  idNumber,
  formatId,
  UsageError,
  unknownComplaint,
  DATE_FORMS,
  parseUserDate,
  normaliseComplaintId,
  matchChoice,
  checkRegisterFolder,
  checkNotInsideRegister,
  commandContext,
  printJson
};
