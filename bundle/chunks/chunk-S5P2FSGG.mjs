// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  contentVerified,
  describeStep,
  managementSignatureConfirmed
} from "./chunk-WNRHMRKS.mjs";
import {
  firstOutgoing
} from "./chunk-6L5A7TWF.mjs";
import {
  STATE_NAMES,
  deadlineKindName
} from "./chunk-JWCINCMC.mjs";
import {
  formatDateDutch
} from "./chunk-WXEEPH3B.mjs";

// dist/core/complaint/documents.js
var DOCUMENT_KINDS = ["formulier", "dossier", "ontvangstbevestiging", "verlenging", "reactie"];
var DOCUMENT_TITLES = {
  formulier: "Klachtenformulier",
  dossier: "Klachtdossier",
  ontvangstbevestiging: "Ontvangstbevestiging",
  verlenging: "Verlengingsbericht",
  reactie: "Reactie op uw klacht"
};
function notApplicable(kind, complaint) {
  switch (kind) {
    case "formulier":
      return void 0;
    case "dossier":
      return complaint.closure ? void 0 : "er is nog geen afhandeling (het dossier volgt bij status afgehandeld)";
    case "ontvangstbevestiging":
      return complaint.status === "in behandeling" || complaint.status === "afgehandeld" ? void 0 : "de klacht is nog niet geregistreerd (status ontvangen)";
    case "verlenging":
      return complaint.extensions.length > 0 ? void 0 : "er is geen verlenging vastgelegd";
    case "reactie":
      return complaint.closure?.solution ? void 0 : "er is nog geen oplossing vastgelegd (afhandeling.oplossing)";
  }
}
var CHANNELS = {
  mondeling: "mondeling",
  telefonisch: "telefonisch",
  "e-mail": "per e-mail",
  brief: "per brief",
  anders: "anders"
};
var dutch = (date) => date ? formatDateDutch(date) : "";
var yesNo = (value) => value === void 0 ? "" : value ? "ja" : "nee";
function documentModel(kind, complaint, deadlines, config, today, bodyHtml, logoDataUrl = "", evidence = {}) {
  const c = complaint;
  const response = deadlines.find((d) => d.kind === "response");
  const firstTerm = deadlines.find((d) => d.kind === "extension_notice" && d.extension === 0)?.due ?? response?.due;
  const latestExtension = c.extensions.at(-1);
  const closure = c.closure;
  return {
    kind,
    title: DOCUMENT_TITLES[kind],
    today: formatDateDutch(today),
    organisation: {
      naam: config.organisation.naam,
      adres: config.organisation.adres ?? "",
      email: config.organisation.email ?? "",
      telefoon: config.organisation.telefoon ?? "",
      logo: logoDataUrl
    },
    klacht: {
      id: c.id ?? "",
      status: c.status ?? "",
      complex: c.complex === void 0 ? "nog niet bepaald" : c.complex ? "ja" : "nee",
      ontvangen: { datum: dutch(c.received.date), door: c.received.by ?? "", wijze: c.received.channel ? CHANNELS[c.received.channel] : "" },
      ingediend: dutch(c.submitted),
      geregistreerd: dutch(c.registered),
      indiener: {
        naam: c.complainant.name ?? "",
        adres: c.complainant.address ?? "",
        postcode: c.complainant.postcode ?? "",
        woonplaats: c.complainant.city ?? "",
        email: c.complainant.email ?? "",
        telefoon: c.complainant.phone ?? "",
        rol: c.complainant.role ?? ""
      },
      klachtverantwoordelijke: c.responsible ?? "",
      behandelaar: c.handler ?? "",
      categorie: c.category ?? "",
      acties: c.actions.map((a) => ({ datum: dutch(a.date), actie: a.action ?? "" })),
      correspondentie: c.correspondence.map((l) => ({
        datum: dutch(l.date),
        richting: l.direction === "in" ? "van indiener" : l.direction === "uit" ? "aan indiener" : "",
        soort: l.kind ?? "",
        onderwerp: l.subject ?? "",
        kanaal: l.channel ?? "",
        bijlage: l.attachment ?? ""
      })),
      verlengingen: c.extensions.map((e, i) => ({ nummer: i + 1, gemeld: dutch(e.notified), reden: e.reason ?? "", nieuwe_termijn: dutch(e.newDue) })),
      laatste_verlenging: latestExtension ? { gemeld: dutch(latestExtension.notified), reden: latestExtension.reason ?? "", nieuwe_termijn: dutch(latestExtension.newDue) } : null,
      // "Per omgaande" for a simple complaint; the date for a complex one (the letter's promise).
      reactie_uiterlijk: response ? formatDateDutch(response.due) : "",
      reactie_uiterlijk_oorspronkelijk: firstTerm ? formatDateDutch(firstTerm) : "",
      reactie_per_omgaande: c.complex !== true,
      ontvangstbevestiging_datum: dutch(firstOutgoing(c, "ontvangstbevestiging")?.date),
      reactie_datum: dutch(firstOutgoing(c, "reactie")?.date),
      afhandeling: closure ? {
        datum: dutch(closure.date),
        oorzaak: closure.cause ?? "",
        oplossing: closure.solution ?? "",
        standpunt_indiener: closure.complainantPosition ?? "",
        standpunt_directie: closure.managementPosition ?? "",
        overeenstemming: yesNo(closure.agreement),
        oordeel: closure.judgement ?? "",
        maatregelen: closure.measures.map((m) => ({ omschrijving: m.description ?? "", structureel: yesNo(m.structural), status: m.status ?? "" }))
      } : null,
      // A signature in the file is printed as signed ("Getekend") only when GitHub confirms that the
      // directie approved exactly this content (and, for the directie, that director's approval);
      // otherwise it is what the file says, not yet approved.
      ondertekening: {
        indiener: c.signatures.complainant ? { datum: dutch(c.signatures.complainant.date), wijze: c.signatures.complainant.manner ?? "", bijlage: c.signatures.complainant.attachment ?? "", bevestigd: contentVerified(evidence) } : null,
        directie: c.signatures.management ? { datum: dutch(c.signatures.management.date), naam: c.signatures.management.name ?? "", getekend: managementSignatureConfirmed(evidence, c.signatures.management.name) } : null
      },
      // The directie's signature as the history shows it: which pull request, approved by whom, and
      // whether that is exactly the content printed.
      bewijs: { registratie: describeStep(evidence.registratie, config, evidence.content), afhandeling: describeStep(evidence.afhandeling, config, evidence.content) },
      termijnen: deadlines.filter((d) => d.kind !== "annual_analysis").map((d) => ({
        soort: deadlineKindName(d),
        uiterlijk: formatDateDutch(d.due),
        gedaan: d.done ? formatDateDutch(d.done) : "",
        stand: STATE_NAMES[d.state]
      }))
    },
    omschrijving_html: bodyHtml,
    plaats_datum: letterDate(kind, complaint, today),
    afzender: c.responsible ?? c.handler ?? "De directie"
  };
}
function letterDate(kind, complaint, today) {
  switch (kind) {
    case "ontvangstbevestiging":
      return formatDateDutch(firstOutgoing(complaint, "ontvangstbevestiging")?.date ?? today);
    case "reactie":
      return formatDateDutch(firstOutgoing(complaint, "reactie")?.date ?? today);
    case "verlenging":
      return formatDateDutch(complaint.extensions.at(-1)?.notified ?? today);
    default:
      return formatDateDutch(today);
  }
}
function documentFileName(id, kind) {
  return `${id}-${kind}.pdf`;
}

export {
  DOCUMENT_KINDS,
  DOCUMENT_TITLES,
  notApplicable,
  documentModel,
  documentFileName
};
