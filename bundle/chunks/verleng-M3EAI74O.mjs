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
import {
  UsageError
} from "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/cli/commands/verleng.js
var verleng = {
  spec: {
    name: "verleng",
    summary: "legt een verlenging van de reactietermijn vast (reden en nieuwe termijn)",
    positionals: "<klachtnummer>",
    maxPositionals: 1,
    description: [
      "Voegt een verlenging toe: de dag waarop de indiener hoorde dat de termijn niet haalbaar is (ruim vóór",
      "het verstrijken ervan), de reden, en de toegezegde nieuwe termijn (later dan de termijn die hij verlengt).",
      "Verplicht: --reden en --nieuwe-termijn. Stuur daarna het verlengingsbericht en leg het vast met klacht brief."
    ].join("\n"),
    options: {
      gemeld: { type: "string", valueName: "JJJJ-MM-DD", description: "Dag waarop de indiener is ingelicht (standaard: vandaag)." },
      reden: { type: "string", valueName: "tekst", description: "Waarom de termijn niet haalbaar is." },
      "nieuwe-termijn": { type: "string", valueName: "JJJJ-MM-DD", description: "De toegezegde nieuwe datum voor de reactie." },
      ...DRY_RUN_OPTION
    },
    examples: [
      'klacht verleng KL-2026-007 --reden "Wacht op het verslag van de coach" --nieuwe-termijn 2026-04-15',
      'klacht verleng KL-2026-007 --gemeld 2026-03-20 --reden "Vakantie behandelaar" --nieuwe-termijn 2026-04-15 --dry-run'
    ]
  },
  async run(context) {
    const target = await openStep(context, "verleng");
    if (target.complaint.status === "afgehandeld") {
      throw new UsageError(`Klacht ${target.id} is al afgehandeld; een verlenging van de reactietermijn past daar niet meer bij.`, "verleng");
    }
    const answers = await StepAnswers.open(context, "verleng");
    const gemeld = answers.date("gemeld", context.today) ?? context.today;
    const reden = await answers.text("reden", "Waarom is de termijn niet haalbaar?", { required: true });
    const nieuweTermijn = await answers.requiredDate("nieuwe-termijn", "Nieuwe termijn", { required: true });
    answers.finish();
    return finishStep(context, target, {
      command: "verleng",
      edit(editor) {
        if (reden !== void 0 && nieuweTermijn !== void 0)
          editor.append(["verlengingen"], { gemeld, reden, nieuwe_termijn: nieuweTermijn });
      },
      next: () => [
        `Volgende stap: stuur de indiener het verlengingsbericht (klacht pdf ${target.id} --soort verlenging) en leg het vast met klacht brief ${target.id} --richting uit --soort verlenging.`
      ]
    });
  }
};
export {
  verleng
};
