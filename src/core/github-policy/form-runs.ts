/**
 * Whether a workflow run made a pull request's head commit, so that whoever started it counts as
 * its maker (the four-eyes rule, core/signing/signatures.ts). A commit's message can name any run,
 * and any workflow can commit as github-actions[bot]: the run counts only when it is one of the
 * register's own workflows that propose a change (a form, the annual analysis), started as those
 * are started, on the branch the pull request goes into and on the head commit's parent, and when
 * the head is that run's push: the creation of the branch the run makes, while the run ran.
 * Anything else, and nobody can say who made the commit. Pure.
 */
import { FORMS } from './forms.js';

/** The workflow file of the annual analysis (core/github-policy/register-files.ts writes it). */
export const ANNUAL_ANALYSIS_WORKFLOW = '.github/workflows/jaaranalyse.yml';

/** A workflow run as GitHub describes it (GET …/actions/runs/{id}). */
export interface WorkflowRunFacts {
  readonly id: number;
  /** The workflow file, as GitHub gives it: `.github/workflows/x.yml`, possibly with `owner/repo/` before and `@ref` after. */
  readonly path: string;
  readonly event: string;
  readonly headBranch: string | null;
  readonly headSha: string;
  readonly status: string | null;
  /** When this attempt started, and when the run last changed (its end, once completed). ISO times. */
  readonly startedAt: string | null;
  readonly updatedAt: string | null;
  /** Who started it (triggering actor, else actor). */
  readonly starter: string | null;
}

/** The push that made a branch's head, from the repository's activity. */
export interface BranchPush {
  readonly actor: string | null;
  /** GitHub's activity type: push, force_push, branch_creation, … */
  readonly type: string;
  /** ISO time. */
  readonly at: string;
}

/** The pull request around the head commit. */
export interface ProposedHead {
  readonly headRef: string;
  readonly baseRef: string;
  readonly headParents: readonly string[];
}

/** A workflow of the register that proposes a change: how it is started, and the branch it makes for run `id`. */
interface Proposer {
  readonly events: readonly string[];
  readonly branch: (id: number) => RegExp;
}

const PROPOSERS: ReadonlyMap<string, Proposer> = new Map<string, Proposer>([
  // `klacht voorstel` names the branch after the run (and a re-run's attempt): formulier/<ids>-<stap>-<run>[-<attempt>].
  ...FORMS.filter((form) => form.step !== undefined).map((form): [string, Proposer] => [`.github/workflows/${form.file}`, {
    events: ['workflow_dispatch'], branch: (id) => new RegExp(`^formulier/.+-${id}(?:-\\d+)?$`),
  }]),
  [ANNUAL_ANALYSIS_WORKFLOW, { events: ['workflow_dispatch', 'schedule'], branch: () => /^jaaranalyse-\d{4}$/ }],
]);

/**
 * The register's proposing workflow a run's path names, read in this repository on `baseRef`; undefined
 * when it names another workflow, another repository or another branch's version of the file.
 */
function proposerOf(path: string, repository: { readonly owner: string; readonly repo: string }, baseRef: string): Proposer | undefined {
  const match = /^(?:([^/]+)\/([^/]+)\/)?(\.github\/workflows\/[^@]+)(?:@(.+))?$/.exec(path);
  if (!match) return undefined;
  const [, owner, repo, file = '', ref] = match;
  if (owner !== undefined && (owner.toLowerCase() !== repository.owner.toLowerCase() || repo?.toLowerCase() !== repository.repo.toLowerCase())) return undefined;
  if (ref !== undefined && ref !== baseRef && ref !== `refs/heads/${baseRef}`) return undefined;
  return PROPOSERS.get(file);
}

/**
 * Who started `run`, when it is the run that made the pull request's head commit (see above);
 * null when it is not, or can't be shown to be: then nobody is known to have made the commit.
 */
export function proposingRunStarter(run: WorkflowRunFacts, pull: ProposedHead, push: BranchPush | null, repository: { readonly owner: string; readonly repo: string }): string | null {
  const proposer = proposerOf(run.path, repository, pull.baseRef);
  if (!proposer || !proposer.events.includes(run.event)) return null;
  // Started on the branch the pull request goes into (a form refuses any other), on the commit's parent.
  if (run.headBranch !== pull.baseRef || !pull.headParents.includes(run.headSha)) return null;
  if (!proposer.branch(run.id).test(pull.headRef)) return null;
  // The head is the branch as the run made it: created (never overwritten) while it ran.
  if (!push || push.type !== 'branch_creation') return null;
  const at = Date.parse(push.at);
  const started = Date.parse(run.startedAt ?? '');
  if (!(at >= started)) return null;
  if (run.status === 'completed' && !(at <= Date.parse(run.updatedAt ?? ''))) return null;
  return run.starter;
}
