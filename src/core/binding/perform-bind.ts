import { runChecks } from '../checks/run-checks';
import type { ConnectRequest } from '../connect-request';
import type { TenantProfile } from '../model';
import type { CloudPorts } from '../ports';
import { UpstreamError } from '../upstream-error';
import type { Assignment, BindOutcome } from './bind-outcome';
import { refusalReason } from './refusal-reason';
import type { Verification } from './verification';
import { verifyLakeFileSystem } from './verify-lake-file-system';
import { verifyWorkspaceStorage } from './verify-workspace-storage';

/** Options of one bind; the caller's object is never changed. */
export interface BindOptions {
  /** Identifies one user intent; a repeated id gets the first outcome (see Binder). */
  operationId: string;
  /** The user accepted the warnings of the report they saw. */
  confirmWarnings: boolean;
  abortSignal?: AbortSignal;
  /** Clock for timestamps; defaults to the system clock. */
  now?: () => Date;
}

/**
 * Re-runs the checks, assigns the workspace to the target's dataflow storage account when
 * they allow it, then reads back to verify. No lock and no de-duplication: use
 * Binder.bindWorkspace. Throws when aborted before the assignment, or when a port throws
 * something other than an UpstreamError during the assignment.
 */
export async function performBind(
  ports: CloudPorts,
  profile: TenantProfile,
  request: ConnectRequest,
  options: BindOptions,
): Promise<BindOutcome> {
  const now = options.now ?? (() => new Date());
  const call = { abortSignal: options.abortSignal };
  const report = await runChecks(ports, profile, request, { ...call, now });

  const reason = refusalReason(report, options.confirmWarnings);
  const target = report.dataflowStorageAccount;
  if (reason !== null || target === null) {
    // A report that allows binding always names the account; `blocked` only serves the types.
    return { kind: 'refused', problem: 'BIND_REFUSED', reason: reason ?? 'blocked', report };
  }

  options.abortSignal?.throwIfAborted();
  let unanswered: UpstreamError | null = null;
  try {
    await ports.powerBi.assignToDataflowStorage(request.workspaceId, target.id, call);
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    if (!outcomeUnknown(error)) {
      return { kind: 'failed', problem: 'BIND_CALL_FAILED', reason: error.reason, report };
    }
    // No answer, or a server error: Power BI may have made the change all the same, so the
    // workspace is read back before anything is said about it.
    unanswered = error;
  }

  // No abort check from here on: the change is made, so an abort must end in an honest
  // unverified outcome (its reads fail as "cancelled"), never in a throw that hides it.
  const [storage, lake] = await Promise.all([
    verifyWorkspaceStorage(ports.powerBi, request.workspaceId, target.id, call),
    report.account ? verifyLakeFileSystem(ports.lake, report.account.name, call) : null,
  ]);
  if (unanswered && !storage.verification.ok) {
    const seen = storage.workspace
      ? 'the workspace still shows its previous storage'
      : 'the workspace could not be read back';
    return {
      kind: 'failed',
      problem: 'BIND_CALL_FAILED',
      reason: `${unanswered.reason}; ${seen}`,
      report,
    };
  }
  const verifications: Verification[] = [storage.verification, ...(lake ? [lake] : [])];

  const assignment: Assignment = {
    dataflowStorageAccount: target,
    account: report.account,
    subscription: report.subscription,
    actor: request.actor,
    at: now(),
    verifications,
    report,
  };
  const workspace = storage.workspace;
  if (workspace !== null && verifications.every((v) => v.ok)) {
    return { kind: 'bound', ...assignment, workspace };
  }
  return { kind: 'unverified', problem: 'BIND_NOT_VERIFIED', ...assignment, workspace };
}

/** A dropped connection or a 5xx says nothing about whether the assignment was applied. */
function outcomeUnknown(error: UpstreamError): boolean {
  return error.status === 0 || error.status >= 500;
}
