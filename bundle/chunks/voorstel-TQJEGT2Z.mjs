// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  eventDefaultBranch,
  otherBranchMessage
} from "./chunk-Y2ZZ3KXS.mjs";
import {
  runUrl
} from "./chunk-ZI5BX2WY.mjs";
import {
  GITHUB_OPTIONS,
  connectGitHub,
  githubToken
} from "./chunk-Z6T4L7RN.mjs";
import {
  defineCommand
} from "./chunk-VTOBHORP.mjs";
import {
  gitFailure,
  openRepository,
  runGit
} from "./chunk-5FUXISE3.mjs";
import {
  appendJobSummary
} from "./chunk-GBMCZDUH.mjs";
import {
  UsageError,
  printJson
} from "./chunk-4N5YQ3QY.mjs";
import "./chunk-6PZIGJ5Y.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import "./chunk-6S5FGJI4.mjs";
import {
  RunError
} from "./chunk-GITCBFCA.mjs";
import "./chunk-MEN2YURF.mjs";
import "./chunk-G45EPIXR.mjs";
import {
  COMPLAINT_ID_BODY
} from "./chunk-3ZZ24PPU.mjs";
import "./chunk-Y54NMRC7.mjs";
import {
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// dist/git/proposal.js
var import_node_fs = __toESM(require_node_fs(), 1);
var WORKFLOW_AUTHOR = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
async function changedPaths(git) {
  const output = await runGit(git, ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"], "het lezen van de wijzigingen");
  return output.split("\0").filter((entry) => entry.length > 3).map((entry) => entry.slice(3)).sort();
}
async function currentBranch(git) {
  const name = (await runGit(git, ["rev-parse", "--abbrev-ref", "HEAD"], "het lezen van de branch")).trim();
  return name === "" || name === "HEAD" ? void 0 : name;
}
function gitEnvironment(extra) {
  const passed = ["PATH", "HOME", "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy", "SSL_CERT_FILE", "SSL_CERT_DIR", "GIT_SSL_CAINFO"];
  return { ...Object.fromEntries(passed.map((name) => [name, process.env[name]])), GIT_TERMINAL_PROMPT: "0", ...extra };
}
var PROPOSAL_INDEX = "klacht-voorstel.index";
async function commitOnNewBranch(root, branch, paths, message) {
  const { simpleGit } = await import("./esm-CAZT25OO.mjs");
  const index = (await runGit(simpleGit({ baseDir: root }), ["rev-parse", "--path-format=absolute", "--git-path", PROPOSAL_INDEX], "het lezen van de repository")).trim();
  for (const leftover of [index, `${index}.lock`])
    (0, import_node_fs.rmSync)(leftover, { force: true });
  const author = { GIT_AUTHOR_NAME: WORKFLOW_AUTHOR.name, GIT_AUTHOR_EMAIL: WORKFLOW_AUTHOR.email, GIT_COMMITTER_NAME: WORKFLOW_AUTHOR.name, GIT_COMMITTER_EMAIL: WORKFLOW_AUTHOR.email };
  const git = simpleGit({ baseDir: root }).env(gitEnvironment({ GIT_INDEX_FILE: index, ...author }));
  try {
    const head = (await runGit(git, ["rev-parse", "--verify", "HEAD^{commit}"], "het lezen van HEAD")).trim();
    await runGit(git, ["read-tree", head], "het klaarzetten van de wijziging");
    await runGit(git, ["add", "--all", "--", ...paths], "het klaarzetten van de wijziging");
    const tree = (await runGit(git, ["write-tree"], "het klaarzetten van de wijziging")).trim();
    const existing = (await git.raw(["rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`]).catch(() => "")).trim();
    if (existing !== "") {
      const [parent, existingTree] = (await runGit(git, ["show", "-s", "--format=%P%n%T", existing], `het lezen van branch ${branch}`)).trim().split("\n");
      if (parent === head && existingTree === tree)
        return { commit: existing, reused: true };
      throw new RunError(`Branch ${branch} bestaat al, met een andere wijziging. Er is niets vastgelegd; de werkmap is niet veranderd.`);
    }
    const commit = (await runGit(git, ["commit-tree", tree, "-p", head, "-m", message], "het vastleggen van de wijziging")).trim();
    await runGit(git, ["update-ref", `refs/heads/${branch}`, commit, ""], `het maken van branch ${branch}`);
    return { commit, reused: false };
  } finally {
    (0, import_node_fs.rmSync)(index, { force: true });
  }
}
async function pushBranch(root, remote, branch, token) {
  const env = gitEnvironment(token ? {
    GIT_CONFIG_COUNT: "1",
    GIT_CONFIG_KEY_0: "http.extraheader",
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`
  } : {});
  const { simpleGit } = await import("./esm-CAZT25OO.mjs");
  const git = simpleGit({ baseDir: root, unsafe: { allowUnsafeConfigEnvCount: true } }).env(env);
  try {
    await git.raw(["push", "--quiet", remote, `refs/heads/${branch}:refs/heads/${branch}`]);
  } catch (error) {
    const failure = gitFailure(`het versturen van branch ${branch}`, error);
    const hide = (text) => token ? text.split(token).join("***") : text;
    throw new RunError(hide(failure.message), failure.detail === void 0 ? {} : { detail: hide(failure.detail) });
  }
}

// dist/cli/commands/voorstel.js
var COMPLAINT_PATH = new RegExp(`^complaints/\\d{4}/(${COMPLAINT_ID_BODY})\\.md$`);
var STEP = /^[\p{L}][\p{L} -]{0,39}$/u;
var voorstel = defineCommand({
  spec: {
    name: "voorstel",
    summary: "zet wat een formulier veranderde in een concept-pull request (voor workflows)",
    description: [
      "Voor de formulieren in GitHub: legt de gewijzigde klachtbestanden vast in één commit op een",
      "nieuwe branch, verstuurt die (zonder het token achter te laten) en opent een concept-pull request.",
      "De werkmap blijft zoals hij was (dezelfde branch, dezelfde wijzigingen). Mislukt het versturen,",
      "dan gaat dezelfde opdracht bij een nieuwe poging verder met de branch die er al is.",
      "Titel en tekst noemen alleen de stap en de klachtnummers. Wie het formulier invulde, zet de pull",
      'request op "Ready for review" (dan draaien de checks); de goedkeuring door een directielid is de',
      "handtekening. Een wijziging buiten complaints/ wordt geweigerd: dan wordt er niets verstuurd.",
      "Nodig: GITHUB_TOKEN met contents: write en pull-requests: write."
    ].join("\n"),
    options: {
      stap: { type: "string", valueName: "naam", description: "De stap, voor titel en branch (bijv. Registratie)." },
      basis: { type: "string", valueName: "branch", description: "De branch waarin de pull request moet (standaard: die van de run, GITHUB_REF_NAME, anders de huidige)." },
      ...GITHUB_OPTIONS,
      samenvatting: { type: "string", valueName: "bestand", description: 'Schrijf de link naar de pull request als Markdown in dit bestand ("$GITHUB_STEP_SUMMARY").' }
    },
    examples: ["klacht voorstel --stap Registratie"]
  },
  async run(context) {
    const step = context.values.stap?.trim() ?? "";
    if (step === "")
      throw new UsageError("Geef de stap op met --stap, bijvoorbeeld --stap Registratie.", "voorstel");
    if (!STEP.test(step))
      throw new UsageError("--stap is een paar woorden (letters, spaties en streepjes, hoogstens 40 tekens).", "voorstel");
    const git = await openRepository(context.root);
    if (!git)
      throw new RunError("Het register staat niet in git: een voorstel is een branch met een pull request.");
    const token = githubToken(context);
    if (!token)
      throw new RunError("GITHUB_TOKEN ontbreekt: de pull request wordt in GitHub geopend. In de workflow: permissions: contents: write en pull-requests: write.");
    const paths = await changedPaths(git);
    const outside = paths.filter((p) => !COMPLAINT_PATH.test(p));
    if (outside.length > 0) {
      throw new RunError(`Er is ook iets buiten de klachtbestanden veranderd (${outside.slice(0, 3).join(", ")}${outside.length > 3 ? ", …" : ""}). Er is niets verstuurd.`);
    }
    if (paths.length === 0)
      throw new RunError("Er is geen klachtbestand veranderd: er is niets om voor te stellen.");
    const ids = [...new Set(paths.map((p) => COMPLAINT_PATH.exec(p)?.[1] ?? ""))].sort();
    const env = context.io.env;
    const defaultBranch = eventDefaultBranch(env);
    const otherBranch = otherBranchMessage(env);
    if (otherBranch !== void 0)
      throw new RunError(`${otherBranch} Er is niets verstuurd.`);
    const base = context.values.basis ?? (defaultBranch || env.GITHUB_REF_NAME || await currentBranch(git) || "main");
    const run = env.GITHUB_RUN_ID;
    const attempt = env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) && env.GITHUB_RUN_ATTEMPT !== "1" ? `-${env.GITHUB_RUN_ATTEMPT}` : "";
    const suffix = run && /^\d+$/.test(run) ? `${run}${attempt}` : String(context.io.now().getTime());
    const branch = `formulier/${ids.join("-")}-${step.toLowerCase().replace(/[^\p{L}]+/gu, "-")}-${suffix}`;
    const title = `${step} ${ids.join(", ")}`;
    const actor = context.io.env.GITHUB_ACTOR;
    const runLink = runUrl(context.io.env);
    const message = `${title}

Ingevuld met een formulier in GitHub${actor ? ` door @${actor}` : ""}${runLink ? ` (${runLink})` : ""}.
`;
    const { client, repository, github } = await connectGitHub(context, token, "voorstel");
    const { commit, reused } = await commitOnNewBranch(context.root, branch, paths, message);
    const here = await currentBranch(git);
    const kept = `De wijziging staat vastgelegd op branch ${branch} (commit ${commit.slice(0, 7)}); de werkmap is niet veranderd${here ? ` en staat nog op ${here}` : ""}.`;
    if (reused && !context.json)
      context.io.stderr(`Branch ${branch} van een eerdere poging heeft precies deze wijziging: die wordt verstuurd.
`);
    try {
      await pushBranch(context.root, "origin", branch, token);
    } catch (error) {
      if (error instanceof RunError)
        throw new RunError(`${error.message}
${kept} Voer dezelfde opdracht opnieuw uit om hem alsnog te versturen.`);
      throw error;
    }
    const { openDraftPullRequest } = await import("./pulls-KUGMWTLE.mjs");
    let pull;
    try {
      pull = await openDraftPullRequest(client, repository, { title, head: branch, base, body: pullRequestBody(actor, runLink) });
    } catch (error) {
      throw new RunError(`${github.explainGitHubError(error, repository, { pullRequest: 0 }).message} De branch ${branch} staat al op GitHub; open de pull request daar met de hand, of voer dezelfde opdracht opnieuw uit.`);
    }
    appendJobSummary(context, `## Concept-pull request

[#${pull.number} ${title}](${pull.url})

Klopt alles? Zet de pull request op **Ready for review**; een directielid keurt hem goed: dat is de handtekening.

`);
    if (context.json) {
      printJson(context, { ids, branch, commit, pull_request: pull.number, url: pull.url });
    } else {
      context.io.stdout(`Concept-pull request #${pull.number} geopend: ${pull.url} (branch ${branch}).
Klopt alles? Zet hem op "Ready for review"; een directielid keurt hem goed: dat is de handtekening.
`);
    }
    return 0;
  }
});
function pullRequestBody(actor, runUrl2) {
  return [
    `Gemaakt met een formulier in GitHub${actor ? `, ingevuld door @${actor}` : ""}${runUrl2 ? ` ([de run](${runUrl2}))` : ""}.`,
    "",
    "**Wat nu:**",
    "1. Kijk de wijziging na (tabblad *Files changed*). Klopt iets niet, pas het bestand dan in deze pull request aan.",
    "2. Zet de pull request op **Ready for review**: dan draaien de checks.",
    "3. Een directielid keurt hem goed (*Approve*): dat is de handtekening. Daarna samenvoegen.",
    "",
    "Zet in deze pull request geen persoonsgegevens: het klachtnummer is genoeg.",
    ""
  ].join("\n");
}
export {
  voorstel
};
