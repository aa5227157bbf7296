// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  withPrinter
} from "./chunk-XA6A6BZJ.mjs";
import {
  signaturesOfYears
} from "./chunk-TNJSLR7P.mjs";
import {
  complaintHistory
} from "./chunk-U2OOAE6S.mjs";
import {
  makeFolder
} from "./chunk-JB462XYQ.mjs";
import "./chunk-Z6T4L7RN.mjs";
import {
  escapeMarkdown
} from "./chunk-HVOL4K7K.mjs";
import {
  complaintsOf,
  loadDeadlines,
  readAnalysis
} from "./chunk-7F2HNHAN.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import {
  headCommit,
  openRepository
} from "./chunk-5FUXISE3.mjs";
import "./chunk-UJYN62KE.mjs";
import "./chunk-VCDJPKBV.mjs";
import "./chunk-ZGR367YK.mjs";
import "./chunk-JC4GZ2T4.mjs";
import "./chunk-GBMCZDUH.mjs";
import {
  symlinkFinding,
  symlinksUnder
} from "./chunk-CZMNQTA7.mjs";
import {
  writeFileAtomic
} from "./chunk-H6FA2GJG.mjs";
import {
  hasErrors
} from "./chunk-ZAAEDPLE.mjs";
import "./chunk-Z4ZZ64GF.mjs";
import "./chunk-W7APRSVY.mjs";
import {
  UsageError,
  printJson
} from "./chunk-4N5YQ3QY.mjs";
import {
  ANALYSES_DIR,
  analysisPath
} from "./chunk-6PZIGJ5Y.mjs";
import "./chunk-UVHECV36.mjs";
import "./chunk-KK3T65I5.mjs";
import "./chunk-ZC7VFHT2.mjs";
import "./chunk-7GJX6OZ4.mjs";
import "./chunk-UCIYNJQ2.mjs";
import "./chunk-E74CLRJB.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import "./chunk-G45EPIXR.mjs";
import {
  COMPLAINANT_ROLES,
  INTAKE_CHANNELS,
  JUDGEMENTS,
  idYear,
  validlySigned
} from "./chunk-3ZZ24PPU.mjs";
import {
  calendarDate,
  compareDates,
  daysBetween,
  formatDateDutch,
  listDutch,
  monthName,
  plural
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/cli/commands/jaaranalyse.js
var import_node_path = __toESM(require_node_path(), 1);

// dist/core/analysis/statistics.js
function percentOf(part, whole) {
  return whole === 0 ? null : Math.round(part / whole * 100);
}
function percentile(sorted, p) {
  if (sorted.length === 0)
    return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1));
  return sorted[rank];
}
function countBy(items, key) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item) ?? "onbekend";
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

// dist/core/analysis/history-figures.js
function historyFigures(complaints, history, signatures, config) {
  const facts = complaints.flatMap((c) => {
    const f = history.get(c.id);
    return f ? [f] : [];
  });
  const needed = (c, step) => step === "registratie" ? c.status === "in behandeling" || c.status === "afgehandeld" : c.status === "afgehandeld";
  const signed = (step, yes) => complaints.filter((c) => needed(c, step) && validlySigned(signatures?.get(c.id)?.[step], config) === yes).map((c) => c.id);
  return {
    files: facts.length,
    revisions: facts.reduce((sum, f) => sum + f.revisions, 0),
    renamed: facts.filter((f) => f.formerPaths.length > 0).map((f) => f.id),
    backdated: facts.filter((f) => f.backdated.length > 0).map((f) => ({ id: f.id, dates: f.backdated })),
    reopened: facts.filter((f) => f.reopened.length > 0).map((f) => f.id),
    closedUnsigned: facts.filter((f) => f.closedUnsigned).map((f) => f.id),
    registeredWithoutDirectie: signed("registratie", false),
    registeredUnverified: signed("registratie", true),
    closedWithoutDirectie: signed("afhandeling", false),
    closedUnverified: signed("afhandeling", true)
  };
}

// dist/core/analysis/figures.js
var NO_CATEGORY = "zonder categorie";
function withoutPersonalData(text, complaint) {
  let result = text;
  const c = complaint.complainant;
  for (const value of [c.name, c.address, c.email, c.phone, c.postcode, ...(c.name ?? "").split(/\s+/).filter((part) => part.length >= 4)]) {
    if (value)
      result = result.split(value).join("[…]");
  }
  return result;
}
function complaintsOfYear(all, year) {
  return all.filter((c) => c.id !== void 0 && idYear(c.id) === year).sort((a, b) => a.id < b.id ? -1 : 1);
}
function tallies(labels, counts) {
  return labels.map((label) => ({ label, count: counts.get(label) ?? 0 }));
}
function timelinessOf(deadlines, kind, filter = () => true) {
  const list = deadlines.filter((d) => d.kind === kind && filter(d));
  const met = list.filter((d) => d.state === "met").length;
  const open = list.filter((d) => d.state === "pending" || d.state === "due_soon" || d.state === "overdue");
  return {
    total: list.length,
    met,
    metPercent: percentOf(met, list.length),
    late: list.filter((d) => d.state === "met_late").length,
    open: open.length,
    overdue: open.filter((d) => d.state === "overdue").map((d) => d.id ?? "")
  };
}
function timelinessFigures(complaints, all) {
  const own = new Set(complaints.map((c) => c.id));
  const deadlines = all.filter((d) => d.id !== null && own.has(d.id));
  const complex = new Set(complaints.filter((c) => c.complex === true).map((c) => c.id));
  return {
    registration: timelinessOf(deadlines, "registration"),
    acknowledgement: timelinessOf(deadlines, "acknowledgement"),
    responseNotComplex: timelinessOf(deadlines, "response", (d) => !complex.has(d.id ?? void 0)),
    responseComplex: timelinessOf(deadlines, "response", (d) => complex.has(d.id ?? void 0))
  };
}
function extensionFigures(complaints, all) {
  const own = new Set(complaints.map((c) => c.id));
  const notices = all.filter((d) => d.kind === "extension_notice" && d.id !== null && own.has(d.id));
  const list = complaints.flatMap((c) => c.extensions.map((e) => ({
    id: c.id,
    notified: e.notified ?? null,
    reason: e.reason === void 0 ? null : withoutPersonalData(e.reason, c),
    newDue: e.newDue ?? null
  })));
  return {
    list,
    complaints: new Set(list.map((e) => e.id)).size,
    noticesOnTime: notices.filter((d) => d.state === "met").length,
    noticesLate: notices.filter((d) => d.state === "met_late").length
  };
}
function leadTimesOf(complaints) {
  const times = complaints.flatMap((c) => c.submitted && c.closure?.date ? [{ id: c.id, days: daysBetween(c.submitted, c.closure.date) }] : []).sort((a, b) => a.days - b.days);
  const longest = times.at(-1);
  if (!longest)
    return null;
  const days = times.map((t) => t.days);
  return { count: times.length, median: percentile(days, 50), p90: percentile(days, 90), longest };
}
function outcomeFigures(complaints) {
  const closures = complaints.flatMap((c) => c.closure ? [c.closure] : []);
  const judgements = countBy(closures, (c) => c.judgement);
  return {
    closed: closures.length,
    agreement: closures.filter((c) => c.agreement === true).length,
    noAgreement: closures.filter((c) => c.agreement === false).length,
    judgements: tallies(JUDGEMENTS, judgements),
    noJudgement: judgements.get("onbekend") ?? 0
  };
}
function causeFigures(complaints) {
  const byCategory = /* @__PURE__ */ new Map();
  for (const c of complaints) {
    const cause = c.closure?.cause;
    if (!cause)
      continue;
    const category = c.category ?? NO_CATEGORY;
    byCategory.set(category, [...byCategory.get(category) ?? [], { id: c.id, cause: withoutPersonalData(cause, c) }]);
  }
  return [...byCategory.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([category, entries]) => ({ category, entries }));
}
function measuresOf(complaints, onlyStructural) {
  return complaints.flatMap((c) => (c.closure?.measures ?? []).filter((m) => !onlyStructural || m.structural === true).map((m) => ({ id: c.id, description: withoutPersonalData(m.description ?? "", c), structural: m.structural === true, status: m.status ?? null })));
}
function whoAndWhat(complaints) {
  const months = countBy(complaints, (c) => c.submitted?.slice(5, 7));
  const roles = countBy(complaints, (c) => c.complainant.role);
  const categories = countBy(complaints, (c) => c.category ?? NO_CATEGORY);
  return {
    byMonth: Array.from({ length: 12 }, (_, i) => months.get(String(i + 1).padStart(2, "0")) ?? 0),
    byRole: tallies(COMPLAINANT_ROLES, roles),
    withoutRole: roles.get("onbekend") ?? 0,
    byCategory: [...categories.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label, count]) => ({ label, count })),
    byChannel: tallies(INTAKE_CHANNELS, countBy(complaints, (c) => c.received.channel)),
    complexity: {
      complex: complaints.filter((c) => c.complex === true).length,
      notComplex: complaints.filter((c) => c.complex === false).length,
      undetermined: complaints.filter((c) => c.complex === void 0).length
    }
  };
}
function analysisFigures(input) {
  const { year, config } = input;
  const complaints = complaintsOfYear(input.complaints, year);
  const yearEnd = calendarDate(year, 12, 31);
  const closedByYearEnd = (c) => c.closure?.date !== void 0 && compareDates(c.closure.date, yearEnd) <= 0;
  return {
    year,
    organisation: config.organisation.naam,
    generatedOn: input.generatedOn,
    commit: input.commit,
    backdatingDays: config.backdatingDays,
    complaints: complaints.map((c) => c.id),
    earlierYears: [year - 3, year - 2, year - 1].map((y) => ({ year: y, count: complaintsOfYear(input.complaints, y).length })),
    closedAtYearEnd: complaints.filter(closedByYearEnd).map((c) => c.id),
    openAtYearEnd: complaints.filter((c) => !closedByYearEnd(c)).map((c) => c.id),
    ...whoAndWhat(complaints),
    timeliness: timelinessFigures(complaints, input.deadlines),
    extensions: extensionFigures(complaints, input.deadlines),
    leadTimes: leadTimesOf(complaints),
    outcomes: outcomeFigures(complaints),
    causes: causeFigures(complaints),
    measures: measuresOf(complaints, false),
    lastYearStructural: measuresOf(complaintsOfYear(input.complaints, year - 1), true),
    withErrors: input.withErrors,
    history: input.history ? historyFigures(complaints, input.history, input.signatures, config) : null
  };
}

// dist/core/analysis/document.js
function analysisMarkdown(document) {
  const blocks = document.blocks.map((block) => block.kind === "chart" ? `![${block.alt}](${block.file})` : block.markdown);
  return `${document.frontmatter}
${blocks.join("\n\n")}`;
}
function analysisCharts(document) {
  return Object.fromEntries(document.blocks.flatMap((block) => block.kind === "chart" ? [[block.file, block.svg]] : []));
}

// dist/core/analysis/directie.js
var DIRECTIE_START = "<!-- directie: begin. Wat hiertussen staat, blijft bij opnieuw genereren staan. -->";
var DIRECTIE_END = "<!-- directie: einde -->";
var DIRECTIE_PLACEHOLDER = "_Hier schrijft de directie haar conclusies en aanbevelingen: wat gaat goed, wat moet beter, welke maatregelen volgen. Deze tekst blijft staan als de analyse opnieuw wordt gemaakt._";
function directieSection(previousMarkdown) {
  if (previousMarkdown === void 0)
    return DIRECTIE_PLACEHOLDER;
  const start = previousMarkdown.indexOf(DIRECTIE_START);
  const end = previousMarkdown.indexOf(DIRECTIE_END);
  if (start < 0 || end < start)
    return DIRECTIE_PLACEHOLDER;
  return previousMarkdown.slice(start + DIRECTIE_START.length, end).trim() || DIRECTIE_PLACEHOLDER;
}
function directieChapter(text) {
  return ["## 7. Conclusies en aanbevelingen", "", DIRECTIE_START, text, DIRECTIE_END, ""];
}

// dist/core/analysis/charts.js
function escapeXml(text) {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function columnChart(title, bars, width = 560, height = 200) {
  const top = 30;
  const bottom = 24;
  const left = 10;
  const plot = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = (width - 2 * left) / Math.max(1, bars.length);
  const barWidth = step * 0.62;
  const parts = bars.map((bar, i) => {
    const h = Math.round(bar.value / max * plot);
    const x = left + i * step + (step - barWidth) / 2;
    const y = top + plot - h;
    return [
      `<rect x="${x.toFixed(1)}" y="${y}" width="${barWidth.toFixed(1)}" height="${h}" fill="#2f5d62"/>`,
      `<text x="${(x + barWidth / 2).toFixed(1)}" y="${y - 4}" text-anchor="middle" font-size="11">${bar.value}</text>`,
      `<text x="${(x + barWidth / 2).toFixed(1)}" y="${height - 8}" text-anchor="middle" font-size="11">${escapeXml(bar.label)}</text>`
    ].join("");
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans, sans-serif" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title><text x="${left}" y="16" font-size="13" font-weight="700" fill="#2f5d62">${escapeXml(title)}</text><line x1="${left}" y1="${top + plot}" x2="${width - left}" y2="${top + plot}" stroke="#999" stroke-width="1"/>${parts.join("")}</svg>
`;
}
function barChart(title, bars, width = 560) {
  const row = 22;
  const top = 28;
  const labelWidth = 170;
  const height = top + bars.length * row + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const span = width - labelWidth - 50;
  const parts = bars.map((bar, i) => {
    const y = top + i * row;
    const w = Math.round(bar.value / max * span);
    return `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end" font-size="11">${escapeXml(bar.label)}</text><rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 8}" fill="#2f5d62"/><text x="${labelWidth + w + 6}" y="${y + 14}" font-size="11">${bar.value}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans, sans-serif" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title><text x="0" y="16" font-size="13" font-weight="700" fill="#2f5d62">${escapeXml(title)}</text>${parts.join("")}</svg>
`;
}

// dist/core/analysis/markdown.js
function table(header, rows) {
  const cell = (value) => escapeMarkdown(String(value));
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}
function ids(list) {
  return list.length === 0 ? "-" : list.join(", ");
}
function percentText(percent) {
  return percent === null ? "-" : `${percent}%`;
}
function frontmatter(f) {
  return ["---", `jaar: ${f.year}`, `gegenereerd: ${f.generatedOn}`, `commit: ${f.commit ?? "geen (geen git)"}`, "---"].join("\n");
}
function heading(f) {
  const source = f.commit ? ` uit commit \`${f.commit.slice(0, 12)}\`` : "";
  return [
    `# Jaaranalyse klachten ${f.year}`,
    "",
    `${f.organisation.replace(/\.$/, "")}. Gemaakt op ${formatDateDutch(f.generatedOn)} met \`klacht jaaranalyse ${f.year}\`${source}. Deze analyse bevat geen persoonsgegevens: alleen klachtnummers, categorieën en aantallen.`,
    ""
  ];
}
function summary(f) {
  const { year } = f;
  const received = f.complaints.length;
  const previous = f.earlierYears.at(-1)?.count ?? 0;
  const trend = previous === 0 ? "Het jaar ervoor waren er geen klachten." : received > previous ? `Dat is meer dan in ${year - 1} (${previous}).` : received < previous ? `Dat is minder dan in ${year - 1} (${previous}).` : `Evenveel als in ${year - 1}.`;
  const open = f.openAtYearEnd;
  const years = f.earlierYears.filter((e) => e.count > 0 || e.year === year - 1).map((e) => [e.year, e.count]);
  return [
    "## 1. Samenvatting",
    "",
    `In ${year} ${received === 1 ? "is 1 klacht" : `zijn ${received} klachten`} ontvangen. ${trend} Op 31 december ${year} waren er ${f.closedAtYearEnd.length} afgehandeld en stonden er ${open.length} open${open.length > 0 ? ` (${ids(open)})` : ""}.`,
    "",
    table(["jaar", "klachten"], [...years, [year, received]]),
    ""
  ];
}
function whoAndWhat2(f) {
  const { complex, notComplex, undetermined } = f.complexity;
  return [
    "## 2. Wie en wat",
    "",
    table(["rol van de indiener", "klachten"], [...f.byRole.map((t) => [t.label, t.count]), ...f.withoutRole > 0 ? [["onbekend", f.withoutRole]] : []]),
    "",
    table(["categorie", "klachten"], f.byCategory.map((t) => [t.label, t.count])),
    "",
    table(["binnengekomen", "klachten"], f.byChannel.map((t) => [t.label, t.count])),
    "",
    `Complex: ${complex}, niet complex: ${notComplex}${undetermined > 0 ? `, nog niet bepaald: ${undetermined}` : ""}.`
  ];
}
function charts(f) {
  const months = f.byMonth.map((value, i) => ({ label: monthName(i + 1).slice(0, 3), value }));
  return [
    { kind: "chart", file: `${f.year}-per-maand.svg`, alt: "Klachten per maand", svg: columnChart(`Klachten per maand van indiening, ${f.year}`, months) },
    { kind: "chart", file: `${f.year}-per-categorie.svg`, alt: "Klachten per categorie", svg: barChart(`Klachten per categorie, ${f.year}`, f.byCategory.map((t) => ({ label: t.label, value: t.count }))) }
  ];
}
function timelinessRow(name, t) {
  const overdue = t.overdue.length > 0 ? ` (waarvan verlopen: ${ids(t.overdue)})` : "";
  return [name, t.total, `${t.met} (${percentText(t.metPercent)})`, t.late, `${t.open}${overdue}`];
}
function timeliness(f) {
  const t = f.timeliness;
  const { list, complaints, noticesOnTime, noticesLate } = f.extensions;
  const lead = f.leadTimes;
  return [
    "## 3. Tijdigheid",
    "",
    table(["termijn", "aantal", "op tijd", "te laat", "nog open"], [
      timelinessRow("registratie", t.registration),
      timelinessRow("ontvangstbevestiging", t.acknowledgement),
      timelinessRow("reactie, niet complex", t.responseNotComplex),
      timelinessRow("reactie, complex", t.responseComplex)
    ]),
    "",
    list.length === 0 ? "Er zijn geen termijnen verlengd." : `Er ${list.length === 1 ? "is 1 termijn" : `zijn ${list.length} termijnen`} verlengd, bij ${plural(complaints, "klacht", "klachten")}. ${noticesOnTime} keer was de melding op tijd, ${noticesLate} keer te laat (de verlenging telde dan niet).`,
    "",
    ...list.length > 0 ? [table(["klacht", "gemeld", "reden", "nieuwe termijn"], list.map((e) => [
      e.id,
      e.notified ? formatDateDutch(e.notified) : "-",
      e.reason ?? "-",
      e.newDue ? formatDateDutch(e.newDue) : "-"
    ])), ""] : [],
    lead === null ? "Er is nog geen klacht van dit jaar afgehandeld, dus er is geen doorlooptijd." : `Doorlooptijd van indiening tot afhandeling (${lead.count} afgehandelde klachten): mediaan ${lead.median} dagen, 90e percentiel ${lead.p90} dagen, langste ${lead.longest.days} dagen (${lead.longest.id}).`,
    ""
  ];
}
function outcomes(f) {
  const o = f.outcomes;
  if (o.closed === 0)
    return ["## 4. Uitkomsten", "", "Nog geen klacht van dit jaar is afgehandeld.", ""];
  return [
    "## 4. Uitkomsten",
    "",
    `Van de ${o.closed} afgehandelde klachten werd bij ${o.agreement} overeenstemming bereikt met de indiener, bij ${o.noAgreement} niet.`,
    "",
    table(["oordeel", "klachten"], [...o.judgements.map((t) => [t.label, t.count]), ["geen oordeel vastgelegd", o.noJudgement]]),
    ""
  ];
}
function causesAndMeasures(f) {
  const lines = ["## 5. Oorzaken en maatregelen", ""];
  if (f.causes.length === 0)
    lines.push("Er zijn nog geen oorzaken vastgelegd.", "");
  for (const { category, entries } of f.causes) {
    lines.push(`**${category}** (${entries.length}):`, "", ...entries.map((e) => `- ${e.id}: ${e.cause}`), "");
  }
  lines.push(f.measures.length === 0 ? "Er zijn geen maatregelen vastgelegd." : table(["klacht", "maatregel", "structureel", "status"], f.measures.map((m) => [
    m.id,
    m.description,
    m.structural ? "ja" : "nee",
    m.status ?? "-"
  ])), "");
  const lastYear = f.lastYearStructural;
  lines.push(lastYear.length === 0 ? `Uit ${f.year - 1} staan geen structurele maatregelen open om te volgen.` : `De structurele maatregelen uit ${f.year - 1}, en hoe ze er nu voor staan:`, "");
  if (lastYear.length > 0)
    lines.push(table(["klacht", "maatregel", "status nu"], lastYear.map((m) => [m.id, m.description, m.status ?? "-"])), "");
  return lines;
}
function conformity(f) {
  const lines = ["## 6. Conformiteit en integriteit", ""];
  lines.push(f.withErrors.length === 0 ? "Alle klachtbestanden van dit jaar voldoen aan het formaat (`klacht valideer`)." : `${f.withErrors.length} klachtbestanden hebben fouten volgens \`klacht valideer\`: ${f.withErrors.join(", ")}.`, "");
  const h = f.history;
  if (!h)
    return [...lines, "Het register staat niet in git, dus de geschiedenis kon niet worden nagekeken.", ""];
  const renamed = h.renamed.length > 0 ? `; ${h.renamed.length} ${h.renamed.length === 1 ? "bestand is" : "bestanden zijn"} hernoemd (${ids(h.renamed)})` : "";
  const backdated = h.backdated.map((b) => b.id);
  lines.push(
    `De geschiedenis telt ${h.revisions} wijzigingen aan de ${h.files} klachtbestanden van dit jaar${renamed}.`,
    "",
    table(["controle", "aantal", "klachten"], [
      [`datum meer dan ${f.backdatingDays} dagen vóór de commit die hem vastlegde (mogelijk teruggedateerd)`, backdated.length, ids(backdated)],
      ["status teruggezet (bijvoorbeeld van afgehandeld naar in behandeling)", h.reopened.length, ids(h.reopened)],
      ["afgehandeld zonder ondertekening door indiener en directie", h.closedUnsigned.length, ids(h.closedUnsigned)],
      ["geregistreerd zonder pull request die de directie goedkeurde (volgens git)", h.registeredWithoutDirectie.length, ids(h.registeredWithoutDirectie)],
      ["geregistreerd met een pull request volgens git; goedkeuring door de directie niet geverifieerd", h.registeredUnverified.length, ids(h.registeredUnverified)],
      ["afgehandeld zonder pull request die de directie goedkeurde (volgens git)", h.closedWithoutDirectie.length, ids(h.closedWithoutDirectie)],
      ["afgehandeld met een pull request volgens git; goedkeuring door de directie niet geverifieerd", h.closedUnverified.length, ids(h.closedUnverified)]
    ]),
    "",
    // CONTRACT section 5: evidence from git alone is shown as not verified.
    'Wat hier "volgens git" staat, komt uit de titels van commits ("… (#12)", "Merge pull request #12") en regels "Goedgekeurd-door:"; die kan iedereen met schrijfrechten zelf zo schrijven. Of de directie die pull requests echt goedkeurde, is hier dus niet geverifieerd: dat bevestigt alleen GitHub, per klacht met `klacht ondertekening <klachtnummer>` en een GITHUB_TOKEN.',
    ""
  );
  for (const b of h.backdated) {
    lines.push(`- ${b.id}: ${listDutch(b.dates.map((d) => `${d.field} ${formatDateDutch(d.claimed)}, vastgelegd op ${formatDateDutch(d.recorded)}`))}.`);
  }
  if (h.backdated.length > 0)
    lines.push("");
  return lines;
}
function renderAnalysis(figures, directie) {
  const markdown = (lines) => ({ kind: "markdown", markdown: lines.join("\n") });
  if (figures.complaints.length === 0) {
    const empty = `In ${figures.year} zijn geen klachten ontvangen. Er valt daarom niets te analyseren; de directie kan hieronder vastleggen wat zij daaruit concludeert.`;
    return { frontmatter: frontmatter(figures), blocks: [markdown([...heading(figures), "## 1. Samenvatting", "", empty, "", ...directieChapter(directie)])] };
  }
  return {
    frontmatter: frontmatter(figures),
    blocks: [
      markdown([...heading(figures), ...summary(figures), ...whoAndWhat2(figures)]),
      ...charts(figures),
      markdown([...timeliness(figures), ...outcomes(figures), ...causesAndMeasures(figures), ...conformity(figures), ...directieChapter(directie)])
    ]
  };
}

// dist/core/analysis/annual-analysis.js
function annualAnalysis(input, previousMarkdown) {
  const figures = analysisFigures(input);
  const document = renderAnalysis(figures, directieSection(previousMarkdown));
  return { figures, document, markdown: analysisMarkdown(document), charts: analysisCharts(document) };
}

// dist/cli/commands/jaaranalyse.js
var jaaranalyse = defineCommand({
  spec: {
    name: "jaaranalyse",
    summary: "de jaaranalyse van de klachten, uit het register en de git-geschiedenis",
    positionals: "<jaar>",
    maxPositionals: 1,
    description: [
      "Schrijft analyses/<jaar>.md (met grafieken als SVG ernaast) en analyses/<jaar>.pdf: aantallen en",
      "trend, wie en wat, tijdigheid, uitkomsten, oorzaken en maatregelen, en een controle van de",
      "geschiedenis (mogelijk teruggedateerde datums, teruggezette status, afhandeling zonder",
      'ondertekening). Zonder persoonsgegevens. Het deel "Conclusies en aanbevelingen" schrijft de',
      "directie; opnieuw genereren laat dat staan. Een klacht hoort bij het jaar van haar klachtnummer."
    ].join("\n"),
    options: {
      uit: { type: "string", valueName: "map", description: "Zet de PDF in deze map in plaats van in analyses/." },
      "zonder-pdf": { type: "boolean", description: "Alleen de Markdown (geen Chromium nodig)." }
    },
    examples: ["klacht jaaranalyse 2025", "klacht jaaranalyse 2025 --zonder-pdf", "klacht jaaranalyse 2026 --register examples/register --uit out"]
  },
  async run(context) {
    const yearText = context.positionals[0];
    if (yearText === void 0 || !/^\d{4}$/.test(yearText))
      throw new UsageError("Noem het jaar van de analyse, bijvoorbeeld: klacht jaaranalyse 2025", "jaaranalyse");
    const year = Number(yearText);
    const git = await openRepository(context.root);
    const log = git ? complaintHistory(git) : void 0;
    log?.catch(() => void 0);
    const commit = git ? await headCommit(git) : null;
    const { loaded, deadlines } = await loadDeadlines(context);
    const { config } = loaded.context;
    const signed = log && git ? await signaturesOfYears(loaded.root, git, /* @__PURE__ */ new Set([year]), config.backdatingDays, log) : void 0;
    const history = signed?.facts;
    const withErrors = loaded.files.filter((f) => hasErrors(f.findings) && f.complaint?.id !== void 0 && idYear(f.complaint.id) === year).map((f) => f.complaint?.id);
    const folder = (0, import_node_path.join)(loaded.root, ANALYSES_DIR);
    const markdownPath = (0, import_node_path.join)(loaded.root, analysisPath(year));
    const link = symlinksUnder(loaded.root, ANALYSES_DIR)[0];
    if (link !== void 0)
      throw new RunError(symlinkFinding(link).message);
    const previous = readAnalysis(loaded.root, year);
    if (previous?.ok === false)
      throw new RunError(`${previous.finding.file}: ${previous.finding.message} De jaaranalyse is niet gemaakt.`);
    const analysis = annualAnalysis({
      year,
      complaints: complaintsOf(loaded),
      deadlines,
      history,
      signatures: signed?.evidence,
      config,
      generatedOn: context.today,
      commit,
      withErrors
    }, previous?.text);
    makeFolder(folder);
    writeFileAtomic(markdownPath, analysis.markdown);
    const chartPaths = Object.entries(analysis.charts).map(([name, svg]) => {
      const path = (0, import_node_path.join)(folder, name);
      writeFileAtomic(path, svg);
      return path;
    });
    let pdfPath = null;
    if (context.values["zonder-pdf"] !== true) {
      const outDir = context.values.uit === void 0 ? folder : (0, import_node_path.resolve)(context.io.cwd, context.values.uit);
      makeFolder(outDir);
      pdfPath = (0, import_node_path.join)(outDir, `${year}.pdf`);
      await printAnalysis(context, analysis.document, year, pdfPath, loaded.root, config.organisation);
    }
    if (context.json) {
      printJson(context, { year, markdown: markdownPath, charts: chartPaths, pdf: pdfPath, history: history !== void 0 });
    } else {
      context.io.stdout(`${markdownPath}
${chartPaths.map((p) => `${p}
`).join("")}${pdfPath ? `${pdfPath}
` : ""}`);
      context.io.stdout(`Jaaranalyse ${year} gemaakt${history ? "" : " (zonder geschiedenis: het register staat niet in git)"}. Vul hoofdstuk 7 aan en laat de directie de pull request goedkeuren.
`);
    }
    return 0;
  }
});
function analysisHtml(document, sanitise) {
  return document.blocks.map((block) => block.kind === "chart" ? block.svg : sanitise(block.markdown)).filter((html) => html !== "").join("\n");
}
async function printAnalysis(context, document, year, target, root, organisation) {
  await withPrinter(context, async (launching) => {
    const { TemplateRenderer, logoDataUrl } = await import("./templates-GLTKHV5L.mjs");
    const { markdownToSafeHtml } = await import("./markdown-MYNFBBJE.mjs");
    const page = new TemplateRenderer(root).renderTemplate("jaaranalyse", {
      title: `Jaaranalyse ${year}`,
      klacht: { id: "" },
      organisation: { naam: organisation.naam, adres: organisation.adres ?? "", email: organisation.email ?? "", telefoon: organisation.telefoon ?? "", logo: logoDataUrl(root, organisation.logo) },
      inhoud_html: analysisHtml(document, markdownToSafeHtml)
    });
    const started = await launching;
    if (!started.printer) {
      throw new RunError(`${started.error?.message ?? "Chromium startte niet."} De Markdown van de analyse is wel geschreven; gebruik --zonder-pdf om alleen die te maken.`);
    }
    let pdf;
    try {
      pdf = await started.printer.print(page, { footer: `Jaaranalyse klachten ${year}` });
    } catch (error) {
      const why = started.printer.isRunning() ? "Chromium kon de analyse niet afdrukken" : "Chromium stopte onverwacht tijdens het afdrukken";
      throw new RunError(`${why}. De Markdown van de analyse is wel geschreven; de PDF niet. Voer de opdracht opnieuw uit.`, { detail: `Chromium: ${error instanceof Error ? error.name : typeof error}` });
    }
    writeFileAtomic(target, pdf);
  });
}
export {
  analysisHtml,
  jaaranalyse
};
