import type { ConnectRequest } from '../connect-request';
import type { StorageAccountRef } from '../model';
import type { CallOptions, CloudPorts } from '../ports';
import { storageAccountId } from '../storage-account-id';
import { settleAll, type SettledFacts } from './settle-all';

/** The Power BI facts every target needs. */
export type PowerBiFacts = SettledFacts<ReturnType<typeof powerBiCalls>>;

/** The Azure facts only an account target needs. */
export type AccountFacts = SettledFacts<ReturnType<typeof accountCalls>>;

export interface GatheredFacts {
  powerBi: PowerBiFacts;
  /** `null` for a tenant-default target, whose account the checks do not inspect. */
  account: AccountFacts | null;
}

/**
 * Reads every fact the checks need with all port calls in flight at once: the wall time is
 * that of the slowest call, not their sum. Failed calls become unreadable facts.
 */
export async function gatherFacts(
  ports: CloudPorts,
  request: ConnectRequest,
  options: CallOptions = {},
): Promise<GatheredFacts> {
  const call: CallOptions = { abortSignal: options.abortSignal };
  const target = request.target;

  const [powerBi, account] = await Promise.all([
    settleAll(powerBiCalls(ports, request.workspaceId, call)),
    target.kind === 'account'
      ? settleAll(accountCalls(ports, target.account, request.actor.oid, call))
      : Promise.resolve(null),
  ]);
  return { powerBi, account };
}

function powerBiCalls(ports: CloudPorts, workspaceId: string, call: CallOptions) {
  return {
    workspace: () => ports.powerBi.getWorkspace(workspaceId, call),
    workspaceUsers: () => ports.powerBi.listWorkspaceUsers(workspaceId, call),
    dataflows: () => ports.powerBi.listDataflows(workspaceId, call),
    dataflowStorageAccounts: () => ports.powerBi.listDataflowStorageAccounts(call),
  };
}

function accountCalls(ports: CloudPorts, ref: StorageAccountRef, oid: string, call: CallOptions) {
  return {
    powerBiTenantId: () => ports.powerBi.getTenantId(call),
    capacities: () => ports.powerBi.listCapacities(call),
    subscription: () => ports.azure.getSubscription(ref.subscriptionId, call),
    account: () => ports.azure.getStorageAccount(ref, call),
    roleAssignments: () => ports.azure.listRoleAssignments(storageAccountId(ref), oid, call),
  };
}
