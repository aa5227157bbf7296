// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  nextFreeId
} from "./chunk-NWYZOR5O.mjs";
import {
  defaultConfigText
} from "./chunk-VIAYLOM5.mjs";
import {
  idsOnAllBranches
} from "./chunk-34RB5C5Q.mjs";
import "./chunk-34QS7U6X.mjs";
import "./chunk-HUW3U4X2.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import {
  openRepository
} from "./chunk-5FUXISE3.mjs";
import {
  collectAnswers,
  dataOfText,
  followingLines,
  formFieldsByPath,
  formWords,
  stepSpec
} from "./chunk-UJYN62KE.mjs";
import "./chunk-VCDJPKBV.mjs";
import "./chunk-ZGR367YK.mjs";
import {
  formatFinding,
  printFindings
} from "./chunk-JC4GZ2T4.mjs";
import "./chunk-GBMCZDUH.mjs";
import {
  removeStaleTempFiles,
  withWriteLock
} from "./chunk-CZMNQTA7.mjs";
import {
  createFileAtomic
} from "./chunk-H6FA2GJG.mjs";
import {
  checkComplaintBytes,
  hasErrors,
  loadConfig,
  validationContext,
  yamlLib
} from "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import {
  UsageError,
  printJson
} from "./chunk-4N5YQ3QY.mjs";
import {
  COMPLAINTS_DIR,
  CONFIG_FILE,
  complaintPath
} from "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-E74CLRJB.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-5QYYEHPU.mjs";
import "./chunk-MEN2YURF.mjs";
import "./chunk-G45EPIXR.mjs";
import {
  COMPLAINANT_ROLES,
  CREATE_STEP,
  INTAKE_CHANNELS,
  STATUSES,
  idYear
} from "./chunk-3ZZ24PPU.mjs";
import {
  formatDateDutch
} from "./chunk-Y54NMRC7.mjs";
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
function wouldStartConfig(root) {
  return !(0, import_node_fs.existsSync)((0, import_node_path.join)(root, CONFIG_FILE)) && !(0, import_node_fs.existsSync)((0, import_node_path.join)(root, COMPLAINTS_DIR));
}
function startDefaultConfig(root) {
  if (!wouldStartConfig(root))
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
var nieuw = defineCommand({
  // Its options, questions and form come from its declaration (core/steps/nieuw.ts).
  spec: stepSpec(CREATE_STEP, {
    startsRegister: true,
    description: [
      "In een lege map begint klacht nieuw een register, met een klachtenregister.yml met de standaardinstellingen;",
      "in een map binnen een ander register niet: dan zegt klacht in welk register u staat.",
      "Twee keer klacht nieuw tegelijk in één register: de tweede wacht even en krijgt het volgende nummer."
    ]
  }),
  async run(context) {
    const { complaint: answers, given } = await newComplaintAnswers(context);
    const year = Number(answers.submitted.slice(0, 4));
    const git = await openRepository(context.root);
    const onBranches = git ? await idsOnAllBranches(git, year) : /* @__PURE__ */ new Set();
    const dryRun = context.values["dry-run"] === true;
    if (dryRun) {
      if (wouldStartConfig(context.root))
        context.io.stderr(`${CONFIG_FILE} zou worden aangemaakt met de standaardinstellingen (procedure liberi).
`);
    } else if (startDefaultConfig(context.root))
      context.io.stderr(`${CONFIG_FILE} aangemaakt met de standaardinstellingen (procedure liberi).
`);
    const { config } = loadConfig(context.root);
    const validation = validationContext(config, context.today);
    const choose = () => {
      const known = /* @__PURE__ */ new Set([...onBranches, ...idsInWorkingTree(context.root, year)]);
      for (; ; ) {
        const id2 = nextFreeId(year, known);
        const file2 = complaintPath(id2, idYear(id2) ?? year);
        const text = renderNewComplaint({ ...answers, id: id2 });
        const check = checkComplaintBytes(file2, Buffer.from(text, "utf8"), validation);
        if (hasErrors(check.findings)) {
          const errors = check.findings.filter((f) => f.severity === "error");
          const words = context.values.formulier === true ? formWords(formFieldsByPath(CREATE_STEP.fields, given, (a) => intakeData(a, id2, context))) : void 0;
          const lines = errors.map((f) => `  ${words ? words.finding(f).message : formatFinding(f, context)}`);
          throw new UsageError(`De nieuwe klacht zou niet geldig zijn:
${lines.join("\n")}`, "nieuw");
        }
        if (dryRun)
          return { id: id2, file: file2, warnings: check.findings.filter((f) => f.severity === "warning") };
        try {
          writeNewComplaint(context.root, file2, text);
          return { id: id2, file: file2, warnings: check.findings.filter((f) => f.severity === "warning") };
        } catch (error) {
          if (error.code !== "EEXIST")
            throw error;
          known.add(id2);
        }
      }
    };
    const { id, file, warnings } = dryRun ? choose() : withWriteLock(context.root, choose, (message) => context.io.stderr(`${message}
`));
    if (warnings.length > 0 && !context.json)
      printFindings(warnings, context);
    if (context.json) {
      printJson(context, { id, file, ...dryRun ? { dry_run: true } : {} });
    } else if (dryRun) {
      context.io.stdout(`Klacht ${id} zou worden aangemaakt: ${file} (status ontvangen), ontvangen op ${formatDateDutch(answers.receivedOn)}. Er is niets geschreven.
`);
    } else {
      context.io.stdout(`Klacht ${id} aangemaakt: ${file} (status ontvangen), ontvangen op ${formatDateDutch(answers.receivedOn)}.
`);
      const next = followingLines(context, [{ text: "Registreer de klacht binnen de registratietermijn (NAW-gegevens, rol, complex, klachtverantwoordelijke en het directielid dat tekent).", command: `klacht registreer ${id}`, form: "Klacht registreren" }]);
      for (const line of next)
        context.io.stdout(`${line}
`);
    }
    return 0;
  }
});
function intakeData(answers, id, context) {
  const made = CREATE_STEP.create({ answers, today: context.today });
  return made === void 0 ? void 0 : dataOfText(renderNewComplaint({ ...made, id }));
}
async function newComplaintAnswers(context) {
  const { config } = loadConfig(context.root);
  const answers = await collectAnswers(context, CREATE_STEP, config);
  const made = CREATE_STEP.create({ answers, today: context.today });
  if (!made)
    throw new UsageError("Er ontbreken gegevens: --door, --wijze, --naam en --omschrijving.", "nieuw");
  return { complaint: made, given: answers };
}
export {
  nieuw
};
