/** Which workflow run made a pull request's head commit (core/github-policy/form-runs.ts): one case a row. */
import { describe, expect, it } from 'vitest';
import { ANNUAL_ANALYSIS_WORKFLOW, proposingRunStarter, type BranchPush, type ProposedHead, type WorkflowRunFacts } from '../../src/core/github-policy/form-runs.js';
import { registerFiles } from '../../src/core/github-policy/register-files.js';

const REPOSITORY = { owner: 'liberi', repo: 'klachten' };
const PARENT = 'a'.repeat(40);
const RUN: WorkflowRunFacts = {
  id: 501, path: '.github/workflows/formulier-registreren.yml', event: 'workflow_dispatch', headBranch: 'main', headSha: PARENT,
  status: 'completed', startedAt: '2026-03-03T08:59:00Z', updatedAt: '2026-03-03T09:01:00Z', starter: 'anna-verzonnen',
};
const PULL: ProposedHead = { headRef: 'formulier/KL-2026-001-registratie-501', baseRef: 'main', headParents: [PARENT] };
const PUSH: BranchPush = { actor: 'github-actions[bot]', type: 'branch_creation', at: '2026-03-03T09:00:00Z' };

describe('proposingRunStarter', () => {
  it.each<[string, Partial<WorkflowRunFacts>, Partial<ProposedHead>, Partial<BranchPush> | null, string | null]>([
    ['a form run that made the branch', {}, {}, {}, 'anna-verzonnen'],
    ['a re-run\'s attempt names its branch too', {}, { headRef: 'formulier/KL-2026-001-registratie-501-2' }, {}, 'anna-verzonnen'],
    ['the path as GitHub may give it, with the repository and the branch', { path: 'liberi/klachten/.github/workflows/formulier-registreren.yml@refs/heads/main' }, {}, {}, 'anna-verzonnen'],
    ['the path with a short branch', { path: '.github/workflows/formulier-registreren.yml@main' }, {}, {}, 'anna-verzonnen'],
    ['a run still going, the push after its start', { status: 'in_progress', updatedAt: '2026-03-03T08:59:30Z' }, {}, {}, 'anna-verzonnen'],
    ['the annual analysis, on its schedule', { path: ANNUAL_ANALYSIS_WORKFLOW, event: 'schedule' }, { headRef: 'jaaranalyse-2026' }, {}, 'anna-verzonnen'],
    ['the documents form: it proposes nothing', { path: '.github/workflows/formulier-documenten.yml' }, {}, {}, null],
    ['another workflow of the register', { path: '.github/workflows/valideer.yml', event: 'pull_request_target' }, {}, {}, null],
    ['a workflow of the writer\'s own', { path: '.github/workflows/eigen.yml' }, {}, {}, null],
    ['the form\'s file in another repository', { path: 'iemand/anders/.github/workflows/formulier-registreren.yml@main' }, {}, {}, null],
    ['the form\'s file of another branch', { path: '.github/workflows/formulier-registreren.yml@refs/heads/eigen' }, {}, {}, null],
    ['a form started by a push', { event: 'push' }, {}, {}, null],
    ['a form started from another branch', { headBranch: 'eigen' }, {}, {}, null],
    ['a form run on another commit', { headSha: 'b'.repeat(40) }, {}, {}, null],
    ['another branch than the run makes', {}, { headRef: 'eigen-werk' }, {}, null],
    ['the branch of another run', {}, { headRef: 'formulier/KL-2026-001-registratie-5010' }, {}, null],
    ['a pull request into another branch than the run ran on', {}, { baseRef: 'eigen' }, {}, null],
    ['a push that is no branch creation', {}, {}, { type: 'force_push' }, null],
    ['no push listed', {}, {}, null, null],
    ['a branch made before the run started', {}, {}, { at: '2026-03-03T08:00:00Z' }, null],
    ['a branch made after the run ended', {}, {}, { at: '2026-03-03T12:00:00Z' }, null],
    ['a run without a start time', { startedAt: null }, {}, {}, null],
    ['a run GitHub names nobody for', { starter: null }, {}, {}, null],
  ])('%s', (_case, run, pull, push, expected) => {
    expect(proposingRunStarter({ ...RUN, ...run }, { ...PULL, ...pull }, push === null ? null : { ...PUSH, ...push }, REPOSITORY)).toBe(expected);
  });

  it('knows the workflow file the annual analysis is written to', () => {
    const files = registerFiles({
      organisation: 'x', procedure: 'liberi', management: [{ name: 'A', github: 'a' }], staff: [], categories: [],
      action: { repository: 'uitgever/klacht', commit: 'c'.repeat(40), version: 'v1.0.0' },
    }).map((f) => f.path);
    expect(files).toContain(ANNUAL_ANALYSIS_WORKFLOW);
    expect(files).toContain('.github/workflows/formulier-registreren.yml');
  });
});
