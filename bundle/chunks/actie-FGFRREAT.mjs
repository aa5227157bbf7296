// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  DRY_RUN_OPTION,
  StepAnswers,
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

// dist/cli/commands/actie.js
var actie = {
  spec: {
    name: "actie",
    summary: "legt een actie naar aanleiding van de klacht vast",
    positionals: "<klachtnummer>",
    maxPositionals: 1,
    description: [
      "Voegt een actie toe aan de acties van de klacht: de datum en wat er is of wordt gedaan",
      "(de directie besluit welke actie er naar aanleiding van de klacht komt). Verplicht: --actie."
    ].join("\n"),
    options: {
      datum: { type: "string", valueName: "JJJJ-MM-DD", description: "Wanneer de actie plaatsvond of gepland is (standaard: vandaag)." },
      actie: { type: "string", valueName: "tekst", description: "Wat er is of wordt gedaan." },
      ...DRY_RUN_OPTION
    },
    examples: [
      'klacht actie KL-2026-007 --actie "Intakegesprek met de indiener gepland"',
      'klacht actie KL-2026-007 --datum 2026-03-10 --actie "Verslag van de coach opgevraagd"'
    ]
  },
  async run(context) {
    const target = await openStep(context, "actie");
    const answers = await StepAnswers.open(context, "actie");
    const datum = answers.date("datum", context.today) ?? context.today;
    const actie2 = await answers.text("actie", "Welke actie is of wordt ondernomen?", { required: true });
    answers.finish();
    return finishStep(context, target, {
      command: "actie",
      edit(editor) {
        if (actie2 !== void 0)
          editor.append(["acties"], { datum, actie: actie2 });
      },
      next: () => ["Volgende stap: open een pull request met deze wijziging."]
    });
  }
};
export {
  actie
};
