/**
 * Where each audited setting lives in GitHub's web interface, as the menu path a directie clicks
 * through. GitHub's own (English) labels, so that they can be found on the page as written.
 */

export type SettingKey =
  | 'private' | 'forking' | 'plan'
  | 'pull_request' | 'code_owner_review' | 'codeowners' | 'directie_access' | 'dismiss_stale_reviews' | 'last_push_approval' | 'required_checks'
  | 'up_to_date' | 'force_push' | 'deletion' | 'bypass' | 'tag_rules'
  | 'merge_methods' | 'workflow_permissions' | 'actions_pull_requests' | 'settings_environment' | 'retention';

const RULESET = 'Settings → Rules → Rulesets → (de ruleset voor de hoofdtak, of "New ruleset → New branch ruleset" met Target branches "Include default branch")';

/** The Dutch name of each setting, in the order of the report. */
export const SETTING_LABELS: Readonly<Record<SettingKey, string>> = {
  private: 'Repository is privé',
  forking: 'Forken uitgeschakeld',
  plan: 'Abonnement dwingt de regels af',
  pull_request: 'Wijzigen alleen via een pull request',
  code_owner_review: 'Review door een code owner (de directie) verplicht',
  codeowners: 'CODEOWNERS werkt (GitHub vindt er geen fouten in)',
  directie_access: 'Elk directielid heeft schrijfrechten',
  dismiss_stale_reviews: 'Goedkeuring vervalt bij nieuwe commits',
  last_push_approval: 'Laatste push goedgekeurd door een ander',
  required_checks: 'Verplichte controles',
  up_to_date: 'Pull request bijgewerkt met de hoofdtak vóór samenvoegen',
  force_push: 'Force push geblokkeerd',
  deletion: 'Verwijderen van de hoofdtak geblokkeerd',
  bypass: 'Niemand mag de regels omzeilen',
  tag_rules: 'Tags maken en verplaatsen alleen door beheerders',
  merge_methods: 'Samenvoegmethoden',
  workflow_permissions: 'Workflows standaard alleen-lezen',
  actions_pull_requests: 'Actions mag pull requests maken en goedkeuren',
  settings_environment: 'Het token voor de instellingen alleen voor main',
  retention: 'Korte bewaartijd van logs en artifacts',
};

/** The menu path of each setting. */
export const SETTING_PLACES: Readonly<Record<SettingKey, string>> = {
  private: 'Settings → General → Danger Zone → Change repository visibility',
  forking: 'Settings → General → Features → Allow forking (bij een organisatie ook: Organization settings → Member privileges → Repository forking)',
  plan: 'Settings → Billing and licensing → Plans and usage van de eigenaar (organisatie of account): GitHub Team of Pro',
  pull_request: `${RULESET} → Require a pull request before merging`,
  code_owner_review: `${RULESET} → Require a pull request before merging → Require review from Code Owners`,
  codeowners: 'Code → .github/CODEOWNERS op de hoofdtak (GitHub toont de fouten bovenaan als u het opent); elke naam erin moet een bestaand GitHub-account met schrijfrechten zijn',
  directie_access: 'Settings → Collaborators and teams → (het directielid) → rol Maintain of Admin; en de GitHub-naam in klachtenregister.yml en .github/CODEOWNERS gelijk aan het account (na een naamswijziging aanpassen)',
  dismiss_stale_reviews: `${RULESET} → Require a pull request before merging → Dismiss stale pull request approvals when new commits are pushed`,
  last_push_approval: `${RULESET} → Require a pull request before merging → Require approval of the most recent reviewable push`,
  required_checks: `${RULESET} → Require status checks to pass → Add checks`,
  up_to_date: `${RULESET} → Require status checks to pass → Require branches to be up to date before merging (bij klassieke branch protection: Settings → Branches → Require status checks to pass before merging → Require branches to be up to date before merging)`,
  force_push: `${RULESET} → Block force pushes`,
  deletion: `${RULESET} → Restrict deletions`,
  bypass: `${RULESET} → Bypass list (leeg laten); bij klassieke branch protection: Settings → Branches → Do not allow bypassing the above settings`,
  tag_rules: 'Settings → Rules → Rulesets → New ruleset → New tag ruleset: Enforcement Active, Target tags "Include all tags", Restrict creations, Restrict updates en Restrict deletions aan; Bypass list leeg (of alleen de rol Admin)',
  merge_methods: 'Settings → General → Pull Requests → Allow merge commits (aan), Allow rebase merging (uit)',
  workflow_permissions: 'Settings → Actions → General → Workflow permissions → Read repository contents and packages permissions',
  actions_pull_requests: 'Settings → Actions → General → Workflow permissions → Allow GitHub Actions to create and approve pull requests',
  settings_environment: 'Settings → Environments → instellingen → Deployment branches and tags: Selected branches and tags, alleen de hoofdtak; en Settings → Secrets and variables → Actions → Repository secrets: geen KLACHT_INSTELLINGEN_TOKEN (alleen als geheim van de omgeving)',
  retention: 'Settings → Actions → General → Artifact and log retention',
};
