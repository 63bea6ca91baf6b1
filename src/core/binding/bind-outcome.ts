import type { CheckReport } from '../checks/check-report';
import type {
  Actor,
  DataflowStorageAccount,
  StorageAccount,
  Subscription,
  Workspace,
} from '../model';
import type { RefusalReason } from './refusal-reason';
import type { Verification } from './verification';

/** What was assigned, by whom and when. */
export interface Assignment {
  dataflowStorageAccount: DataflowStorageAccount;
  /** `null` for the tenant default, whose ARM account the checks do not read. */
  account: StorageAccount | null;
  subscription: Subscription | null;
  actor: Actor;
  at: Date;
  verifications: Verification[];
  /** The checks the bind re-ran before assigning. */
  report: CheckReport;
}

/** Nothing changed: the checks do not allow the bind. */
export interface BindRefused {
  kind: 'refused';
  problem: 'BIND_REFUSED';
  reason: RefusalReason;
  report: CheckReport;
}

/** Nothing changed: another connect or disconnect holds the workspace. */
export interface WorkspaceBusy {
  kind: 'busy';
  problem: 'WORKSPACE_BUSY';
  workspaceId: string;
}

/** Power BI answered the assignment with an error. */
export interface BindFailed {
  kind: 'failed';
  problem: 'BIND_CALL_FAILED';
  /** User-safe, e.g. "400 PowerBIEntityNotFound". */
  reason: string;
  report: CheckReport;
}

/** Power BI accepted the assignment, but reading back did not confirm it. */
export interface BindUnverified extends Assignment {
  kind: 'unverified';
  problem: 'BIND_NOT_VERIFIED';
  workspace: Workspace | null;
}

/** The workspace now stores its dataflows in the account, and that was confirmed. */
export interface Bound extends Assignment {
  kind: 'bound';
  workspace: Workspace;
}

/** Every way a bind can end; `kind` tells them apart, `problem` names the catalogue entry. */
export type BindOutcome = BindRefused | WorkspaceBusy | BindFailed | BindUnverified | Bound;
