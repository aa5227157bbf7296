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
  MEASURE_STATUSES,
  UsageError
} from "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/cli/commands/maatregel.js
var maatregel = {
  spec: {
    name: "maatregel",
    summary: "zet de status van een maatregel (gepland of uitgevoerd)",
    positionals: "<klachtnummer>",
    maxPositionals: 1,
    description: [
      "Zet de status van één maatregel uit het klachtdossier (afhandeling.maatregelen). De maatregel wordt",
      "genoemd met zijn nummer in de lijst, te beginnen bij 1, zoals het dossier hem toont.",
      `Verplicht: --nummer en --status (${MEASURE_STATUSES.join(" of ")}). Nieuwe maatregelen: klacht handel-af --maatregel.`
    ].join("\n"),
    options: {
      nummer: { type: "string", valueName: "n", description: "Het nummer van de maatregel in het dossier (1, 2, ...)." },
      status: { type: "string", valueName: MEASURE_STATUSES.join("|"), description: "De nieuwe status van de maatregel." },
      ...DRY_RUN_OPTION
    },
    examples: [
      "klacht maatregel KL-2026-007 --nummer 1 --status uitgevoerd",
      "klacht maatregel KL-2026-007 --nummer 2 --status uitgevoerd --dry-run"
    ]
  },
  async run(context) {
    const target = await openStep(context, "maatregel");
    const measures = target.complaint.closure?.measures ?? [];
    if (measures.length === 0) {
      throw new UsageError(`Klacht ${target.id} heeft geen maatregelen. Maatregelen legt u vast bij de afhandeling: klacht handel-af ${target.id} --maatregel <tekst>.`, "maatregel");
    }
    const answers = await StepAnswers.open(context, "maatregel");
    const numbers = measures.map((_, i) => String(i + 1));
    const given = answers.given("nummer");
    if (given !== void 0 && !numbers.includes(given)) {
      throw new UsageError(`--nummer moet het nummer van een maatregel zijn: ${measures.length === 1 ? "1 (de klacht heeft één maatregel)" : `1 tot en met ${measures.length}`}.`, "maatregel");
    }
    const labels = measures.map((m, i) => `${i + 1}. ${m.description ?? ""} (${m.status ?? "zonder status"})`);
    const nummer = given ?? await answers.choice("nummer", "Welke maatregel?", numbers, { required: true, labels });
    const status = await answers.choice("status", "Nieuwe status:", MEASURE_STATUSES, { required: true });
    answers.finish();
    const index = Number(nummer) - 1;
    return finishStep(context, target, {
      command: "maatregel",
      edit(editor) {
        if (status !== void 0)
          editor.set(["afhandeling", "maatregelen", index, "status"], status);
      },
      next: () => ["Volgende stap: open een pull request met deze wijziging."]
    });
  }
};
export {
  maatregel
};
