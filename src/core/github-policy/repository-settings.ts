/**
 * The GitHub settings a register's signature depends on, as read through the API (github/settings.ts
 * reads them; core/settings-audit.ts judges them). Every part says whether it could be read: a token
 * without the right permission sees less, and "not readable" must never pass for "not set".
 */

/** A part of the settings: read, refused to this token, or refused because the plan lacks the feature. */
export type Readout<T> =
  | { readonly status: 'read'; readonly value: T }
  /** 403 or 404 for lack of permission (GitHub hides what a token may not see). */
  | { readonly status: 'forbidden'; readonly httpStatus?: number }
  /** 403 "Upgrade to GitHub Pro or make this repository public to enable this feature". */
  | { readonly status: 'needs_paid_plan' };

export type MergeMethod = 'merge' | 'squash' | 'rebase';
export const MERGE_METHODS: readonly MergeMethod[] = ['merge', 'squash', 'rebase'];

export interface RepositoryFacts {
  readonly fullName: string;
  readonly private: boolean;
  /** public, private or internal (visible to every member of the enterprise; `private` is then true too). */
  readonly visibility?: string;
  readonly ownerType: 'User' | 'Organization';
  readonly defaultBranch: string;
  /** Undefined when GitHub left it out of the answer. */
  readonly allowForking: boolean | undefined;
  /** Undefined when hidden: GitHub shows merge settings only to a token that may write contents. */
  readonly mergeMethods: Readonly<Record<MergeMethod, boolean>> | undefined;
}

/** One active rule that applies to the default branch, as far as the audit cares. */
export type BranchRule =
  | { readonly type: 'pull_request'; readonly rulesetId: number; readonly codeOwnerReview: boolean; readonly dismissStaleReviews: boolean; readonly lastPushApproval: boolean; readonly allowedMergeMethods: readonly MergeMethod[] | undefined }
  /** `strict`: a pull request must be up to date with the branch before it merges ("Require branches to be up to date before merging"). */
  | { readonly type: 'required_status_checks'; readonly rulesetId: number; readonly checks: readonly string[]; readonly strict: boolean }
  | { readonly type: 'non_fast_forward' | 'deletion' | 'required_linear_history'; readonly rulesetId: number };

export interface RulesetFacts {
  readonly id: number;
  readonly name: string;
  /** Who may bypass it; undefined when GitHub hides the list from this token. */
  readonly bypassActors: readonly string[] | undefined;
}

/** The active rulesets' rules on the default branch, and the rulesets they come from. */
export interface BranchRules {
  readonly rules: readonly BranchRule[];
  readonly rulesets: readonly RulesetFacts[];
}

/** Classic branch protection of the default branch (only what the audit judges). */
export interface ClassicProtection {
  readonly pullRequest: { readonly codeOwnerReview: boolean; readonly dismissStaleReviews: boolean; readonly lastPushApproval: boolean; readonly bypassAllowances: number } | undefined;
  readonly requiredChecks: readonly string[];
  /** required_status_checks.strict: "Require branches to be up to date before merging". */
  readonly strictChecks: boolean;
  readonly allowForcePushes: boolean;
  readonly allowDeletions: boolean;
  /** "Do not allow bypassing the above settings": without it, admins bypass everything. */
  readonly enforceAdmins: boolean;
  readonly linearHistory: boolean;
}

export interface WorkflowPermissions {
  readonly defaultPermissions: 'read' | 'write';
  /** "Allow GitHub Actions to create and approve pull requests": one switch for both. */
  readonly canApprovePullRequests: boolean;
}

/** A ruleset for tags, with what the audit judges: which tags it covers, what it forbids, who may bypass it. */
export interface TagRuleset {
  readonly id: number;
  readonly name: string;
  /** active, evaluate or disabled. */
  readonly enforcement: string;
  /** ref_name patterns (`~ALL`, `refs/tags/origin/**`). */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** The rule types: creation, update, deletion, … */
  readonly rules: readonly string[];
  /** Who may bypass it (Dutch); undefined when GitHub hides the list from this token. */
  readonly bypassActors: readonly string[] | undefined;
}

/** A syntax or owner error GitHub finds in CODEOWNERS (GET …/codeowners/errors). */
export interface CodeownersError {
  readonly line: number;
  /** GitHub's kind, e.g. "Unknown owner". */
  readonly kind: string;
}

/** A directie member's access to the repository: GitHub's base permission (admin, write, read, none), or null when GitHub knows no such collaborator. */
export interface DirectieAccess {
  readonly login: string;
  readonly permission: string | null;
}

/** Which branches may use the environment that holds the settings token. */
export type EnvironmentBranches =
  | { readonly kind: 'all' }
  | { readonly kind: 'protected' }
  | { readonly kind: 'selected'; readonly branches: readonly string[]; readonly tags: readonly string[] };

/** The environment `instellingen`: null when there is none. */
export interface EnvironmentFacts {
  readonly branches: EnvironmentBranches;
}

/** Everything read for one audit. */
export interface GitHubSettings {
  readonly repository: RepositoryFacts;
  /** The owner's plan name as GitHub gives it: free, pro, team, enterprise, ... */
  readonly plan: Readout<string>;
  /** The list of rulesets: read only to learn whether this plan has them (a Free private repository gets 403 "Upgrade"). */
  readonly rulesetsAvailable: Readout<true>;
  readonly branchRules: Readout<BranchRules>;
  /** null: the branch has no classic protection. */
  readonly protection: Readout<ClassicProtection | null>;
  readonly workflow: Readout<WorkflowPermissions>;
  readonly retentionDays: Readout<number>;
  /** The active and inactive rulesets for tags. */
  readonly tagRulesets: Readout<readonly TagRuleset[]>;
  /** CODEOWNERS' errors on the default branch; null when there is no CODEOWNERS file. */
  readonly codeownersErrors: Readout<readonly CodeownersError[] | null>;
  /** Each directie member of klachtenregister.yml (default branch) with their access; null when there is no klachtenregister.yml there. */
  readonly directieAccess: Readout<readonly DirectieAccess[] | null>;
  /** The environment the settings token lives in (core/settings-audit.ts SETTINGS_ENVIRONMENT); null: none. */
  readonly environment: Readout<EnvironmentFacts | null>;
  /** The names of the repository's own Actions secrets (never their values). */
  readonly repositorySecrets: Readout<readonly string[]>;
}
