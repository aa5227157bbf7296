/**
 * The names under which a register's checks report on a pull request. A ruleset (or branch
 * protection) requires them by these names, `klacht init` writes workflows that produce them, and
 * `klacht instellingen` checks that they are required: one place, so the three can't drift.
 */

/** The validate workflow's verdict: a commit status set by `klacht valideer --status`. */
export const VALIDATE_CHECK = 'Klachtbestanden controleren';

/**
 * The directie's signature: a commit status with this context on the pull request's head commit,
 * set by `klacht ondertekening --status`. A commit status, not a check run, so that each head
 * commit has one verdict: the newest status of a context is the one GitHub uses, whichever event
 * (a push or a review) produced it.
 */
export const SIGNATURE_STATUS = 'Ondertekening door de directie';

/** The checks a register's default branch must require, in the order the report names them. */
export const REQUIRED_CHECKS: readonly string[] = [VALIDATE_CHECK, SIGNATURE_STATUS];
