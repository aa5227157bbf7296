// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  nextFreeId
} from "./chunk-I4KFPUG7.mjs";
import {
  defaultConfigText
} from "./chunk-UHJVPCUM.mjs";
import {
  idsOnAllBranches
} from "./chunk-V5ROC6GE.mjs";
import "./chunk-34QS7U6X.mjs";
import "./chunk-HUW3U4X2.mjs";
import {
  openRepository
} from "./chunk-5FUXISE3.mjs";
import {
  collectAnswers,
  followingLines,
  stepSpec
} from "./chunk-LYIRYYJG.mjs";
import "./chunk-3SKN44TW.mjs";
import "./chunk-SDYEMQ2A.mjs";
import {
  formatFinding,
  printFindings
} from "./chunk-JC4GZ2T4.mjs";
import {
  removeStaleTempFiles,
  withWriteLock
} from "./chunk-PVAVOVYK.mjs";
import {
  createFileAtomic
} from "./chunk-H6FA2GJG.mjs";
import {
  checkComplaintBytes,
  hasErrors,
  loadConfig,
  validationContext,
  yamlLib
} from "./chunk-BOQYVW2X.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import {
  UsageError,
  printJson
} from "./chunk-MVV22I7J.mjs";
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
import "./chunk-WTAL7QOR.mjs";
import "./chunk-V6T4MVSR.mjs";
import "./chunk-OFK4ZOCO.mjs";
import {
  COMPLAINANT_ROLES,
  CREATE_STEP,
  INTAKE_CHANNELS,
  STATUSES,
  idYear
} from "./chunk-7Q47FCYP.mjs";
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
    const answers = await newComplaintAnswers(context);
    const year = Number(answers.submitted.slice(0, 4));
    const git = await openRepository(context.root);
    const onBranches = git ? await idsOnAllBranches(git, year) : /* @__PURE__ */ new Set();
    if (startDefaultConfig(context.root))
      context.io.stderr(`${CONFIG_FILE} aangemaakt met de standaardinstellingen (procedure liberi).
`);
    const { config } = loadConfig(context.root);
    const validation = validationContext(config, context.today);
    const { id, file, warnings } = withWriteLock(context.root, () => {
      const known = /* @__PURE__ */ new Set([...onBranches, ...idsInWorkingTree(context.root, year)]);
      for (; ; ) {
        const id2 = nextFreeId(year, known);
        const file2 = complaintPath(id2, idYear(id2) ?? year);
        const text = renderNewComplaint({ ...answers, id: id2 });
        const check = checkComplaintBytes(file2, Buffer.from(text, "utf8"), validation);
        if (hasErrors(check.findings)) {
          const lines = check.findings.filter((f) => f.severity === "error").map((f) => `  ${formatFinding(f, context)}`);
          throw new UsageError(`De nieuwe klacht zou niet geldig zijn:
${lines.join("\n")}`, "nieuw");
        }
        try {
          writeNewComplaint(context.root, file2, text);
          return { id: id2, file: file2, warnings: check.findings.filter((f) => f.severity === "warning") };
        } catch (error) {
          if (error.code !== "EEXIST")
            throw error;
          known.add(id2);
        }
      }
    }, (message) => context.io.stderr(`${message}
`));
    if (warnings.length > 0 && !context.json)
      printFindings(warnings, context);
    if (context.json) {
      printJson(context, { id, file });
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
};
async function newComplaintAnswers(context) {
  const { config } = loadConfig(context.root);
  const answers = await collectAnswers(context, CREATE_STEP, config);
  const made = CREATE_STEP.create({ answers, today: context.today });
  if (!made)
    throw new UsageError("Er ontbreken gegevens: --door, --wijze, --naam en --omschrijving.", "nieuw");
  return made;
}
export {
  nieuw
};
