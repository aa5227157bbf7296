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
  COMPLAINANT_ROLES,
  UsageError
} from "./chunk-TKX4SFS4.mjs";
import "./chunk-QQHWHSCC.mjs";
import "./chunk-7VAKVCUU.mjs";
import "./chunk-ZJMSHH4D.mjs";

// dist/cli/commands/registreer.js
var registreer = {
  spec: {
    name: "registreer",
    summary: "registreert een ontvangen klacht (klachtenformulier): NAW, rol, complex, verantwoordelijke, handtekening directie",
    positionals: "<klachtnummer>",
    maxPositionals: 1,
    description: [
      "Vult de registratie in van een klacht met status 'ontvangen' en zet de status op 'in behandeling':",
      "de NAW-gegevens en rol van de indiener, complex of niet, de klachtverantwoordelijke, de categorie,",
      "de registratiedatum en de ondertekening door de directie (het directielid dat de pull request goedkeurt).",
      "Wat al in het bestand staat hoeft u niet opnieuw te geven; een optie die u wel geeft, vervangt het.",
      "Verplicht (als het nog ontbreekt): --adres, --postcode, --woonplaats, --rol, --complex of --niet-complex,",
      "--klachtverantwoordelijke en --directie. In een terminal vraagt klacht wat er nog ontbreekt.",
      "Het resultaat wordt gecontroleerd zoals klacht valideer doet; met fouten wordt niets geschreven."
    ].join("\n"),
    options: {
      naam: { type: "string", valueName: "naam", description: "Naam van de indiener (staat er meestal al)." },
      adres: { type: "string", valueName: "adres", description: "Straat en huisnummer van de indiener." },
      postcode: { type: "string", valueName: "postcode", description: "Postcode van de indiener." },
      woonplaats: { type: "string", valueName: "plaats", description: "Woonplaats van de indiener." },
      email: { type: "string", valueName: "adres", description: "E-mailadres van de indiener (niet verplicht)." },
      telefoon: { type: "string", valueName: "nummer", description: "Telefoonnummer van de indiener (niet verplicht)." },
      rol: { type: "string", valueName: "rol", description: `Rol van de indiener: ${COMPLAINANT_ROLES.join(", ")}.` },
      complex: { type: "boolean", description: "Een complexe klacht (reactie binnen een maand)." },
      "niet-complex": { type: "boolean", description: "Een eenvoudige klacht (reactie per omgaande)." },
      klachtverantwoordelijke: { type: "string", valueName: "naam", description: "Wie verantwoordelijk is voor de klacht." },
      categorie: { type: "string", valueName: "categorie", description: "Categorie (als klachtenregister.yml categorieen noemt: een daarvan)." },
      geregistreerd: { type: "string", valueName: "JJJJ-MM-DD", description: "Dag van registratie (standaard: vandaag)." },
      directie: { type: "string", valueName: "naam", description: "Het directielid dat tekent door de pull request goed te keuren (uit klachtenregister.yml)." },
      "directie-datum": { type: "string", valueName: "JJJJ-MM-DD", description: "Datum van de ondertekening door de directie (standaard: vandaag)." },
      ...DRY_RUN_OPTION
    },
    examples: [
      "klacht registreer KL-2026-007",
      'klacht registreer KL-2026-007 --adres "Dorpsstraat 1" --postcode "1234 AB" --woonplaats Utrecht --rol coachee --complex --klachtverantwoordelijke "Anna de Vries" --directie "Reinoud Jansen"',
      "klacht registreer KL-2026-007 --categorie planning --dry-run"
    ]
  },
  async run(context) {
    const target = await openStep(context, "registreer");
    const { complaint, config } = target;
    if (complaint.status === "afgehandeld") {
      throw new UsageError(`Klacht ${target.id} is al afgehandeld; registreren kan alleen bij status ontvangen of in behandeling.`, "registreer");
    }
    const person = complaint.complainant;
    const answers = await StepAnswers.open(context, "registreer");
    const directieNames = config.management.map((p) => p.naam);
    const signed = complaint.signatures.management;
    const values = {
      naam: answers.given("naam"),
      adres: await answers.text("adres", "Adres (straat en huisnummer) van de indiener:", { required: person.address === void 0 }),
      postcode: await answers.text("postcode", "Postcode van de indiener:", { required: person.postcode === void 0 }),
      woonplaats: await answers.text("woonplaats", "Woonplaats van de indiener:", { required: person.city === void 0 }),
      email: answers.given("email"),
      telefoon: answers.given("telefoon"),
      rol: await answers.choice("rol", "Rol van de indiener:", COMPLAINANT_ROLES, { required: person.role === void 0 }),
      complex: await answers.flag("complex", "niet-complex", "Is de klacht complex (reactie binnen een maand)?", { required: complaint.complex === void 0 }),
      klachtverantwoordelijke: await answers.text("klachtverantwoordelijke", "Wie is klachtverantwoordelijke?", { required: complaint.responsible === void 0 }),
      categorie: config.categories.length > 0 ? await answers.choice("categorie", "Categorie:", config.categories, { required: false }) : answers.given("categorie")
    };
    const geregistreerd = answers.date("geregistreerd", complaint.registered === void 0 ? context.today : void 0);
    const needsSigner = signed?.name === void 0;
    let directie = directieNames.length > 0 ? await answers.choice("directie", "Welk directielid tekent (keurt de pull request goed)?", directieNames, { required: needsSigner && directieNames.length > 1 }) : await answers.text("directie", "Welk directielid tekent (keurt de pull request goed)?", { required: needsSigner });
    if (directie === void 0 && needsSigner && directieNames.length === 1)
      directie = directieNames[0];
    const directieDatum = answers.date("directie-datum", directie !== void 0 || signed?.date === void 0 ? context.today : void 0);
    answers.finish();
    return finishStep(context, target, {
      command: "registreer",
      edit(editor) {
        if (complaint.status !== "in behandeling")
          editor.set(["status"], "in behandeling");
        if (values.complex !== void 0)
          editor.set(["complex"], values.complex);
        if (geregistreerd !== void 0)
          editor.set(["geregistreerd"], geregistreerd);
        const indiener = defined({ naam: values.naam, adres: values.adres, postcode: values.postcode, woonplaats: values.woonplaats, email: values.email, telefoon: values.telefoon, rol: values.rol });
        if (Object.keys(indiener).length > 0)
          editor.set(["indiener"], indiener);
        if (values.klachtverantwoordelijke !== void 0)
          editor.set(["klachtverantwoordelijke"], values.klachtverantwoordelijke);
        if (values.categorie !== void 0)
          editor.set(["categorie"], values.categorie);
        const signature = defined({ datum: directieDatum, naam: directie });
        if (Object.keys(signature).length > 0)
          editor.set(["ondertekening", "directie"], signature);
      },
      next(after) {
        const signer = after.signatures.management?.name;
        return [
          `Volgende stap: open een pull request met deze wijziging. ${signer ? `${signer} (directie)` : "Een directielid"} keurt hem goed: die goedkeuring is de handtekening van de directie.`,
          ...after.signatures.complainant ? [] : [`Laat de indiener het klachtenformulier tekenen (klacht pdf ${target.id} --soort formulier) en leg dat vast met klacht teken ${target.id}.`],
          ...after.correspondence.some((l) => l.direction === "uit" && l.kind === "ontvangstbevestiging") ? [] : [
            `Stuur de indiener de ontvangstbevestiging (klacht pdf ${target.id} --soort ontvangstbevestiging) en leg die vast met klacht brief ${target.id} --richting uit --soort ontvangstbevestiging.`
          ]
        ];
      }
    });
  }
};
export {
  registreer
};
