// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  SIGNATURE_STATUS,
  VALIDATE_CHECK
} from "./chunk-34QS7U6X.mjs";
import {
  DEFAULT_CONFIG
} from "./chunk-Z4ZZ64GF.mjs";
import {
  IGNORED_LEFTOVERS
} from "./chunk-6PZIGJ5Y.mjs";
import {
  ANNUAL_ANALYSIS_WORKFLOW
} from "./chunk-5QYYEHPU.mjs";
import {
  PINNED_ACTIONS,
  actionUses,
  formFiles
} from "./chunk-MEN2YURF.mjs";
import {
  CREATE_STEP,
  STEPS
} from "./chunk-3ZZ24PPU.mjs";

// dist/core/github-policy/register-files.js
var DEFAULT_CATEGORIES = ["communicatie", "kwaliteit", "planning", "facturatie", "privacy", "overig"];
var GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
function quoted(text) {
  return JSON.stringify(text);
}
function plainOrQuoted(text) {
  const plain = /^[\p{L}][\p{L}\p{N}]*(?: [\p{L}\p{N}]+)*$/u.test(text) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(text);
  return plain ? text : quoted(text);
}
function docLink(action, file, anchor) {
  return `https://github.com/${action.repository}/blob/${action.version ?? action.commit}/docs/${file}.md#${anchor}`;
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
    `# Elk veld staat uitgelegd in de documentatie van klachtenregister: ${docLink(answers.action, "referentie", "klachtenregisteryml")}`,
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
function defaultConfigText() {
  return [
    "# Het klachtenregister, begonnen met klacht nieuw. Alle instellingen staan op hun standaardwaarde.",
    "# klacht init maakt een volledig register: de organisatie, de directie, CODEOWNERS en de workflows.",
    `procedure: ${DEFAULT_CONFIG.procedure}`,
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
    "# Gemaakte PDF's bevatten persoonsgegevens: ze horen niet in de geschiedenis, alleen bij de klacht zelf.",
    "# Bijlagen (een getekend formulier, een brief op papier) horen er wel in, onder bijlagen/<klachtnummer>/.",
    "out/",
    "pdf/",
    "*.pdf",
    "!analyses/*.pdf",
    "!bijlagen/**/*.pdf",
    "node_modules/",
    "# Tijdelijke bestanden van klacht: een achtergebleven exemplaar kan persoonsgegevens bevatten.",
    ...IGNORED_LEFTOVERS,
    ""
  ].join("\n");
}
var VALIDATE_TRIGGERS = [
  "on:",
  "  pull_request_target:",
  "    types: [opened, synchronize, reopened, edited, ready_for_review]",
  "  push:",
  "    branches: [main]"
];
var SIGNATURE_TRIGGERS = [
  "on:",
  "  pull_request_target:",
  "    types: [opened, synchronize, reopened, edited, ready_for_review]",
  "  workflow_run:",
  "    workflows: [Goedkeuring doorgeven]",
  "    types: [completed]"
];
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
    ...VALIDATE_TRIGGERS,
    "",
    "permissions:",
    "  contents: read",
    "  statuses: write",
    "  # Welke pull request een klachtnummer al heeft, als twee branches hetzelfde kozen.",
    "  pull-requests: read",
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
    "          # De volledige naam: een tag die zo heet als de branch, telt niet als de branch.",
    "          argumenten: |",
    "            --doel",
    "            refs/remotes/origin/${{ github.base_ref }}",
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
var APPROVAL_RELAY_FILE = ".github/workflows/goedkeuring.yml";
var SIGNATURE_JOB_CONDITION = `github.event_name == 'pull_request_target' || ((github.event.workflow_run.path == '${APPROVAL_RELAY_FILE}' || startsWith(github.event.workflow_run.path, '${APPROVAL_RELAY_FILE}@')) && github.event.workflow_run.event == 'pull_request_review' && github.event.workflow_run.pull_requests[0] != null)`;
function signatureWorkflow(action) {
  const pr = "${{ github.event.pull_request.number || github.event.workflow_run.pull_requests[0].number }}";
  return [
    "# De handtekening van de directie: een pull request is pas ondertekend als een directielid uit",
    "# klachtenregister.yml (van main, nooit uit de pull request) de laatste commit goedkeurde. Het oordeel",
    `# staat als één status "${SIGNATURE_STATUS}" bij de laatste commit, welke gebeurtenis het ook gaf:`,
    "# een nieuwe commit of een andere doelbranch (pull_request_target) of een review (via de workflow",
    '# "Goedkeuring doorgeven"). Beide komen van main: een pull request kan niet veranderen wat haar beoordeelt.',
    "# Alleen een run van .github/workflows/goedkeuring.yml door een review telt: workflow_run kiest op naam,",
    "# en een workflow met die naam kan op elke branch staan. klacht valideer controleert deze voorwaarde.",
    "name: Ondertekening",
    "",
    ...SIGNATURE_TRIGGERS,
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
    `    if: ${SIGNATURE_JOB_CONDITION}`,
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
    "          # De volledige naam: een tag die zo heet als de branch, telt niet als de branch.",
    "          argumenten: |",
    "            --basis",
    "            refs/remotes/origin/${{ github.event.repository.default_branch }}",
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
    `          # in de omgeving "instellingen" laat ook die nakijken (${docLink(action, "directie", "klacht-instellingen-staan-de-instellingen-van-github-goed")}).`,
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
    "          # De link naar deze run: zo weet de ondertekening wie de workflow startte (vier ogen).",
    '          git commit -m "Jaaranalyse $JAAR" -m "Gemaakt door de workflow Jaaranalyse: $GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID"',
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
function formLines() {
  const steps = [CREATE_STEP, ...STEPS];
  return steps.flatMap((step, i) => {
    const letter = step.fields.filter((f) => f.inLetter).map((f) => `"${(f.label.split(":")[0] ?? f.name).replace(/ \(.*\)$/, "")}"`);
    const documents = step.command === "brief" ? ` De brief zelf maakt u eerst met het formulier **Documenten maken**; elke brief die u verstuurt of ontvangt legt u hier vast, ook de reactie (na stap ${steps.findIndex((s) => s.command === "reactie") + 1}).` : "";
    const then = step.command === "reactie" ? " Maak daarna de brief met **Documenten maken** (soort reactie), verstuur hem en leg hem vast met **Brief vastleggen** (richting uit, soort reactie); pas dan kan de klacht worden afgehandeld." : "";
    return [
      `${i + 1}. **${step.form.name}**: ${step.summary}.${documents}${letter.length > 0 ? ` Let op: ${letter.join(", ")} ${letter.length === 1 ? "staat" : "staan"} letterlijk in de brief aan de indiener.` : ""}${then}`
    ];
  });
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
    "- [Voor medewerkers](#voor-medewerkers): een klacht vastleggen en afhandelen met de formulieren",
    "- [Voor de directie](#voor-de-directie): tekenen, termijnen, instellingen, nieuwe versies",
    "",
    "## Voor medewerkers",
    "",
    "Elke stap van een klacht is een formulier in GitHub. Zo gebruikt u er een:",
    "",
    "1. Ga naar het tabblad **Actions** van deze repository en kies links het formulier.",
    "2. Klik **Run workflow**, laat *Use workflow from* op `main` staan, vul het formulier in en klik op de",
    "   groene knop. Een keuze staat eerst op *(kies)*: kies zelf, anders weigert het formulier.",
    "   Datums mogen als `3-12-2026` of `3 december 2026`.",
    "3. Na een halve minuut staat bij de run (klik hem open) een **samenvatting** met een link naar een",
    "   **concept-pull request** met de wijziging. Kijk onder *Files changed* of het klopt.",
    "4. Klik in de pull request op **Ready for review**. Een directielid keurt hem goed: dat is de",
    "   handtekening. Daarna wordt hij samengevoegd. Begin pas aan de volgende stap van dezelfde klacht",
    "   als de vorige is samengevoegd.",
    "",
    "De formulieren, in de volgorde van de procedure:",
    "",
    ...formLines(),
    `${STEPS.length + 2}. **Documenten maken**: het klachtenformulier, het dossier of een brief als PDF, om te downloaden bij de run (één dag bewaard).`,
    "",
    "**Wordt een formulier rood** (een rood kruis bij de run), dan is er niets veranderd en geen pull",
    "request gemaakt. Open de run: de samenvatting bovenaan zegt welk veld ontbreekt of niet klopt, of welk",
    "formulier eerst moet. Start het formulier opnieuw en vul aan wat er staat. Verwijder daarna de rode run",
    "(*Delete workflow run*): hij bewaart wat u invulde.",
    "",
    "**Een bijlage** (een getekend formulier, een brief op papier) hoort in `bijlagen/<klachtnummer>/`. Maak",
    "op uw computer een map met het klachtnummer als naam (bijvoorbeeld `KL-2026-007`) en zet het bestand",
    "erin. Open in de repository de map `bijlagen`, kies *Add file* → *Upload files* en sleep de map op de",
    "pagina. Kies onderaan *Create a new branch … and start a pull request*. Is die pull request goedgekeurd",
    "en samengevoegd, vul dan in het formulier bij het veld *bijlage* het pad in, zoals",
    "`bijlagen/KL-2026-007/formulier.pdf`.",
    "",
    "Zet nooit een naam, adres of omschrijving in een issue, de titel of tekst van een pull request of een",
    "commitbericht: die blijven bewaard. Het klachtnummer is genoeg.",
    `De hele handleiding: ${docLink(answers.action, "medewerkers", "een-klacht-van-begin-tot-eind")}.`,
    "",
    "## Voor de directie",
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
    "### Eenmalig instellen",
    "",
    "Deze repository moet privé zijn, zonder forks, en de hoofdbranch `main` moet beschermd zijn: een pull",
    "request verplicht, goedkeuring door een code owner, de twee checks hierboven verplicht, geen force push.",
    `De documentatie van klachtenregister beschrijft elke instelling (${docLink(answers.action, "directie", "de-repository-instellen")});`,
    '`klacht instellingen` controleert ze, en de workflow "Termijnen" doet dat elke ochtend.',
    "Op een privé-repository werken deze regels alleen met een betaald GitHub-abonnement (Team of Pro).",
    "",
    "### Een nieuwe versie van klacht",
    "",
    "Dependabot opent een pull request als er een nieuwe versie van klacht is. Lees wat er veranderd is",
    "(de link in de pull request), wacht tot de checks groen zijn en keur hem goed. Een wijziging van de",
    "workflows die niet van Dependabot komt, verdient extra aandacht: vraag wie hem maakte waarom.",
    "",
    "### Persoonsgegevens",
    "",
    "Namen, adressen en omschrijvingen staan alleen in de klachtbestanden, de bijlagen en de PDF's. Zet ze",
    "nooit in een issue, de titel of tekst van een pull request of een commitbericht: die blijven bewaard,",
    "ook als de gegevens na de bewaartermijn uit de klacht worden verwijderd.",
    `De hele handleiding voor de directie: ${docLink(answers.action, "directie", "ondertekening")}.`,
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
    { path: "bijlagen/.gitkeep", text: "" },
    { path: "README.md", text: registerReadmeText(answers) },
    { path: ".gitignore", text: gitignoreText() },
    { path: ".github/CODEOWNERS", text: codeownersText(answers.management) },
    { path: ".github/dependabot.yml", text: dependabotText() },
    { path: ".github/pull_request_template.md", text: pullRequestTemplateText() },
    { path: ".github/ISSUE_TEMPLATE/config.yml", text: issueConfigText() },
    { path: ".github/ISSUE_TEMPLATE/vraag.yml", text: issueTemplateText() },
    { path: ".github/workflows/valideer.yml", text: validateWorkflow(action) },
    { path: APPROVAL_RELAY_FILE, text: approvalRelayWorkflow() },
    { path: ".github/workflows/ondertekening.yml", text: signatureWorkflow(action) },
    { path: ".github/workflows/termijnen.yml", text: deadlinesWorkflow(action) },
    { path: ".github/workflows/pdf.yml", text: pdfWorkflow(action) },
    { path: ANNUAL_ANALYSIS_WORKFLOW, text: annualAnalysisWorkflow(action) },
    ...formFiles(configOf(answers), action)
  ];
}

export {
  DEFAULT_CATEGORIES,
  GITHUB_LOGIN,
  defaultConfigText,
  VALIDATE_TRIGGERS,
  SIGNATURE_TRIGGERS,
  SIGNATURE_JOB_CONDITION,
  registerFiles
};
