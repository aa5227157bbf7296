// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  complaintsOf,
  loadDeadlines
} from "./chunk-7F2HNHAN.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import {
  commitFiles,
  openRepository,
  trackedFiles
} from "./chunk-5FUXISE3.mjs";
import {
  EditError,
  complaintKeyOrder,
  editFrontmatter,
  replaceComplaintFile
} from "./chunk-VCDJPKBV.mjs";
import {
  askYesNo
} from "./chunk-ZGR367YK.mjs";
import {
  ANONYMISED_MARKER,
  attachmentFiles,
  attachmentPaths,
  removeAttachments,
  removeLeftoverLock
} from "./chunk-CZMNQTA7.mjs";
import "./chunk-H6FA2GJG.mjs";
import {
  MAX_FILE_BYTES,
  checkComplaintBytes,
  hasErrors,
  readBounded
} from "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import {
  printJson,
  unknownComplaint
} from "./chunk-4N5YQ3QY.mjs";
import {
  attachmentFolder
} from "./chunk-6PZIGJ5Y.mjs";
import {
  describeSystemError
} from "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-UCIYNJQ2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import {
  PERSONAL_FIELDS
} from "./chunk-3ZZ24PPU.mjs";
import {
  compareDates,
  formatDateDutch,
  plural
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/commands/anonimiseer.js
var import_node_path = __toESM(require_node_path(), 1);

// dist/register/anonymise.js
var MARKER = ANONYMISED_MARKER;
var BODY_SENTENCE = "De omschrijving is verwijderd na afloop van de bewaartermijn (klacht anonimiseer).";
var UNREADABLE_VERSION = "Deze oude versie van het klachtbestand was niet te lezen. Bij het verwijderen van de persoonsgegevens (klacht anonimiseer --geschiedenis) is ze daarom in haar geheel vervangen.\n";
var REMOVED_ATTACHMENT = "Deze bijlage is verwijderd na afloop van de bewaartermijn (klacht anonimiseer --geschiedenis).\n";
var PERSONAL_FIELDS2 = PERSONAL_FIELDS.filter((field) => field !== "omschrijving").map((field) => field.replace(/\[\]/g, ".#").split("."));
function versionId(original) {
  if (Buffer.byteLength(original, "utf8") > MAX_FILE_BYTES)
    return void 0;
  try {
    const id = editFrontmatter(original, complaintKeyOrder).data.id;
    return typeof id === "string" ? id : void 0;
  } catch (error) {
    if (error instanceof EditError)
      return void 0;
    throw error;
  }
}
function anonymiseText(original, today, options = {}) {
  const record = options.record ?? true;
  if (Buffer.byteLength(original, "utf8") > MAX_FILE_BYTES)
    return void 0;
  let editor;
  try {
    editor = editFrontmatter(original, complaintKeyOrder);
  } catch (error) {
    if (error instanceof EditError)
      return void 0;
    throw error;
  }
  try {
    return anonymise(editor, original, today, record);
  } catch (error) {
    if (!(error instanceof EditError))
      throw error;
    return { refused: error.message.charAt(0).toLowerCase() + error.message.slice(1).replace(/\.$/, "") };
  }
}
function anonymise(editor, original, today, record) {
  const data = editor.data;
  const changed = [];
  for (const path of personalValues(data)) {
    editor.set(path, MARKER);
    changed.push(path.join("."));
  }
  const recorded = data.geanonimiseerd;
  const hasDay = recorded !== void 0 && (recorded === null || typeof recorded !== "object");
  if (record && (!hasDay || String(recorded) !== today && changed.length > 0))
    editor.set(["geanonimiseerd"], today);
  if (editor.body.trim() !== BODY_SENTENCE) {
    changed.push("omschrijving");
    editor.setBody(BODY_SENTENCE);
  }
  if (changed.length === 0 && (hasDay || !record))
    return { text: original, changed };
  return { text: editor.text, changed };
}
function personalValues(data) {
  const found = [];
  const visit = (node, path, at, shown) => {
    if (at === path.length) {
      if (node !== null && node !== void 0 && typeof node !== "object" && node !== MARKER && node !== "")
        found.push(shown);
      return;
    }
    const segment = path[at];
    if (segment === "#") {
      if (Array.isArray(node))
        node.forEach((item, index) => visit(item, path, at + 1, [...shown, index]));
    } else if (typeof node === "object" && node !== null && !Array.isArray(node) && Object.hasOwn(node, segment)) {
      visit(node[segment], path, at + 1, [...shown, segment]);
    }
  };
  for (const path of PERSONAL_FIELDS2)
    visit(data, path, 0, []);
  return found;
}

// dist/cli/commands/anonimiseer.js
var HISTORY_WARNING = [
  "Let op: de oude versies van deze klachtbestanden staan nog in de git-geschiedenis. --geschiedenis",
  "herschrijft die geschiedenis met git zelf (git fast-export en git fast-import). Dat betekent:",
  "- elke commit vanaf de eerste versie van deze bestanden krijgt een nieuwe hash; commits met een",
  "  digitale handtekening (zoals merges op de website van GitHub) verliezen die handtekening;",
  '- de wijziging wordt eerst als commit vastgelegd; de remote "origin" blijft staan voor de force',
  "  push, maar haal er tot die tijd niets van op (git pull of git fetch): dan komt de oude",
  "  geschiedenis terug;",
  "- daarna is een force push nodig (git push --force --all en git push --force --tags) en moet",
  "  iedereen zijn kopie (clone) weggooien en opnieuw clonen: een oude kopie bevat de gegevens nog;",
  "- open pull requests en oude weergaven op GitHub houden de gegevens tot GitHub Support ze",
  '  verwijdert (vraag om "cached views" en oude pull request refs te laten wissen).'
].join("\n");
var anonimiseer = defineCommand({
  spec: {
    name: "anonimiseer",
    summary: "verwijdert persoonsgegevens van klachten waarvan de bewaartermijn voorbij is",
    positionals: "[klachtnummers...]",
    maxPositionals: Infinity,
    description: [
      "Vervangt bij elke klacht waarvan de bewaartermijn (bewaartermijn_maanden na de afhandeling) voorbij",
      "is, of bij de genoemde klachten, de naam, het adres, de postcode, de woonplaats, het e-mailadres en",
      "het telefoonnummer van de indiener, de omschrijving, en vrije tekst die de indiener kan noemen",
      "(onderwerp en bijlage van brieven, standpunt van de indiener, de bijlage bij de ondertekening) door",
      "[geanonimiseerd]. Datums, rol, categorie, complex, oordeel, oorzaak en maatregelen blijven voor de",
      "jaaranalyse. De rest van het bestand (commentaar, volgorde) blijft zoals het was; het veld",
      "geanonimiseerd krijgt de datum. De bijlagen van de klacht (de map bijlagen/<klachtnummer>/ en de",
      "bestanden die ze noemt) worden verwijderd. Met --dry-run ziet u eerst welke velden veranderen en",
      "hoeveel bijlagen weg zouden gaan. Met --geschiedenis worden ook de oude versies in git herschreven,",
      "die van de bijlagen ook (met git zelf; vraagt om bevestiging)."
    ].join("\n"),
    options: {
      "dry-run": { type: "boolean", description: "Toon alleen welke velden zouden veranderen en hoeveel bijlagen weg zouden gaan." },
      geschiedenis: { type: "boolean", description: "Haal de gegevens ook uit de git-geschiedenis (vraagt om bevestiging)." },
      ja: { type: "boolean", description: "Bevestig --geschiedenis zonder te vragen (voor scripts)." }
    },
    examples: ["klacht anonimiseer --dry-run", "klacht anonimiseer", "klacht anonimiseer KL-2024-001 --geschiedenis"]
  },
  async run(context) {
    const dryRun = context.values["dry-run"] === true;
    const { loaded, deadlines } = await loadDeadlines(context);
    const complaints = complaintsOf(loaded);
    let selected;
    if (context.positionals.length > 0) {
      selected = context.positionals.map((id) => {
        const found = complaints.find((c) => c.id === id);
        if (!found)
          throw unknownComplaint(id, "anonimiseer");
        return found;
      });
    } else {
      const due = new Set(deadlines.filter((d) => d.kind === "retention" && d.done === null && compareDates(d.due, context.today) <= 0).map((d) => d.id));
      selected = complaints.filter((c) => c.id !== void 0 && due.has(c.id));
    }
    const others = complaints.filter((c) => !selected.includes(c));
    const othersNamed = new Set(others.flatMap((c) => attachmentPaths(c).named));
    const othersFolders = others.flatMap((c) => c.id === void 0 || selected.some((s) => s.id === c.id) ? [] : [`${attachmentFolder(c.id)}/`]);
    const ownAttachment = (path) => !othersNamed.has(path) && !othersFolders.some((folder) => path.startsWith(folder));
    const results = [];
    for (const complaint of selected) {
      const read = readBounded((0, import_node_path.join)(loaded.root, complaint.file));
      const result = anonymiseText(read.toString("utf8"), context.today);
      const id = complaint.id ?? complaint.file;
      if (result?.text === void 0) {
        results.push({ id, file: complaint.file, changed: [], attachments: [], problem: result?.refused ?? "de frontmatter is niet te lezen; herstel eerst de fouten (klacht valideer)" });
        continue;
      }
      const check = checkComplaintBytes(complaint.file, Buffer.from(result.text, "utf8"), loaded.context);
      if (hasErrors(check.findings)) {
        results.push({ id, file: complaint.file, changed: [], attachments: [], problem: "het bestand heeft fouten; herstel die eerst (klacht valideer)" });
        continue;
      }
      const { named, folder } = attachmentPaths(complaint);
      results.push({
        id,
        file: complaint.file,
        changed: result.changed,
        read,
        text: result.text,
        attachments: attachmentFiles(loaded.root, complaint).filter(ownAttachment),
        // For the history: the folder and every file it named, also those no longer on disk.
        attachmentHistory: [...folder === void 0 ? [] : [folder], ...named.filter(ownAttachment)]
      });
    }
    const toWrite = results.filter((r) => r.text !== void 0 && r.changed.length > 0);
    const onWait = (message) => context.io.stderr(`${message}
`);
    if (!dryRun) {
      if (toWrite.length === 0)
        removeLeftoverLock(loaded.root);
      for (const r of toWrite)
        replaceComplaintFile(loaded.root, r.file, r.read, r.text, onWait);
      for (const r of results) {
        try {
          removeAttachments(loaded.root, r.attachments);
        } catch (error) {
          const why = describeSystemError(error, `een bijlage in ${attachmentFolder(r.id)}`) ?? "een onverwachte fout";
          throw new RunError(`De bijlagen van ${r.id} konden niet (allemaal) worden verwijderd: ${why}. Verwijder ze met de hand, of controleer de rechten en probeer het opnieuw.`);
        }
      }
    }
    const touched = results.filter((r) => r.text !== void 0 && (r.changed.length > 0 || r.attachments.length > 0));
    let outcome;
    if (context.values.geschiedenis === true && !dryRun) {
      const purged = results.filter((r) => r.text !== void 0);
      outcome = await purge(context, loaded.root, purged);
    }
    const rewritten = outcome?.rewritten ?? null;
    if (context.json) {
      printJson(context, {
        dry_run: dryRun,
        complaints: results.map((r) => ({ id: r.id, file: r.file, changed: r.changed, attachments_removed: r.attachments.length, ...r.problem ? { problem: r.problem } : {} })),
        history_rewritten: rewritten,
        history_attachment_versions_removed: outcome?.attachments ?? null,
        history_unreadable_replaced: outcome?.unreadable ?? null,
        history_resumed_after: outcome?.resumedAfter?.phase ?? null
      });
    } else {
      if (results.length === 0)
        context.io.stdout(`Geen klacht heeft op ${formatDateDutch(context.today)} haar bewaartermijn bereikt.
`);
      for (const r of results)
        context.io.stdout(`${r.id}: ${resultLine(r, dryRun)}
`);
      if (touched.length > 0 && !dryRun)
        context.io.stdout(`${plural(touched.length, "klacht", "klachten")} geanonimiseerd. Leg de wijziging vast met een pull request.
`);
      if (outcome?.resumedAfter)
        context.io.stdout(`Een eerdere herschrijving van de geschiedenis was onderbroken na ${outcome.resumedAfter.name}; die is nu afgemaakt.
`);
      if (rewritten !== null) {
        const parts = [
          ...outcome?.attachments ? [`${plural(outcome.attachments, "versie", "versies")} van bijlagen verwijderd`] : [],
          ...outcome?.unreadable ? [`${plural(outcome.unreadable, "onleesbare versie", "onleesbare versies")} geheel vervangen`] : []
        ];
        const said = parts.length === 0 ? "" : ` (${parts.join("; ")})`;
        context.io.stdout(`Geschiedenis herschreven: ${plural(rewritten, "oude versie", "oude versies")} zonder persoonsgegevens${said}. Doe nu een force push en laat iedereen opnieuw clonen.
`);
      } else if (touched.length > 0 && !dryRun)
        context.io.stderr(`${HISTORY_WARNING.split("\n")[0]} Gebruik --geschiedenis om ook die te wissen.
`);
    }
    return results.some((r) => r.problem) ? 1 : 0;
  }
});
async function purge(context, root, purged) {
  const ids = purged.map((r) => r.id);
  const git = await openRepository(root);
  const files = [...purged.map((r) => r.file), ...git ? await trackedFiles(git, purged.flatMap((r) => r.attachmentHistory ?? [])) : []];
  if (!git && files.length === 0)
    return void 0;
  if (!git)
    throw new RunError("Het register staat niet in git: er is geen geschiedenis om te herschrijven.");
  const { assertCanPurge, purgeHistory, readRecord, PurgeError } = await import("./purge-J2RAJCGW.mjs");
  const unfinished = await readRecord(root).catch(() => void 0);
  if (files.length === 0 && !unfinished)
    return void 0;
  try {
    await assertCanPurge(root);
  } catch (error) {
    if (error instanceof PurgeError)
      throw new RunError(`${error.message} De bestanden zelf zijn wel geanonimiseerd; de geschiedenis is niet herschreven.`);
    throw error;
  }
  if (!unfinished)
    await confirmRewrite(context);
  try {
    if (files.length > 0)
      await commitFiles(git, files, `Persoonsgegevens verwijderd (bewaartermijn verstreken): ${ids.join(", ")}`);
  } catch (error) {
    if (error instanceof RunError)
      throw new RunError(`${sentence(error.message)} De bestanden zijn wel geanonimiseerd; de geschiedenis is niet herschreven.`, error.detail === void 0 ? {} : { detail: error.detail });
    throw error;
  }
  try {
    return await purgeHistory(root, purged.map((r) => r.file), {
      anonymise: (text) => anonymiseText(text, context.today, { record: false })?.text,
      idOf: versionId,
      unreadable: UNREADABLE_VERSION,
      removedAttachment: REMOVED_ATTACHMENT
    }, purged.flatMap((r) => r.attachmentHistory ?? []));
  } catch (error) {
    if (error instanceof PurgeError)
      throw new RunError(error.message);
    throw error;
  }
}
function resultLine(r, dryRun) {
  if (r.problem)
    return `niet geanonimiseerd: ${r.problem}.`;
  const files = r.attachments.length === 0 ? "" : dryRun ? `${plural(r.attachments.length, "bijlage", "bijlagen")} ${r.attachments.length === 1 ? "zou" : "zouden"} worden verwijderd` : `${plural(r.attachments.length, "bijlage", "bijlagen")} verwijderd`;
  if (r.changed.length === 0)
    return files === "" ? "al geanonimiseerd." : `al geanonimiseerd; ${files}.`;
  return `${dryRun ? "zou veranderen" : "geanonimiseerd"}: ${r.changed.join(", ")}${files === "" ? "" : `; ${files}`}`;
}
var sentence = (text) => /[.!?]$/.test(text) ? text : `${text}.`;
async function confirmRewrite(context) {
  context.io.stderr(`${HISTORY_WARNING}
`);
  if (context.values.ja === true)
    return;
  if (!context.io.stdinIsTty)
    throw new RunError("Bevestig het herschrijven van de geschiedenis met --ja (er is geen terminal om het te vragen).");
  const ok = await askYesNo(await import("./esm-K2JZPRQY.mjs"), "De geschiedenis herschrijven?", false, { ...context.io.input ? { input: context.io.input } : {}, ...context.io.output ? { output: context.io.output } : {} });
  if (!ok)
    throw new RunError("Niets herschreven. De bestanden zelf zijn wel geanonimiseerd.");
}
export {
  anonimiseer
};
