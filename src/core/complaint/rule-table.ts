/**
 * Every rule a finding can carry, as a table (in the manner of vfile-message's rule ids with a list
 * of rules): its id, its severity and what it means, in Dutch. `Finding.rule` is typed by this
 * table, so a rule that is not here does not compile, and the docs' list of rules (docs/referentie.md)
 * is generated from it. Grouped as the docs show them.
 */
import type { Severity } from './finding.js';

export type RuleGroup = 'bestand' | 'yaml' | 'velden' | 'procedure' | 'register' | 'github';

export interface RuleInfo {
  /** The severity it is reported with (`both`: a warning that becomes an error in some cases). */
  readonly severity: Severity | 'both';
  readonly group: RuleGroup;
  /** What it means, in a sentence or two, for the person who reads the finding. */
  readonly explanation: string;
}

export const RULES = {
  // The file itself: bytes, frontmatter.
  'file-too-large': { severity: 'error', group: 'bestand', explanation: 'Het bestand is groter dan de grens (1 MB); zo\'n bestand wordt niet gelezen, zodat één bestand een controle niet lang kan ophouden.' },
  'file-binary': { severity: 'error', group: 'bestand', explanation: 'Het bestand is geen tekst (het bevat bijvoorbeeld nul-bytes).' },
  'file-encoding': { severity: 'error', group: 'bestand', explanation: 'Het bestand is geen geldige UTF-8-tekst.' },
  'file-empty': { severity: 'error', group: 'bestand', explanation: 'Het bestand is leeg.' },
  'file-location': { severity: 'error', group: 'bestand', explanation: 'Een klachtbestand staat in complaints/<jaar>/ en heet <klachtnummer>.md.' },
  'frontmatter-missing': { severity: 'error', group: 'bestand', explanation: 'Het bestand begint niet met een regel `---`: er is geen frontmatter.' },
  'frontmatter-language': { severity: 'error', group: 'bestand', explanation: 'Alleen YAML-frontmatter is toegestaan (`---`); `---js` en andere talen worden nooit uitgevoerd.' },
  'frontmatter-unclosed': { severity: 'error', group: 'bestand', explanation: 'De frontmatter wordt niet afgesloten met een regel `---`.' },
  'frontmatter-fence': { severity: 'error', group: 'bestand', explanation: 'Een regel `---` hoort alleen te staan, zonder andere tekens erachter.' },
  'frontmatter-empty': { severity: 'error', group: 'bestand', explanation: 'Tussen de twee regels `---` staat niets.' },
  'frontmatter-not-mapping': { severity: 'error', group: 'bestand', explanation: 'De frontmatter is geen lijst van velden (`naam: waarde`).' },
  'empty-body': { severity: 'error', group: 'bestand', explanation: 'Onder de frontmatter hoort de omschrijving van de klacht; die is leeg.' },
  'too-many-findings': { severity: 'both', group: 'bestand', explanation: 'Het bestand heeft meer dan 100 bevindingen: de eerste 100 staan er, de rest is geteld.' },
  // YAML.
  'yaml-syntax': { severity: 'error', group: 'yaml', explanation: 'De YAML is hier niet te lezen: let op dubbele punten, aanhalingstekens en inspringing.' },
  'yaml-duplicate-key': { severity: 'error', group: 'yaml', explanation: 'Een veld staat twee keer in dezelfde groep.' },
  'yaml-key': { severity: 'error', group: 'yaml', explanation: 'Een veldnaam is geen gewone tekst maar een verwijzing (`*naam`), een lijst of een groep; zo kan een veld ongezien twee keer staan.' },
  'yaml-tab': { severity: 'error', group: 'yaml', explanation: 'YAML springt in met spaties, niet met tabs.' },
  'yaml-tag': { severity: 'error', group: 'yaml', explanation: 'YAML-tags (zoals `!!js/function`) zijn niet toegestaan; ze worden nooit uitgevoerd.' },
  'yaml-alias': { severity: 'error', group: 'yaml', explanation: 'Een verwijzing (`*naam`) naar een anker (`&naam`) dat niet bestaat, pas verderop staat of in zichzelf zit, of meer dan 100 verwijzingen.' },
  'yaml-depth': { severity: 'error', group: 'yaml', explanation: 'De frontmatter is dieper genest dan 64 niveaus.' },
  // Fields: the schema.
  'unknown-key': { severity: 'error', group: 'velden', explanation: 'Een veld dat het schema niet kent; vaak een tikfout (klacht stelt het bedoelde veld voor).' },
  required: { severity: 'error', group: 'velden', explanation: 'Een veld dat altijd verplicht is, ontbreekt.' },
  'status-requirement': { severity: 'error', group: 'velden', explanation: 'Een veld dat bij deze status verplicht is, ontbreekt (zie de procedure).' },
  'empty-value': { severity: 'error', group: 'velden', explanation: 'Een veld staat er, maar zonder waarde.' },
  'invalid-type': { severity: 'error', group: 'velden', explanation: 'De waarde heeft het verkeerde soort: tekst waar ja/nee hoort, een lijst waar één waarde hoort.' },
  'invalid-value': { severity: 'error', group: 'velden', explanation: 'De waarde is niet een van de toegestane (bijvoorbeeld een status of rol die niet bestaat).' },
  'invalid-date': { severity: 'error', group: 'velden', explanation: 'Geen bestaande datum in de vorm JJJJ-MM-DD (2026-02-30 bestaat niet).' },
  'invalid-email': { severity: 'error', group: 'velden', explanation: 'Geen geldig e-mailadres.' },
  'invalid-id': { severity: 'error', group: 'velden', explanation: 'Het klachtnummer heeft niet de vorm KL-<jaar>-<volgnummer>, met minstens drie cijfers.' },
  schema: { severity: 'error', group: 'velden', explanation: 'De waarde voldoet niet aan het schema op een manier die geen andere regel noemt.' },
  // The procedure: dates, terms, signatures.
  'id-mismatch': { severity: 'error', group: 'procedure', explanation: 'Het klachtnummer past niet bij de bestandsnaam of de map.' },
  'id-year': { severity: 'error', group: 'procedure', explanation: 'Het jaar in het klachtnummer is niet het jaar van indiening.' },
  'duplicate-id': { severity: 'error', group: 'procedure', explanation: 'Twee bestanden hebben hetzelfde klachtnummer.' },
  'date-order': { severity: 'error', group: 'procedure', explanation: 'Datums staan in de verkeerde volgorde (bijvoorbeeld ingediend vóór ontvangen).' },
  'date-future': { severity: 'warning', group: 'procedure', explanation: 'Een datum ligt na vandaag.' },
  'extension-term': { severity: 'error', group: 'procedure', explanation: 'Een nieuwe termijn ligt niet later dan de termijn die hij verlengt.' },
  'extension-late': { severity: 'warning', group: 'procedure', explanation: 'Een verlenging is gemeld op of na de termijn die ze verlengt; ze telt niet mee.' },
  'extension-short-notice': { severity: 'warning', group: 'procedure', explanation: 'Een verlenging is minder dan de waarschuwingstermijn vóór het verstrijken gemeld: niet ruim ervoor.' },
  'extension-limit': { severity: 'warning', group: 'procedure', explanation: 'Een verlenging gaat verder of vaker dan de procedure toestaat.' },
  'reply-missing': { severity: 'error', group: 'procedure', explanation: 'Een afgehandelde klacht heeft een verstuurde reactie in de correspondentie nodig.' },
  'unsigned-complainant': { severity: 'warning', group: 'procedure', explanation: 'De ondertekening door de indiener is (nog) niet vastgelegd.' },
  'document-not-applicable': { severity: 'error', group: 'procedure', explanation: 'Dit document past (nog) niet bij de klacht, bijvoorbeeld een dossier zonder afhandeling.' },
  // The register's folders and files.
  symlink: { severity: 'error', group: 'register', explanation: 'Een snelkoppeling (symbolische link) in complaints/ of analyses/: klacht volgt er geen.' },
  'unsafe-name': { severity: 'error', group: 'register', explanation: 'Een naam met een stuurteken of een | erin: zo\'n naam zou regels in het log of cellen in een tabel kunnen schrijven.' },
  'not-a-complaint-file': { severity: 'error', group: 'register', explanation: 'Iets onder complaints/ dat geen klachtbestand is; een bijlage hoort in bijlagen/.' },
  'not-a-file': { severity: 'error', group: 'register', explanation: 'Een map of iets anders dan een gewoon bestand met de naam van een klachtbestand.' },
  'leftover-temp-file': { severity: 'error', group: 'register', explanation: 'Een tijdelijk bestand van een onderbroken schrijfactie; het kan persoonsgegevens bevatten.' },
  'leftover-lock': { severity: 'error', group: 'register', explanation: 'Het slot (.klacht-lock) van een klacht-opdracht die niet meer draait, of een slot dat met git is vastgelegd: elke schrijvende opdracht wacht er eerst op.' },
  'hidden-name': { severity: 'error', group: 'register', explanation: 'Een naam in complaints/ die met een punt begint: zo\'n bestand of map is verborgen en een klacht erin valt buiten beeld (alleen .gitkeep en .DS_Store mogen er staan).' },
  'gitignore-lines': { severity: 'warning', group: 'register', explanation: 'De .gitignore van het register mist de regels die de tijdelijke bestanden en het slot van klacht buiten git houden.' },
  'attachment-missing': { severity: 'error', group: 'register', explanation: 'Een bijlage die de klacht noemt, staat niet als bestand in het register (bijvoorbeeld nooit geüpload, of door .gitignore buiten git gebleven).' },
  'attachment-path': { severity: 'error', group: 'register', explanation: 'Het pad van een bijlage is geen pad in het register: het begint met /, heeft .. of een \\ erin, of gaat via een snelkoppeling naar buiten.' },
  'id-taken': { severity: 'error', group: 'register', explanation: 'Dit klachtnummer bestaat al op de doelbranch; klacht noemt het eerstvolgende vrije.' },
  'id-on-other-branch': { severity: 'warning', group: 'register', explanation: 'Een andere open branch gebruikt hetzelfde klachtnummer; wie het eerst wordt samengevoegd, houdt het.' },
  // The rules of the register in GitHub.
  'codeowners-missing': { severity: 'error', group: 'github', explanation: 'Er is geen .github/CODEOWNERS: niets dwingt de handtekening van de directie af.' },
  'codeowners-not-everything': { severity: 'error', group: 'github', explanation: 'CODEOWNERS heeft geen regel `*` voor alles.' },
  'codeowners-mismatch': { severity: 'error', group: 'github', explanation: 'CODEOWNERS noemt niet precies de directie uit klachtenregister.yml.' },
  'workflow-yaml': { severity: 'error', group: 'github', explanation: 'Een workflow is geen leesbare YAML.' },
  'workflow-register-code': { severity: 'error', group: 'github', explanation: 'Een workflow draait code uit het register (npm, node, een script): de controles mogen geen code uit een pull request draaien.' },
  'action-not-pinned': { severity: 'error', group: 'github', explanation: 'Een actie of image is niet vastgezet op een volledige commit of digest.' },
  'workflow-condition': { severity: 'error', group: 'github', explanation: 'De controle van de ondertekening heeft niet de voorwaarde die klacht init schreef (alleen de workflow Goedkeuring doorgeven).' },
  'workflow-trigger': { severity: 'error', group: 'github', explanation: 'Een workflow die pull requests beoordeelt, heeft niet de triggers die klacht init schreef.' },
  'form-drift': { severity: 'error', group: 'github', explanation: 'Een formulier loopt niet gelijk met klachtenregister.yml; maak de formulieren opnieuw met klacht formulieren.' },
  'form-missing': { severity: 'error', group: 'github', explanation: 'Een formulier ontbreekt naast de andere; maak de formulieren opnieuw met klacht formulieren.' },
} as const satisfies Readonly<Record<string, RuleInfo>>;

export type RuleId = keyof typeof RULES;

/** The Dutch names of the groups, in the order the docs list them. */
export const RULE_GROUPS: Readonly<Record<RuleGroup, string>> = {
  bestand: 'Het bestand', yaml: 'YAML', velden: 'De velden', procedure: 'De procedure', register: 'Het register', github: 'De regels in GitHub',
};
