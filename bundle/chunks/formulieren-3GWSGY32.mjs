// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  resolveAction
} from "./chunk-3OEXXMFQ.mjs";
import {
  registerToolAction,
  writeForms
} from "./chunk-O5VYGHE3.mjs";
import "./chunk-JB462XYQ.mjs";
import "./chunk-VIAYLOM5.mjs";
import "./chunk-34QS7U6X.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import "./chunk-5FUXISE3.mjs";
import "./chunk-ZGR367YK.mjs";
import "./chunk-H6FA2GJG.mjs";
import {
  loadConfig
} from "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import {
  printJson
} from "./chunk-4N5YQ3QY.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import "./chunk-5QYYEHPU.mjs";
import "./chunk-MEN2YURF.mjs";
import "./chunk-G45EPIXR.mjs";
import "./chunk-3ZZ24PPU.mjs";
import "./chunk-Y54NMRC7.mjs";
import "./chunk-Z5CEMS3B.mjs";

// dist/cli/commands/formulieren.js
var formulieren = defineCommand({
  spec: {
    name: "formulieren",
    summary: "maakt de formulieren in GitHub opnieuw, met de keuzes uit klachtenregister.yml",
    description: [
      "Schrijft de formulieren (.github/workflows/formulier-*.yml) opnieuw: één per stap van de procedure,",
      'en "Documenten maken". De keuzes (mensen, rol, categorie) komen uit klachtenregister.yml: doe dit na',
      "elke wijziging daarvan, in dezelfde pull request; klacht valideer meldt een formulier dat niet meer klopt.",
      "De formulieren gebruiken dezelfde versie van klacht als de andere workflows van het register."
    ].join("\n"),
    options: {
      actie: { type: "string", valueName: "eigenaar/naam@versie", description: "Een andere versie van klacht (standaard: die de workflows van het register al gebruiken)." },
      "dry-run": { type: "boolean", description: "Zeg alleen welke formulieren zouden veranderen; schrijf niets." }
    },
    examples: ["klacht formulieren", "klacht formulieren --dry-run"]
  },
  async run(context) {
    const given = context.values.actie;
    const action = given ? await resolveAction(given) : registerToolAction(context.root);
    if (!action) {
      throw new RunError("Geen workflow van dit register noemt de actie van klacht op een commit. Geef de versie met --actie eigenaar/naam@versie (zie klacht init).");
    }
    const { config } = loadConfig(context.root);
    const dryRun = context.values["dry-run"] === true;
    const written = writeForms(context.root, config, action, dryRun);
    if (context.json) {
      printJson(context, { dry_run: dryRun, forms: written });
      return 0;
    }
    for (const { path, state } of written)
      context.io.stdout(`${path}: ${dryRun && state !== "ongewijzigd" ? `zou ${state === "nieuw" ? "nieuw zijn" : "bijgewerkt worden"}` : state}
`);
    const changed = written.filter((w) => w.state !== "ongewijzigd").length;
    context.io.stdout(changed === 0 ? "Alle formulieren kloppen al.\n" : dryRun ? "Er is niets geschreven (--dry-run).\n" : "Leg de wijziging vast in een pull request; de directie keurt hem goed.\n");
    return 0;
  }
});
export {
  formulieren
};
