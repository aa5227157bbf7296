/**
 * The released `klacht` action as a register's workflows name it, and the other actions they use:
 * every one pinned by its full commit, with the version in a comment for Dependabot.
 */

/** The released `klacht` action a register's workflows use: repository, commit and (if known) version tag. */
export interface ToolAction {
  readonly repository: string;
  readonly commit: string;
  readonly version?: string;
}

/**
 * The actions besides klacht that the workflows use, pinned like in this repository's own
 * workflows (test/cli/init.test.ts keeps them equal, so a Dependabot update here reaches new registers).
 */
export const PINNED_ACTIONS = {
  checkout: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
  uploadArtifact: 'actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0',
} as const;

export const FULL_SHA = /^[0-9a-f]{40}$/;

/** `uses:` of the released klacht action, with its version in a comment when known (Dependabot reads it). */
export function actionUses(action: ToolAction): string {
  return `${action.repository}@${action.commit}${action.version ? ` # ${action.version}` : ''}`;
}
