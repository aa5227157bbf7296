// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  DRY_RUN_OPTION,
  StepAnswers,
  defined,
  finishStep,
  openStep
} from "./chunk-VQVZ5EOU.mjs";
import "./chunk-6LYWKXIW.mjs";
import "./chunk-LM7VC3VM.mjs";
import "./chunk-HO3FK33L.mjs";
import "./chunk-DXM3VKSE.mjs";
import "./chunk-PUZ5FQJW.mjs";
import "./chunk-OQ6US66E.mjs";
import "./chunk-WMPDXVYC.mjs";
import "./chunk-A5GD7ALL.mjs";
import "./chunk-EMGNZZLQ.mjs";
import "./chunk-LVPBMKN4.mjs";
import {
  JUDGEMENTS,
  UsageError
} from "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/cli/commands/handel-af.js
var handelAf = {
  spec: {
    name: "handel-af",
    summary: "handelt een klacht af: het klachtdossier (oorzaak, oplossing, standpunten, maatregelen)",
    positionals: "<klachtnummer>",
    maxPositionals: 1,
    description: [
      "Legt het klachtdossier vast en zet de status op 'afgehandeld': de behandelaar, de afhandeldatum, de",
      "oorzaak, de oplossing, het standpunt van de indiener en dat van de directie, of er overeenstemming is,",
      "het oordeel en de maatregelen om herhaling te voorkomen (--maatregel voor een structurele, --eenmalige-maatregel",
      "voor een eenmalige; elke optie mag vaker; een nieuwe maatregel staat op gepland).",
      "Verplicht (als het nog ontbreekt): --behandelaar, --oorzaak, --oplossing, --standpunt-indiener,",
      "--standpunt-directie en --overeenstemming of --niet-overeenstemming.",
      "De klacht moet geregistreerd zijn en een uitgaande reactie hebben (klacht brief --soort reactie)."
    ].join("\n"),
    options: {
      behandelaar: { type: "string", valueName: "naam", description: "Wie de klacht heeft behandeld." },
      datum: { type: "string", valueName: "JJJJ-MM-DD", description: "Afhandeldatum (standaard: vandaag)." },
      oorzaak: { type: "string", valueName: "tekst", description: "De vastgestelde oorzaak van de klacht." },
      oplossing: { type: "string", valueName: "tekst", description: "De oplossing die is voorgesteld en schriftelijk bevestigd." },
      "standpunt-indiener": { type: "string", valueName: "tekst", description: "Het standpunt van de indiener." },
      "standpunt-directie": { type: "string", valueName: "tekst", description: "Het standpunt van de directie." },
      overeenstemming: { type: "boolean", description: "Er is overeenstemming met de indiener." },
      "niet-overeenstemming": { type: "boolean", description: "Er is geen overeenstemming met de indiener." },
      oordeel: { type: "string", valueName: "oordeel", description: `Niet verplicht: ${JUDGEMENTS.join(", ")}.` },
      maatregel: { type: "string", multiple: true, valueName: "tekst", description: "Een structurele maatregel (mag vaker)." },
      "eenmalige-maatregel": { type: "string", multiple: true, valueName: "tekst", description: "Een eenmalige maatregel (mag vaker)." },
      ...DRY_RUN_OPTION
    },
    examples: [
      "klacht handel-af KL-2026-007",
      'klacht handel-af KL-2026-007 --behandelaar "Anna de Vries" --oorzaak "Dubbele planning" --oplossing "Nieuwe afspraak en excuses" --standpunt-indiener "Wil excuses" --standpunt-directie "Excuses terecht" --overeenstemming --oordeel gegrond --maatregel "Planning door twee mensen laten controleren"'
    ]
  },
  async run(context) {
    const target = await openStep(context, "handel-af");
    const { complaint } = target;
    if (complaint.status === "ontvangen") {
      throw new UsageError(`Klacht ${target.id} heeft status ontvangen: registreer haar eerst (klacht registreer ${target.id}); daarna kan zij worden afgehandeld.`, "handel-af");
    }
    const closure = complaint.closure;
    const answers = await StepAnswers.open(context, "handel-af");
    const behandelaar = await answers.text("behandelaar", "Wie heeft de klacht behandeld?", { required: complaint.handler === void 0 });
    const values = {
      datum: answers.date("datum", closure?.date === void 0 ? context.today : void 0),
      oorzaak: await answers.text("oorzaak", "Oorzaak van de klacht:", { required: closure?.cause === void 0 }),
      oplossing: await answers.text("oplossing", "Oplossing:", { required: closure?.solution === void 0 }),
      standpunt_indiener: await answers.text("standpunt-indiener", "Standpunt van de indiener:", { required: closure?.complainantPosition === void 0 }),
      standpunt_directie: await answers.text("standpunt-directie", "Standpunt van de directie:", { required: closure?.managementPosition === void 0 }),
      overeenstemming: await answers.flag("overeenstemming", "niet-overeenstemming", "Is er overeenstemming met de indiener?", { required: closure?.agreement === void 0 }),
      oordeel: await answers.choice("oordeel", "Oordeel:", JUDGEMENTS, { required: false })
    };
    const measures = [
      ...answers.list("maatregel").map((omschrijving) => ({ omschrijving, structureel: true, status: "gepland" })),
      ...answers.list("eenmalige-maatregel").map((omschrijving) => ({ omschrijving, structureel: false, status: "gepland" }))
    ];
    answers.finish();
    return finishStep(context, target, {
      command: "handel-af",
      edit(editor) {
        if (complaint.status !== "afgehandeld")
          editor.set(["status"], "afgehandeld");
        if (behandelaar !== void 0)
          editor.set(["behandelaar"], behandelaar);
        const dossier = defined(values);
        if (Object.keys(dossier).length > 0)
          editor.set(["afhandeling"], dossier);
        for (const measure of measures)
          editor.append(["afhandeling", "maatregelen"], measure);
      },
      next(after) {
        const count = after.closure?.measures.length ?? 0;
        return [
          "Volgende stap: open een pull request met deze wijziging. Een directielid keurt hem goed: die goedkeuring is de handtekening onder de afhandeling.",
          ...after.correspondence.some((l) => l.direction === "uit" && l.kind === "oplossing") ? [] : [
            `Bevestig de oplossing schriftelijk aan de indiener en leg die brief vast met klacht brief ${target.id} --richting uit --soort oplossing.`
          ],
          `Het klachtdossier als PDF: klacht pdf ${target.id} --soort dossier.`,
          ...count > 0 ? [`Is een maatregel uitgevoerd, zet hem dan op uitgevoerd: klacht maatregel ${target.id} --nummer <1${count > 1 ? `-${count}` : ""}> --status uitgevoerd.`] : []
        ];
      }
    });
  }
};
export {
  handelAf
};
