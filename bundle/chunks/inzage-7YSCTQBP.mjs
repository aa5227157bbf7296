// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  printDocuments,
  withPrinter
} from "./chunk-XA6A6BZJ.mjs";
import "./chunk-TNJSLR7P.mjs";
import "./chunk-U2OOAE6S.mjs";
import "./chunk-JB462XYQ.mjs";
import "./chunk-Z6T4L7RN.mjs";
import {
  searchForm
} from "./chunk-WQDCHQW5.mjs";
import {
  complaintsOf,
  loadDeadlines
} from "./chunk-7F2HNHAN.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import "./chunk-5FUXISE3.mjs";
import "./chunk-UJYN62KE.mjs";
import "./chunk-VCDJPKBV.mjs";
import {
  SELECT_THEME
} from "./chunk-ZGR367YK.mjs";
import "./chunk-JC4GZ2T4.mjs";
import "./chunk-GBMCZDUH.mjs";
import {
  copyAttachments
} from "./chunk-CZMNQTA7.mjs";
import "./chunk-H6FA2GJG.mjs";
import "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import {
  UsageError,
  printJson
} from "./chunk-4N5YQ3QY.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-E74CLRJB.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import "./chunk-GITCBFCA.mjs";
import "./chunk-G45EPIXR.mjs";
import "./chunk-3ZZ24PPU.mjs";
import {
  formatDateDutch,
  plural
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/commands/inzage.js
var import_node_path = __toESM(require_node_path(), 1);
function normalise(text) {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}
function nameMatches(name, search) {
  const whole = searchForm(name);
  return search.split(/[\s.]+/).filter((w) => w !== "").every((part) => whole.includes(part));
}
async function onePerson(context, matches) {
  const people = /* @__PURE__ */ new Map();
  for (const c of matches) {
    const key = searchForm(c.complainant.name ?? "");
    people.set(key, [...people.get(key) ?? [], c]);
  }
  if (people.size <= 1)
    return [...matches];
  if (!context.io.stdinIsTty || context.json) {
    throw new UsageError(`De naam past bij ${people.size} verschillende personen. Geef de volledige naam of het e-mailadres (in een terminal vraagt klacht wie u bedoelt).`, "inzage");
  }
  const { select } = await import("./esm-K2JZPRQY.mjs");
  const choices = [...people.values()].map((list) => ({ value: list, name: `${list[0]?.complainant.name ?? ""} (${plural(list.length, "klacht", "klachten")})` }));
  return select({ message: "Welke persoon bedoelt u?", choices, theme: SELECT_THEME }, { input: context.io.input, output: context.io.output, clearPromptOnDone: false });
}
var inzage = defineCommand({
  spec: {
    name: "inzage",
    summary: "inzageverzoek (AVG art. 15): alle klachten van één persoon, desgewenst als PDF",
    description: [
      "Zoekt alle klachten van één persoon op e-mailadres of naam en toont klachtnummer, status en datums.",
      'Een deel van de naam is genoeg ("jansen" vindt "J. Jansen"; hoofdletters, accenten en extra spaties',
      "tellen niet mee). Past het bij meer dan één persoon, dan vraagt klacht in een terminal wie u bedoelt;",
      "zonder terminal noemt klacht geen namen en vraagt om de volledige naam of het e-mailadres. Met --uit komen alle documenten van elke",
      "gevonden klacht (formulier, dossier, brieven) als PDF in die map, en de bijlagen uit het register",
      "(bijlagen/<klachtnummer>/ en wat de klacht als bijlage noemt) in <klachtnummer>-bijlagen/, om aan de persoon te geven.",
      "Het gezochte adres of de naam wordt niet herhaald in de uitvoer."
    ].join("\n"),
    options: {
      email: { type: "string", valueName: "adres", description: "Het e-mailadres van de persoon." },
      naam: { type: "string", valueName: "naam", description: "De naam van de persoon, of een deel ervan." },
      uit: { type: "string", valueName: "map", description: "Schrijf de documenten van elke gevonden klacht als PDF in deze map, met de bijlagen erbij." }
    },
    examples: ["klacht inzage --email j.jansen@example.nl", "klacht inzage --naam jansen", 'klacht inzage --naam "J. Jansen" --uit inzage-2026-11']
  },
  async run(context) {
    const email = context.values.email === void 0 ? void 0 : normalise(context.values.email);
    const name = context.values.naam !== void 0 && context.values.naam.trim() !== "" ? searchForm(context.values.naam) : void 0;
    if (!email && !name)
      throw new UsageError("Zoek met --email <adres> of --naam <naam>.", "inzage");
    const { loaded, deadlines } = await loadDeadlines(context, { complaintsOnly: true });
    const complaints = complaintsOf(loaded).filter((c) => c.id !== void 0);
    const byEmail = complaints.filter((c) => email !== void 0 && c.complainant.email !== void 0 && normalise(c.complainant.email) === email);
    const byName = name === void 0 ? [] : await onePerson(context, complaints.filter((c) => c.complainant.name !== void 0 && nameMatches(c.complainant.name, name)));
    const found = [.../* @__PURE__ */ new Set([...byEmail, ...byName])].sort((a, b) => a.id < b.id ? -1 : 1);
    let pdfs = 0;
    let attachments = 0;
    const outValue = context.values.uit;
    if (outValue !== void 0 && found.length > 0) {
      const result = await withPrinter(context, (launching) => printDocuments(context, {
        loaded,
        deadlines,
        complaints: found,
        skipNotApplicable: true,
        outDir: (0, import_node_path.resolve)(context.io.cwd, outValue)
      }, launching));
      pdfs = result.written.length;
      for (const complaint of found)
        attachments += copyAttachments(context.root, complaint, (0, import_node_path.resolve)(context.io.cwd, outValue));
    }
    const rows = found.map((c) => ({ id: c.id, status: c.status ?? null, ingediend: c.submitted ?? null, afgehandeld: c.closure?.date ?? null, geanonimiseerd: c.anonymised ?? null }));
    if (context.json) {
      printJson(context, { complaints: rows, pdfs, bijlagen: attachments });
    } else if (found.length === 0) {
      context.io.stdout("Geen klachten van deze persoon in het register (na anonimisering is een persoon niet meer te vinden).\n");
    } else {
      for (const r of rows) {
        context.io.stdout(`${r.id}  ${r.status ?? "-"}  ingediend ${r.ingediend ? formatDateDutch(r.ingediend) : "-"}${r.afgehandeld ? `, afgehandeld ${formatDateDutch(r.afgehandeld)}` : ""}
`);
      }
      context.io.stdout(`${plural(found.length, "klacht", "klachten")} gevonden.${pdfs + attachments > 0 ? ` ${[pdfs > 0 && `${plural(pdfs, "PDF", "PDF's")} geschreven`, attachments > 0 && `${plural(attachments, "bijlage", "bijlagen")} gekopieerd`].filter(Boolean).join(" en ")}; ze bevatten persoonsgegevens: geef ze alleen aan de persoon zelf.` : ""}
`);
    }
    return 0;
  }
});
export {
  inzage
};
