// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  DRY_RUN_OPTION,
  StepAnswers,
  defined,
  finishStep,
  openStep
} from "./chunk-XV62HS3Q.mjs";
import "./chunk-LJQSMB3C.mjs";
import "./chunk-LCMFC5JU.mjs";
import "./chunk-HO3FK33L.mjs";
import "./chunk-U5H7N3Q6.mjs";
import "./chunk-T3ORPJ6P.mjs";
import "./chunk-HURCDCIJ.mjs";
import "./chunk-E7J2H7QJ.mjs";
import "./chunk-4VQISLK5.mjs";
import "./chunk-AHUP3DOG.mjs";
import "./chunk-LVPBMKN4.mjs";
import "./chunk-WMPDXVYC.mjs";
import "./chunk-YQJVERJ6.mjs";
import "./chunk-A5GD7ALL.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-AHHIZPQR.mjs";
import "./chunk-WMM5FOO6.mjs";
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
      datum: { type: "string", valueName: "JJJJ-MM-DD", description: "Datum van ondertekening (standaard: de vastgelegde datum, anders vandaag)." },
      wijze: { type: "string", valueName: "tekst", description: 'Hoe de indiener tekende, bijvoorbeeld "handtekening op klachtenformulier".' },
      bijlage: { type: "string", valueName: "pad", description: "Pad van de scan in de repository, bijvoorbeeld bijlagen/KL-2026-007-formulier.pdf; het bestand moet in het register staan." },
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
    const datum = answers.date("datum", signed?.date === void 0 ? context.today : void 0);
    const bijlage = answers.attachment("bijlage");
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
