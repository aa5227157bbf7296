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
  CORRESPONDENCE_KINDS,
  DIRECTIONS
} from "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/cli/commands/brief.js
var PRINTABLE = /* @__PURE__ */ new Set(["ontvangstbevestiging", "verlenging", "reactie"]);
var brief = {
  spec: {
    name: "brief",
    summary: "legt een brief of andere correspondentie over de klacht vast",
    positionals: "<klachtnummer>",
    maxPositionals: 1,
    description: [
      "Voegt een brief, e-mail of ander bericht toe aan de correspondentie van de klacht: de datum, de",
      `richting (${DIRECTIONS.join(" of ")}: van of naar de indiener) en de soort (${CORRESPONDENCE_KINDS.join(", ")}),`,
      "met desgewenst een onderwerp, het kanaal en het pad van een bijlage in de repository.",
      "Verplicht: --richting en --soort. De brief zelf maakt u met klacht pdf <klachtnummer> --soort <soort>."
    ].join("\n"),
    options: {
      datum: { type: "string", valueName: "JJJJ-MM-DD", description: "Datum van verzending of ontvangst (standaard: vandaag)." },
      richting: { type: "string", valueName: DIRECTIONS.join("|"), description: "in: van de indiener; uit: naar de indiener." },
      soort: { type: "string", valueName: "soort", description: `Soort: ${CORRESPONDENCE_KINDS.join(", ")}.` },
      onderwerp: { type: "string", valueName: "tekst", description: "Korte aanduiding van de inhoud (niet verplicht)." },
      kanaal: { type: "string", valueName: "kanaal", description: "Bijvoorbeeld e-mail, brief of telefoon (niet verplicht)." },
      bijlage: { type: "string", valueName: "pad", description: "Pad van de brief in de repository, bijvoorbeeld bijlagen/KL-2026-007-reactie.pdf." },
      ...DRY_RUN_OPTION
    },
    examples: [
      "klacht brief KL-2026-007 --richting uit --soort ontvangstbevestiging --kanaal e-mail",
      'klacht brief KL-2026-007 --datum 2026-03-20 --richting uit --soort reactie --onderwerp "Reactie op uw klacht" --bijlage bijlagen/KL-2026-007-reactie.pdf',
      "klacht brief KL-2026-007 --richting in --soort overig --kanaal telefoon"
    ]
  },
  async run(context) {
    const target = await openStep(context, "brief");
    const answers = await StepAnswers.open(context, "brief");
    const datum = answers.date("datum", context.today);
    const richting = await answers.choice("richting", "Richting (in: van de indiener, uit: naar de indiener):", DIRECTIONS, { required: true });
    const soort = await answers.choice("soort", "Soort bericht:", CORRESPONDENCE_KINDS, { required: true });
    const letter = defined({ datum, richting, soort, onderwerp: answers.given("onderwerp"), kanaal: answers.given("kanaal"), bijlage: answers.given("bijlage") });
    answers.finish();
    return finishStep(context, target, {
      command: "brief",
      edit(editor) {
        editor.append(["correspondentie"], letter);
      },
      next: (after) => nextAfterLetter(target.id, after, richting === "uit" ? soort : void 0)
    });
  }
};
function nextAfterLetter(id, after, outgoing) {
  const pdf = outgoing !== void 0 && PRINTABLE.has(outgoing) ? [`De brief zelf maakt u met klacht pdf ${id} --soort ${outgoing} (als dat nog niet gebeurd is).`] : [];
  const closed = after.status === "afgehandeld";
  switch (outgoing) {
    case "ontvangstbevestiging":
      return [...pdf, "Volgende stap: behandel de klacht en stuur de indiener binnen de reactietermijn een schriftelijke reactie; lukt dat niet, verleng dan tijdig met klacht verleng."];
    case "verlenging":
      return [...pdf, "Volgende stap: de reactie vóór de nieuwe termijn (klacht brief --soort reactie)."];
    case "reactie":
    case "oplossing":
      return [...pdf, closed ? "Open een pull request met deze wijziging." : `Volgende stap: leg de afhandeling vast met klacht handel-af ${id} (behandelaar, oorzaak, oplossing, standpunten, overeenstemming).`];
    default:
      return ["Volgende stap: open een pull request met deze wijziging."];
  }
}
export {
  brief
};
