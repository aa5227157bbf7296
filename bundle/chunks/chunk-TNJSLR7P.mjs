// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  complaintHistory,
  readBlobs,
  readObjects
} from "./chunk-U2OOAE6S.mjs";
import {
  githubToken,
  pullRequestReviews,
  repositoryName
} from "./chunk-Z6T4L7RN.mjs";
import {
  gitFailure,
  hasCommits,
  runGit
} from "./chunk-5FUXISE3.mjs";
import {
  require_node_crypto
} from "./chunk-H6FA2GJG.mjs";
import {
  complaintFromBytes,
  parseConfig
} from "./chunk-ZAAEDPLE.mjs";
import {
  hasUnsafeName
} from "./chunk-W7APRSVY.mjs";
import {
  CONFIG_FILE
} from "./chunk-6PZIGJ5Y.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_child_process
} from "./chunk-E74CLRJB.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  COMPLAINT_ID_BODY,
  STATUSES,
  historyFacts,
  idYear,
  signatureEvidence,
  signingCommits
} from "./chunk-3ZZ24PPU.mjs";
import {
  todayInAmsterdam
} from "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/git/evidence.js
var RECORD = "";
var FIELD = "";
function evidenceOf(commit, time, message) {
  const subject = message.split("\n")[0] ?? "";
  const pr = /^Merge pull request #(\d+)/.exec(subject)?.[1] ?? /\(#(\d+)\)\s*$/.exec(subject)?.[1];
  const trailer = /^Goedgekeurd-door: @([A-Za-z0-9-]+)(?: \(([^)]+)\))?/m.exec(message);
  return {
    pr: pr === void 0 ? null : Number(pr),
    commit,
    date: todayInAmsterdam(new Date(time * 1e3)),
    approver: trailer ? { login: trailer[1], naam: trailer[2] ?? null } : null
  };
}
async function mainLineEvidence(git) {
  const output = await hasCommits(git) ? await runGit(git, ["log", "--no-color", `--format=${RECORD}%H${FIELD}%P${FIELD}%ct${FIELD}%B`, "HEAD"], "het lezen van de samenvoegcommits") : "";
  const commits = /* @__PURE__ */ new Map();
  let head;
  for (const record of output.split(RECORD).slice(1)) {
    const [hash = "", parents = "", time = "0", ...message] = record.split(FIELD);
    head ??= hash;
    commits.set(hash, { parents: parents.split(" ").filter(Boolean), time: Number(time), message: message.join(FIELD).trim() });
  }
  const chain = [];
  for (let at = head; at !== void 0 && commits.has(at); at = commits.get(at)?.parents[0])
    chain.push(at);
  const onChain = new Set(chain);
  const result = /* @__PURE__ */ new Map();
  for (const hash of chain) {
    const commit = commits.get(hash);
    const evidence = evidenceOf(hash, commit.time, commit.message);
    result.set(hash, evidence);
    const queue = commit.parents.slice(1);
    while (queue.length > 0) {
      const side = queue.pop();
      if (onChain.has(side) || result.has(side))
        continue;
      result.set(side, evidence);
      queue.push(...commits.get(side)?.parents ?? []);
    }
  }
  return result;
}

// dist/git/object-ids.js
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function objectIds(root, names) {
  return new Promise((resolve, reject) => {
    if (names.length === 0) {
      resolve([]);
      return;
    }
    if (names.some((n) => /[\r\n]/.test(n))) {
      reject(gitFailure("het opzoeken van bestanden in de geschiedenis", "een naam met een regeleinde"));
      return;
    }
    const child = (0, import_node_child_process.spawn)("git", ["cat-file", "--batch-check=%(objectname)"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString();
    });
    child.on("error", (error) => reject(gitFailure("het opzoeken van bestanden in de geschiedenis", error)));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(gitFailure("het opzoeken van bestanden in de geschiedenis", stderr));
        return;
      }
      const lines = stdout.split("\n").slice(0, names.length);
      resolve(lines.map((line) => /^[0-9a-f]{40,64}$/.test(line) ? line : void 0));
    });
    child.stdin.end(`${names.join("\n")}
`);
  });
}
function blobId(bytes, length) {
  return (0, import_node_crypto.createHash)(length === 64 ? "sha256" : "sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
async function filteredBlobIds(root, files) {
  if (files.length === 0)
    return [];
  const what = "het vergelijken van klachtbestanden met de geschiedenis";
  if (files.some((f) => /[\r\n]/.test(f.path)))
    throw gitFailure(what, "een naam met een regeleinde");
  const top = await new Promise((resolve, reject) => {
    (0, import_node_child_process.execFile)("git", ["rev-parse", "--show-toplevel"], { cwd: root }, (error, stdout) => error ? reject(gitFailure(what, error)) : resolve(stdout.trim()));
  });
  const unchanged = files.map((f) => {
    const now = readIfThere((0, import_node_path.join)(top, f.path));
    return now !== void 0 && Buffer.compare(now, Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength)) === 0;
  });
  const paths = files.filter((_, i) => unchanged[i]).map((f) => f.path);
  if (paths.length === 0)
    return files.map(() => void 0);
  const ids = await new Promise((resolve, reject) => {
    const child = (0, import_node_child_process.spawn)("git", ["hash-object", "--stdin-paths"], { cwd: top, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString();
    });
    child.on("error", (failure) => reject(gitFailure(what, failure)));
    child.on("close", (code) => {
      const lines = stdout.split("\n").slice(0, paths.length);
      if (code !== 0 || lines.length < paths.length || !lines.every((l) => /^[0-9a-f]{40,64}$/.test(l)))
        reject(gitFailure(what, stderr));
      else
        resolve(lines);
    });
    child.stdin.end(`${paths.join("\n")}
`);
  });
  let next = 0;
  return files.map((_, i) => unchanged[i] ? ids[next++] : void 0);
}
function readIfThere(path) {
  try {
    return (0, import_node_fs.readFileSync)(path);
  } catch {
    return void 0;
  }
}

// dist/cli/ondertekening/content-evidence.js
async function contentEvidence(root, printed, byCommit) {
  const found = [...printed].flatMap(([id, { file, bytes }]) => {
    const last = file.revisions.at(-1);
    const step = last === void 0 ? void 0 : byCommit.get(last.commit);
    return step && !hasUnsafeName(file.path) ? [{ id, step, path: file.path, bytes }] : [];
  });
  const ids = await objectIds(root, found.map((f) => `${f.step.commit}:${f.path}`));
  const raw = found.map((f, i) => {
    const atStep = ids[i];
    return atStep !== void 0 && atStep === blobId(f.bytes, atStep.length);
  });
  const others = found.filter((_, i) => !raw[i] && ids[i] !== void 0);
  const filtered = new Map((await filteredBlobIds(root, others)).map((id, i) => [others[i], id]));
  return new Map(found.map((f, i) => [f.id, { step: f.step, identical: raw[i] === true || ids[i] !== void 0 && filtered.get(f) === ids[i] }]));
}

// dist/cli/history.js
var ID_IN_PATH = new RegExp(`(${COMPLAINT_ID_BODY})\\.md$`);
async function complaintHistories(root, history, years, backdatingDays) {
  const files = [...(await history).values()].filter((f) => {
    const match = ID_IN_PATH.exec(f.path);
    return match !== null && !f.deleted && years.has(idYear(match[1]) ?? NaN);
  });
  const contents = await readBlobs(root, files.flatMap((f) => f.revisions.map((r) => r.blob)));
  const result = /* @__PURE__ */ new Map();
  for (const file of files) {
    const id = ID_IN_PATH.exec(file.path)?.[1];
    const revisions = file.revisions.flatMap((r) => {
      const text = contents.get(r.blob);
      const complaint = text === void 0 ? void 0 : complaintFromBytes(r.path, Buffer.from(text, "utf8"));
      return complaint ? [{ commit: r.commit, date: todayInAmsterdam(new Date(r.time * 1e3)), complaint }] : [];
    });
    const facts = historyFacts(id, revisions, file.formerPaths, backdatingDays);
    if (facts && idYear(id) !== void 0)
      result.set(id, { file, revisions, facts });
  }
  return result;
}
async function signaturesOfYears(root, git, years, backdatingDays, history = complaintHistory(git), printed = /* @__PURE__ */ new Map()) {
  const [histories, byCommit] = await Promise.all([complaintHistories(root, history, years, backdatingDays), mainLineEvidence(git)]);
  const contents = await contentEvidence(root, new Map([...histories].flatMap(([id, h]) => {
    const bytes = printed.get(id);
    return bytes === void 0 ? [] : [[id, { file: h.file, bytes }]];
  })), byCommit);
  const evidence = new Map([...histories].map(([id, h]) => {
    const steps = signatureEvidence(h.facts, byCommit);
    const named = h.revisions.find((r) => r.commit === signingCommits(h.facts).registratie)?.complaint.signatures.management?.name;
    const registratie = steps.registratie && named !== void 0 ? { ...steps.registratie, named } : steps.registratie;
    const content = contents.get(id);
    return [id, { ...steps, ...registratie ? { registratie } : {}, ...content ? { content } : {} }];
  }));
  return { facts: new Map([...histories].map(([id, h]) => [id, h.facts])), evidence };
}

// dist/core/signing/needs.js
var REASON_TEXT = {
  registratie: "registratie (status in behandeling)",
  afhandeling: "afhandeling (status afgehandeld)",
  ondertekening: "wijziging van ondertekening",
  verwijdering: "verwijdering van het klachtbestand",
  terugzetting: "status teruggezet",
  verplaatsing: "klachtbestand verplaatst of hernoemd",
  regels: "wijziging van de regels van het register",
  wijziging: "wijziging (in een register tekent de directie voor alles)"
};
function isRuleFile(path) {
  return path === "klachtenregister.yml" || path === ".github" || path.startsWith(".github/");
}
function rank(status) {
  return status === void 0 ? -1 : STATUSES.indexOf(status);
}
function signatureNeeds(change) {
  const { before, after } = change;
  if (change.deleted === true || after === void 0)
    return before !== void 0 || change.deleted === true ? ["verwijdering"] : [];
  const reasons = [];
  const registered = (status) => status === "in behandeling" || status === "afgehandeld";
  if (registered(after.status) && !registered(before?.status))
    reasons.push("registratie");
  if (after.status === "afgehandeld" && before?.status !== "afgehandeld")
    reasons.push("afhandeling");
  if (before !== void 0 && rank(after.status) < rank(before.status))
    reasons.push("terugzetting");
  if (JSON.stringify(before?.signatures ?? {}) !== JSON.stringify(after.signatures))
    reasons.push("ondertekening");
  if (change.moved === true)
    reasons.push("verplaatsing");
  return reasons;
}

// dist/core/signing/signatures.js
var WEB_FLOW = "web-flow";
function memberByLogin(people, login) {
  return people.find((p) => p.github?.toLowerCase() === login.toLowerCase());
}
function approvalsOfHead(reviews, headSha) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of [...reviews].sort((a, b) => a.submittedAt < b.submittedAt ? -1 : 1)) {
    if (review.state === "COMMENTED")
      continue;
    latest.set(review.login.toLowerCase(), review);
  }
  return [...latest.values()].filter((r) => r.state === "APPROVED" && r.commitId === headSha);
}
function makersOf(head) {
  return new Set([head.author, head.committer, head.pusher ?? null, head.starter ?? null].flatMap((l) => l && l.toLowerCase() !== WEB_FLOW ? [l.toLowerCase()] : []));
}
function signerOf(pull, config) {
  const directie = config.management.filter((p) => typeof p.github === "string" && p.github !== "");
  if (directie.length === 0) {
    return { ok: false, message: "In klachtenregister.yml staat geen directielid met een GitHub-naam (directie: - { naam: ..., github: ... })." };
  }
  if (pull.headCommit.pusher === null) {
    return { ok: false, message: "GitHub noemt niemand die de laatste commit van deze pull request verstuurde, dus is niet na te gaan wie hem maakte. Laat iemand die de pull request niet goedkeurt een nieuwe commit sturen (bijvoorbeeld een kleine aanpassing), en vraag dan opnieuw om goedkeuring." };
  }
  if (pull.headCommit.starter === null) {
    return { ok: false, message: "De laatste commit is verstuurd door een workflow, maar niet na te gaan dat een formulier of de jaaranalyse van dit register hem maakte (een run vanaf de hoofdtak die precies deze branch aanmaakte), of GitHub noemt niet wie die workflow startte. Dus is niet na te gaan wie de wijziging maakte. Vul het formulier opnieuw in, of laat iemand die de pull request niet goedkeurt een nieuwe commit sturen, en vraag dan opnieuw om goedkeuring." };
  }
  const makers = makersOf(pull.headCommit);
  if (makers.size === 0) {
    return { ok: false, message: "De laatste commit hoort bij geen GitHub-account (het e-mailadres van de commit is aan geen account gekoppeld), dus is niet na te gaan wie hem maakte. Maak de laatste commit opnieuw met het e-mailadres van uw GitHub-account." };
  }
  const all = approvalsOfHead(pull.reviews, pull.headSha);
  const approvals = all.filter((r) => !makers.has(r.login.toLowerCase()));
  const byDirectie = approvals.find((r) => memberByLogin(directie, r.login));
  if (byDirectie) {
    const signer = memberByLogin(directie, byDirectie.login);
    return { ok: true, signer, approvedAt: byDirectie.submittedAt };
  }
  if (all.some((r) => memberByLogin(directie, r.login))) {
    return {
      ok: false,
      message: directie.length === 1 ? "De directeur maakte of verstuurde zelf de laatste commit (of vulde het formulier in dat hem maakte), en een goedkeuring telt alleen van wie de laatste wijziging niet zelf maakte. Met één directielid: laat een medewerker de pull request maken of het formulier invullen, en keur hem dan goed." : "Het directielid dat goedkeurde, maakte of verstuurde zelf de laatste commit (of vulde het formulier in dat hem maakte). Een goedkeuring telt alleen van wie de laatste wijziging niet zelf maakte: laat een ander directielid goedkeuren."
    };
  }
  const older = pull.reviews.some((r) => r.state === "APPROVED" && memberByLogin(directie, r.login) && r.commitId !== pull.headSha);
  return {
    ok: false,
    message: older ? "Een directielid keurde een eerdere versie goed; na de laatste wijziging is opnieuw goedkeuring nodig." : `Nog niet goedgekeurd door een directielid (${directie.map((p) => `@${p.github}`).join(", ")}).`
  };
}
function checkSignature(id, reasons, after, pull, config) {
  const base = { id, reasons };
  if (reasons.length === 0)
    return { ...base, ok: true, signedBy: null, approvedAt: null, message: "Geen handtekening nodig." };
  const verdict = signerOf(pull, config);
  if (!verdict.ok)
    return { ...base, ok: false, signedBy: null, approvedAt: null, message: verdict.message };
  const { signer, approvedAt } = verdict;
  const signedBy = { login: signer.github, naam: signer.naam };
  const named = reasons.includes("registratie") || reasons.includes("ondertekening") ? after?.signatures.management?.name : void 0;
  if (named !== void 0 && named !== signer.naam) {
    return {
      ...base,
      ok: false,
      signedBy,
      approvedAt,
      message: `ondertekening.directie.naam is '${named}', maar goedgekeurd door ${signer.naam} (@${signer.github}). Zet daar de naam van wie goedkeurt.`
    };
  }
  return { ...base, ok: true, signedBy, approvedAt, message: `Ondertekend door ${signer.naam} (@${signer.github}).` };
}

// dist/cli/ondertekening/evidence-confirmation.js
function confirmation(step, facts, config, repository) {
  if (facts.mergedAt === null || facts.mergeCommitSha !== step.commit)
    return { confirmed: false };
  const verdict = signerOf(facts, config);
  if (!verdict.ok)
    return { confirmed: false };
  if (step.named !== void 0 && step.named !== verdict.signer.naam)
    return { confirmed: false };
  return { confirmed: true, login: verdict.signer.github, naam: verdict.signer.naam, at: verdict.approvedAt, repository };
}
async function configBefore(root, commit) {
  const text = (await readObjects(root, [`${commit}^1:${CONFIG_FILE}`]))[0];
  return text === void 0 ? void 0 : parseConfig(Buffer.from(text, "utf8")).config;
}
async function confirmEvidence(context, evidence) {
  const result = new Map(evidence);
  if (!githubToken(context))
    return result;
  const stepsOf = (e) => [e.registratie, e.afhandeling, e.content?.step];
  const configs = /* @__PURE__ */ new Map();
  for (const e of evidence.values()) {
    for (const step of stepsOf(e)) {
      if (step && step.pr !== null && !configs.has(step.commit))
        configs.set(step.commit, await configBefore(context.root, step.commit));
    }
  }
  const numbers = new Set([...evidence.values()].flatMap((e) => stepsOf(e).map((step) => step?.pr)).filter((n) => typeof n === "number"));
  const facts = /* @__PURE__ */ new Map();
  const repository = repositoryName(context) ?? "";
  for (const number of numbers) {
    try {
      facts.set(number, await pullRequestReviews(context, number, { pusher: true }));
    } catch (error) {
      context.io.stderr(`Pull request #${number}: ${error instanceof Error ? error.message : String(error)}
`);
      facts.set(number, null);
    }
  }
  const confirm = (step) => {
    if (!step || step.pr === null)
      return step;
    const known = facts.get(step.pr);
    const config = configs.get(step.commit);
    return { ...step, github: known && config ? confirmation(step, known, config, repository) : { confirmed: false } };
  };
  for (const [id, e] of evidence) {
    const registratie = confirm(e.registratie);
    const afhandeling = confirm(e.afhandeling);
    const content = e.content ? { ...e.content, step: confirm(e.content.step) } : void 0;
    result.set(id, { ...registratie ? { registratie } : {}, ...afhandeling ? { afhandeling } : {}, ...content ? { content } : {} });
  }
  return result;
}

export {
  REASON_TEXT,
  isRuleFile,
  signatureNeeds,
  checkSignature,
  confirmEvidence,
  signaturesOfYears
};
