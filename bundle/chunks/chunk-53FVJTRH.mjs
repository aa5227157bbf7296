// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  FORM_FLAG,
  formArguments,
  readFormInputs
} from "./chunk-Y2ZZ3KXS.mjs";
import {
  summariseRefusedForm
} from "./chunk-GBMCZDUH.mjs";
import {
  closest,
  printableLines
} from "./chunk-W7APRSVY.mjs";
import {
  UsageError,
  checkNotInsideRegister,
  checkRegisterFolder,
  commandContext,
  normaliseComplaintId
} from "./chunk-4N5YQ3QY.mjs";
import {
  describeSystemError,
  systemErrorPath
} from "./chunk-UVHECV36.mjs";
import {
  require_node_util
} from "./chunk-7GJX6OZ4.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/main.js
var import_node_path = __toESM(require_node_path(), 1);

// dist/cli/args.js
var import_node_util = __toESM(require_node_util(), 1);
var GLOBAL_OPTIONS = {
  register: { type: "string", valueName: "map", description: "De map van het register (standaard: het register waarin de huidige map ligt, gezocht zoals git dat doet)." },
  vandaag: { type: "string", valueName: "datum", description: "Doe alsof het vandaag deze datum is, bijvoorbeeld 3-12-2026 (standaard: de datum in Nederland)." },
  json: { type: "boolean", description: "Uitvoer als JSON voor programma's; verder niets op stdout." },
  help: { type: "boolean", short: "h", description: "Toon deze hulp." }
};
var VALUE_GLOBALS = new Set(Object.entries(GLOBAL_OPTIONS).filter(([, o]) => o.type === "string").map(([n]) => `--${n}`));
function findCommand(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--")
      break;
    if (arg.startsWith("-")) {
      if (VALUE_GLOBALS.has(arg))
        i++;
      continue;
    }
    return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { command: void 0, rest: [...argv] };
}
function toParseArgsOptions(specs) {
  return Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, {
    type: spec.type,
    ...spec.short ? { short: spec.short } : {},
    ...spec.multiple ? { multiple: true } : {}
  }]));
}
function joinDashValues(argv, specs) {
  const isOption = (arg) => {
    if (arg === "--")
      return true;
    const long = /^--([^=]+)/.exec(arg)?.[1];
    if (long !== void 0)
      return Object.hasOwn(specs, long);
    const short = /^-([^-])$/.exec(arg)?.[1];
    return short !== void 0 && Object.values(specs).some((o) => o.short === short);
  };
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--")
      return [...out, ...argv.slice(i)];
    const name = /^--([^=]+)$/.exec(arg)?.[1];
    const next = argv[i + 1];
    if (name !== void 0 && specs[name]?.type === "string" && next !== void 0 && next.startsWith("-") && !isOption(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}
function parseCommandLine(spec, argv) {
  const specs = { ...GLOBAL_OPTIONS, ...spec?.options ?? {} };
  const commandName = spec ? `klacht ${spec.name}` : "klacht";
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: joinDashValues(argv, specs), options: toParseArgsOptions(specs), allowPositionals: true, strict: true });
  } catch (error) {
    throw translateParseError(error, specs, commandName, spec?.name);
  }
  const max = spec?.maxPositionals ?? 0;
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals[max] ?? "";
    throw new UsageError(max === 0 ? `'${commandName}' neemt geen argumenten, maar kreeg '${extra}'.` : `'${commandName}' neemt hoogstens ${max} argument(en); '${extra}' is er één te veel.`, spec?.name);
  }
  return { ...parsed.values, _: parsed.positionals };
}
function translateParseError(error, specs, commandName, command) {
  const code = error.code;
  const message = error instanceof Error ? error.message : "";
  const option = /'(-[^'\s]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const name = option.replace(/^-+/, "").split("=")[0] ?? "";
    if (/'-[^']*\s/.test(message) && Object.hasOwn(specs, name)) {
      return new UsageError(`De optie --${name} en haar waarde staan samen in één argument. Geef ze als twee argumenten (in de GitHub Action: op twee regels), of schrijf --${name}=<waarde>.`, command);
    }
    const suggestion = closest(name, Object.keys(specs));
    return new UsageError(`Onbekende optie '${option}' bij '${commandName}'.${suggestion ? ` Bedoelde u '--${suggestion}'?` : ""}`, command);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = /--([a-z-]+)/.exec(message)?.[1] ?? option;
    const spec = specs[name];
    return spec?.type === "boolean" ? new UsageError(`Optie '--${name}' neemt geen waarde.`, command) : new UsageError(`Optie '--${name}' heeft een waarde nodig${spec?.valueName ? `: --${name} <${spec.valueName}>` : ""}.`, command);
  }
  return new UsageError(`De opdracht kon niet gelezen worden. Zie '${commandName} --help'.`, command);
}
function commandHelpRows(specs) {
  return Object.entries(specs).map(([name, spec]) => [`${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.valueName ? ` <${spec.valueName}>` : ""}`, spec.description]);
}
function optionLines(specs) {
  const rows = commandHelpRows(specs);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`);
}
function commandHelp(spec) {
  const lines = [
    `Gebruik: klacht ${spec.name}${spec.positionals ? ` ${spec.positionals}` : ""} [opties]`,
    "",
    spec.description
  ];
  if (Object.keys(spec.options).length > 0)
    lines.push("", "Opties:", ...optionLines(spec.options));
  lines.push("", "Algemene opties (vóór of na de opdracht):", ...optionLines(GLOBAL_OPTIONS));
  if (spec.examples.length > 0)
    lines.push("", "Voorbeelden:", ...spec.examples.map((e) => `  ${e}`));
  return `${lines.join("\n")}
`;
}
function overviewHelp(specs) {
  const width = Math.max(...specs.map((s) => s.name.length)) + 2;
  return [
    "klacht: het klachtenregister in git.",
    "",
    "Gebruik: klacht <opdracht> [opties]",
    "",
    "Opdrachten:",
    ...specs.map((s) => `  ${s.name.padEnd(width)}${s.summary}`),
    "",
    "Algemene opties (vóór of na de opdracht):",
    ...optionLines(GLOBAL_OPTIONS),
    "",
    "Hulp bij één opdracht: klacht <opdracht> --help",
    "Uitkomst: 0 = in orde (waarschuwingen mogen), 1 = fouten of verlopen termijnen, 2 = verkeerd gebruik of kon niet uitvoeren.",
    ""
  ].join("\n");
}

// dist/cli/io.js
function processIo() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code === "EPIPE")
        process.exit(process.exitCode ?? 0);
      outputFailed(error);
    });
  }
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTty: process.stdout.isTTY === true,
    stdinIsTty: process.stdin.isTTY === true,
    now: () => /* @__PURE__ */ new Date()
  };
}
function outputFailed(error) {
  try {
    process.stderr.write(`klacht: de uitvoer kon niet worden weggeschreven (${error.code ?? "onbekende fout"}); het resultaat is onvolledig.
`);
  } catch {
  }
  process.exit(2);
}
function finishProcess(code) {
  process.exitCode = code;
  process.stdout.write("", (error) => {
    const failure = error;
    if (failure && failure.code !== "EPIPE")
      outputFailed(failure);
    process.stderr.write("", () => process.exit(code));
  });
}

// dist/cli/main.js
var LOADERS = {
  valideer: async () => (await import("./valideer-PICBHSFO.mjs")).valideer,
  termijnen: async () => (await import("./termijnen-TJMBYIW2.mjs")).termijnen,
  register: async () => (await import("./register-TMKAXL3L.mjs")).register,
  zoek: async () => (await import("./zoek-VSASS7EP.mjs")).zoek,
  nieuw: async () => (await import("./nieuw-YXP46XCD.mjs")).nieuw,
  registreer: async () => (await import("./steps-VK7KR3TP.mjs")).stepCommandNamed("registreer"),
  teken: async () => (await import("./steps-VK7KR3TP.mjs")).stepCommandNamed("teken"),
  brief: async () => (await import("./steps-VK7KR3TP.mjs")).stepCommandNamed("brief"),
  actie: async () => (await import("./steps-VK7KR3TP.mjs")).stepCommandNamed("actie"),
  verleng: async () => (await import("./steps-VK7KR3TP.mjs")).stepCommandNamed("verleng"),
  reactie: async () => (await import("./steps-VK7KR3TP.mjs")).stepCommandNamed("reactie"),
  "handel-af": async () => (await import("./steps-VK7KR3TP.mjs")).stepCommandNamed("handel-af"),
  maatregel: async () => (await import("./steps-VK7KR3TP.mjs")).stepCommandNamed("maatregel"),
  pdf: async () => (await import("./pdf-TMEHS5VY.mjs")).pdf,
  jaaranalyse: async () => (await import("./jaaranalyse-FVT3UYZJ.mjs")).jaaranalyse,
  meldingen: async () => (await import("./meldingen-SNDOGOKN.mjs")).meldingen,
  ondertekening: async () => (await import("./ondertekening-OGOFDZD2.mjs")).ondertekening,
  anonimiseer: async () => (await import("./anonimiseer-7GVXI2QB.mjs")).anonimiseer,
  inzage: async () => (await import("./inzage-7YSCTQBP.mjs")).inzage,
  init: async () => (await import("./init-NYNTQ2PW.mjs")).init,
  voorstel: async () => (await import("./voorstel-TQJEGT2Z.mjs")).voorstel,
  formulieren: async () => (await import("./formulieren-3GWSGY32.mjs")).formulieren,
  instellingen: async () => (await import("./instellingen-XXNFAOMD.mjs")).instellingen
};
var STEP_COMMANDS = ["nieuw", "registreer", "teken", "brief", "actie", "verleng", "reactie", "handel-af", "maatregel"];
var COMMAND_NAMES = Object.keys(LOADERS);
async function loadCommand(name) {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name]() : void 0;
}
async function loadCommands() {
  return Promise.all(COMMAND_NAMES.map(async (name) => await loadCommand(name)));
}
async function main(argv, io = processIo()) {
  const { command: name, rest } = findCommand(argv);
  const fromForm = rest.includes(FORM_FLAG);
  try {
    const command = name === void 0 ? void 0 : await loadCommand(name);
    if (name === void 0) {
      const values2 = parseCommandLine(void 0, rest);
      io.stdout(overviewHelp((await loadCommands()).map((c) => c.spec)));
      return values2.help === true ? 0 : 2;
    }
    if (name === "help") {
      const topic = findCommand(rest).command;
      if (topic === void 0) {
        io.stdout(overviewHelp((await loadCommands()).map((c) => c.spec)));
        return 0;
      }
      return await main([topic, "--help"], io);
    }
    if (!command) {
      const suggestion = closest(name, COMMAND_NAMES, STEP_COMMANDS);
      throw new UsageError(`Onbekende opdracht '${name}'.${suggestion ? ` Bedoelde u '${suggestion}'?` : ""} Zie 'klacht --help' voor alle opdrachten.`);
    }
    const argv2 = rest.includes(FORM_FLAG) ? [...rest.filter((a) => a !== FORM_FLAG), ...formArguments(command.spec, readFormInputs(io.env))] : rest;
    const values = { ...parseCommandLine(command.spec, argv2), ...argv2 === rest ? {} : { formulier: true } };
    if (values.help === true) {
      io.stdout(commandHelp(command.spec));
      return 0;
    }
    const positionals = command.spec.name === "valideer" || command.spec.name === "init" ? values._ : values._.map((p) => normaliseComplaintId(p) ?? p);
    const context = commandContext(io, values, positionals);
    if (command.spec.usesRegister !== false)
      checkRegisterFolder(context.root, { mayBeEmpty: command.spec.startsRegister === true, configMayLack: command.spec.configFromGit === true });
    if (command.spec.startsRegister === true)
      checkNotInsideRegister(context.root);
    return await command.run(context);
  } catch (error) {
    const code = reportError(error, fromForm ? { ...io, helpReference: FORM_HELP } : io);
    if (error instanceof UsageError || error instanceof RunError)
      summariseRefusedForm(io, fromForm, error.message);
    return code;
  }
}
var FORM_HELP = 'het deel "Voor medewerkers" in de README van het register';
function reportFailure(error, io = processIo()) {
  return reportError(error, io);
}
function reportError(error, io) {
  if (error instanceof UsageError) {
    const help = io.helpReference ?? `'${error.command ? `klacht ${error.command} --help` : "klacht --help"}'`;
    io.stderr(`klacht: ${printableLines(error.message)}
Zie ${help}.
`);
    return 2;
  }
  if (error instanceof RunError) {
    io.stderr(`klacht: ${printableLines(error.message)}
${io.env.KLACHT_DEBUG && error.detail ? `${error.detail}
` : ""}`);
    return 2;
  }
  if (isPromptAbort(error)) {
    io.stderr("klacht: afgebroken; er is niets geschreven.\n");
    return 2;
  }
  const detail = io.env.KLACHT_DEBUG ? `
${error instanceof Error ? error.stack ?? error.message : String(error)}` : "";
  io.stderr(`klacht: ${unforeseenFailure(error, io.cwd)}${detail}
`);
  return 2;
}
function unforeseenFailure(error, cwd) {
  const path = systemErrorPath(error);
  const inside = path === void 0 ? void 0 : (0, import_node_path.relative)(cwd, path);
  const system = describeSystemError(error, inside === void 0 || inside.startsWith("..") || inside === "" ? path : inside);
  if (system !== void 0)
    return `de opdracht is gestopt: ${system}. Los dat op en probeer het opnieuw.`;
  const kind = error instanceof Error ? error.name : typeof error;
  return `de opdracht is gestopt door een onverwachte fout (${kind}). Bestanden worden altijd in één keer geschreven, dus er is niets half weggeschreven. Meld dit aan de beheerders van klacht; met KLACHT_DEBUG=1 ziet u de technische details.`;
}
function isPromptAbort(error) {
  return error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");
}

export {
  processIo,
  finishProcess,
  COMMAND_NAMES,
  loadCommand,
  loadCommands,
  main,
  reportFailure
};
