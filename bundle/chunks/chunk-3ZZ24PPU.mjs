// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  STATE_NAMES,
  addDays,
  compareDates,
  deadlineKindName,
  formatDateDutch,
  parseCalendarDate
} from "./chunk-Y54NMRC7.mjs";

// dist/core/complaint/schema-vocabulary.js
var STATUSES = ["ontvangen", "in behandeling", "afgehandeld"];
var INTAKE_CHANNELS = ["mondeling", "telefonisch", "e-mail", "brief", "anders"];
var COMPLAINANT_ROLES = ["opdrachtgever", "medewerker", "coachee", "klant"];
var DIRECTIONS = ["in", "uit"];
var CORRESPONDENCE_KINDS = ["ontvangstbevestiging", "reactie", "verlenging", "oplossing", "overig"];
var JUDGEMENTS = ["gegrond", "deels gegrond", "ongegrond", "ingetrokken"];
var MEASURE_STATUSES = ["gepland", "uitgevoerd"];
var PROCEDURE_NAMES = ["liberi", "awb", "wkkgz"];
var COMPLAINT_ID_SOURCE = "^KL-[0-9]{4}-[0-9]{3,}$";
var COMPLAINT_ID_PATTERN = new RegExp(COMPLAINT_ID_SOURCE);
var COMPLAINT_ID_BODY = "KL-[0-9]{4}-[0-9]{3,}";
var PERSONAL_FIELDS = [
  "indiener.naam",
  "indiener.adres",
  "indiener.postcode",
  "indiener.woonplaats",
  "indiener.email",
  "indiener.telefoon",
  "correspondentie[].onderwerp",
  "correspondentie[].bijlage",
  "afhandeling.standpunt_indiener",
  "ondertekening.indiener.bijlage",
  "omschrijving"
];
var FIELD_TITLES = {
  "id": "Klachtnummer",
  "status": "Status",
  "complex": "Complexe klacht",
  "ontvangen": "Ontvangst",
  "ontvangen.datum": "Ontvangstdatum",
  "ontvangen.door": "Ontvangen door",
  "ontvangen.wijze": "Wijze van ontvangst",
  "ingediend": "Indiendatum",
  "geregistreerd": "Registratiedatum",
  "indiener": "Indiener (NAW)",
  "indiener.naam": "Naam",
  "indiener.adres": "Adres",
  "indiener.postcode": "Postcode",
  "indiener.woonplaats": "Woonplaats",
  "indiener.email": "E-mailadres",
  "indiener.telefoon": "Telefoonnummer",
  "indiener.rol": "Rol van de indiener",
  "klachtverantwoordelijke": "Klachtverantwoordelijke",
  "behandelaar": "Behandelaar",
  "categorie": "Categorie",
  "acties": "Acties",
  "acties[].datum": "Datum",
  "acties[].actie": "Actie",
  "correspondentie": "Correspondentie",
  "correspondentie[].datum": "Datum",
  "correspondentie[].richting": "Richting",
  "correspondentie[].soort": "Soort",
  "correspondentie[].onderwerp": "Onderwerp",
  "correspondentie[].kanaal": "Kanaal",
  "correspondentie[].bijlage": "Bijlage",
  "verlengingen": "Verlengingen",
  "verlengingen[].gemeld": "Gemeld op",
  "verlengingen[].reden": "Reden",
  "verlengingen[].nieuwe_termijn": "Nieuwe termijn",
  "afhandeling": "Afhandeling (klachtdossier)",
  "afhandeling.datum": "Afhandeldatum",
  "afhandeling.oorzaak": "Oorzaak",
  "afhandeling.oplossing": "Oplossing",
  "afhandeling.standpunt_indiener": "Standpunt indiener",
  "afhandeling.standpunt_directie": "Standpunt directie",
  "afhandeling.overeenstemming": "Overeenstemming",
  "afhandeling.oordeel": "Oordeel",
  "afhandeling.maatregelen": "Maatregelen",
  "afhandeling.maatregelen[].omschrijving": "Omschrijving",
  "afhandeling.maatregelen[].structureel": "Structureel",
  "afhandeling.maatregelen[].status": "Status",
  "ondertekening": "Ondertekening",
  "ondertekening.indiener": "Ondertekening indiener",
  "ondertekening.indiener.datum": "Datum",
  "ondertekening.indiener.wijze": "Wijze",
  "ondertekening.indiener.bijlage": "Bijlage",
  "ondertekening.directie": "Ondertekening directie",
  "ondertekening.directie.datum": "Datum",
  "ondertekening.directie.naam": "Naam",
  "geanonimiseerd": "Geanonimiseerd op"
};

// dist/core/complaint/complaint.js
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function text(value) {
  return typeof value === "string" && value.length > 0 ? value : void 0;
}
function bool(value) {
  return typeof value === "boolean" ? value : void 0;
}
function oneOf(value, allowed) {
  return typeof value === "string" && allowed.includes(value) ? value : void 0;
}
function list(value) {
  return Array.isArray(value) ? value.map((item) => record(item) ?? {}) : [];
}
function toComplaint(file, data, body) {
  const received = record(data.ontvangen) ?? {};
  const complainant = record(data.indiener) ?? {};
  const closure = record(data.afhandeling);
  const signatures = record(data.ondertekening) ?? {};
  const complainantSignature = record(signatures.indiener);
  const managementSignature = record(signatures.directie);
  return {
    file,
    id: text(data.id),
    status: oneOf(data.status, STATUSES),
    complex: bool(data.complex),
    received: {
      date: parseCalendarDate(received.datum),
      by: text(received.door),
      channel: oneOf(received.wijze, INTAKE_CHANNELS)
    },
    submitted: parseCalendarDate(data.ingediend),
    registered: parseCalendarDate(data.geregistreerd),
    complainant: {
      name: text(complainant.naam),
      address: text(complainant.adres),
      postcode: text(complainant.postcode),
      city: text(complainant.woonplaats),
      email: text(complainant.email),
      phone: text(complainant.telefoon),
      role: oneOf(complainant.rol, COMPLAINANT_ROLES)
    },
    responsible: text(data.klachtverantwoordelijke),
    handler: text(data.behandelaar),
    category: text(data.categorie),
    actions: list(data.acties).map((a) => ({ date: parseCalendarDate(a.datum), action: text(a.actie) })),
    correspondence: list(data.correspondentie).map((c) => ({
      date: parseCalendarDate(c.datum),
      direction: oneOf(c.richting, DIRECTIONS),
      kind: oneOf(c.soort, CORRESPONDENCE_KINDS),
      subject: text(c.onderwerp),
      channel: text(c.kanaal),
      attachment: text(c.bijlage)
    })),
    extensions: list(data.verlengingen).map((v) => ({
      notified: parseCalendarDate(v.gemeld),
      reason: text(v.reden),
      newDue: parseCalendarDate(v.nieuwe_termijn)
    })),
    closure: closure && {
      date: parseCalendarDate(closure.datum),
      cause: text(closure.oorzaak),
      solution: text(closure.oplossing),
      complainantPosition: text(closure.standpunt_indiener),
      managementPosition: text(closure.standpunt_directie),
      agreement: bool(closure.overeenstemming),
      judgement: oneOf(closure.oordeel, JUDGEMENTS),
      measures: list(closure.maatregelen).map((m) => ({
        description: text(m.omschrijving),
        structural: bool(m.structureel),
        status: oneOf(m.status, MEASURE_STATUSES)
      }))
    },
    signatures: {
      complainant: complainantSignature && {
        date: parseCalendarDate(complainantSignature.datum),
        manner: text(complainantSignature.wijze),
        attachment: text(complainantSignature.bijlage)
      },
      management: managementSignature && { date: parseCalendarDate(managementSignature.datum), name: text(managementSignature.naam) }
    },
    anonymised: parseCalendarDate(data.geanonimiseerd),
    description: body
  };
}
function firstOutgoing(complaint, kind) {
  let first;
  for (const letter of complaint.correspondence) {
    if (letter.direction === "uit" && letter.kind === kind && letter.date !== void 0 && (first === void 0 || letter.date < first.date))
      first = letter;
  }
  return first;
}
function isComplaintId(id) {
  return COMPLAINT_ID_PATTERN.test(id);
}
function idYear(id) {
  return isComplaintId(id) ? Number(id.split("-")[1]) : void 0;
}
function idNumber(id) {
  return isComplaintId(id) ? Number(id.split("-")[2]) : void 0;
}
function formatId(year, sequence) {
  return `KL-${year}-${String(sequence).padStart(3, "0")}`;
}

// dist/core/analysis/history-checks.js
var ORDER = { ontvangen: 0, "in behandeling": 1, afgehandeld: 2 };
function historyFacts(id, revisions, formerPaths, backdatingDays) {
  const first = revisions[0];
  if (!first)
    return void 0;
  const statusChanges = [];
  const backdated = [];
  const seen = /* @__PURE__ */ new Set();
  let previous = null;
  let closedUnsigned = false;
  revisions.forEach((revision, index) => {
    const { complaint, date } = revision;
    const status = complaint.status ?? null;
    if (index === 0 || status !== previous) {
      if (index > 0)
        statusChanges.push({ commit: revision.commit, date, from: previous, to: status });
      if (status === "afgehandeld" && (index === 0 || previous !== "afgehandeld")) {
        closedUnsigned = complaint.signatures.complainant === void 0 || complaint.signatures.management === void 0;
      }
    }
    previous = status;
    for (const [field, claimed] of [["geregistreerd", complaint.registered], ["afhandeling.datum", complaint.closure?.date]]) {
      if (!claimed || seen.has(`${field}=${claimed}`))
        continue;
      seen.add(`${field}=${claimed}`);
      if (compareDates(addDays(claimed, backdatingDays), date) < 0)
        backdated.push({ field, claimed, recorded: date });
    }
  });
  const reopened = statusChanges.filter((c) => c.from !== null && c.to !== null && ORDER[c.to] < ORDER[c.from]);
  return {
    id,
    firstCommit: first.commit,
    firstRecorded: first.date,
    revisions: revisions.length,
    initialStatus: first.complaint.status ?? null,
    formerPaths,
    statusChanges,
    backdated,
    reopened,
    closedUnsigned
  };
}
function signingCommits(facts) {
  const registered = (status) => status === "in behandeling" || status === "afgehandeld";
  const result = {};
  if (registered(facts.initialStatus))
    result.registratie = facts.firstCommit;
  if (facts.initialStatus === "afgehandeld")
    result.afhandeling = facts.firstCommit;
  for (const change of facts.statusChanges) {
    if (result.registratie === void 0 && registered(change.to) && !registered(change.from))
      result.registratie = change.commit;
    if (change.to === "afgehandeld" && change.from !== "afgehandeld")
      result.afhandeling = change.commit;
  }
  return result;
}

// dist/core/signing/evidence.js
function signatureEvidence(facts, byCommit) {
  const commits = signingCommits(facts);
  const result = {};
  for (const step of ["registratie", "afhandeling"]) {
    const commit = commits[step];
    const evidence = commit === void 0 ? void 0 : byCommit.get(commit);
    if (evidence)
      result[step] = evidence;
  }
  return result;
}
function validlySigned(step, config) {
  if (!step || step.pr === null)
    return false;
  if (!step.approver)
    return true;
  return config.management.some((p) => p.github?.toLowerCase() === step.approver?.login.toLowerCase());
}
function contentVerified(evidence) {
  const content = evidence.content;
  return content !== void 0 && content.identical && content.step.github?.confirmed === true;
}
function managementSignatureConfirmed(evidence, name) {
  if (name === void 0 || !contentVerified(evidence))
    return false;
  return [evidence.registratie?.github, evidence.content?.step.github].some((g) => g?.confirmed === true && g.naam === name);
}
function contentProblem(content) {
  if (!content)
    return "de inhoud is niet in de geschiedenis terug te vinden";
  if (!content.identical)
    return `de afgedrukte tekst is niet de tekst van commit ${content.step.commit.slice(0, 12)}, de laatste die het klachtbestand veranderde (nog niet vastgelegde wijzigingen?)`;
  if (content.step.github?.confirmed === true)
    return void 0;
  const when = formatDateDutch(content.step.date);
  return content.step.pr === null ? `het klachtbestand is daarna gewijzigd zonder pull request (commit ${content.step.commit.slice(0, 12)}, ${when})` : `het klachtbestand is daarna gewijzigd in pull request #${content.step.pr} (${when}), waarvan GitHub geen goedkeuring door de directie bevestigt`;
}
function describeStep(step, config, content) {
  if (!step)
    return "";
  if (step.pr === null)
    return `vastgelegd op ${formatDateDutch(step.date)} zonder pull request; niet geverifieerd`;
  const merged = formatDateDutch(step.date);
  const github = step.github;
  if (github?.confirmed === true) {
    const approved = `goedgekeurd door ${github.naam} (@${github.login}) in pull request #${step.pr}`;
    const problem = contentProblem(content);
    if (problem !== void 0 || !content)
      return `${approved} (samengevoegd op ${merged}), maar ${problem ?? ""}: deze inhoud is niet geverifieerd`;
    return `${approved}, geverifieerd bij GitHub (${github.repository}, inhoud gelijk aan commit ${content.step.commit.slice(0, 12)}); samengevoegd op ${merged}`;
  }
  const approver = step.approver;
  const name = approver ? config.management.find((p) => p.github?.toLowerCase() === approver.login.toLowerCase())?.naam ?? approver.naam : null;
  const claim = approver ? `volgens git goedgekeurd door ${name ?? approver.login} (@${approver.login}) in pull request #${step.pr}, samengevoegd op ${merged}` : `volgens git samengevoegd via pull request #${step.pr} op ${merged}`;
  return github?.confirmed === false ? `${claim}; niet geverifieerd: GitHub bevestigt geen goedkeuring door de directie` : `${claim}; niet geverifieerd bij GitHub`;
}

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
      return complaint.closure ? void 0 : { reason: "de klacht is nog niet afgehandeld (het dossier volgt bij de afhandeling)", step: "handel-af" };
    case "ontvangstbevestiging":
      return complaint.status === "in behandeling" || complaint.status === "afgehandeld" ? void 0 : { reason: "de klacht is nog niet geregistreerd", step: "registreer" };
    case "verlenging":
      return complaint.extensions.length > 0 ? void 0 : { reason: "er is geen verlenging vastgelegd", step: "verleng" };
    case "reactie":
      return complaint.closure?.solution ? void 0 : { reason: "de inhoud van de reactie (oorzaak, standpunt, oplossing) is nog niet vastgelegd", step: "reactie" };
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

// dist/core/steps/step.js
function defineCreate(definition) {
  return definition;
}
function defineStep(definition) {
  return definition;
}
function defined(map) {
  return Object.fromEntries(Object.entries(map).filter((entry) => entry[1] !== void 0));
}
function setIf(path, value) {
  return value === void 0 ? [] : [{ op: "set", path, value }];
}

// dist/core/steps/actie.js
var actie = defineStep({
  command: "actie",
  summary: "legt een actie naar aanleiding van de klacht vast",
  description: [
    "Voegt een actie toe aan de acties van de klacht: de datum en wat er is of wordt gedaan",
    "(de directie besluit welke actie er naar aanleiding van de klacht komt)."
  ],
  form: { file: "formulier-actie.yml", name: "Actie vastleggen", step: "Actie" },
  fields: [
    { name: "actie", kind: "text", label: "Wat er is of wordt gedaan", question: "Welke actie is of wordt ondernomen?", valueName: "tekst", need: "always" },
    { name: "datum", kind: "date", today: true, label: "Wanneer de actie plaatsvond of gepland is", question: "Datum van de actie:", valueName: "datum", need: "no" }
  ],
  examples: [
    'klacht actie KL-2026-007 --actie "Intakegesprek met de indiener gepland"',
    'klacht actie KL-2026-007 --datum 10-3-2026 --actie "Verslag van de coach opgevraagd"'
  ],
  refuse: () => void 0,
  plan: ({ answers: a, today }) => ({
    edits: a.actie === void 0 ? [] : [{ op: "append", path: ["acties"], value: { datum: a.datum ?? today, actie: a.actie } }],
    next: []
  })
});

// dist/core/steps/reactie.js
var REPLY_FORM = "Reactie vastleggen";
var reactie = defineStep({
  command: "reactie",
  summary: "legt de inhoud van de reactie aan de indiener vast (oorzaak, standpunt, oplossing, maatregelen)",
  description: [
    "Legt vast wat de reactie aan de indiener zegt: de vastgestelde oorzaak, het standpunt van de directie,",
    "de oplossing en de maatregelen om herhaling te voorkomen (een nieuwe maatregel staat op gepland).",
    "Daarna: maak de brief (klacht pdf --soort reactie), verstuur hem en leg dat vast (klacht brief),",
    "en handel de klacht af (klacht handel-af). Wat al vastligt hoeft u niet opnieuw te geven."
  ],
  form: { file: "formulier-reactie.yml", name: REPLY_FORM, step: "Reactie" },
  fields: [
    { name: "oorzaak", kind: "text", label: `${FIELD_TITLES["afhandeling.oorzaak"]}: wat er is gebeurd`, question: "Wat is de oorzaak (wat er is gebeurd)?", valueName: "tekst", need: "missing", has: (c) => c.closure?.cause !== void 0, inLetter: "reactie" },
    { name: "standpunt-directie", kind: "text", label: `${FIELD_TITLES["afhandeling.standpunt_directie"]}: het standpunt van de organisatie`, question: "Wat is het standpunt van de directie?", valueName: "tekst", need: "missing", has: (c) => c.closure?.managementPosition !== void 0, inLetter: "reactie" },
    { name: "oplossing", kind: "text", label: `${FIELD_TITLES["afhandeling.oplossing"]}: wat de organisatie voorstelt`, question: "Welke oplossing stelt u voor?", valueName: "tekst", need: "missing", has: (c) => c.closure?.solution !== void 0, inLetter: "reactie" },
    { name: "maatregel", kind: "texts", formInputs: 3, label: "Een structurele maatregel om herhaling te voorkomen (mag vaker)", question: "Een structurele maatregel (leeg: geen meer):", valueName: "tekst", need: "no", inLetter: "reactie" },
    { name: "eenmalige-maatregel", kind: "texts", formInputs: 2, label: "Een eenmalige maatregel (mag vaker)", question: "Een eenmalige maatregel (leeg: geen meer):", valueName: "tekst", need: "no", inLetter: "reactie" }
  ],
  examples: [
    "klacht reactie KL-2026-007",
    'klacht reactie KL-2026-007 --oorzaak "Twee afspraken stonden op dezelfde tijd" --standpunt-directie "De klacht is terecht" --oplossing "Een nieuwe afspraak en onze excuses" --maatregel "De planning wordt door twee mensen gecontroleerd"'
  ],
  refuse: (complaint) => complaint.status === "ontvangen" ? { message: "De klacht is nog niet geregistreerd (status ontvangen): registreer haar eerst.", next: [{ text: "Registreer de klacht.", command: `klacht registreer ${complaint.id ?? ""}`.trimEnd(), form: "Klacht registreren" }] } : void 0,
  plan({ id, complaint, answers: a }) {
    const content = defined({ oorzaak: a.oorzaak, standpunt_directie: a["standpunt-directie"], oplossing: a.oplossing });
    const edits = [
      ...Object.keys(content).length > 0 ? [{ op: "set", path: ["afhandeling"], value: content }] : [],
      ...(a.maatregel ?? []).map((omschrijving) => ({ op: "append", path: ["afhandeling", "maatregelen"], value: { omschrijving, structureel: true, status: "gepland" } })),
      ...(a["eenmalige-maatregel"] ?? []).map((omschrijving) => ({ op: "append", path: ["afhandeling", "maatregelen"], value: { omschrijving, structureel: false, status: "gepland" } }))
    ];
    const sent = complaint.correspondence.some((l) => l.direction === "uit" && l.kind === "reactie");
    return {
      edits,
      next: sent ? [] : [
        { text: "Maak de brief met de reactie en stuur hem de indiener.", command: `klacht pdf ${id} --soort reactie`, form: "Documenten maken" },
        { text: "Leg vast dat de reactie verstuurd is.", command: `klacht brief ${id} --richting uit --soort reactie`, form: "Brief vastleggen" }
      ]
    };
  }
});

// dist/core/steps/fields.js
var ofComplainant = (title) => `${title} van de indiener`;
var CONTACT = [
  { name: "adres", label: ofComplainant(`${FIELD_TITLES["indiener.adres"]} (straat en huisnummer)`), question: "Adres (straat en huisnummer) van de indiener:", valueName: "adres" },
  { name: "postcode", label: ofComplainant(FIELD_TITLES["indiener.postcode"]), question: "Postcode van de indiener:", valueName: "postcode" },
  { name: "woonplaats", label: ofComplainant(FIELD_TITLES["indiener.woonplaats"]), question: "Woonplaats van de indiener:", valueName: "plaats" },
  { name: "email", label: ofComplainant(FIELD_TITLES["indiener.email"]), question: "E-mailadres van de indiener (leeg: geen):", valueName: "adres" },
  { name: "telefoon", label: ofComplainant(FIELD_TITLES["indiener.telefoon"]), question: "Telefoonnummer van de indiener (leeg: geen):", valueName: "nummer" }
];
var ADDRESS = {
  adres: (c) => c.complainant.address,
  postcode: (c) => c.complainant.postcode,
  woonplaats: (c) => c.complainant.city
};
var CONTACT_DETAILS = {
  email: (c) => c.complainant.email,
  telefoon: (c) => c.complainant.phone
};
var CONTACT_AT_INTAKE = CONTACT.map((field) => ({ ...field, kind: "text", need: "no" }));
var CONTACT_AT_REGISTRATION = CONTACT.map((field) => {
  const part = ADDRESS[field.name];
  const detail = CONTACT_DETAILS[field.name];
  if (part !== void 0)
    return { ...field, kind: "text", need: "missing", has: (c) => part(c) !== void 0 };
  return { ...field, kind: "text", need: "no", ...detail === void 0 ? {} : { has: (c) => detail(c) !== void 0 } };
});
var ROLE = { name: "rol", kind: "choice", choices: "rollen", label: FIELD_TITLES["indiener.rol"], question: "Rol van de indiener:", valueName: "rol" };
var NAME = { name: "naam", kind: "text", label: ofComplainant(FIELD_TITLES["indiener.naam"]), question: "Naam van de indiener:", valueName: "naam" };
var COMPLEX = {
  name: "complex",
  kind: "yes-no",
  negative: "niet-complex",
  label: "Is de klacht complex? Ja: reactie binnen een maand; nee: reactie per omgaande",
  yes: "Een complexe klacht: reactie binnen een maand",
  no: "Een eenvoudige klacht: reactie per omgaande",
  question: "Is de klacht complex (reactie binnen een maand)?"
};

// dist/core/steps/registreer.js
var REGISTRATION_FORM = "Klacht registreren";
var registreer = defineStep({
  command: "registreer",
  summary: "registreert een ontvangen klacht (klachtenformulier): NAW, rol, complex, verantwoordelijke, handtekening directie",
  description: [
    "Vult de registratie in van een klacht met status 'ontvangen' en zet de status op 'in behandeling':",
    "de NAW-gegevens en rol van de indiener, complex of niet, de klachtverantwoordelijke, de categorie,",
    "de registratiedatum en de ondertekening door de directie (het directielid dat de pull request goedkeurt).",
    "Wat al in de klacht staat hoeft u niet opnieuw te geven; wat u wel geeft, vervangt het."
  ],
  form: { file: "formulier-registreren.yml", name: REGISTRATION_FORM, step: "Registratie" },
  fields: [
    { ...NAME, need: "no", label: `${NAME.label} (leeg: zoals vastgelegd)`, has: (c) => c.complainant.name !== void 0 },
    ...CONTACT_AT_REGISTRATION,
    { ...ROLE, need: "missing", has: (c) => c.complainant.role !== void 0 },
    { ...COMPLEX, need: "missing", has: (c) => c.complex !== void 0 },
    { name: "klachtverantwoordelijke", kind: "choice", choices: "mensen", label: `${FIELD_TITLES.klachtverantwoordelijke}: wie binnen de organisatie verantwoordelijk is voor de klacht`, question: "Wie is klachtverantwoordelijke?", valueName: "naam", need: "missing", has: (c) => c.responsible !== void 0 },
    { name: "categorie", kind: "choice", choices: "categorieen", label: `${FIELD_TITLES.categorie} van de klacht`, question: "Categorie:", valueName: "categorie", need: "no", has: (c) => c.category !== void 0 },
    { name: "geregistreerd", kind: "date", today: true, label: FIELD_TITLES.geregistreerd, question: "Registratiedatum:", valueName: "datum", need: "no", has: (c) => c.registered !== void 0 },
    { name: "directie", kind: "choice", choices: "directie", label: "Het directielid dat tekent door de pull request goed te keuren; niet wie de pull request maakt", question: "Welk directielid tekent (keurt de pull request goed)?", valueName: "naam", need: "missing", has: (c) => c.signatures.management?.name !== void 0 },
    { name: "directie-datum", kind: "date", today: true, label: "Datum van die ondertekening", question: "Datum van de ondertekening door de directie:", valueName: "datum", need: "no", has: (c) => c.signatures.management?.date !== void 0 }
  ],
  examples: [
    "klacht registreer KL-2026-007",
    'klacht registreer KL-2026-007 --adres "Dorpsstraat 1" --postcode "1234 AB" --woonplaats Utrecht --rol coachee --complex --klachtverantwoordelijke "Anna de Vries" --directie "Reinoud Jansen"',
    "klacht registreer KL-2026-007 --categorie planning --dry-run"
  ],
  refuse: (complaint) => complaint.status === "afgehandeld" ? { message: "De klacht is al afgehandeld; registreren kan alleen bij status ontvangen of in behandeling." } : void 0,
  plan({ id, complaint, answers: a, today }) {
    const signed = complaint.signatures.management;
    const edits = [
      ...complaint.status === "in behandeling" ? [] : setIf(["status"], "in behandeling"),
      ...setIf(["complex"], a.complex),
      ...setIf(["geregistreerd"], a.geregistreerd ?? (complaint.registered === void 0 ? today : void 0))
    ];
    const indiener = defined({ naam: a.naam, adres: a.adres, postcode: a.postcode, woonplaats: a.woonplaats, email: a.email, telefoon: a.telefoon, rol: a.rol });
    if (Object.keys(indiener).length > 0)
      edits.push({ op: "set", path: ["indiener"], value: indiener });
    edits.push(...setIf(["klachtverantwoordelijke"], a.klachtverantwoordelijke), ...setIf(["categorie"], a.categorie));
    const date = a["directie-datum"] ?? (a.directie !== void 0 || signed?.date === void 0 ? today : void 0);
    const signature = defined({ datum: date, naam: a.directie });
    if (Object.keys(signature).length > 0)
      edits.push({ op: "set", path: ["ondertekening", "directie"], value: signature });
    const signer = a.directie ?? signed?.name;
    const next = [
      { text: `${signer ? `${signer} (directie)` : "Een directielid"} keurt de pull request met deze registratie goed: die goedkeuring is de handtekening van de directie.`, ...signer ? { startsWithName: true } : {} },
      ...complaint.signatures.complainant ? [] : [
        { text: "Laat de indiener het klachtenformulier tekenen.", command: `klacht pdf ${id} --soort formulier`, form: "Documenten maken" },
        { text: "Leg de handtekening van de indiener vast.", command: `klacht teken ${id}`, form: "Handtekening indiener vastleggen" }
      ],
      ...complaint.correspondence.some((l) => l.direction === "uit" && l.kind === "ontvangstbevestiging") ? [] : [
        { text: "Stuur de indiener de ontvangstbevestiging.", command: `klacht pdf ${id} --soort ontvangstbevestiging`, form: "Documenten maken" },
        { text: "Leg vast dat de ontvangstbevestiging verstuurd is.", command: `klacht brief ${id} --richting uit --soort ontvangstbevestiging`, form: "Brief vastleggen" }
      ]
    ];
    return { edits, next };
  }
});

// dist/core/steps/verleng.js
var EXTENSION_FORM = "Termijn verlengen";
var verleng = defineStep({
  command: "verleng",
  summary: "legt een verlenging van de reactietermijn vast (reden en nieuwe termijn)",
  description: [
    "Voegt een verlenging toe: de dag waarop de indiener hoorde dat de termijn niet haalbaar is (ruim vóór",
    "het verstrijken ervan), de reden, en de toegezegde nieuwe termijn (later dan de termijn die hij verlengt).",
    "Stuur daarna het verlengingsbericht en leg het vast met klacht brief."
  ],
  form: { file: "formulier-verlengen.yml", name: EXTENSION_FORM, step: "Verlenging" },
  fields: [
    { name: "reden", kind: "text", label: "Waarom de termijn niet haalbaar is", question: "Waarom is de termijn niet haalbaar?", valueName: "tekst", need: "always", inLetter: "verlenging" },
    { name: "nieuwe-termijn", kind: "date", label: `${FIELD_TITLES["verlengingen[].nieuwe_termijn"]}: de toegezegde nieuwe datum voor de reactie`, question: "Nieuwe termijn (de toegezegde datum):", valueName: "datum", need: "always", inLetter: "verlenging" },
    { name: "gemeld", kind: "date", today: true, label: "Dag waarop de indiener is ingelicht", question: "Dag waarop de indiener is ingelicht:", valueName: "datum", need: "no" }
  ],
  examples: [
    'klacht verleng KL-2026-007 --reden "Wacht op het verslag van de coach" --nieuwe-termijn 15-4-2026',
    'klacht verleng KL-2026-007 --gemeld 2026-03-20 --reden "Vakantie behandelaar" --nieuwe-termijn "15 april 2026" --dry-run'
  ],
  refuse: (complaint) => complaint.status === "afgehandeld" ? { message: "De klacht is al afgehandeld; een verlenging van de reactietermijn past daar niet meer bij." } : void 0,
  plan: ({ id, answers: a, today }) => ({
    edits: a.reden === void 0 || a["nieuwe-termijn"] === void 0 ? [] : [{ op: "append", path: ["verlengingen"], value: { gemeld: a.gemeld ?? today, reden: a.reden, nieuwe_termijn: a["nieuwe-termijn"] } }],
    next: [
      { text: "Stuur de indiener het verlengingsbericht.", command: `klacht pdf ${id} --soort verlenging`, form: "Documenten maken" },
      { text: "Leg vast dat het verlengingsbericht verstuurd is.", command: `klacht brief ${id} --richting uit --soort verlenging`, form: "Brief vastleggen" }
    ]
  })
});

// dist/core/steps/brief.js
var PRINTABLE = /* @__PURE__ */ new Set(["ontvangstbevestiging", "verlenging", "reactie"]);
var brief = defineStep({
  command: "brief",
  summary: "legt een brief of ander bericht over de klacht vast (in of uit)",
  description: [
    "Voegt een brief, e-mail of ander bericht toe aan de correspondentie van de klacht: de datum, de",
    `richting (${DIRECTIONS.join(" of ")}: van of naar de indiener) en de soort (${CORRESPONDENCE_KINDS.join(", ")}),`,
    "met desgewenst een onderwerp, het kanaal en de brief zelf als bijlage in het register.",
    'De brieven ontvangstbevestiging, verlenging en reactie maakt u eerst met klacht pdf (formulier "Documenten maken").'
  ],
  form: { file: "formulier-brief.yml", name: "Brief vastleggen", step: "Brief" },
  fields: [
    { name: "richting", kind: "choice", choices: "richtingen", label: "Richting: in is van de indiener, uit is naar de indiener", question: "Richting (in: van de indiener, uit: naar de indiener):", valueName: DIRECTIONS.join("|"), need: "always" },
    { name: "soort", kind: "choice", choices: "soorten", label: "Soort brief of bericht", question: "Soort bericht:", valueName: "soort", need: "always" },
    { name: "datum", kind: "date", today: true, label: "Datum van verzending of ontvangst", question: "Datum van verzending of ontvangst:", valueName: "datum", need: "no" },
    { name: "onderwerp", kind: "text", label: "Korte aanduiding van de inhoud", question: "Onderwerp (leeg: geen):", valueName: "tekst", need: "no" },
    { name: "kanaal", kind: "text", label: "Bijvoorbeeld e-mail, brief of telefoon", question: "Kanaal, bijvoorbeeld e-mail, brief of telefoon (leeg: geen):", valueName: "kanaal", need: "no" },
    { name: "bijlage", kind: "file", label: "De brief zelf in het register, bijvoorbeeld bijlagen/KL-2026-007/reactie.pdf", question: "Pad van de brief in het register (leeg: geen):", valueName: "pad", need: "no" }
  ],
  examples: [
    "klacht brief KL-2026-007 --richting uit --soort ontvangstbevestiging --kanaal e-mail",
    'klacht brief KL-2026-007 --datum 20-3-2026 --richting uit --soort reactie --onderwerp "Reactie op uw klacht" --bijlage bijlagen/KL-2026-007/reactie.pdf',
    "klacht brief KL-2026-007 --richting in --soort overig --kanaal telefoon"
  ],
  refuse: () => void 0,
  plan({ id, complaint, answers: a, today }) {
    const kind = a.richting === "uit" ? a.soort : void 0;
    const not = kind !== void 0 && isPrintedLetter(kind) ? notApplicable(kind, complaint) : void 0;
    if (not)
      return { refused: { message: `Een ${DOCUMENT_TITLES[kind].toLowerCase()} kan nog niet verstuurd zijn: ${not.reason}.`, next: [FIRST[not.step](id)] } };
    const letter = defined({ datum: a.datum ?? today, richting: a.richting, soort: a.soort, onderwerp: a.onderwerp, kanaal: a.kanaal, bijlage: a.bijlage });
    const outgoing = a.richting === "uit" ? a.soort : void 0;
    return { edits: [{ op: "append", path: ["correspondentie"], value: letter }], next: afterLetter(id, complaint, outgoing) };
  }
});
var FIRST = {
  registreer: (id) => ({ text: "Registreer eerst de klacht.", command: `klacht registreer ${id}`, form: REGISTRATION_FORM }),
  verleng: (id) => ({ text: "Leg eerst de verlenging vast.", command: `klacht verleng ${id}`, form: EXTENSION_FORM }),
  reactie: (id) => ({ text: "Leg eerst de inhoud van de reactie vast, en maak daarmee de brief.", command: `klacht reactie ${id}`, form: REPLY_FORM }),
  "handel-af": (id) => ({ text: "Handel eerst de klacht af.", command: `klacht handel-af ${id}`, form: "Klacht afhandelen" })
};
function afterLetter(id, complaint, outgoing) {
  const closed = complaint.status === "afgehandeld";
  const reply = { text: "Leg de inhoud van de reactie vast (oorzaak, standpunt, oplossing, maatregelen).", command: `klacht reactie ${id}`, form: "Reactie vastleggen" };
  switch (outgoing) {
    case "ontvangstbevestiging":
      return [
        { text: "Behandel de klacht en stuur de indiener binnen de reactietermijn een schriftelijke reactie." },
        reply,
        { text: "Lukt de reactietermijn niet, verleng dan tijdig.", command: `klacht verleng ${id}`, form: "Termijn verlengen" }
      ];
    case "verlenging":
      return [{ text: "Stuur de reactie vóór de nieuwe termijn." }, reply];
    case "reactie":
    case "oplossing":
      return closed ? [] : [{ text: "Handel de klacht af (behandelaar, standpunt van de indiener, overeenstemming, oordeel).", command: `klacht handel-af ${id}`, form: "Klacht afhandelen" }];
    default:
      return [];
  }
}
function isPrintedLetter(kind) {
  return PRINTABLE.has(kind);
}

// dist/core/steps/handel-af.js
var handelAf = defineStep({
  command: "handel-af",
  summary: "handelt een klacht af: behandelaar, standpunt van de indiener, overeenstemming, oordeel; status afgehandeld",
  description: [
    "Sluit het klachtdossier en zet de status op 'afgehandeld': wie de klacht behandelde, het standpunt van",
    "de indiener, of er overeenstemming is, het oordeel en de afhandeldatum. Eerst moet de inhoud van de",
    "reactie vastliggen (klacht reactie) en de reactie verstuurd en vastgelegd zijn (klacht brief --richting uit",
    "--soort reactie)."
  ],
  form: { file: "formulier-afhandelen.yml", name: "Klacht afhandelen", step: "Afhandeling" },
  fields: [
    { name: "behandelaar", kind: "choice", choices: "mensen", label: `${FIELD_TITLES.behandelaar}: wie de klacht heeft behandeld`, question: "Wie heeft de klacht behandeld?", valueName: "naam", need: "missing", has: (c) => c.handler !== void 0 },
    { name: "standpunt-indiener", kind: "text", label: `${FIELD_TITLES["afhandeling.standpunt_indiener"]}: wat de indiener vindt van de reactie`, question: "Wat is het standpunt van de indiener?", valueName: "tekst", need: "missing", has: (c) => c.closure?.complainantPosition !== void 0 },
    { name: "overeenstemming", kind: "yes-no", negative: "niet-overeenstemming", label: "Is er overeenstemming met de indiener?", yes: "Er is overeenstemming met de indiener", no: "Er is geen overeenstemming met de indiener", question: "Is er overeenstemming met de indiener?", need: "missing", has: (c) => c.closure?.agreement !== void 0 },
    { name: "oordeel", kind: "choice", choices: "oordelen", label: `${FIELD_TITLES["afhandeling.oordeel"]} over de klacht`, question: "Oordeel over de klacht:", valueName: "oordeel", need: "no", has: (c) => c.closure?.judgement !== void 0 },
    { name: "datum", kind: "date", today: true, label: FIELD_TITLES["afhandeling.datum"], question: "Afhandeldatum:", valueName: "datum", need: "no", has: (c) => c.closure?.date !== void 0 }
  ],
  examples: [
    "klacht handel-af KL-2026-007",
    'klacht handel-af KL-2026-007 --behandelaar "Anna de Vries" --standpunt-indiener "Tevreden met de excuses" --overeenstemming --oordeel gegrond'
  ],
  refuse(complaint) {
    if (complaint.status === "ontvangen") {
      return { message: "De klacht is nog niet geregistreerd (status ontvangen): registreer haar eerst.", next: [{ text: "Registreer de klacht.", command: `klacht registreer ${complaint.id ?? ""}`.trimEnd(), form: "Klacht registreren" }] };
    }
    const closure = complaint.closure;
    if (closure?.cause === void 0 || closure.solution === void 0 || closure.managementPosition === void 0) {
      return { message: "De inhoud van de reactie aan de indiener ligt nog niet vast (oorzaak, standpunt van de directie, oplossing).", next: [{ text: "Leg de reactie vast.", command: `klacht reactie ${complaint.id ?? ""}`.trimEnd(), form: REPLY_FORM }] };
    }
    if (!complaint.correspondence.some((l) => l.direction === "uit" && l.kind === "reactie")) {
      return { message: "Er is nog geen reactie aan de indiener verstuurd en vastgelegd.", next: [
        { text: "Maak de brief met de reactie en verstuur hem.", command: `klacht pdf ${complaint.id ?? ""} --soort reactie`, form: "Documenten maken" },
        { text: "Leg vast dat de reactie verstuurd is.", command: `klacht brief ${complaint.id ?? ""} --richting uit --soort reactie`, form: "Brief vastleggen" }
      ] };
    }
    return void 0;
  },
  plan({ id, complaint, answers: a, today }) {
    const closure = complaint.closure;
    const dossier = defined({
      datum: a.datum ?? (closure?.date === void 0 ? today : void 0),
      standpunt_indiener: a["standpunt-indiener"],
      overeenstemming: a.overeenstemming,
      oordeel: a.oordeel
    });
    const count = closure?.measures.length ?? 0;
    return {
      edits: [
        ...complaint.status === "afgehandeld" ? [] : setIf(["status"], "afgehandeld"),
        ...setIf(["behandelaar"], a.behandelaar),
        ...Object.keys(dossier).length > 0 ? [{ op: "set", path: ["afhandeling"], value: dossier }] : []
      ],
      next: [
        { text: "Een directielid keurt de pull request goed: die goedkeuring is de handtekening onder de afhandeling." },
        { text: "Het klachtdossier als PDF.", command: `klacht pdf ${id} --soort dossier`, form: "Documenten maken" },
        ...count > 0 ? [{ text: "Is een maatregel uitgevoerd, zet hem dan op uitgevoerd.", command: `klacht maatregel ${id}`, form: "Maatregel bijwerken" }] : []
      ]
    };
  }
});

// dist/core/steps/maatregel.js
var maatregel = defineStep({
  command: "maatregel",
  summary: "zet de status van een maatregel (gepland of uitgevoerd)",
  description: [
    "Zet de status van één maatregel uit het klachtdossier (afhandeling.maatregelen). De maatregel wordt",
    "genoemd met zijn nummer in de lijst, te beginnen bij 1, zoals het dossier hem toont; in een terminal",
    "kiest u hem uit de lijst. Nieuwe maatregelen legt u vast met klacht reactie --maatregel."
  ],
  form: { file: "formulier-maatregel.yml", name: "Maatregel bijwerken", step: "Maatregel" },
  fields: [
    { name: "nummer", kind: "choice", choices: "maatregelen", label: "Het nummer van de maatregel in het dossier (1, 2, ...)", question: "Welke maatregel?", valueName: "n", need: "always" },
    { name: "status", kind: "choice", choices: "maatregel-statussen", label: "De nieuwe status van de maatregel", question: "Nieuwe status:", valueName: "status", need: "always" }
  ],
  examples: ["klacht maatregel KL-2026-007 --nummer 1 --status uitgevoerd", "klacht maatregel KL-2026-007"],
  refuse: (complaint) => (complaint.closure?.measures.length ?? 0) === 0 ? { message: "De klacht heeft geen maatregelen. Maatregelen legt u vast met de reactie.", next: [{ text: "Leg een maatregel vast.", command: `klacht reactie ${complaint.id ?? ""} --maatregel <tekst>`, form: "Reactie vastleggen" }] } : void 0,
  plan({ complaint, answers: a }) {
    const count = complaint.closure?.measures.length ?? 0;
    const index = Number(a.nummer) - 1;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      return { refused: { message: `Het nummer van de maatregel is ${count === 1 ? "1 (de klacht heeft één maatregel)" : `1 tot en met ${count}`}.` } };
    }
    return { edits: a.status === void 0 ? [] : [{ op: "set", path: ["afhandeling", "maatregelen", index, "status"], value: a.status }], next: [] };
  }
});

// dist/core/text/plain-text.js
var INLINE = /[\\`*_[\]<>&|~]/g;
var LINE_START = /^([ \t]*)([#>+\-=]|\d{1,9}[.)])/;
function escapeLine(line) {
  const inline = line.replace(/[ \t]+$/, "").replace(INLINE, (c) => `\\${c}`);
  const indented = inline.replace(/^[ \t]+/, (spaces) => " ".repeat(spaces.replace(/\t/g, "    ").length));
  return indented.replace(LINE_START, (_all, space, mark) => `${space}${mark.length === 1 ? `\\${mark}` : `${mark.slice(0, -1)}\\${mark.slice(-1)}`}`);
}
function plainTextAsMarkdown(text2) {
  const lines = text2.replace(/\r\n?/g, "\n").split("\n").map(escapeLine);
  while (lines.length > 0 && lines[0]?.trim() === "")
    lines.shift();
  while (lines.length > 0 && lines.at(-1)?.trim() === "")
    lines.pop();
  return lines.map((line, i) => {
    const next = lines[i + 1];
    return line.trim() !== "" && next !== void 0 && next.trim() !== "" ? `${line}\\` : line.trim() === "" ? "" : line;
  }).join("\n");
}

// dist/core/steps/nieuw.js
var nieuw = defineCreate({
  command: "nieuw",
  summary: "legt een nieuwe klacht vast met het eerstvolgende vrije klachtnummer",
  description: [
    "Maakt complaints/<jaar>/KL-<jaar>-<nummer>.md aan met status 'ontvangen'. Het nummer is het",
    "eerstvolgende dat op geen enkele branch (lokaal of van de server) al bestaat.",
    "Alleen wat u bij binnenkomst weet is nodig: wanneer, door wie en hoe de klacht binnenkwam, de naam",
    "van de indiener en de klacht zelf. De rest kan later, bij de registratie (klacht registreer).",
    "De omschrijving komt in het bestand zoals u haar typt: regels, tekens en al."
  ],
  form: { file: "formulier-vastleggen.yml", name: "Klacht vastleggen", step: "Ontvangst" },
  fields: [
    { name: "ontvangen", kind: "date", today: true, label: `${FIELD_TITLES["ontvangen.datum"]}: de dag waarop de klacht binnenkwam`, question: "Wanneer kwam de klacht binnen?", valueName: "datum", need: "no" },
    { name: "door", kind: "choice", choices: "mensen", label: "Wie de klacht aannam", question: "Wie nam de klacht aan?", valueName: "naam", need: "always", startsOnCurrentPerson: true },
    { name: "wijze", kind: "choice", choices: "wijzen", label: "Hoe de klacht binnenkwam", question: "Hoe kwam de klacht binnen?", valueName: "wijze", need: "always" },
    { name: "ingediend", kind: "date", label: `${FIELD_TITLES.ingediend} (leeg: de dag van ontvangst)`, question: "Indiendatum (leeg: de dag van ontvangst):", valueName: "datum", need: "no" },
    { ...NAME, need: "always" },
    ...CONTACT_AT_INTAKE,
    { ...ROLE, need: "no" },
    { name: "klachtverantwoordelijke", kind: "choice", choices: "mensen", label: `${FIELD_TITLES.klachtverantwoordelijke}: wie binnen de organisatie verantwoordelijk is voor de klacht`, question: "Wie is klachtverantwoordelijke?", valueName: "naam", need: "no" },
    { name: "categorie", kind: "choice", choices: "categorieen", label: `${FIELD_TITLES.categorie} van de klacht`, question: "Categorie:", valueName: "categorie", need: "no" },
    { ...COMPLEX, need: "no" },
    { name: "omschrijving", kind: "text", label: "De klacht in eigen woorden", question: "Wat is de klacht? (één regel; later uit te breiden in het bestand)", valueName: "tekst", need: "always" }
  ],
  examples: [
    "klacht nieuw",
    'klacht nieuw --ontvangen 2-3-2026 --door "Anna de Vries" --wijze mondeling --naam "J. Jansen" --omschrijving "De coach kwam twee keer niet opdagen."'
  ],
  create({ answers: a, today }) {
    if (a.door === void 0 || a.wijze === void 0 || a.naam === void 0 || a.omschrijving === void 0)
      return void 0;
    const receivedOn = a.ontvangen ?? today;
    return {
      receivedOn,
      receivedBy: a.door,
      channel: a.wijze,
      submitted: a.ingediend ?? receivedOn,
      complainant: {
        name: a.naam,
        address: a.adres,
        postcode: a.postcode,
        city: a.woonplaats,
        email: a.email,
        phone: a.telefoon,
        role: a.rol
      },
      ...a.klachtverantwoordelijke === void 0 ? {} : { responsible: a.klachtverantwoordelijke },
      ...a.categorie === void 0 ? {} : { category: a.categorie },
      ...a.complex === void 0 ? {} : { complex: a.complex },
      description: plainTextAsMarkdown(a.omschrijving)
    };
  }
});

// dist/core/steps/teken.js
var teken = defineStep({
  command: "teken",
  summary: "legt de ondertekening door de indiener vast",
  description: [
    "Legt vast wanneer en hoe de indiener het klachtenformulier heeft ondertekend (ondertekening.indiener),",
    'bijvoorbeeld "handtekening op klachtenformulier" of "bevestiging per e-mail", met desgewenst de scan',
    "als bijlage in het register (bijlagen/<klachtnummer>/...). Een vastgelegde datum blijft, tenzij u een andere geeft."
  ],
  form: { file: "formulier-tekenen.yml", name: "Handtekening indiener vastleggen", step: "Handtekening indiener" },
  fields: [
    { name: "wijze", kind: "text", label: 'Hoe de indiener tekende, bijvoorbeeld "handtekening op klachtenformulier"', question: "Hoe heeft de indiener getekend (bijvoorbeeld handtekening op klachtenformulier)?", valueName: "tekst", need: "missing", has: (c) => c.signatures.complainant?.manner !== void 0 },
    { name: "datum", kind: "date", today: true, label: "Datum van ondertekening", emptyMeans: "de vastgelegde datum, anders vandaag", question: "Datum van ondertekening:", valueName: "datum", need: "no", has: (c) => c.signatures.complainant?.date !== void 0 },
    { name: "bijlage", kind: "file", label: "De scan van het getekende formulier in het register, bijvoorbeeld bijlagen/KL-2026-007/formulier.pdf", question: "Pad van de scan in het register (leeg: geen):", valueName: "pad", need: "no", has: (c) => c.signatures.complainant?.attachment !== void 0 }
  ],
  examples: [
    'klacht teken KL-2026-007 --wijze "handtekening op klachtenformulier"',
    'klacht teken KL-2026-007 --datum 4-3-2026 --wijze "bevestiging per e-mail" --bijlage bijlagen/KL-2026-007/akkoord.pdf'
  ],
  refuse: () => void 0,
  plan({ id, complaint, answers: a, today }) {
    const datum = a.datum ?? (complaint.signatures.complainant?.date === void 0 ? today : void 0);
    return {
      edits: [{ op: "set", path: ["ondertekening", "indiener"], value: defined({ datum, wijze: a.wijze, bijlage: a.bijlage }) }],
      next: complaint.status === "ontvangen" ? [{ text: "Registreer de klacht.", command: `klacht registreer ${id}`, form: "Klacht registreren" }] : [{ text: "Neem deze wijziging op in de pull request van de registratie, of maak er een eigen pull request voor." }]
    };
  }
});

// dist/core/steps/index.js
var STEPS = [registreer, teken, brief, actie, verleng, reactie, handelAf, maatregel];
var CREATE_STEP = nieuw;
var STEP_COMMANDS = [CREATE_STEP.command, ...STEPS.map((s) => s.command)];

export {
  STATUSES,
  INTAKE_CHANNELS,
  COMPLAINANT_ROLES,
  DIRECTIONS,
  CORRESPONDENCE_KINDS,
  JUDGEMENTS,
  MEASURE_STATUSES,
  PROCEDURE_NAMES,
  COMPLAINT_ID_BODY,
  PERSONAL_FIELDS,
  FIELD_TITLES,
  toComplaint,
  firstOutgoing,
  isComplaintId,
  idYear,
  idNumber,
  formatId,
  historyFacts,
  signingCommits,
  signatureEvidence,
  validlySigned,
  contentVerified,
  describeStep,
  DOCUMENT_KINDS,
  DOCUMENT_TITLES,
  notApplicable,
  documentModel,
  documentFileName,
  STEPS,
  CREATE_STEP
};
