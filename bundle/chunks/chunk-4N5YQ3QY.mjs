// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  COMPLAINTS_DIR,
  CONFIG_FILE
} from "./chunk-6PZIGJ5Y.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  CREATE_STEP,
  isComplaintId
} from "./chunk-3ZZ24PPU.mjs";
import {
  calendarDate,
  daysInMonth,
  parseCalendarDate,
  todayInAmsterdam
} from "./chunk-Y54NMRC7.mjs";
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

// dist/cli/errors.js
var UsageError = class extends Error {
  command;
  constructor(message, command) {
    super(message);
    this.command = command;
  }
};
function unknownComplaint(id, command, options = {}) {
  if (!isComplaintId(id))
    return new UsageError("Dat is geen klachtnummer: gebruik de vorm KL-<jaar>-<nummer>, zoals KL-2026-007.", command);
  const how = options.fromForm === true ? ` Is ze nog niet vastgelegd, gebruik dan eerst het formulier "${CREATE_STEP.form.name}"; klopt het klachtnummer niet, start dit formulier dan opnieuw met het goede nummer.` : ` Een nieuwe klacht legt u vast met klacht ${CREATE_STEP.command}; alle klachten, ook de afgehandelde, toont klacht register --alle.`;
  return new UsageError(`Klacht ${id} staat niet in het register${options.detail ?? ""}.${how}`, command);
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
function parseUserDate(text) {
  const typed = text.trim();
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
function normaliseComplaintId(text) {
  const match = /^kl-(\d{4})-(\d{1,9})$/i.exec(text.trim());
  if (!match)
    return void 0;
  const sequence = String(Number(match[2]));
  if (sequence === "0")
    return void 0;
  return `KL-${match[1]}-${sequence.padStart(3, "0")}`;
}
function matchChoice(text, choices) {
  const typed = text.trim().replace(/\s+/g, " ");
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
  const root = values.register === void 0 ? findRegisterUpward(io.cwd) ?? (0, import_node_path2.resolve)(io.cwd) : (0, import_node_path2.resolve)(io.cwd, values.register);
  let today;
  if (values.vandaag !== void 0) {
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
  UsageError,
  unknownComplaint,
  require_picocolors,
  DATE_FORMS,
  parseUserDate,
  normaliseComplaintId,
  matchChoice,
  checkRegisterFolder,
  checkNotInsideRegister,
  commandContext,
  printJson
};
