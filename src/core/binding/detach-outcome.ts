import type { CheckResult } from '../checks/check-result';
import type { Actor, Workspace } from '../model';
import type { WorkspaceBusy } from './bind-outcome';
import type { Verification } from './verification';

/** Nothing changed: the actor is not admin, the workspace has dataflows, or a check failed. */
export interface DetachRefused {
  kind: 'refused';
  problem: 'DETACH_REFUSED';
  results: CheckResult[];
  workspace: Workspace | null;
}

/** Power BI answered the detach with an error. */
export interface DetachFailed {
  kind: 'failed';
  problem: 'DETACH_CALL_FAILED';
  reason: string;
  results: CheckResult[];
}

/** What a detach did, by whom and when. */
export interface Detachment {
  /** The storage the workspace pointed to before, when it could be read. */
  previousDataflowStorageId: string | null;
  actor: Actor;
  at: Date;
  verifications: Verification[];
  results: CheckResult[];
}

/** Power BI accepted the detach, but reading back did not confirm it. */
export interface DetachUnverified extends Detachment {
  kind: 'unverified';
  problem: 'DETACH_NOT_VERIFIED';
  workspace: Workspace | null;
}

/** The workspace uses Power BI's own storage again, and that was confirmed. */
export interface Detached extends Detachment {
  kind: 'detached';
  workspace: Workspace;
}

/** Every way a detach can end; `kind` tells them apart, `problem` names the catalogue entry. */
export type DetachOutcome =
  DetachRefused | WorkspaceBusy | DetachFailed | DetachUnverified | Detached;
