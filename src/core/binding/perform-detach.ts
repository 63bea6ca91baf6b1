import { checkWorkspaceAdmin } from '../checks/check-workspace-admin';
import { checkWorkspaceEmpty } from '../checks/check-workspace-empty';
import { settleAll } from '../checks/settle-all';
import type { DetachRequest } from '../connect-request';
import { EMPTY_GUID } from '../model';
import type { CloudPorts } from '../ports';
import { UpstreamError } from '../upstream-error';
import type { DetachOutcome } from './detach-outcome';
import { verifyWorkspaceStorage } from './verify-workspace-storage';

/** Options of one detach; the caller's object is never changed. */
export interface DetachOptions {
  /** Identifies one user intent; a repeated id gets the first outcome (see Binder). */
  operationId: string;
  abortSignal?: AbortSignal;
  /** Clock for timestamps; defaults to the system clock. */
  now?: () => Date;
}

/**
 * Checks that the actor is workspace admin and the workspace has no dataflows, detaches it
 * with the empty GUID, then reads back to verify. No lock and no de-duplication: use
 * Binder.detachWorkspace. Throws like performBind.
 */
export async function performDetach(
  ports: CloudPorts,
  request: DetachRequest,
  options: DetachOptions,
): Promise<DetachOutcome> {
  const now = options.now ?? (() => new Date());
  const call = { abortSignal: options.abortSignal };
  const id = request.workspaceId;
  const facts = await settleAll({
    workspace: () => ports.powerBi.getWorkspace(id, call),
    users: () => ports.powerBi.listWorkspaceUsers(id, call),
    dataflows: () => ports.powerBi.listDataflows(id, call),
  });
  options.abortSignal?.throwIfAborted();

  const results = [
    checkWorkspaceEmpty({ dataflows: facts.dataflows }),
    checkWorkspaceAdmin({ actor: request.actor, users: facts.users }),
  ];
  const before = facts.workspace.ok ? facts.workspace.value : null;
  if (results.some((result) => result.status !== 'pass')) {
    return { kind: 'refused', problem: 'DETACH_REFUSED', results, workspace: before };
  }

  try {
    await ports.powerBi.assignToDataflowStorage(id, EMPTY_GUID, call);
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    return { kind: 'failed', problem: 'DETACH_CALL_FAILED', reason: error.reason, results };
  }

  const storage = await verifyWorkspaceStorage(ports.powerBi, id, null, call);
  const detachment = {
    previousDataflowStorageId: before?.dataflowStorageId ?? null,
    actor: request.actor,
    at: now(),
    verifications: [storage.verification],
    results,
  };
  if (storage.workspace !== null && storage.verification.ok) {
    return { kind: 'detached', ...detachment, workspace: storage.workspace };
  }
  return {
    kind: 'unverified',
    problem: 'DETACH_NOT_VERIFIED',
    ...detachment,
    workspace: storage.workspace,
  };
}
