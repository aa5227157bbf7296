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
import "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/cli/commands/teken.js
var teken = {
  spec: {
    name: "teken",
    summary: "legt de ondertekening door de indiener vast",
    positionals: "<klachtnummer>",
    maxPositionals: 1,
    description: [
      "Legt vast wanneer en hoe de indiener het klachtenformulier heeft ondertekend (ondertekening.indiener),",
      'bijvoorbeeld "handtekening op klachtenformulier" of "bevestiging per e-mail", met desgewenst het pad',
      "van een scan in de repository (bijlagen/...). Verplicht: --wijze (als er nog geen ondertekening staat)."
    ].join("\n"),
    options: {
      datum: { type: "string", valueName: "JJJJ-MM-DD", description: "Datum van ondertekening (standaard: vandaag)." },
      wijze: { type: "string", valueName: "tekst", description: 'Hoe de indiener tekende, bijvoorbeeld "handtekening op klachtenformulier".' },
      bijlage: { type: "string", valueName: "pad", description: "Pad van de scan in de repository, bijvoorbeeld bijlagen/KL-2026-007-formulier.pdf." },
      ...DRY_RUN_OPTION
    },
    examples: [
      'klacht teken KL-2026-007 --wijze "handtekening op klachtenformulier"',
      'klacht teken KL-2026-007 --datum 2026-03-04 --wijze "bevestiging per e-mail" --bijlage bijlagen/KL-2026-007-akkoord.pdf'
    ]
  },
  async run(context) {
    const target = await openStep(context, "teken");
    const signed = target.complaint.signatures.complainant;
    const answers = await StepAnswers.open(context, "teken");
    const wijze = await answers.text("wijze", "Hoe heeft de indiener getekend (bijvoorbeeld handtekening op klachtenformulier)?", { required: signed?.manner === void 0 });
    const datum = answers.date("datum", signed?.date === void 0 || wijze !== void 0 ? context.today : void 0);
    const bijlage = answers.given("bijlage");
    answers.finish();
    return finishStep(context, target, {
      command: "teken",
      edit(editor) {
        editor.set(["ondertekening", "indiener"], defined({ datum, wijze, bijlage }));
      },
      next: (after) => [after.status === "ontvangen" ? `Volgende stap: registreer de klacht met klacht registreer ${target.id}.` : "Volgende stap: open een pull request met deze wijziging (of neem haar op in die van de registratie)."]
    });
  }
};
export {
  teken
};
